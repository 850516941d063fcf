/**
 * GST return filing histories (issue 4; reference nic-ewaybill-gst.md B2 RETTRACK, B3 GETPREF).
 * Pure and deterministic: a taxpayer's history is a function of its registry fields and `now`, so
 * the sandbox needs no filings table for synthetic taxpayers.
 *
 * Choices where the reference says UNCONFIRMED (also in README.md):
 *  - rtntype spellings: GSTR1, GSTR3B (seen in B2); GSTR9, CMP08, GSTR4, GSTR6 (ISD), GSTR7 (TDS),
 *    GSTR8 (TCS) follow the same pattern.
 *  - ret_prd of a quarterly return (QRMP GSTR-1/3B, CMP-08, pre-2019 GSTR-4) is the quarter's last
 *    month (e.g. 032025 for Jan–Mar 2025); of an annual return (GSTR-9, GSTR-4 from FY 2019-20)
 *    March of the FY's closing year (032024 for FY 2023-24).
 *  - ARN: `AA` + state code + MMYY of the filing date + 6-digit serial + the GSTIN mod-36 check
 *    character over those 14 characters (B5.2), 15 characters like B2's samples.
 */
import { financialYear, istDayNumber } from '../dates.ts';
import { gstinCheckChar } from '../gstin.ts';
import { normalizeStateCode } from '../states.ts';
import { hashString, mix32, unit } from './prng.ts';
import { turnoverTier } from './turnover.ts';

export interface Filing {
  valid: 'Y' | 'N';
  mof: 'ONLINE' | 'OFFLINE';
  /** dd-MM-yyyy */
  dof: string;
  rtntype: string;
  /** MMYYYY */
  ret_prd: string;
  arn: string;
  status: string;
}

export interface FilerProfile {
  gstin: string;
  stateCode: string;
  /** yyyy-mm-dd */
  registrationDate: string;
  /** yyyy-mm-dd or null */
  cancellationDate: string | null;
  taxpayerType: string;
  sts: string;
  blocked: boolean;
  /** Optional: e-invoicing means AATO above ₹5 crore, which rules out QRMP (Rule 61A). */
  einvoiceEnabled?: boolean;
}

export type Quarter = 'Q1' | 'Q2' | 'Q3' | 'Q4';
export type Preference = 'M' | 'Q';

// ---------------------------------------------------------------------------------------------
// Calendar helpers: months as y·12 + (m − 1), days as IST day numbers (days since 1970-01-01).

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;
const GST_START_MONTH = 2017 * 12 + 6; // July 2017
const QRMP_START_MONTH = 2021 * 12; // January 2021 (Notification 84/2020-CT)
const GSTR4_ANNUAL_FROM_MONTH = 2019 * 12 + 3; // April 2019: CMP-08 + annual GSTR-4 (Notification 20/2019-CT)

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const monthOf = (y: number, m: number) => y * 12 + (m - 1);
const yearOf = (mi: number) => Math.floor(mi / 12);
const mOf = (mi: number) => (mi % 12) + 1;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const lastDayOf = (mi: number) => dayOf(yearOf(mi), mOf(mi) + 1, 0);
const quarterEnd = (mi: number) => mi + (2 - ((mOf(mi) - 1) % 3));
const retPrdOf = (mi: number) => `${pad(mOf(mi))}${yearOf(mi)}`;
const fyOfMonth = (mi: number) => financialYear({ y: yearOf(mi), m: mOf(mi) });
/** The month of March that closes the FY containing month `mi`. */
const fyEndMonth = (mi: number) => (mOf(mi) >= 4 ? monthOf(yearOf(mi) + 1, 3) : monthOf(yearOf(mi), 3));

function dayToDate(day: number): Date {
  return new Date(day * DAY_MS - IST_OFFSET_MS); // 00:00 IST of that day
}

/** Civil date of a day number without allocating a Date (H. Hinnant's days-to-civil). */
function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function formatDof(day: number): string {
  const c = civil(day);
  return `${c.d < 10 ? '0' : ''}${c.d}-${c.m < 10 ? '0' : ''}${c.m}-${c.y}`;
}

