import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIstDate, istDayNumber } from '../dates.ts';
import { gstinCheckChar } from '../gstin.ts';
import {
  dueDate,
  type FilerProfile,
  type Filing,
  filingPreference,
  filingsForFy,
  formatArn,
  isValidFy,
  syntheticFilings,
} from './returns.ts';
import { syntheticTaxpayers } from './synthetic.ts';

const now = new Date('2025-06-15T06:30:00Z'); // 15-06-2025 12:00 IST
const today = istDayNumber(now);
const due = (rt: string, prd: string, pref: 'M' | 'Q' = 'M', state?: string) => formatIstDate(dueDate(rt, prd, pref, state));

const monthIndex = (prd: string) => Number(prd.slice(2)) * 12 + Number(prd.slice(0, 2)) - 1;
const isoMonthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const dofDay = (dof: string) => istDayNumber(new Date(`${dof.slice(6)}-${dof.slice(3, 5)}-${dof.slice(0, 2)}T00:00:00+05:30`));
const isoDay = (iso: string) => istDayNumber(new Date(`${iso}T00:00:00+05:30`));

const profiles: FilerProfile[] = [...syntheticTaxpayers(4000, { seed: 9, now })];
const histories = new Map(profiles.map((p) => [p.gstin, syntheticFilings(p, now)]));

/** The months a return covers: the quarter for quarterly returns, the FY for annual ones. */
function coveredFrom(f: Filing, p: FilerProfile): number {
  const m = monthIndex(f.ret_prd);
  if (f.rtntype === 'GSTR9' || (f.rtntype === 'GSTR4' && m >= 2019 * 12 + 3)) return m - 11;
  const quarterly = f.rtntype === 'CMP08' || f.rtntype === 'GSTR4' || isQuarterly(f, p);
  return quarterly ? m - 2 : m;
}
function isQuarterly(f: Filing, p: FilerProfile): boolean {
  if (f.rtntype !== 'GSTR1' && f.rtntype !== 'GSTR3B') return false;
  const m = monthIndex(f.ret_prd);
  const y = m % 12 >= 3 ? Math.floor(m / 12) : Math.floor(m / 12) - 1;
  const q = `Q${Math.floor((((m % 12) + 9) % 12) / 3) + 1}`;
  return filingPreference(p, `${y}-${String((y + 1) % 100).padStart(2, '0')}`).find((x) => x.quarter === q)?.preference === 'Q';
}

describe('dueDate', () => {
  it('follows the monthly and quarterly GSTR-1 / GSTR-3B rules', () => {
    assert.equal(due('GSTR3B', '032024'), '20/04/2024'); // Rule 61(5)
    assert.equal(due('GSTR1', '032025', 'Q'), '13/04/2025'); // Rule 59(2), Q4 FY 2024-25
    assert.equal(due('GSTR1', '022025', 'Q'), '13/04/2025'); // any month names the quarter
    assert.equal(due('GSTR1', '012024'), '11/02/2024'); // Rule 59(1)
    assert.equal(due('GSTR1', '122024'), '11/01/2025');
    assert.equal(due('GSTR3B', '062024', 'Q', '27'), '22/07/2024'); // category I state
    assert.equal(due('GSTR3B', '062024', 'Q', '9'), '24/07/2024'); // category II state
    assert.equal(due('GSTR3B', '062024', 'Q'), '22/07/2024'); // default when no state given
    assert.equal(due('GSTR3B', '062019', 'Q', '09'), '20/07/2019'); // no quarterly 3B before QRMP
    assert.equal(due('GSTR1', '062019', 'Q'), '31/07/2019'); // pre-QRMP quarterly GSTR-1
  });

  it('follows the composition, annual and special-registration rules', () => {
    assert.equal(due('CMP08', '062024', 'Q'), '18/07/2024'); // Rule 62(1)(i)
    assert.equal(due('CMP08', '122024', 'Q'), '18/01/2025');
    assert.equal(due('GSTR4', '092018', 'Q'), '18/10/2018'); // quarterly GSTR-4 before FY 2019-20
    assert.equal(due('GSTR4', '032024'), '30/04/2024'); // annual, FY 2023-24
    assert.equal(due('GSTR4', '032025'), '30/06/2025'); // annual, FY 2024-25 (Notification 12/2024-CT)
    assert.equal(due('GSTR9', '032024'), '31/12/2024'); // Section 44
    assert.equal(due('GSTR9', '042023'), '31/12/2024'); // any month of the FY
    assert.equal(due('GSTR9', '032018'), '31/12/2018');
    assert.equal(due('GSTR6', '052024'), '13/06/2024');
    assert.equal(due('GSTR8', '052024'), '10/06/2024');
  });

  it('returns 00:00 IST of the due day and rejects bad input', () => {
    assert.equal(dueDate('GSTR3B', '032024', 'M').toISOString(), '2024-04-19T18:30:00.000Z');
    assert.throws(() => dueDate('GSTR2A', '032024', 'M'), /unknown return type/);
    assert.throws(() => dueDate('GSTR1', '132024', 'M'), /MMYYYY/);
    assert.throws(() => dueDate('GSTR1', '2024-03', 'M'), /MMYYYY/);
  });
});

