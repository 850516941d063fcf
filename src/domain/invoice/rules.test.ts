import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Problem } from '../../core/errors.ts';
import { generateGstin } from '../gstin.ts';
import { type SampleInvoiceKind, sampleInvoice } from './fixtures.ts';
import type { Inv01 } from './inv01.schema.ts';
import { parseInvoice } from './parse.ts';
import { type InvoiceRuleContext, type RegistryEntry, referencedGstins, validateInvoice } from './rules.ts';

// biome-ignore lint/suspicious/noExplicitAny: mutations set values the Inv01 type forbids, on purpose
type Mut = any;

const SELLER = '29AAFCD5862R1ZR';
const BUYER_INTRA = '29AAACW4202F1ZM';
const BUYER_INTER = '27AAPFU0939F1ZV';
const BUYER_SEZ = '27AAJCS5738D1Z6';
const ECO = '29AAFCB7707D1C1';
const SEZ_KA = generateGstin({ stateCode: '29', pan: 'AAJCS5738D' });

const DOC_DATE = '05/04/2026';
/** 10/04/2026 12:00 IST. */
const NOW = new Date('2026-04-10T06:30:00Z');

function entry(gstin: string, over: Partial<RegistryEntry> = {}): RegistryEntry {
  return { gstin, status: 'ACT', taxpayerType: 'REG', registrationDate: '2017-07-01', cancellationDate: null, blocked: false, ...over };
}

function registry(over: Record<string, Partial<RegistryEntry> | null> = {}): Map<string, RegistryEntry> {
  const base: RegistryEntry[] = [
    entry(SELLER),
    entry(BUYER_INTRA),
    entry(BUYER_INTER),
    entry(BUYER_SEZ, { taxpayerType: 'SEZ' }),
    entry(SEZ_KA, { taxpayerType: 'SEZ' }),
    entry(ECO, { taxpayerType: 'TCS' }),
  ];
  const m = new Map(base.map((e) => [e.gstin, e]));
  for (const [g, o] of Object.entries(over)) {
    if (o === null) m.delete(g);
    else m.set(g, entry(g, { ...m.get(g), ...o }));
  }
  return m;
}

function ctx(over: Partial<InvoiceRuleContext> = {}): InvoiceRuleContext {
  return { now: NOW, submitterGstin: SELLER, registry: registry(), ...over };
}

function inv(kind: SampleInvoiceKind): Inv01 {
  return sampleInvoice(kind, { docDate: DOC_DATE });
}

const codes = (ps: Problem[]) => ps.map((p) => `${p.code}@${p.field ?? ''}`);

/** Recomputes ValDtls from the items (so a test can change one item without tripping the totals). */
function retotal(i: Inv01): void {
  const s = (f: (it: Inv01['ItemList'][number]) => number | null | undefined) => i.ItemList.reduce((a, it) => a + (f(it) ?? 0), 0);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  i.ValDtls.AssVal = r2(s((it) => it.AssAmt));
  i.ValDtls.CgstVal = r2(s((it) => it.CgstAmt));
  i.ValDtls.SgstVal = r2(s((it) => it.SgstAmt));
  i.ValDtls.IgstVal = r2(s((it) => it.IgstAmt));
  i.ValDtls.CesVal = r2(s((it) => (it.CesAmt ?? 0) + (it.CesNonAdvlAmt ?? 0)));
  i.ValDtls.StCesVal = r2(s((it) => (it.StateCesAmt ?? 0) + (it.StateCesNonAdvlAmt ?? 0)));
  i.ValDtls.TotInvVal = r2(s((it) => it.TotItemVal) + (i.ValDtls.OthChrg ?? 0) - (i.ValDtls.Discount ?? 0) + (i.ValDtls.RndOffAmt ?? 0));
}

/** Moves a B2B invoice's taxes between CGST+SGST and IGST, keeping the amounts right. */
function toIntraTaxes(i: Inv01): void {
  for (const it of i.ItemList) {
    const tax = (it.AssAmt * it.GstRt) / 100;
    it.IgstAmt = 0;
    it.CgstAmt = tax / 2;
    it.SgstAmt = tax / 2;
  }
  retotal(i);
}
function toIgst(i: Inv01): void {
  for (const it of i.ItemList) {
    it.IgstAmt = (it.AssAmt * it.GstRt) / 100;
    it.CgstAmt = 0;
    it.SgstAmt = 0;
  }
  retotal(i);
}