function parseIsoDay(s: string): number {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) throw new Error(`invalid date ${s}, expected yyyy-mm-dd`);
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

function parseRetPrd(retPrd: string): number {
  const m = /^(0[1-9]|1[0-2])([0-9]{4})$/.exec(retPrd);
  if (!m) throw new Error(`invalid return period ${retPrd}, expected MMYYYY`);
  return monthOf(Number(m[2]), Number(m[1]));
}

function parseDof(dof: string): { y: number; m: number; d: number } {
  const m = /^([0-9]{2})-([0-9]{2})-([0-9]{4})$/.exec(dof);
  if (!m) throw new Error(`invalid filing date ${dof}, expected dd-MM-yyyy`);
  return { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
}

// ---------------------------------------------------------------------------------------------
// FY and preference (B3)

/** B2 `fy`: `YYYY-YY` naming two consecutive years (2023-24). */
export function isValidFy(fy: string): boolean {
  const m = typeof fy === 'string' ? /^([0-9]{4})-([0-9]{2})$/.exec(fy) : null;
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

function fyStartYear(fy: string): number {
  if (!isValidFy(fy)) throw new Error(`invalid financial year ${fy}, expected YYYY-YY`);
  return Number(fy.slice(0, 4));
}

type FilerClass = 'regular' | 'composition' | 'isd' | 'tds' | 'tcs' | 'none';

/** Which returns a `dty` (B1) files. UN bodies, embassies, NRTP (GSTR-5) and OIDAR (GSTR-5A) get no history. */
function filerClass(taxpayerType: string): FilerClass {
  switch (taxpayerType) {
    case 'Regular':
    case 'SEZ Unit':
    case 'SEZ Developer':
    case 'Casual Taxable Person':
    case 'Government Department ID':
      return 'regular';
    case 'Composition':
      return 'composition';
    case 'Input Service Distributor (ISD)':
      return 'isd';
    case 'Tax Deductor':
      return 'tds';
    case 'Tax Collector (Electronic Commerce Operator)':
      return 'tcs';
    default:
      return 'none';
  }
}

/** Order of return types within one period and filing day. */
const RTN_ORDER: Record<string, number> = { GSTR1: 0, GSTR3B: 1, CMP08: 2, GSTR4: 3, GSTR6: 4, GSTR7: 5, GSTR8: 6, GSTR9: 7 };

const QUARTERS: readonly Quarter[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** QRMP eligibility (Rule 61A): AATO up to ₹5 crore, not a casual taxable person; e-invoicing implies > ₹5 crore. */
function qrmpEligible(profile: FilerProfile): boolean {
  if (profile.taxpayerType === 'Casual Taxable Person' || profile.einvoiceEnabled === true) return false;
  const tier = turnoverTier(profile.gstin.slice(2, 12));
  return tier === 'micro' || tier === 'small';
}

function preferenceOf(profile: FilerProfile, fyStart: number, q: number): Preference {
  if (monthOf(fyStart, 4) + 3 * q < QRMP_START_MONTH || !qrmpEligible(profile)) return 'M';
  const tier = turnoverTier(profile.gstin.slice(2, 12));
  const base: Preference = unit(hashString(profile.gstin, 0x9e1)) < (tier === 'micro' ? 0.75 : 0.4) ? 'Q' : 'M';
  // About 8% of FYs see a change of option from some quarter on (the option is per quarter, B3).
  const h = hashString(`${profile.gstin}|${fyStart}`, 0x9e2);
  const switchAt = unit(h) < 0.08 ? 1 + (h % 3) : 4;
  return q >= switchAt ? (base === 'Q' ? 'M' : 'Q') : base;
}

/**
 * B3 GETPREF: M/Q per quarter of the FY, deterministic per GSTIN and FY. Quarters before January 2021
 * (QRMP, Notification 84/2020-CT) are M. Only quarters in which the taxpayer was registered are
 * listed (from July 2017). Our choice: taxpayers who file no GSTR-1/3B (composition, ISD, TDS, TCS,
 * UIN, NRTP, OIDAR) have no preference, so the list is empty (the HTTP layer answers "no record").
 */
export function filingPreference(profile: FilerProfile, fy: string): Array<{ quarter: Quarter; preference: Preference }> {
  const y = fyStartYear(fy);
  if (filerClass(profile.taxpayerType) !== 'regular') return [];
  const rgMonth = monthOfDay(parseIsoDay(profile.registrationDate));
  const cxMonth = profile.cancellationDate ? monthOfDay(parseIsoDay(profile.cancellationDate)) : Number.POSITIVE_INFINITY;
  const out: Array<{ quarter: Quarter; preference: Preference }> = [];
  for (let q = 0; q < 4; q++) {
    const start = monthOf(y, 4) + 3 * q;
    const end = start + 2;
    if (end < GST_START_MONTH || end < rgMonth || start > cxMonth) continue;
    out.push({ quarter: QUARTERS[q], preference: preferenceOf(profile, y, q) });
  }
  return out;
}

function monthOfDay(day: number): number {
  const c = civil(day);
  return monthOf(c.y, c.m);
}

// ---------------------------------------------------------------------------------------------
// Due dates

/**
 * States whose quarterly GSTR-3B is due on the 22nd (category I of the proviso to Rule 61(5),
 * Notification 82/2020-CT); every other state and UT files by the 24th.
 */
const GSTR3B_Q_22: ReadonlySet<string> = new Set([
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '29',
  '30',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
]);

function dueDay(rtntype: string, mi: number, preference: Preference, stateCode?: string): number {
  const next = mi + 1;
  const afterQuarter = quarterEnd(mi) + 1;
  const on = (month: number, d: number) => dayOf(yearOf(month), mOf(month), d);
  switch (rtntype) {
    case 'GSTR1':
      if (preference === 'M') return on(next, 11); // Section 37(1), Rule 59(1): 11th of the next month
      // Rule 59(2) (QRMP, from Jan 2021): 13th after the quarter. Before 2021 the quarterly GSTR-1 of
      // small taxpayers was due on the last day of the month after the quarter (e.g. Notification 71/2019-CT).
      return mi >= QRMP_START_MONTH ? on(afterQuarter, 13) : lastDayOf(afterQuarter);
    case 'GSTR3B':
      // Rule 61(5): 20th of the next month; QRMP quarterly (from Jan 2021): 22nd or 24th by state group.
      if (preference === 'M' || mi < QRMP_START_MONTH) return on(next, 20);
      return on(afterQuarter, stateCode === undefined || GSTR3B_Q_22.has(normalizeStateCode(stateCode)) ? 22 : 24);
    case 'CMP08':
      return on(afterQuarter, 18); // Rule 62(1)(i): 18th of the month after the quarter
    case 'GSTR4': {
      // Before FY 2019-20 GSTR-4 was quarterly, due the 18th after the quarter (Rule 62(1) as then in force).
      if (mi < GSTR4_ANNUAL_FROM_MONTH) return on(afterQuarter, 18);
      // Annual (Rule 62(1)(ii)): 30 April after the FY (Notification 20/2019-CT) up to FY 2023-24;
      // 30 June from FY 2024-25 (Notification 12/2024-CT). One-off extensions are not modelled.
      const close = fyEndMonth(mi);
      return close >= monthOf(2025, 3) ? on(close + 3, 30) : on(close + 1, 30);
    }
    case 'GSTR9':
      return on(fyEndMonth(mi) + 9, 31); // Section 44, Rule 80(1): 31 December after the FY
    case 'GSTR6':
      return on(next, 13); // Section 39(4), Rule 65: 13th of the next month
    case 'GSTR7':
    case 'GSTR8':
      return on(next, 10); // Section 39(3) / Section 52(4): 10th of the next month
    default:
      throw new Error(`unknown return type ${rtntype}`);
  }
}

/**
 * The statutory due day of a return, as 00:00 IST of that day (print it with `formatIstDate`; a
 * filing on that IST day is on time). `retPrd` is MMYYYY; for quarterly and annual returns any month
 * of the quarter / FY names it. `stateCode` picks 22nd/24th for quarterly GSTR-3B (22nd if omitted).
 * Historical one-off extensions by notification are not modelled.
 */
export function dueDate(rtntype: string, retPrd: string, preference: Preference, stateCode?: string): Date {
  return dayToDate(dueDay(rtntype, parseRetPrd(retPrd), preference, stateCode));
}

// ---------------------------------------------------------------------------------------------
// ARN

/**
 * B2 `arn` (structure UNCONFIRMED, our choice): `AA` + state code + MMYY of the filing date (IST) +
 * 6-digit serial + mod-36 check character (B5.2 algorithm over the first 14 characters) = 15 chars.
 */
export function formatArn(stateCode: string, filedOn: Date, serial: number): string {
  const state = normalizeStateCode(stateCode);
  if (!/^[0-9]{2}$/.test(state)) throw new Error(`invalid state code ${stateCode}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 999_999) throw new Error(`ARN serial out of range: ${serial}`);
  return arnOf(state, istDayNumber(filedOn), serial);
}

function arnOf(state: string, day: number, serial: number): string {
  const c = civil(day);
  const first14 = `AA${state}${pad(c.m)}${pad(c.y % 100)}${pad(serial, 6)}`;
  return first14 + gstinCheckChar(first14);
}

// ---------------------------------------------------------------------------------------------
// Histories

interface Due {
  rtntype: string;
  /** Month named by ret_prd. */
  month: number;
  /** First month the return covers (for stop rules). */
  from: number;
  due: number;
  /** Earliest possible filing day: the day after the period ends. */
  opens: number;
  annual: boolean;
}

/** The returns a profile owes from registration (not before July 2017) up to `lastEnded`, in period order. */
function schedule(profile: FilerProfile, cls: FilerClass, startMonth: number, endMonth: number, lastEnded: number): Due[] {
  const out: Due[] = [];
  const push = (rtntype: string, month: number, from: number, pref: Preference, annual = false) => {
    out.push({ rtntype, month, from, due: dueDay(rtntype, month, pref, profile.stateCode), opens: lastDayOf(month) + 1, annual });
  };
  const monthly = (rtntype: string) => {
    for (let mi = startMonth; mi <= endMonth && mi <= lastEnded; mi++) push(rtntype, mi, mi, 'M');
  };
  const fyEnds = () => {
    const list: number[] = [];
    for (let close = fyEndMonth(startMonth); close <= lastEnded && close - 11 <= endMonth; close += 12) list.push(close);
    return list;
  };
  switch (cls) {
    case 'regular': {
      const prefs = new Map<string, Preference>();
      const prefOf = (mi: number) => {
        const fyStart = mOf(mi) >= 4 ? yearOf(mi) : yearOf(mi) - 1;
        const q = Math.floor(((mOf(mi) + 8) % 12) / 3);
        const key = `${fyStart}|${q}`;
        let p = prefs.get(key);
        if (!p) {
          p = preferenceOf(profile, fyStart, q);
          prefs.set(key, p);
        }
        return p;
      };
      for (let mi = startMonth; mi <= endMonth; mi++) {
        const pref = prefOf(mi);
        if (pref === 'M') {
          if (mi > lastEnded) break;
          push('GSTR1', mi, mi, 'M');
          push('GSTR3B', mi, mi, 'M');
        } else {
          const qe = quarterEnd(mi);
          if (qe > lastEnded) break;
          push('GSTR1', qe, mi, 'Q');
          push('GSTR3B', qe, mi, 'Q');
          mi = qe; // one return per quarter
        }
      }
      // GSTR-9 for each FY from 2017-18 that ended before the cancellation (a cancelled person files GSTR-10).
      const cxMonth = profile.cancellationDate ? monthOfDay(parseIsoDay(profile.cancellationDate)) : Number.POSITIVE_INFINITY;
      if (profile.taxpayerType !== 'Casual Taxable Person') {
        for (const close of fyEnds()) if (close < cxMonth) push('GSTR9', close, close - 11, 'M', true);
      }
      break;
    }
    case 'composition': {
      for (let mi = startMonth; mi <= endMonth; mi = quarterEnd(mi) + 1) {
        const qe = quarterEnd(mi);
        if (qe > lastEnded) break;
        push(qe < GSTR4_ANNUAL_FROM_MONTH ? 'GSTR4' : 'CMP08', qe, mi, 'Q');
      }
      for (const close of fyEnds()) if (close >= GSTR4_ANNUAL_FROM_MONTH) push('GSTR4', close, close - 11, 'M', true);
      break;
    }
    case 'isd':
      monthly('GSTR6');
      break;
    case 'tds':
      monthly('GSTR7');
      break;
    case 'tcs':
      monthly('GSTR8');
      break;
    default:
      break;
  }
  return out.sort((a, b) => a.month - b.month || a.due - b.due);
}

/** The return whose two missed periods block e-way bills (Rule 138E): GSTR-3B, CMP-08 for composition. */
function mainReturn(cls: FilerClass): string | undefined {
  return cls === 'regular' ? 'GSTR3B' : cls === 'composition' ? 'CMP08' : undefined;
}

/**
 * B2 RETTRACK rows for a taxpayer, deterministic from its GSTIN and registry fields:
 *  - regular (incl. SEZ, casual): GSTR1 + GSTR3B monthly, or quarterly under QRMP per `filingPreference`,
 *    GSTR9 yearly from FY 2017-18; composition: GSTR4 quarterly until March 2019, then CMP08 quarterly
 *    and GSTR4 yearly; ISD GSTR6, TDS GSTR7, TCS GSTR8 monthly; other types none.
 *  - periods from the registration month (not before July 2017) through the cancellation month, up to
 *    the last period that has ended; a row appears once its filing date is on or before `now` (IST).
 *  - most returns are filed a few days before the due date, some days to weeks late (a few chronic
 *    late filers), a few never; GSTR-9 is often skipped by taxpayers up to ₹2 crore (optional).
 *  - `blocked`: the last two or three due GSTR-3B (CMP-08) periods and everything after them are not
 *    filed (Rule 138E); an active, unblocked taxpayer always has its last two due ones filed.
 *  - Suspended/Inactive stopped filing 3–8 months ago; about half the cancelled ones (suo motu) stopped
 *    6–10 months before the cancellation, the rest file through the cancellation month.
 * Sorted by return period, then filing date.
 */
export function syntheticFilings(profile: FilerProfile, now: Date): Filing[] {
  const cls = filerClass(profile.taxpayerType);
  if (cls === 'none') return [];
  const today = istDayNumber(now);
  const rg = parseIsoDay(profile.registrationDate);
  const cx = profile.cancellationDate ? parseIsoDay(profile.cancellationDate) : null;
  const lastEnded = monthOfDay(today) - 1;
  const startMonth = Math.max(monthOfDay(rg), GST_START_MONTH);
  const endMonth = cx === null ? lastEnded : Math.min(lastEnded, monthOfDay(cx));
  if (startMonth > endMonth) return [];
  const g = profile.gstin;
  const base = hashString(g);
  const h = (salt: number, rt = 0, month = 0) => mix32(base, salt, rt, month);

  const dues = schedule(profile, cls, startMonth, endMonth, lastEnded);
  const main = mainReturn(cls);
  const mainDue = dues.filter((d) => d.rtntype === main && d.due < today);

  // Where filing stops: returns for periods starting after stopMonth, or dated after stopDay, are missing.
  let stopMonth = Number.POSITIVE_INFINITY;
  let stopDay = Number.POSITIVE_INFINITY;
  const sts = profile.sts;
  if (sts === 'Suspended' || sts === 'Inactive') {
    stopMonth = lastEnded - (3 + (h(0x51) % 6));
    stopDay = lastDayOf(stopMonth) + 20 + (h(0x52) % 60);
  } else if (sts === 'Cancelled' && cx !== null && unit(h(0x53)) < 0.45 && profile.taxpayerType !== 'Casual Taxable Person') {
    stopMonth = monthOfDay(cx) - (6 + (h(0x54) % 5));
    stopDay = cx;
  }
  if (profile.blocked && mainDue.length > 0) {
    const k = Math.min(mainDue.length, 2 + (h(0x55) % 2));
    stopMonth = Math.min(stopMonth, mainDue[mainDue.length - k].from - 1);
  }
  // An active unblocked taxpayer has its last two due GSTR-3B/CMP-08 filed (else it would be blocked).
  const protectedFrom =
    !profile.blocked && (sts === 'Active' || sts === 'Provisional') && mainDue.length > 0
      ? mainDue[Math.max(0, mainDue.length - 2)].month
      : Number.POSITIVE_INFINITY;

  // Filing habits: 68% punctual, 25% sometimes late, 7% chronically late.
  const habit = unit(h(0x56));
  const lateShare = habit < 0.68 ? 0.04 : habit < 0.93 ? 0.2 : 0.6;
  const maxLate = habit < 0.93 ? 45 : 120;
  const small = turnoverTier(g.slice(2, 12)) === 'micro';

  const state = normalizeStateCode(profile.stateCode);
  const rows: { month: number; day: number; order: number; filing: Filing }[] = [];
  for (const d of dues) {
    if (d.from > stopMonth) continue;
    const order = RTN_ORDER[d.rtntype] ?? 99;
    const u1 = unit(h(0x61, order, d.month));
    const u2 = unit(h(0x62, order, d.month));
    const forced = d.rtntype === main && d.month >= protectedFrom;
    let day: number;
    if (forced) {
      day = Math.max(d.opens, d.due - Math.floor(u2 * u2 * 8));
    } else {
      const skip = d.annual
        ? d.rtntype === 'GSTR9' && small
          ? 0.65 // GSTR-9 optional up to ₹2 crore (Notification 47/2019-CT and later)
          : 0.05
        : d.rtntype === 'GSTR1'
          ? 0.015
          : 0.008;
      if (u1 < skip) continue;
      const late = (u1 - skip) / (1 - skip) < (d.annual ? Math.min(0.8, lateShare + 0.25) : lateShare);
      day = late ? d.due + 1 + Math.floor(u2 * u2 * maxLate) : Math.max(d.opens, d.due - Math.floor(u2 * u2 * 10));
    }
    if (day > today || day > stopDay || day < rg) continue;
    rows.push({
      month: d.month,
      day,
      order,
      filing: {
        valid: 'Y',
        mof: d.rtntype === 'GSTR1' && unit(h(0x63, order, d.month)) < 0.05 ? 'OFFLINE' : 'ONLINE',
        dof: formatDof(day),
        rtntype: d.rtntype,
        ret_prd: retPrdOf(d.month),
        arn: arnOf(state, day, h(0x64, order, d.month) % 1_000_000),
        status: 'Filed',
      },
    });
  }
  return rows.sort((a, b) => a.month - b.month || a.day - b.day || a.order - b.order).map((r) => r.filing);
}

// ---------------------------------------------------------------------------------------------
// FY filter (B2)

function dofKey(dof: string): number {
  const p = parseDof(dof);
  return dayOf(p.y, p.m, p.d);
}

function sortFilings(filings: Filing[]): Filing[] {
  return filings
    .map((f) => ({ f, p: parseRetPrd(f.ret_prd), d: dofKey(f.dof) }))
    .sort((a, b) => a.p - b.p || a.d - b.d || (RTN_ORDER[a.f.rtntype] ?? 99) - (RTN_ORDER[b.f.rtntype] ?? 99))
    .map((x) => x.f);
}

/**
 * B2: the rows whose filing date (`dof`) falls in the FY (the reference's reading of RETTRACK's `fy`),
 * sorted by return period chronologically (MMYYYY compared as a date, not as text), then by filing date.
 */
export function filingsForFy(filings: Filing[], fy: string): Filing[] {
  fyStartYear(fy);
  return sortFilings(filings.filter((f) => financialYear(parseDof(f.dof)) === fy));
}

/** For tests and callers that print periods: the FY a return period (MMYYYY) belongs to. */
export function fyOfReturnPeriod(retPrd: string): string {
  return fyOfMonth(parseRetPrd(retPrd));
}