describe('isValidFy', () => {
  it('accepts YYYY-YY of consecutive years only', () => {
    for (const fy of ['2017-18', '2023-24', '2099-00']) assert.ok(isValidFy(fy), fy);
    for (const fy of ['2023-25', '2023-2024', '23-24', '2023/24', '', '2023-4']) assert.ok(!isValidFy(fy), fy);
  });
});

describe('formatArn', () => {
  it('builds AA + state + MMYY (IST) + 6-digit serial + check character', () => {
    const arn = formatArn('24', new Date('2020-03-21T10:00:00Z'), 411233);
    assert.equal(arn.length, 15);
    assert.equal(arn.slice(0, 14), 'AA240320411233');
    assert.equal(arn[14], gstinCheckChar(arn.slice(0, 14)));
    assert.equal(formatArn('7', new Date('2024-03-31T20:00:00Z'), 5).slice(0, 14), 'AA070424000005'); // 1 April in IST
    assert.equal(formatArn('24', new Date('2020-03-21T10:00:00Z'), 411233), arn);
    assert.throws(() => formatArn('24', new Date(), 1_000_000));
    assert.throws(() => formatArn('24', new Date(), 1.5));
  });
});

describe('filingPreference', () => {
  const base: FilerProfile = {
    gstin: '27AAPFU0939F1ZV',
    stateCode: '27',
    registrationDate: '2017-07-01',
    cancellationDate: null,
    taxpayerType: 'Regular',
    sts: 'Active',
    blocked: false,
    einvoiceEnabled: false,
  };

  it('is monthly before QRMP (January 2021) and for e-invoicing taxpayers', () => {
    assert.deepEqual(
      filingPreference(base, '2019-20').map((x) => x.preference),
      ['M', 'M', 'M', 'M'],
    );
    assert.deepEqual(
      filingPreference({ ...base, einvoiceEnabled: true }, '2024-25').map((x) => x.preference),
      ['M', 'M', 'M', 'M'],
    );
  });

  it('lists the quarters of the FY the taxpayer was registered in; none for composition', () => {
    assert.deepEqual(
      filingPreference(base, '2017-18').map((x) => x.quarter),
      ['Q2', 'Q3', 'Q4'],
    );
    assert.deepEqual(
      filingPreference({ ...base, registrationDate: '2024-11-05' }, '2024-25').map((x) => x.quarter),
      ['Q3', 'Q4'],
    );
    assert.deepEqual(
      filingPreference({ ...base, sts: 'Cancelled', cancellationDate: '2024-05-10' }, '2024-25').map((x) => x.quarter),
      ['Q1'],
    );
    assert.deepEqual(filingPreference({ ...base, taxpayerType: 'Composition' }, '2024-25'), []);
    assert.throws(() => filingPreference(base, '2024-26'));
  });

  it('is deterministic, and small taxpayers mostly opt for QRMP', () => {
    const regular = profiles.filter((p) => p.taxpayerType === 'Regular' && p.registrationDate < '2024-04-01' && !p.cancellationDate);
    let q = 0;
    for (const p of regular) {
      const prefs = filingPreference(p, '2024-25');
      assert.deepEqual(prefs, filingPreference(p, '2024-25'));
      assert.equal(prefs.length, 4);
      if (prefs[0].preference === 'Q') q++;
      if (p.einvoiceEnabled) assert.ok(prefs.every((x) => x.preference === 'M'));
    }
    assert.ok(q / regular.length > 0.3 && q / regular.length < 0.8, `QRMP share ${q / regular.length}`);
  });
});