describe('validateInvoice: valid invoices', () => {
  const valid: [string, () => Inv01, Partial<InvoiceRuleContext>?][] = [
    ['B2B intra-state (CGST+SGST)', () => inv('b2b-intra')],
    ['B2B inter-state (IGST, goods + service, ship-to)', () => inv('b2b-inter')],
    ['export with payment (EXPWP)', () => inv('export-wp')],
    ['SEZ with payment (SEZWP)', () => inv('sez-wp')],
    [
      'deemed export (DEXP)',
      () => {
        const i = inv('b2b-inter');
        i.TranDtls.SupTyp = 'DEXP';
        return i;
      },
    ],
    [
      'SEZWP to an SEZ in the same state: IGST (2237 context)',
      () => {
        const i = inv('sez-wp');
        Object.assign(i.BuyerDtls, { Gstin: SEZ_KA, Pos: '29', Stcd: '29', Pin: 560001 });
        return i;
      },
    ],
    [
      'intra-state supply chargeable to IGST (IgstOnIntra=Y)',
      () => {
        const i = inv('b2b-intra');
        i.TranDtls.IgstOnIntra = 'Y';
        toIgst(i);
        return i;
      },
    ],
    [
      'export without payment (EXPWOP), no IGST: not rate-checked',
      () => {
        const i = inv('export-wp');
        i.TranDtls.SupTyp = 'EXPWOP';
        i.ItemList[0].IgstAmt = 0;
        i.ItemList[0].TotItemVal = 10000;
        retotal(i);
        return i;
      },
    ],
    [
      'SEZ without payment (SEZWOP), no IGST',
      () => {
        const i = inv('sez-wp');
        i.TranDtls.SupTyp = 'SEZWOP';
        for (const it of i.ItemList) {
          it.IgstAmt = 0;
          it.TotItemVal = it.AssAmt;
        }
        retotal(i);
        return i;
      },
    ],
    [
      'reverse charge: TotItemVal without the taxes',
      () => {
        const i = inv('b2b-intra');
        i.TranDtls.RegRev = 'Y';
        for (const it of i.ItemList) it.TotItemVal = it.AssAmt;
        retotal(i);
        return i;
      },
    ],
    [
      'EXPWP: TotItemVal without the taxes',
      () => {
        const i = inv('export-wp');
        i.ItemList[0].TotItemVal = 10000;
        retotal(i);
        return i;
      },
    ],
    [
      'credit note: tax amounts not checked against the rate',
      () => {
        const i = inv('b2b-intra');
        i.DocDtls.Typ = 'CRN';
        i.ItemList[0].CgstAmt = 850;
        i.ItemList[0].SgstAmt = 850;
        i.ItemList[0].TotItemVal = 11700;
        retotal(i);
        return i;
      },
    ],
    [
      'two-decimal rounding edges: 3 × 33.333 → 100.00, 18 % of 99.99 → 9.00 + 9.00, rounded-off total',
      () => {
        const i = inv('b2b-intra');
        const base = i.ItemList[0];
        i.ItemList = [
          { ...base, SlNo: '1', Qty: 3, UnitPrice: 33.333, TotAmt: 100, AssAmt: 100, CgstAmt: 9, SgstAmt: 9, TotItemVal: 118 },
          { ...base, SlNo: '2', Qty: 1, UnitPrice: 99.99, TotAmt: 99.99, AssAmt: 99.99, CgstAmt: 9, SgstAmt: 9, TotItemVal: 117.99 },
        ];
        i.ValDtls.RndOffAmt = 0.01;
        retotal(i);
        assert.equal(i.ValDtls.TotInvVal, 236);
        return i;
      },
    ],
    [
      'item and invoice values within ±1 rupee',
      () => {
        const i = inv('b2b-intra');
        i.ItemList[0].CgstAmt = 900.6;
        i.ItemList[0].SgstAmt = 900.6;
        i.ItemList[0].TotItemVal = 11800.5;
        i.ValDtls.TotInvVal = 13145.3;
        i.ValDtls.CgstVal = 972.6;
        i.ValDtls.SgstVal = 972.6;
        return i;
      },
    ],
    [
      'e-commerce operator submits with EcmGstin',
      () => {
        const i = inv('b2b-intra');
        i.TranDtls.EcmGstin = ECO;
        return i;
      },
      { submitterGstin: ECO },
    ],
    [
      'supplier submits an invoice naming an e-commerce operator',
      () => {
        const i = inv('b2b-inter');
        i.TranDtls.EcmGstin = ECO;
        return i;
      },
    ],
    [
      'cancelled buyer, document dated before the cancellation',
      () => inv('b2b-inter'),
      { registry: registry({ [BUYER_INTER]: { status: 'CNL', cancellationDate: '2026-04-06' } }) },
    ],
    [
      'document dated today (IST), late evening UTC',
      () => sampleInvoice('b2b-intra', { docDate: '11/04/2026' }),
      { now: new Date('2026-04-10T19:00:00Z') },
    ],
    [
      'reporting limit: exactly 30 days old is still accepted',
      () => sampleInvoice('b2b-intra', { docDate: '11/03/2026' }),
      { registry: registry({ [SELLER]: { reportingLimitDays: 30 } }) },
    ],
    ['offline: no registry, no submitter', () => inv('b2b-inter'), { submitterGstin: undefined, registry: undefined }],
  ];
  for (const [name, build, over] of valid) {
    it(name, () => {
      const problems = validateInvoice(build(), ctx(over));
      assert.deepEqual(codes(problems), []);
    });
  }

  it('the canonical NIC sample (§5.14) passes offline', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../test/fixtures/invoices/nic-sample.json', import.meta.url), 'utf8'));
    const r = parseInvoice(raw);
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(validateInvoice(r.invoice, { now: new Date('2020-08-18T10:00:00Z') }), []);
  });
});

