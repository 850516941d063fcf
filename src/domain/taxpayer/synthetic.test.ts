import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidPan, parseGstin } from '../gstin.ts';
import { pinBelongsToState } from '../pincode.ts';
import { type SyntheticTaxpayer, syntheticTaxpayer, syntheticTaxpayers } from './synthetic.ts';

const now = new Date('2025-06-15T06:30:00Z');
const opts = { seed: 42, now };
const N = 200_000;

// Generated once for the whole file (the uniqueness test needs all of them anyway).
const started = performance.now();
const all: SyntheticTaxpayer[] = [...syntheticTaxpayers(N, opts)];
const elapsed = performance.now() - started;
console.log(
  `generated ${N} synthetic taxpayers in ${Math.round(elapsed)} ms (${Math.round((elapsed / N) * 1000)} µs each, incl. PIN master load)`,
);

/** Columns of `taxpayers` (modules/taxpayer/taxpayer.tables.ts) that a synthetic row fills. */
const ROW_KEYS = [
  'additionalAddresses',
  'address',
  'blocked',
  'cancellationDate',
  'centreJurisdiction',
  'centreJurisdictionCode',
  'constitution',
  'einvoiceEnabled',
  'gstin',
  'legalName',
  'natureOfBusiness',
  'pan',
  'registrationDate',
  'reportingLimitDays',
  'stateCode',
  'stateJurisdiction',
  'stateJurisdictionCode',
  'sts',
  'taxpayerType',
  'tradeName',
];

const HOLDER_BY_CTB: Record<string, string> = {
  Proprietorship: 'P',
  Partnership: 'F',
  'Limited Liability Partnership': 'F',
  'Private Limited Company': 'C',
  'Public Limited Company': 'C',
  'Public Sector Undertaking': 'C',
  'Foreign Company': 'C',
  'Hindu Undivided Family': 'H',
  'Society/ Club/ Trust/ AOP': 'TA',
  'Government Department': 'G',
  'Local Authority': 'L',
  'Statutory Body': 'J',
  Others: 'B',
};

const share = (pred: (t: SyntheticTaxpayer) => boolean) => all.filter(pred).length / all.length;