describe('syntheticFilings', () => {
  it('is deterministic from the profile', () => {
    for (const p of profiles.slice(0, 50)) assert.deepEqual(syntheticFilings(p, now), histories.get(p.gstin));
  });

  it('files only between registration and cancellation, after the period ends and before now', () => {
    for (const p of profiles) {
      const rgMonth = Math.max(isoMonthIndex(p.registrationDate), 2017 * 12 + 6);
      for (const f of histories.get(p.gstin) ?? []) {
        const from = coveredFrom(f, p);
        const last = monthIndex(f.ret_prd);
        const day = dofDay(f.dof);
        assert.ok(
          last + 2 >= rgMonth && (from >= rgMonth - 11 || last >= rgMonth),
          `${p.gstin} ${f.rtntype} ${f.ret_prd} before registration ${p.registrationDate}`,
        );
        if (f.rtntype === 'GSTR1' || f.rtntype === 'GSTR3B' || f.rtntype === 'CMP08') assert.ok(from >= rgMonth - 2 && last >= rgMonth);
        if (p.cancellationDate)
          assert.ok(
            from <= isoMonthIndex(p.cancellationDate),
            `${p.gstin} ${f.rtntype} ${f.ret_prd} after cancellation ${p.cancellationDate}`,
          );
        assert.ok(day >= isoDay(p.registrationDate), `${p.gstin} filed ${f.dof} before registration`);
        assert.ok(day <= today, `${p.gstin} filed ${f.dof} after now`);
        const periodEnd = istDayNumber(new Date(Date.UTC(Math.floor((last + 1) / 12), (last + 1) % 12, 1) - 330 * 60_000));
        assert.ok(day >= periodEnd, `${p.gstin} ${f.rtntype} ${f.ret_prd} filed ${f.dof} before the period ended`);
        assert.match(f.arn, /^AA[0-9]{2}[0-9]{4}[0-9]{6}[0-9A-Z]$/);
        assert.equal(f.arn.slice(2, 4), p.stateCode);
        assert.equal(f.arn.slice(4, 8), f.dof.slice(3, 5) + f.dof.slice(8, 10));
        assert.equal(f.arn[14], gstinCheckChar(f.arn));
        assert.deepEqual([f.valid, f.status], ['Y', 'Filed']);
      }
    }
  });

  it('files the returns of the taxpayer type, once per period, monthly or quarterly per the preference', () => {
    let quarterly = 0;
    for (const p of profiles) {
      const fs = histories.get(p.gstin) ?? [];
      const keys = fs.map((f) => `${f.rtntype}|${f.ret_prd}`);
      assert.equal(new Set(keys).size, keys.length, `${p.gstin} duplicate period`);
      const types = new Set(fs.map((f) => f.rtntype));
      if (p.taxpayerType === 'Composition') assert.ok(!types.has('GSTR1') && !types.has('GSTR3B') && !types.has('GSTR9'), p.gstin);
      if (p.taxpayerType === 'Regular') assert.ok(!types.has('CMP08') && !types.has('GSTR4'), p.gstin);
      if (p.taxpayerType === 'Input Service Distributor (ISD)')
        assert.deepEqual(
          [...types].filter((t) => t !== 'GSTR6'),
          [],
        );
      for (const f of fs) {
        const m = monthIndex(f.ret_prd);
        if (f.rtntype === 'GSTR9' || f.rtntype === 'CMP08' || isQuarterly(f, p))
          assert.equal(m % 3, 2, `${f.rtntype} ${f.ret_prd} is not a quarter end`);
        if (f.rtntype === 'GSTR9') assert.equal(f.ret_prd.slice(0, 2), '03');
        if (f.rtntype === 'CMP08') assert.ok(m >= 2019 * 12 + 3);
        if (isQuarterly(f, p)) {
          quarterly++;
          assert.ok(m >= 2021 * 12, `${p.gstin} quarterly ${f.rtntype} ${f.ret_prd} before QRMP`);
        }
      }
    }
    assert.ok(quarterly > 1000, `${quarterly} quarterly returns`);
  });

  it('covers every month for a monthly filer registered at the migration', () => {
    const p = profiles.find(
      (x) =>
        x.taxpayerType === 'Regular' &&
        x.registrationDate === '2017-07-01' &&
        x.sts === 'Active' &&
        !x.blocked &&
        x.einvoiceEnabled &&
        (histories.get(x.gstin) ?? []).filter((f) => f.rtntype === 'GSTR3B').length >= 90,
    );
    assert.ok(p, 'no such profile');
    const months = new Set((histories.get(p.gstin) ?? []).filter((f) => f.rtntype === 'GSTR3B').map((f) => monthIndex(f.ret_prd)));
    // July 2017 … May 2025 (May 2025's GSTR-3B is due 20-06-2025, filed early or not yet): ≥ 94 of 95 months,
    // minus the odd never-filed return.
    assert.ok(months.size >= 90 && months.size <= 95, `${months.size} months`);
    assert.ok(months.has(2017 * 12 + 6) || months.has(2017 * 12 + 7));
    assert.ok(months.has(2025 * 12 + 3), 'April 2025 (due 20-05-2025) filed');
  });

  it('leaves the last two due GSTR-3B (CMP-08) of a blocked taxpayer unfiled, and files them for active unblocked ones', () => {
    let blocked = 0;
    let active = 0;
    for (const p of profiles) {
      if (p.taxpayerType !== 'Regular' && p.taxpayerType !== 'Composition') continue;
      if (isoDay(p.registrationDate) > today - 200) continue;
      const main = p.taxpayerType === 'Regular' ? 'GSTR3B' : 'CMP08';
      const filed = new Set((histories.get(p.gstin) ?? []).filter((f) => f.rtntype === main).map((f) => monthIndex(f.ret_prd)));
      // The last two periods whose due date has passed, monthly or quarterly per the preference.
      const periods: number[] = [];
      for (let m = 2025 * 12 + 4; periods.length < 2; m--) {
        const y = m % 12 >= 3 ? Math.floor(m / 12) : Math.floor(m / 12) - 1;
        const fy = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
        const qIdx = Math.floor((((m % 12) + 9) % 12) / 3);
        const pref = main === 'CMP08' ? 'Q' : (filingPreference(p, fy).find((x) => x.quarter === `Q${qIdx + 1}`)?.preference ?? 'M');
        if (pref === 'Q' && m % 3 !== 2) continue;
        const prd = `${String((m % 12) + 1).padStart(2, '0')}${Math.floor(m / 12)}`;
        if (istDayNumber(dueDate(main, prd, pref, p.stateCode)) < today) periods.push(m);
      }
      if (p.blocked) {
        blocked++;
        for (const m of periods) assert.ok(!filed.has(m), `${p.gstin} is blocked but filed ${main} for ${m}`);
      } else if (p.sts === 'Active') {
        active++;
        for (const m of periods) assert.ok(filed.has(m), `${p.gstin} is not blocked but ${main} for month ${m} is missing`);
      }
    }
    assert.ok(blocked > 50 && active > 1000, `${blocked} blocked, ${active} active`);
  });

  it('blocks a hand-written profile the same way', () => {
    const p: FilerProfile = {
      gstin: '05AAACG2140A1ZL',
      stateCode: '05',
      registrationDate: '2017-07-01',
      cancellationDate: null,
      taxpayerType: 'Regular',
      sts: 'Active',
      blocked: true,
      einvoiceEnabled: true,
    };
    const b3 = syntheticFilings(p, now)
      .filter((f) => f.rtntype === 'GSTR3B')
      .map((f) => f.ret_prd);
    assert.ok(!b3.includes('042025') && !b3.includes('032025'), b3.slice(-3).join(','));
    const ok = syntheticFilings({ ...p, blocked: false }, now)
      .filter((f) => f.rtntype === 'GSTR3B')
      .map((f) => f.ret_prd);
    assert.ok(ok.includes('042025') && ok.includes('032025'));
  });

  it('files mostly on time, some late, a few never', () => {
    let onTime = 0;
    let late = 0;
    let expected = 0;
    for (const p of profiles) {
      if (p.taxpayerType !== 'Regular' || p.sts !== 'Active' || p.blocked) continue;
      const b3 = (histories.get(p.gstin) ?? []).filter((f) => f.rtntype === 'GSTR3B');
      for (const f of b3) {
        const d = istDayNumber(dueDate('GSTR3B', f.ret_prd, isQuarterly(f, p) ? 'Q' : 'M', p.stateCode));
        if (dofDay(f.dof) <= d) onTime++;
        else late++;
      }
      expected += b3.length;
    }
    const total = onTime + late;
    assert.ok(onTime / total > 0.8 && onTime / total < 0.97, `on time ${onTime / total}`);
    assert.ok(expected > 0);
    // Never filed: the GSTR-1 count lags the GSTR-3B count for some monthly filers.
    const gaps = profiles.filter((p) => {
      const fs = histories.get(p.gstin) ?? [];
      return (
        p.taxpayerType === 'Regular' && fs.filter((f) => f.rtntype === 'GSTR1').length < fs.filter((f) => f.rtntype === 'GSTR3B').length
      );
    }).length;
    assert.ok(gaps > 50, `${gaps} taxpayers with a missing GSTR-1`);
  });

  it('stops filing for suspended taxpayers and gives types without returns no history', () => {
    const suspended = profiles.filter((p) => p.sts === 'Suspended' && p.taxpayerType === 'Regular');
    assert.ok(suspended.length > 0);
    for (const p of suspended) {
      const last = Math.max(...(histories.get(p.gstin) ?? []).map((f) => monthIndex(f.ret_prd)), 0);
      assert.ok(last <= 2025 * 12 + 1, `${p.gstin} last filed for ${last}`);
    }
    const uin: FilerProfile = { ...profiles[0], taxpayerType: 'United Nation Body' };
    assert.deepEqual(syntheticFilings(uin, now), []);
    assert.deepEqual(syntheticFilings({ ...profiles[0], registrationDate: '2025-06-10', cancellationDate: null }, now), []);
  });
});