describe('validateInvoice: each NIC code', () => {
  interface Case {
    code: string;
    field?: string;
    kind?: SampleInvoiceKind;
    mutate?: (i: Mut) => void;
    ctx?: Partial<InvoiceRuleContext>;
    message?: RegExp;
    why: string;
  }
  const cases: Case[] = [
    { code: '2169', field: 'SellerDtls.Gstin', why: 'submitter is neither supplier nor ECO', ctx: { submitterGstin: BUYER_INTER } },
    { code: '2197', field: 'TranDtls.EcmGstin', why: 'ECO submits without EcmGstin', ctx: { submitterGstin: ECO } },
    {
      code: '2195',
      field: 'TranDtls.EcmGstin',
      why: 'EcmGstin is a regular registration',
      mutate: (i) => {
        i.TranDtls.EcmGstin = BUYER_INTER;
      },
    },
    {
      code: '2195',
      field: 'TranDtls.EcmGstin',
      why: 'EcmGstin not of the TCS family (offline)',
      ctx: { registry: undefined, submitterGstin: undefined },
      mutate: (i) => {
        i.TranDtls.EcmGstin = BUYER_INTER;
      },
    },
    {
      code: '5002',
      field: 'Version',
      why: 'Version other than 1.1 in an invoice built in code',
      mutate: (i) => {
        i.Version = '1.0';
      },
    },
    {
      code: '2144',
      field: 'DocDtls.Dt',
      why: 'document date not a date (invoice built in code)',
      mutate: (i) => {
        i.DocDtls.Dt = '31/02/2026';
      },
    },
    {
      code: '2163',
      field: 'DocDtls.Dt',
      why: 'document date tomorrow (IST)',
      mutate: (i) => {
        i.DocDtls.Dt = '11/04/2026';
      },
    },
    {
      code: 'DOC_REPORTING_LIMIT',
      field: 'DocDtls.Dt',
      why: 'document 40 days old, seller limit 30 days',
      message: /01\/03\/2026 is older than 30 days/,
      ctx: { registry: registry({ [SELLER]: { reportingLimitDays: 30 } }) },
      mutate: (i) => {
        i.DocDtls.Dt = '01/03/2026';
      },
    },
    {
      code: '2162',
      field: 'TranDtls.RegRev',
      kind: 'sez-wp',
      why: 'reverse charge on an SEZ supply',
      mutate: (i) => {
        i.TranDtls.RegRev = 'Y';
      },
    },
    {
      code: '2211',
      field: 'BuyerDtls.Gstin',
      why: 'buyer GSTIN equals seller GSTIN',
      mutate: (i) => {
        i.BuyerDtls.Gstin = SELLER;
      },
    },
    {
      code: '2258',
      field: 'SellerDtls.Stcd',
      why: 'seller Stcd differs from its GSTIN state',
      mutate: (i) => {
        i.SellerDtls.Stcd = '27';
        i.SellerDtls.Pin = 400001;
      },
    },
    {
      code: '2259',
      field: 'SellerDtls.Stcd',
      why: 'seller state code 96',
      mutate: (i) => {
        i.SellerDtls.Stcd = '96';
      },
    },
    {
      code: '2260',
      field: 'BuyerDtls.Stcd',
      why: 'buyer state code not in the master',
      mutate: (i) => {
        i.BuyerDtls.Stcd = '55';
      },
    },
    {
      code: '2265',
      field: 'BuyerDtls.Stcd',
      kind: 'b2b-inter',
      why: 'buyer Stcd differs from its GSTIN state',
      mutate: (i) => {
        i.BuyerDtls.Stcd = '29';
        i.BuyerDtls.Pin = 560001;
      },
    },
    {
      code: '2200',
      field: 'ShipDtls.Stcd',
      kind: 'b2b-inter',
      why: 'ship-to state code not in the master',
      message: /Invalid state code 55/,
      mutate: (i) => {
        i.ShipDtls.Stcd = '55';
      },
    },
    {
      code: '2200',
      field: 'ShipDtls.Stcd',
      kind: 'b2b-inter',
      why: 'ship-to state code 99 (Centre Jurisdiction, not in the IRP master of §10.2)',
      message: /Invalid state code 99/,
      mutate: (i) => {
        i.ShipDtls.Stcd = '99';
      },
    },
    {
      code: '2260',
      field: 'BuyerDtls.Stcd',
      kind: 'export-wp',
      why: 'export buyer state code 99 instead of 96',
      mutate: (i) => {
        i.BuyerDtls.Stcd = '99';
      },
    },
    {
      code: '2200',
      field: 'DispDtls.Stcd',
      why: 'dispatch state code not in the master',
      mutate: (i) => {
        i.DispDtls = { Nm: 'Deccan Components Warehouse', Addr1: 'Peenya', Loc: 'Bengaluru', Pin: 560058, Stcd: '55' };
      },
    },
    {
      code: '2178',
      field: 'SellerDtls.Pin',
      why: 'seller PIN in Maharashtra, state Karnataka',
      message: /state - Karnataka$/,
      mutate: (i) => {
        i.SellerDtls.Pin = 400001;
      },
    },
    {
      code: '2178',
      field: 'BuyerDtls.Pin',
      kind: 'b2b-inter',
      why: 'buyer PIN in Karnataka, state Maharashtra',
      message: /state - Maharashtra$/,
      mutate: (i) => {
        i.BuyerDtls.Pin = 560001;
      },
    },
    {
      code: '2178',
      field: 'DispDtls.Pin',
      why: 'dispatch PIN in Maharashtra, state Karnataka',
      mutate: (i) => {
        i.DispDtls = { Nm: 'Deccan Components Warehouse', Addr1: 'Bhiwandi', Loc: 'Thane', Pin: 400001, Stcd: '29' };
      },
    },
    {
      code: '2178',
      field: 'ShipDtls.Pin',
      kind: 'b2b-inter',
      why: 'ship-to PIN in Karnataka, state Maharashtra',
      mutate: (i) => {
        i.ShipDtls.Pin = 560001;
      },
    },
    {
      code: '2244',
      field: 'BuyerDtls.Pin',
      why: 'recipient PIN missing for B2B',
      message: /transaction -B2B$/,
      mutate: (i) => {
        delete i.BuyerDtls.Pin;
      },
    },
    {
      code: '2248',
      field: 'BuyerDtls.Gstin',
      kind: 'export-wp',
      why: 'export recipient has a GSTIN',
      mutate: (i) => {
        i.BuyerDtls.Gstin = BUYER_INTER;
      },
    },
    {
      code: '2229',
      field: 'BuyerDtls.Pos',
      kind: 'export-wp',
      why: 'export POS an Indian state',
      message: /transaction -EXPWP$/,
      mutate: (i) => {
        i.BuyerDtls.Pos = '27';
      },
    },
    {
      code: '2181',
      field: 'BuyerDtls.Pos',
      kind: 'export-wp',
      why: 'export POS = supplier state',
      mutate: (i) => {
        i.BuyerDtls.Pos = '29';
      },
    },
    {
      code: '2261',
      field: 'BuyerDtls.Stcd',
      kind: 'export-wp',
      why: 'export recipient state not 96',
      mutate: (i) => {
        i.BuyerDtls.Stcd = '27';
      },
    },
    {
      code: '2180',
      field: 'ItemList[0].CgstAmt',
      kind: 'export-wp',
      why: 'CGST/SGST on an export',
      message: /item -84821011$/,
      mutate: (i) => {
        Object.assign(i.ItemList[0], { IgstAmt: 0, CgstAmt: 900, SgstAmt: 900 });
        retotal(i);
      },
    },
    {
      code: '2247',
      field: 'BuyerDtls.Gstin',
      kind: 'sez-wp',
      why: 'SEZWP recipient is a regular taxpayer',
      mutate: (i) => {
        i.BuyerDtls.Gstin = BUYER_INTER;
      },
    },
    {
      code: '2237',
      field: 'ItemList[0].CgstAmt',
      kind: 'sez-wp',
      why: 'CGST/SGST to an SEZ',
      mutate: (i) => {
        Object.assign(i.ItemList[0], { IgstAmt: 0, CgstAmt: 900, SgstAmt: 900 });
        retotal(i);
      },
    },
    {
      code: '2171',
      field: 'BuyerDtls.Gstin',
      kind: 'b2b-inter',
      why: 'deemed export to URP',
      mutate: (i) => {
        i.TranDtls.SupTyp = 'DEXP';
        i.BuyerDtls.Gstin = 'URP';
      },
    },
    {
      code: '2212',
      field: 'BuyerDtls.Gstin',
      kind: 'b2b-inter',
      why: 'B2B to URP',
      message: /supply type B2B$/,
      mutate: (i) => {
        i.BuyerDtls.Gstin = 'URP';
      },
    },
    {
      code: '2242',
      field: 'BuyerDtls.Pos',
      kind: 'b2b-inter',
      why: 'B2B POS 96',
      mutate: (i) => {
        i.BuyerDtls.Pos = '96';
      },
    },
    {
      code: '2243',
      field: 'BuyerDtls.Pos',
      kind: 'b2b-inter',
      why: 'B2B POS not a state',
      message: /for B2B transaction$/,
      mutate: (i) => {
        i.BuyerDtls.Pos = '55';
      },
    },
    {
      code: '2245',
      field: 'ShipDtls.Stcd',
      kind: 'b2b-inter',
      why: 'B2B ship-to state differs from POS',
      mutate: (i) => {
        i.ShipDtls.Stcd = '29';
        i.ShipDtls.Pin = 560001;
      },
    },
    {
      code: '2246',
      field: 'BuyerDtls.Gstin',
      kind: 'b2b-inter',
      why: 'B2B to an SEZ',
      mutate: (i) => {
        i.BuyerDtls.Gstin = BUYER_SEZ;
        i.ShipDtls.Gstin = BUYER_SEZ;
      },
    },
    {
      code: '2231',
      field: 'SellerDtls.Gstin',
      why: 'supplier is an SEZ unit',
      message: new RegExp(`${SELLER} is SEZ$`),
      ctx: { registry: registry({ [SELLER]: { taxpayerType: 'SEZ' } }) },
    },
    {
      code: '2262',
      field: 'TranDtls.IgstOnIntra',
      kind: 'b2b-inter',
      why: 'IgstOnIntra=Y on an inter-state supply',
      mutate: (i) => {
        i.TranDtls.IgstOnIntra = 'Y';
      },
    },
    { code: '3028', field: 'BuyerDtls.Gstin', why: 'buyer not in the registry', ctx: { registry: registry({ [BUYER_INTRA]: null }) } },
    { code: '3028', field: 'SellerDtls.Gstin', why: 'seller not in the registry', ctx: { registry: registry({ [SELLER]: null }) } },
    {
      code: '3028',
      field: 'TranDtls.EcmGstin',
      why: 'ECO not in the registry',
      ctx: { registry: registry({ [ECO]: null }) },
      mutate: (i) => {
        i.TranDtls.EcmGstin = ECO;
      },
    },
    {
      code: '3029',
      field: 'ShipDtls.Gstin',
      kind: 'b2b-inter',
      why: 'ship-to GSTIN inactive',
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'INA' } }) },
      mutate: (i) => {
        i.ShipDtls.Gstin = BUYER_INTRA;
      },
    },
    {
      code: '3074',
      field: 'BuyerDtls.Gstin',
      why: 'buyer cancelled before the document date',
      message: new RegExp(`${BUYER_INTRA} is cancelled and document date - 05/04/2026 is later`),
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'CNL', cancellationDate: '2026-03-01' } }) },
    },
    {
      code: '3075',
      field: 'BuyerDtls.Gstin',
      why: 'buyer cancelled, no cancellation date',
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'CNL', cancellationDate: null } }) },
    },
    {
      code: '3076',
      field: 'BuyerDtls.Gstin',
      why: 'buyer inactive',
      message: new RegExp(`${BUYER_INTRA} is inactive`),
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'INA' } }) },
    },
    {
      code: '3077',
      field: 'BuyerDtls.Gstin',
      why: 'buyer cancelled, document before its registration',
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'CNL', registrationDate: '2026-04-06', cancellationDate: '2026-04-08' } }) },
    },
    {
      code: '3078',
      field: 'BuyerDtls.Gstin',
      why: 'buyer cancelled, no registration date',
      ctx: { registry: registry({ [BUYER_INTRA]: { status: 'CNL', registrationDate: '', cancellationDate: '2026-04-08' } }) },
    },
    {
      code: '3079',
      field: 'SellerDtls.Gstin',
      why: 'active seller registered after the document date',
      ctx: { registry: registry({ [SELLER]: { registrationDate: '2026-04-06' } }) },
    },
    {
      code: '3076',
      field: 'TranDtls.EcmGstin',
      why: 'ECO inactive',
      ctx: { registry: registry({ [ECO]: { status: 'INA' } }) },
      mutate: (i) => {
        i.TranDtls.EcmGstin = ECO;
      },
    },
    {
      code: '2172',
      field: 'ItemList[0].IgstAmt',
      why: 'IGST on an intra-state item',
      message: /item - 84821011 and Sl\. No 1 ,/,
      mutate: (i) => {
        Object.assign(i.ItemList[0], { IgstAmt: 1800, CgstAmt: 0, SgstAmt: 0 });
        retotal(i);
      },
    },
    {
      code: '2241',
      field: 'ItemList[1].CgstAmt',
      why: 'CGST missing on an intra-state item',
      mutate: (i) => {
        delete i.ItemList[1].CgstAmt;
      },
    },
    {
      code: '2227',
      field: 'ItemList[0].SgstAmt',
      why: 'CGST ≠ SGST',
      message: /HSN - 84821011$/,
      mutate: (i) => {
        i.ItemList[0].SgstAmt = 880;
      },
    },
    {
      code: '2174',
      field: 'ItemList[0].CgstAmt',
      kind: 'b2b-inter',
      why: 'CGST on an inter-state item',
      mutate: (i) => {
        toIntraTaxes(i);
      },
    },
    {
      code: '2240',
      field: 'ItemList[0].GstRt',
      why: 'GST rate 17 %',
      message: /HSN -84821011$/,
      mutate: (i) => {
        i.ItemList[0].GstRt = 17;
      },
    },
    {
      code: '2176',
      field: 'ItemList[0].HsnCd',
      why: 'HSN chapter 77 does not exist',
      message: /Invalid HSN code\(s\)-7701$/,
      mutate: (i) => {
        i.ItemList[0].HsnCd = '7701';
      },
    },
    {
      code: '2176',
      field: 'ItemList[1].HsnCd',
      kind: 'b2b-inter',
      why: 'service with a goods HSN',
      mutate: (i) => {
        i.ItemList[1].HsnCd = '84821011';
      },
    },
    {
      code: '2238',
      field: 'ItemList[0].Qty',
      why: 'goods without Qty',
      mutate: (i) => {
        delete i.ItemList[0].Qty;
      },
    },
    {
      code: '2239',
      field: 'ItemList[0].Unit',
      why: 'goods without Unit',
      mutate: (i) => {
        delete i.ItemList[0].Unit;
      },
    },
    {
      code: '2177',
      field: 'ItemList[0].Unit',
      why: 'unit not a UQC (invoice built in code)',
      message: /-XYZ$/,
      mutate: (i) => {
        i.ItemList[0].Unit = 'XYZ';
      },
    },
    {
      code: '2233',
      field: 'ItemList[1].SlNo',
      why: 'two items numbered 1',
      mutate: (i) => {
        i.ItemList[1].SlNo = '01';
      },
    },
    {
      code: '2249',
      field: 'ItemList',
      kind: 'b2b-inter',
      why: 'goods + services, POS = supplier state, buyer in Maharashtra',
      mutate: (i) => {
        i.BuyerDtls.Pos = '29';
        delete i.ShipDtls;
        toIntraTaxes(i);
      },
    },
    {
      code: '2192',
      field: 'ItemList[0].TotAmt',
      why: 'TotAmt ≠ Qty × UnitPrice',
      mutate: (i) => {
        i.ItemList[0].Qty = 11;
      },
    },
    {
      code: '2193',
      field: 'ItemList[0].AssAmt',
      why: 'AssAmt ≠ TotAmt − Discount',
      // Exact NIC text (reference §7.3), which clients string-match.
      message: /^For HSN - 84821011 and Sl\. No - 1, AssAmt value should be equal to \(TotAmt - Discount\)$/,
      mutate: (i) => {
        i.ItemList[0].Discount = 500;
      },
    },
    {
      code: '2234',
      field: 'ItemList[0].CgstAmt',
      why: 'CGST/SGST not 9 % + 9 %',
      mutate: (i) => {
        Object.assign(i.ItemList[0], { CgstAmt: 800, SgstAmt: 800, TotItemVal: 11600 });
        retotal(i);
      },
    },
    {
      code: '2235',
      field: 'ItemList[0].IgstAmt',
      kind: 'b2b-inter',
      why: 'IGST not 18 %',
      mutate: (i) => {
        Object.assign(i.ItemList[0], { IgstAmt: 1500, TotItemVal: 11500 });
        retotal(i);
      },
    },
    {
      code: '2235',
      field: 'ItemList[0].IgstAmt',
      kind: 'export-wp',
      why: 'EXPWP without IGST',
      mutate: (i) => {
        Object.assign(i.ItemList[0], { IgstAmt: 0, TotItemVal: 10000 });
        retotal(i);
      },
    },
    {
      code: '2266',
      field: 'ItemList[0].CesAmt',
      why: 'cess rate 1 % without the cess amount',
      mutate: (i) => {
        i.ItemList[0].CesRt = 1;
      },
    },
    {
      code: '2267',
      field: 'ItemList[0].StateCesAmt',
      why: 'state cess rate 1 % without the amount',
      mutate: (i) => {
        i.ItemList[0].StateCesRt = 1;
      },
    },
    {
      code: '2194',
      field: 'ItemList[0].TotItemVal',
      why: 'TotItemVal 200 too high',
      message: /HSN - 84821011$/,
      mutate: (i) => {
        i.ItemList[0].TotItemVal = 12000;
      },
    },
    {
      code: '2182',
      field: 'ValDtls.AssVal',
      why: 'AssVal ≠ Σ AssAmt',
      mutate: (i) => {
        i.ValDtls.AssVal = 11000;
      },
    },
    {
      code: '2183',
      field: 'ValDtls.SgstVal',
      why: 'SgstVal ≠ Σ SgstAmt',
      mutate: (i) => {
        i.ValDtls.SgstVal = 0;
      },
    },
    {
      code: '2184',
      field: 'ValDtls.CgstVal',
      why: 'CgstVal ≠ Σ CgstAmt',
      mutate: (i) => {
        i.ValDtls.CgstVal = 0;
      },
    },
    {
      code: '2185',
      field: 'ValDtls.IgstVal',
      kind: 'b2b-inter',
      why: 'IgstVal ≠ Σ IgstAmt',
      mutate: (i) => {
        i.ValDtls.IgstVal = 1800;
      },
    },
    {
      code: '2186',
      field: 'ValDtls.CesVal',
      why: 'CesVal without any cess',
      mutate: (i) => {
        i.ValDtls.CesVal = 50;
      },
    },
    {
      code: '2188',
      field: 'ValDtls.CesVal',
      why: 'CesVal leaves out the non-advol cess',
      mutate: (i) => {
        Object.assign(i.ItemList[0], { CesNonAdvlAmt: 25, TotItemVal: 11825 });
        retotal(i);
        i.ValDtls.CesVal = 0;
      },
    },
    {
      code: '2187',
      field: 'ValDtls.StCesVal',
      why: 'StCesVal without any state cess',
      mutate: (i) => {
        i.ValDtls.StCesVal = 50;
      },
    },
    {
      code: '2189',
      field: 'ValDtls.TotInvVal',
      why: 'TotInvVal off by 1.50 (beyond ±1)',
      mutate: (i) => {
        i.ValDtls.TotInvVal = 13145.5;
      },
    },
    {
      code: '2220',
      field: 'ValDtls.Discount',
      why: 'invoice discount ≥ invoice value',
      mutate: (i) => {
        i.ValDtls.Discount = 7000;
        retotal(i);
      },
    },
  ];

  for (const c of cases) {
    it(`${c.code}: ${c.why}`, () => {
      const i = inv(c.kind ?? 'b2b-intra');
      c.mutate?.(i);
      const problems = validateInvoice(i, ctx(c.ctx));
      const p = problems.find((x) => x.code === c.code && (c.field === undefined || x.field === c.field));
      assert.ok(p, `expected ${c.code}@${c.field ?? ''}; got ${codes(problems).join(', ') || 'none'}`);
      if (c.message) assert.match(p.message, c.message);
    });
  }
});