describe('syntheticTaxpayer', () => {
  it(`gives ${N} distinct GSTINs, every one with a valid format and check character`, () => {
    assert.equal(new Set(all.map((t) => t.gstin)).size, N);
    for (const t of all) {
      const info = parseGstin(t.gstin);
      assert.ok(info.formatValid && info.checksumValid, `${t.gstin}: ${JSON.stringify(info.problems)}`);
      assert.equal(t.gstin.slice(0, 2), t.stateCode);
    }
  });

  it('derives the PAN from the GSTIN, with a holder type that fits the constitution', () => {
    for (const t of all) {
      assert.ok(isValidPan(t.pan), t.pan);
      assert.equal(t.gstin.slice(2, 12), t.pan);
      assert.ok(HOLDER_BY_CTB[t.constitution]?.includes(t.pan[3]), `${t.constitution} with PAN ${t.pan}`);
    }
  });

  it('puts a PAN in several states for some taxpayers, with the same names and different entity numbers', () => {
    const byPan = new Map<string, SyntheticTaxpayer[]>();
    for (const t of all) byPan.set(t.pan, [...(byPan.get(t.pan) ?? []), t]);
    const groups = [...byPan.values()].filter((g) => g.length > 1);
    assert.ok(groups.length > N * 0.02, `only ${groups.length} PANs with several registrations`);
    for (const g of groups) {
      assert.equal(new Set(g.map((t) => t.legalName)).size, 1);
      assert.equal(new Set(g.map((t) => t.gstin[12])).size, g.length);
    }
    assert.ok(groups.some((g) => new Set(g.map((t) => t.stateCode)).size > 1));
  });

  it('places every principal and additional place on a PIN of its state (every 5th taxpayer)', () => {
    for (let i = 0; i < N; i += 5) {
      const t = all[i];
      for (const a of [t.address, ...t.additionalAddresses]) {
        assert.equal(a.stateCode, t.stateCode);
        assert.ok(pinBelongsToState(a.pincode, t.stateCode), `${t.gstin}: PIN ${a.pincode} not in ${t.stateCode}`);
        assert.ok(a.district && a.city && a.location && a.street && a.building && a.buildingNo && a.nature);
      }
    }
  });

  it('is deterministic per (seed, index) and differs between seeds', () => {
    assert.deepEqual(syntheticTaxpayer(12_345, opts), all[12_345]);
    assert.deepEqual([...syntheticTaxpayers(3, { ...opts, startIndex: 777 })], all.slice(777, 780));
    assert.notEqual(syntheticTaxpayer(12_345, { seed: 43, now }).gstin, all[12_345].gstin);
    assert.throws(() => syntheticTaxpayer(-1, opts));
  });

  it('returns exactly the fields of a taxpayers row', () => {
    for (const t of all.slice(0, 1000)) assert.deepEqual(Object.keys(t).sort(), ROW_KEYS);
  });

  it('weights states toward the populous ones and uses only real GST state codes', () => {
    const counts = new Map<string, number>();
    for (const t of all) counts.set(t.stateCode, (counts.get(t.stateCode) ?? 0) + 1);
    for (const code of counts.keys()) assert.ok(!['25', '28', '96', '97', '99'].includes(code), code);
    const mh = (counts.get('27') ?? 0) / N;
    const sk = (counts.get('11') ?? 0) / N;
    assert.ok(mh > 0.08 && mh < 0.18, `Maharashtra share ${mh}`);
    assert.ok(sk > 0 && sk < 0.005, `Sikkim share ${sk}`);
    assert.ok(counts.size >= 34, `${counts.size} states`);
  });

  it('has mostly active regular taxpayers, some composition, cancelled, suspended and special types', () => {
    const active = share((t) => t.sts === 'Active');
    const regular = share((t) => t.taxpayerType === 'Regular');
    const composition = share((t) => t.taxpayerType === 'Composition');
    const cancelled = share((t) => t.sts === 'Cancelled');
    assert.ok(active > 0.7 && active < 0.9, `active ${active}`);
    assert.ok(regular > 0.8, `regular ${regular}`);
    assert.ok(composition > 0.05 && composition < 0.15, `composition ${composition}`);
    assert.ok(cancelled > 0.08 && cancelled < 0.2, `cancelled ${cancelled}`);
    for (const s of ['Suspended', 'Inactive', 'Provisional']) assert.ok(share((t) => t.sts === s) > 0, s);
    for (const ty of [
      'SEZ Unit',
      'SEZ Developer',
      'Input Service Distributor (ISD)',
      'Casual Taxable Person',
      'Tax Collector (Electronic Commerce Operator)',
    ]) {
      assert.ok(share((t) => t.taxpayerType === ty) > 0, ty);
    }
    const props = share((t) => t.constitution === 'Proprietorship');
    assert.ok(props > 0.5 && props < 0.75, `proprietorships ${props}`);
  });

  it('keeps registration histories consistent with now', () => {
    const today = '2025-06-15';
    for (const t of all) {
      assert.ok(t.registrationDate >= '2017-07-01' && t.registrationDate < today, t.registrationDate);
      if (t.sts === 'Cancelled') {
        assert.ok(
          t.cancellationDate && t.cancellationDate > t.registrationDate && t.cancellationDate < today,
          `${t.gstin} ${t.cancellationDate}`,
        );
      } else {
        assert.equal(t.cancellationDate, null);
      }
      if (t.sts === 'Provisional') assert.equal(t.registrationDate, '2017-07-01');
    }
    assert.ok(share((t) => t.registrationDate === '2017-07-01') > 0.25, 'migration wave');
  });

  it('sets e-invoicing, the 30-day limit and blocking consistently', () => {
    for (const t of all) {
      if (t.reportingLimitDays !== null) assert.ok(t.einvoiceEnabled && t.reportingLimitDays === 30);
      if (t.einvoiceEnabled) assert.ok(t.taxpayerType === 'Regular' || t.taxpayerType === 'SEZ Developer', t.taxpayerType);
      if (t.sts === 'Suspended' || t.sts === 'Inactive') assert.ok(t.blocked);
      if (t.blocked) assert.ok(t.sts !== 'Cancelled' && t.sts !== 'Provisional');
    }
    const einv = share((t) => t.einvoiceEnabled);
    assert.ok(einv > 0.03 && einv < 0.3, `e-invoice share ${einv}`);
    assert.ok(share((t) => t.sts === 'Active' && t.blocked) > 0.005);
    // Every registration of one PAN shares its turnover band, so e-invoicing agrees across them.
    const einvByPan = new Map<string, boolean>();
    for (const t of all.filter((x) => x.taxpayerType === 'Regular')) {
      const seen = einvByPan.get(t.pan);
      if (seen !== undefined && t.constitution !== 'Government Department' && t.constitution !== 'Local Authority')
        assert.equal(seen, t.einvoiceEnabled, t.pan);
      einvByPan.set(t.pan, t.einvoiceEnabled);
    }
  });

  it('writes names and jurisdictions in the portal style', () => {
    for (const t of all.slice(0, 5000)) {
      assert.match(t.legalName, /^[A-Z0-9 .&()'-]+$/);
      if (t.constitution === 'Private Limited Company') assert.match(t.legalName, / PRIVATE LIMITED$/);
      if (t.constitution === 'Limited Liability Partnership') assert.match(t.legalName, / LLP$/);
      if (t.constitution === 'Proprietorship') assert.ok(t.tradeName && t.tradeName !== t.legalName);
      assert.match(t.stateJurisdiction, /^State - /);
      assert.match(t.stateJurisdictionCode, /^[A-Z]{2}[0-9]{3}$/);
      assert.match(t.centreJurisdiction, /^Commissionerate - .+,Division - .+,Range - .+ \(Jurisdictional Office\)$/);
      assert.match(t.centreJurisdictionCode, /^[A-Z]{2}[0-9]{4}$/);
      assert.ok(t.natureOfBusiness.length > 0);
    }
    const ka = all.find((t) => t.stateCode === '29');
    assert.match(ka?.stateJurisdiction ?? '', /^State - Karnataka,Division - DGSTO-[0-9], .+,LOCAL GST Office - LGSTO [0-9]{3} - .+$/);
  });
});