describe('filingsForFy', () => {
  const row = (rtntype: string, ret_prd: string, dof: string): Filing => ({
    valid: 'Y',
    mof: 'ONLINE',
    dof,
    rtntype,
    ret_prd,
    arn: 'AA240218411233A',
    status: 'Filed',
  });
  const list = [
    row('GSTR3B', '022020', '21-03-2020'),
    row('GSTR1', '122019', '31-01-2020'),
    row('GSTR3B', '012020', '20-02-2020'),
    row('GSTR1', '012020', '11-02-2020'),
    row('GSTR3B', '032020', '20-04-2020'),
    row('GSTR3B', '122019', '18-01-2020'),
    row('GSTR3B', '032019', '02-04-2019'),
  ];

  it('keeps the rows filed in the FY (by filing date) in chronological period order', () => {
    const fy = filingsForFy(list, '2019-20');
    assert.deepEqual(
      fy.map((f) => `${f.rtntype}:${f.ret_prd}`),
      ['GSTR3B:032019', 'GSTR3B:122019', 'GSTR1:122019', 'GSTR1:012020', 'GSTR3B:012020', 'GSTR3B:022020'],
    );
    // March 2020 was filed in April 2020, so it belongs to FY 2020-21 (B2).
    assert.deepEqual(
      filingsForFy(list, '2020-21').map((f) => f.ret_prd),
      ['032020'],
    );
    assert.deepEqual(filingsForFy(list, '2018-19'), []);
    assert.throws(() => filingsForFy(list, '2019-2020'));
  });

  it('splits a synthetic history into FYs without losing or reordering rows', () => {
    for (const p of profiles.slice(0, 300)) {
      const all = histories.get(p.gstin) ?? [];
      const parts: Filing[] = [];
      for (let y = 2017; y <= 2025; y++) parts.push(...filingsForFy(all, `${y}-${String((y + 1) % 100).padStart(2, '0')}`));
      assert.equal(parts.length, all.length);
      for (let y = 2017; y <= 2025; y++) {
        const fy = filingsForFy(all, `${y}-${String((y + 1) % 100).padStart(2, '0')}`);
        for (let i = 1; i < fy.length; i++) {
          const a = monthIndex(fy[i - 1].ret_prd);
          const b = monthIndex(fy[i].ret_prd);
          assert.ok(a < b || (a === b && dofDay(fy[i - 1].dof) <= dofDay(fy[i].dof)), `${p.gstin} order`);
        }
      }
    }
  });
});