describe('validateInvoice: behaviour', () => {
  it('returns several failures together', () => {
    const i = inv('b2b-intra');
    i.DocDtls.Dt = '20/04/2026'; // 2163
    i.ItemList[0].IgstAmt = 100; // 2172
    i.ItemList[1].GstRt = 17; // 2240
    i.ItemList[1].SlNo = '1'; // 2233
    i.ValDtls.AssVal = 1; // 2182
    const got = codes(validateInvoice(i, ctx({ submitterGstin: BUYER_INTER })));
    for (const want of [
      '2169@SellerDtls.Gstin',
      '2163@DocDtls.Dt',
      '2172@ItemList[0].IgstAmt',
      '2240@ItemList[1].GstRt',
      '2233@ItemList[1].SlNo',
      '2182@ValDtls.AssVal',
    ]) {
      assert.ok(got.includes(want), `missing ${want} in ${got.join(', ')}`);
    }
  });

  it('skips ownership and registry checks offline', () => {
    const problems = validateInvoice(inv('b2b-intra'), { now: NOW });
    assert.deepEqual(problems, []);
    const withUnknownBuyer = inv('b2b-intra');
    withUnknownBuyer.BuyerDtls.Gstin = '29AABCT1332L000'; // NIC test GSTIN: bad check digit, unknown
    assert.deepEqual(codes(validateInvoice(withUnknownBuyer, { now: NOW })), []);
  });

  it('referencedGstins: seller, buyer unless URP, ECO, ship-to; distinct', () => {
    const i = inv('b2b-inter');
    i.TranDtls.EcmGstin = ECO;
    assert.deepEqual(referencedGstins(i), [SELLER, BUYER_INTER, ECO]);
    const e = inv('export-wp');
    assert.deepEqual(referencedGstins(e), [SELLER]);
    e.ShipDtls = { ...(e.ShipDtls as NonNullable<Inv01['ShipDtls']>), Gstin: BUYER_INTER };
    assert.deepEqual(referencedGstins(e), [SELLER, BUYER_INTER]);
  });

  it('compares dates in IST: 18:30 UTC is already the next day', () => {
    const i = sampleInvoice('b2b-intra', { docDate: '11/04/2026' });
    assert.deepEqual(codes(validateInvoice(i, ctx({ now: new Date('2026-04-10T18:29:59Z') }))), ['2163@DocDtls.Dt']);
    assert.deepEqual(codes(validateInvoice(i, ctx({ now: new Date('2026-04-10T18:30:00Z') }))), []);
  });
});
