/**
 * IRP business validations of an INV-01 invoice that passed the schema (reference nic-einvoice.md
 * §7.1–§7.3; codes and texts §9). Pure: the clock, the submitting GSTIN and the pre-fetched GSTIN
 * registry entries come in the context. Every rule runs; all problems come back together.
 * E-way bill rules (§7.4) are not here.
 *
 * Choices where the reference is silent or UNCONFIRMED (also in README.md of this folder):
 * - Intra/inter-state is SellerDtls.Stcd vs BuyerDtls.Pos (§7.2 "in practice").
 * - Amount tolerance ±1 rupee for every arithmetic check: 2189 per NIC; the item checks
 *   (2192–2194, 2227, 2234, 2235, 2266, 2267) and the totals (2182–2188) UNCONFIRMED, ±1 as integrators allow.
 * - 2192 is checked only when Qty > 0 (a zero or absent quantity has no Qty × UnitPrice to compare).
 * - Rate checks (2234, 2235, 2266, 2267) are skipped for CRN/DBN, and for EXPWOP/SEZWOP lines without IGST.
 * - Reverse charge and EXPWP: TotItemVal may include the taxes or not (2194 accepts both).
 * - 2191 (preceding document for CRN/DBN) is not enforced: UNCONFIRMED, later practice treats it optional.
 * - 2264 (item OthChrg vs invoice OthChrg) is not enforced: NIC's own sample breaks it (§5.14).
 * - Documents dated before 01/10/2020 are accepted: that minimum is only REPORTED and NIC's own sample
 *   is dated 18/08/2020.
 * - Exports: POS other than 96 gives 2229 (2232 is NIC's second text for the same condition; not emitted);
 *   ExpDtls/port details are not mandatory (REPORTED only); ship-to = port (2236) is not checkable.
 * - 2162: reverse charge only for B2B (NIC's text; some sources add SEZ).
 * - 2220: ValDtls.Discount (when > 0) must be below ValDtls.TotInvVal, as NIC's text says.
 * - 2249: goods and services together when POS = supplier state but the recipient is in another state.
 * - IsServc=Y with a non-99 code is 2176 (§7.2); goods with a 99 code are not flagged.
 * - Registry: PRO (provisional) counts as active. Seller, buyer and e-commerce operator get the
 *   specific 3074–3079 texts; a ship-to GSTIN that is not active gets the generic 3029. An unknown
 *   GSTIN (seller, buyer, ECO, ship-to) is 3028.
 * - 2195: the ECO must be a TCS registration: registry type TCS, or (offline / not in the registry)
 *   a GSTIN of the TCS family (`C` in position 14).
 * - 2197: a submitter that is neither supplier nor EcmGstin, is a TCS GSTIN, and no EcmGstin was sent.
 * - 2178 names the state ("PIN code does not belong to the state - Karnataka"); foreign (96) addresses
 *   are not PIN-checked.
 */
import { type Problem, problem } from '../../core/errors.ts';
import { istDayNumber, nicDateToUtcMidnightIst, parseNicDate } from '../dates.ts';
import { parseGstin } from '../gstin.ts';
import { hsnProblem, isServiceHsn } from '../hsn.ts';
import { nearlyEqual, round2 } from '../money.ts';
import { pinBelongsToState } from '../pincode.ts';
import { isValidGstRate } from '../rates.ts';
import { isIndianStateCode, normalizeStateCode, OTHER_COUNTRY, stateName } from '../states.ts';
import { isValidUnit } from '../units.ts';
import type { Inv01, Inv01Item } from './inv01.schema.ts';

export type IrpGstinStatus = 'ACT' | 'CNL' | 'INA' | 'PRO';
export type IrpTaxpayerType = 'REG' | 'COM' | 'SEZ' | 'TCS' | 'TDS' | 'UIN' | 'NRT' | 'OID' | 'ISD' | 'CAS' | 'GOV';

/** One GSTIN of the IRP master (§4.8), as the rules need it. */
export interface RegistryEntry {
  gstin: string;
  status: IrpGstinStatus;
  taxpayerType: IrpTaxpayerType;
  registrationDate: string /* yyyy-mm-dd */;
  cancellationDate?: string | null;
  blocked?: boolean;
  reportingLimitDays?: number | null;
}

export interface InvoiceRuleContext {
  /** The government clock (sandbox clock); dates are compared in IST. */
  now: Date;
  /** Authenticated GSTIN (supplier, or e-commerce operator); undefined = offline validation, skip ownership. */
  submitterGstin?: string;
  /** Pre-fetched entries for referencedGstins(); undefined = offline, skip existence/status checks. */
  registry?: Map<string, RegistryEntry>;
}

/** ±1 rupee on every value check (§7.3; 2189 per NIC, the others as integrators allow). */
export const AMOUNT_TOLERANCE = 1;

const URP = 'URP';
const EXPORTS = new Set(['EXPWP', 'EXPWOP']);
const SEZ = new Set(['SEZWP', 'SEZWOP']);
const WITHOUT_PAYMENT = new Set(['EXPWOP', 'SEZWOP']);

const n = (v: number | null | undefined): number => v ?? 0;
/** §10.2: the IRP's Stcd/Pos master: Indian states/UTs (97 included) and 96; not 99 (Centre Jurisdiction, not an address). */
const isIrpStateCode = (code: string): boolean => isIndianStateCode(code) || normalizeStateCode(code) === OTHER_COUNTRY;
/** Beyond the tolerance after rounding both to 2 decimals (the exact rounding only decides near the edge). */
function differs(a: number, b: number): boolean {
  const d = Math.abs(a - b);
  if (d < AMOUNT_TOLERANCE - 0.02) return false;
  if (d > AMOUNT_TOLERANCE + 0.02) return true;
  return !nearlyEqual(round2(a), round2(b), AMOUNT_TOLERANCE);
}

/** §7.1 item 12: the GSTINs whose registry entries validateInvoice needs (seller, buyer unless URP, ECO, ship-to). */
export function referencedGstins(inv: Inv01): string[] {
  const all = [inv.SellerDtls.Gstin, inv.BuyerDtls.Gstin, inv.TranDtls.EcmGstin, inv.ShipDtls?.Gstin];
  const out: string[] = [];
  for (const g of all) if (g && g !== URP && !out.includes(g)) out.push(g);
  return out;
}

/** yyyy-mm-dd or dd/mm/yyyy → yyyymmdd number, for date comparisons. */
function ymd(s: string | null | undefined): number | undefined {
  if (!s) return undefined;
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(s);
  if (iso) return Number(iso[1]) * 10000 + Number(iso[2]) * 100 + Number(iso[3]);
  const p = parseNicDate(s);
  return p ? p.y * 10000 + p.m * 100 + p.d : undefined;
}

/** §7.1 item 12: a party GSTIN must exist and be active on the document date (3028, 3074–3079; 3029 when generic). */
function registrationProblem(
  entry: RegistryEntry | undefined,
  gstin: string,
  field: string,
  docDt: string,
  generic: boolean,
): Problem | undefined {
  if (!entry) return problem('3028', [], field); // 3028 GSTIN is invalid (not in the master)
  const doc = ymd(docDt);
  const reg = ymd(entry.registrationDate);
  const status = entry.status;
  const fail = (code: string, params: (string | number)[]) => (generic ? problem('3029', [], field) : problem(code, params, field));
  if (status === 'INA') return fail('3076', [gstin]); // 3076 inactive
  if (status === 'CNL') {
    if (reg === undefined) return fail('3078', [gstin]); // 3078 cancelled, registration date unknown
    if (doc !== undefined && doc < reg) return fail('3077', [gstin, docDt]); // 3077 cancelled, doc before registration
    const cnl = ymd(entry.cancellationDate);
    if (cnl === undefined) return fail('3075', [gstin]); // 3075 cancelled, de-registration date unknown
    if (doc !== undefined && doc > cnl) return fail('3074', [gstin, docDt]); // 3074 cancelled, doc after de-registration
    return undefined;
  }
  if (status === 'ACT' || status === 'PRO') {
    if (doc !== undefined && reg !== undefined && doc < reg) return fail('3079', []); // 3079 doc before registration
    return undefined;
  }
  return problem('3029', [], field); // 3029 any other status: inactive or cancelled
}

function isTcsGstin(gstin: string, entry: RegistryEntry | undefined): boolean {
  return entry ? entry.taxpayerType === 'TCS' : parseGstin(gstin).kind === 'tcs';
}

/**
 * §7.1 item 7 (NIC 2169, 2197): only the supplier, or the e-commerce operator named in EcmGstin, may
 * file an invoice; a TCS submitter that left out EcmGstin gets 2197. The one copy of this rule:
 * validateInvoice and the gateway's tenant check (einvoice.service assertMayFile) both call it.
 * Without a registry the TCS family is read from the GSTIN itself.
 */
export function filingProblem(inv: Inv01, submitterGstin: string, registry?: Map<string, RegistryEntry>): Problem | undefined {
  const submitter = submitterGstin.trim().toUpperCase();
  const ecm = inv.TranDtls.EcmGstin ?? undefined;
  if (submitter === inv.SellerDtls.Gstin || submitter === ecm) return undefined;
  if (!ecm && isTcsGstin(submitter, registry?.get(submitter))) return problem('2197', [], 'TranDtls.EcmGstin'); // 2197 ECO without EcmGstin
  return problem('2169', [], 'SellerDtls.Gstin'); // 2169 only supplier or e-commerce GSTIN
}

/** §7.1–§7.3: every IRP business validation of a schema-valid invoice; all problems, in document order. */
export function validateInvoice(inv: Inv01, ctx: InvoiceRuleContext): Problem[] {
  const out: Problem[] = [];
  const reg = ctx.registry;
  const { TranDtls: tran, DocDtls: doc, SellerDtls: seller, BuyerDtls: buyer } = inv;
  const sup = tran.SupTyp;
  const isExport = EXPORTS.has(sup);
  const isSez = SEZ.has(sup);
  const isDomestic = sup === 'B2B' || sup === 'DEXP';
  const isNote = doc.Typ === 'CRN' || doc.Typ === 'DBN';
  const sellerG = seller.Gstin;
  const buyerG = buyer.Gstin;
  const buyerUrp = buyerG === URP;
  const ecm = tran.EcmGstin ?? undefined;
  const sellerStcd = normalizeStateCode(seller.Stcd);
  const buyerStcd = normalizeStateCode(buyer.Stcd);
  const pos = normalizeStateCode(buyer.Pos);
  const igstOnIntra = tran.IgstOnIntra === 'Y';
  const sellerEntry = reg?.get(sellerG);
  const buyerEntry = buyerUrp ? undefined : reg?.get(buyerG);
  const ecmEntry = ecm ? reg?.get(ecm) : undefined;

  // ---- §7.1 item 2: version and IRN (parseInvoice already enforces both; kept for invoices built in code).
  if (inv.Version !== '1.1') out.push(problem('5002', ['The field Version must be 1.1 (INV-01 schema v1.1).'], 'Version'));
  if (inv.Irn) out.push(problem('5002', ['Irn should not be sent: the IRP generates the IRN.'], 'Irn'));

  // ---- §7.1 item 7: who may submit.
  if (ctx.submitterGstin !== undefined) {
    const filing = filingProblem(inv, ctx.submitterGstin, reg);
    if (filing) out.push(filing);
  }
  // 2195 the e-commerce operator must be a TCS registration
  if (ecm && !isTcsGstin(ecm, ecmEntry)) out.push(problem('2195', [], 'TranDtls.EcmGstin'));

  // ---- §7.1 items 9–10: document date.
  const docDate = nicDateToUtcMidnightIst(doc.Dt);
  if (!docDate) {
    out.push(problem('2144', [], 'DocDtls.Dt')); // 2144 dd/MM/yyyy (parseInvoice normally catches it)
  } else {
    const docDay = istDayNumber(docDate);
    const today = istDayNumber(ctx.now);
    if (docDay > today) out.push(problem('2163', [], 'DocDtls.Dt')); // 2163 future document date
    const limit = sellerEntry?.reportingLimitDays;
    // DOC_REPORTING_LIMIT: 30-day reporting limit for the taxpayer (§7.1 item 10, NIC code UNCONFIRMED)
    if (limit != null && limit > 0 && today - docDay > limit) out.push(problem('DOC_REPORTING_LIMIT', [doc.Dt, limit], 'DocDtls.Dt'));
  }

  // 2162 reverse charge only for B2B
  if (tran.RegRev === 'Y' && sup !== 'B2B') out.push(problem('2162', [], 'TranDtls.RegRev'));

  // ---- §7.1 items 12–14: parties and state codes.
  if (!buyerUrp && sellerG === buyerG) out.push(problem('2211', [], 'BuyerDtls.Gstin')); // 2211 supplier == recipient
  if (!isIndianStateCode(sellerStcd))
    out.push(problem('2259', [], 'SellerDtls.Stcd')); // 2259 supplier state code
  else if (sellerG.slice(0, 2) !== sellerStcd) out.push(problem('2258', [], 'SellerDtls.Stcd')); // 2258 GSTIN state ≠ Stcd
  if (!isIrpStateCode(buyerStcd))
    out.push(problem('2260', [], 'BuyerDtls.Stcd')); // 2260 recipient state code
  else if (!buyerUrp && !isExport && buyerG.slice(0, 2) !== buyerStcd) out.push(problem('2265', [], 'BuyerDtls.Stcd')); // 2265 GSTIN state ≠ Stcd
  if (inv.DispDtls && !isIrpStateCode(inv.DispDtls.Stcd)) out.push(problem('2200', [inv.DispDtls.Stcd], 'DispDtls.Stcd')); // 2200 dispatch state
  if (inv.ShipDtls && !isIrpStateCode(inv.ShipDtls.Stcd)) out.push(problem('2200', [inv.ShipDtls.Stcd], 'ShipDtls.Stcd')); // 2200 ship-to state

  // 2178 PIN codes against their state (foreign addresses, state 96, are not PIN-checked)
  const checkPin = (pin: number | null | undefined, stcd: string, field: string) => {
    const code = normalizeStateCode(stcd);
    if (pin == null || code === OTHER_COUNTRY || !isIrpStateCode(code)) return;
    if (!pinBelongsToState(pin, code)) out.push(problem('2178', [stateName(code) ?? code], field));
  };
  checkPin(seller.Pin, seller.Stcd, 'SellerDtls.Pin');
  if (!(isExport && buyer.Pin === 999999)) checkPin(buyer.Pin, buyer.Stcd, 'BuyerDtls.Pin');
  if (inv.DispDtls) checkPin(inv.DispDtls.Pin, inv.DispDtls.Stcd, 'DispDtls.Pin');
  if (inv.ShipDtls) checkPin(inv.ShipDtls.Pin, inv.ShipDtls.Stcd, 'ShipDtls.Pin');

  // ---- §7.1 items 16–19: supply-type rules.
  if (isExport) {
    if (!buyerUrp) out.push(problem('2248', [], 'BuyerDtls.Gstin')); // 2248 export recipient must be URP
    if (pos !== OTHER_COUNTRY) out.push(problem('2229', [sup], 'BuyerDtls.Pos')); // 2229 export POS must be 96
    if (buyerStcd !== OTHER_COUNTRY) out.push(problem('2261', [sup], 'BuyerDtls.Stcd')); // 2261 export recipient state 96
    if (pos === sellerStcd) out.push(problem('2181', [], 'BuyerDtls.Pos')); // 2181 export cannot be intra-state
  } else {
    if (pos === OTHER_COUNTRY)
      out.push(problem('2242', [sup], 'BuyerDtls.Pos')); // 2242 POS 96 only for exports
    else if (!isIndianStateCode(pos)) out.push(problem('2243', [sup], 'BuyerDtls.Pos')); // 2243 POS must be a valid state
    if (buyerUrp) {
      if (sup === 'DEXP')
        out.push(problem('2171', [], 'BuyerDtls.Gstin')); // 2171 deemed export needs a GSTIN
      else out.push(problem('2212', [sup], 'BuyerDtls.Gstin')); // 2212 URP only for exports
    }
    if (buyer.Pin == null) out.push(problem('2244', [sup], 'BuyerDtls.Pin')); // 2244 recipient PIN mandatory
  }
  if (isSez && buyerEntry && buyerEntry.taxpayerType !== 'SEZ') out.push(problem('2247', [sup], 'BuyerDtls.Gstin')); // 2247 recipient must be SEZ
  if (sup === 'B2B') {
    if (buyerEntry?.taxpayerType === 'SEZ') out.push(problem('2246', [sup], 'BuyerDtls.Gstin')); // 2246 SEZ recipient not B2B
    if (inv.ShipDtls && normalizeStateCode(inv.ShipDtls.Stcd) !== pos) out.push(problem('2245', [], 'ShipDtls.Stcd')); // 2245 ship-to state = POS
  }
  if (sellerEntry?.taxpayerType === 'SEZ') out.push(problem('2231', [sellerG], 'SellerDtls.Gstin')); // 2231 SEZ unit cannot generate
  if (igstOnIntra && sellerStcd !== pos) out.push(problem('2262', [], 'TranDtls.IgstOnIntra')); // 2262 IgstOnIntra needs POS = supplier state

  // ---- §7.1 item 12: registry (existence and status on the document date).
  if (reg) {
    const check = (gstin: string, field: string, generic: boolean) => {
      const p = registrationProblem(reg.get(gstin), gstin, field, doc.Dt, generic);
      if (p) out.push(p);
    };
    check(sellerG, 'SellerDtls.Gstin', false);
    if (!buyerUrp) check(buyerG, 'BuyerDtls.Gstin', false);
    if (ecm) check(ecm, 'TranDtls.EcmGstin', false);
    const ship = inv.ShipDtls?.Gstin;
    if (ship && ship !== URP) check(ship, 'ShipDtls.Gstin', true);
  }

  // ---- §7.1 item 21, §7.2, §7.3: items.
  const intra = isDomestic && pos === sellerStcd && !igstOnIntra; // CGST+SGST applies
  const seenSlNo = new Map<string, number>();
  let hasGoods = false;
  let hasServices = false;
  inv.ItemList.forEach((item, i) => {
    const at = (f: string) => `ItemList[${i}].${f}`;
    const hsn = item.HsnCd;
    const isService = item.IsServc === 'Y';
    if (isService) hasServices = true;
    else hasGoods = true;

    // 2233 SlNo unique ("01" and "1" are the same number)
    const sl = String(Number(item.SlNo));
    if (seenSlNo.has(sl)) out.push(problem('2233', [], at('SlNo')));
    else seenSlNo.set(sl, i);

    // 2176 HSN structure/chapter/master; a service needs a SAC (99…) code
    if (hsnProblem(hsn) !== undefined || (isService && !isServiceHsn(hsn))) out.push(problem('2176', [hsn], at('HsnCd')));
    if (!isService) {
      if (item.Qty == null) out.push(problem('2238', [hsn], at('Qty'))); // 2238 goods need Qty
      if (item.Unit == null) out.push(problem('2239', [hsn], at('Unit'))); // 2239 goods need Unit
    }
    if (item.Unit != null && !isValidUnit(item.Unit)) out.push(problem('2177', [item.Unit], at('Unit'))); // 2177 UQC
    if (!isValidGstRate(item.GstRt)) out.push(problem('2240', [hsn], at('GstRt'))); // 2240 GST rate

    itemTaxProblems(item, i, hsn, { sup, isExport, isSez, intra, isNote }, out);
    itemValueProblems(item, i, hsn, { lenientTotal: tran.RegRev === 'Y' || sup === 'EXPWP' }, out);
  });

  // 2249 goods + services, POS = supplier state, recipient in another state
  if (isDomestic && hasGoods && hasServices && pos === sellerStcd && buyerStcd !== sellerStcd && buyerStcd !== OTHER_COUNTRY) {
    out.push(problem('2249', [], 'ItemList'));
  }

  totalsProblems(inv, out);
  return out;
}

interface TaxContext {
  sup: string;
  isExport: boolean;
  isSez: boolean;
  intra: boolean;
  isNote: boolean;
}

/** §7.2 tax heads and §7.3 rate checks of one item. */
function itemTaxProblems(item: Inv01Item, i: number, hsn: string, t: TaxContext, out: Problem[]): void {
  const at = (f: string) => `ItemList[${i}].${f}`;
  const igst = n(item.IgstAmt);
  const cgst = n(item.CgstAmt);
  const sgst = n(item.SgstAmt);
  const hasCgstSgst = cgst > 0 || sgst > 0;
  const rateChecked = !t.isNote && !(WITHOUT_PAYMENT.has(t.sup) && igst === 0);
  const tax = round2((item.AssAmt * item.GstRt) / 100);

  if (t.isExport) {
    if (hasCgstSgst) out.push(problem('2180', [hsn], at(cgst > 0 ? 'CgstAmt' : 'SgstAmt'))); // 2180 export: no CGST/SGST
  } else if (t.isSez) {
    if (hasCgstSgst) out.push(problem('2237', [hsn], at(cgst > 0 ? 'CgstAmt' : 'SgstAmt'))); // 2237 SEZ: IGST only
  } else if (t.intra) {
    if (igst > 0) out.push(problem('2172', [hsn, item.SlNo], at('IgstAmt'))); // 2172 intra-state: no IGST
    if (item.GstRt > 0 && (item.CgstAmt == null || item.SgstAmt == null)) {
      out.push(problem('2241', [hsn], at(item.CgstAmt == null ? 'CgstAmt' : 'SgstAmt'))); // 2241 CGST and SGST required
    } else {
      if (differs(cgst, sgst)) out.push(problem('2227', [hsn], at('SgstAmt'))); // 2227 CGST = SGST
      if (rateChecked && (differs(cgst, tax / 2) || differs(sgst, tax / 2))) out.push(problem('2234', [hsn], at('CgstAmt'))); // 2234 CGST/SGST vs rate
    }
  } else if (hasCgstSgst) {
    out.push(problem('2174', [hsn], at(cgst > 0 ? 'CgstAmt' : 'SgstAmt'))); // 2174 inter-state: IGST only
  }
  // 2235 IGST vs rate (inter-state, IgstOnIntra, SEZ, exports)
  if (!t.intra && rateChecked && differs(igst, tax)) out.push(problem('2235', [hsn], at('IgstAmt')));
  if (rateChecked) {
    // 2266 cess vs CesRt
    if (differs(n(item.CesAmt), (item.AssAmt * n(item.CesRt)) / 100)) out.push(problem('2266', [hsn], at('CesAmt')));
    // 2267 state cess vs StateCesRt
    if (differs(n(item.StateCesAmt), (item.AssAmt * n(item.StateCesRt)) / 100)) out.push(problem('2267', [hsn], at('StateCesAmt')));
  }
}

/** §7.3 item values: 2192, 2193, 2194. */
function itemValueProblems(item: Inv01Item, i: number, hsn: string, opts: { lenientTotal: boolean }, out: Problem[]): void {
  const at = (f: string) => `ItemList[${i}].${f}`;
  // 2192 TotAmt = Qty × UnitPrice
  if (item.Qty != null && item.Qty > 0 && differs(item.TotAmt, item.Qty * item.UnitPrice)) out.push(problem('2192', [hsn], at('TotAmt')));
  // 2193 AssAmt = TotAmt − Discount
  if (differs(item.AssAmt, item.TotAmt - n(item.Discount))) out.push(problem('2193', [hsn, item.SlNo], at('AssAmt')));
  // 2194 TotItemVal = AssAmt + taxes + cesses + OthChrg (reverse charge / EXPWP: with or without taxes)
  const gst = n(item.CgstAmt) + n(item.SgstAmt) + n(item.IgstAmt);
  const cess = n(item.CesAmt) + n(item.CesNonAdvlAmt) + n(item.StateCesAmt) + n(item.StateCesNonAdvlAmt);
  const full = item.AssAmt + gst + cess + n(item.OthChrg);
  const ok =
    !differs(item.TotItemVal, full) ||
    (opts.lenientTotal && (!differs(item.TotItemVal, full - gst) || !differs(item.TotItemVal, full - gst - cess)));
  if (!ok) out.push(problem('2194', [hsn], at('TotItemVal')));
}

/** §7.3 invoice totals: 2182–2189, 2220. */
function totalsProblems(inv: Inv01, out: Problem[]): void {
  const v = inv.ValDtls;
  const sum = (f: (it: Inv01Item) => number) => inv.ItemList.reduce((s, it) => s + f(it), 0);
  const assSum = sum((it) => it.AssAmt);
  const cesAdvl = sum((it) => n(it.CesAmt));
  const cesNonAdvl = sum((it) => n(it.CesNonAdvlAmt));
  if (differs(v.AssVal, assSum)) out.push(problem('2182', [], 'ValDtls.AssVal')); // 2182 Σ AssAmt
  if (
    differs(
      n(v.SgstVal),
      sum((it) => n(it.SgstAmt)),
    )
  )
    out.push(problem('2183', [], 'ValDtls.SgstVal')); // 2183 Σ SgstAmt
  if (
    differs(
      n(v.CgstVal),
      sum((it) => n(it.CgstAmt)),
    )
  )
    out.push(problem('2184', [], 'ValDtls.CgstVal')); // 2184 Σ CgstAmt
  if (
    differs(
      n(v.IgstVal),
      sum((it) => n(it.IgstAmt)),
    )
  )
    out.push(problem('2185', [], 'ValDtls.IgstVal')); // 2185 Σ IgstAmt
  if (differs(n(v.CesVal), cesAdvl + cesNonAdvl)) {
    // 2188 when only the non-advol part is missing from CesVal, else 2186 Σ (CesAmt + CesNonAdvlAmt)
    const nonAdvlMissing = cesNonAdvl > 0 && !differs(n(v.CesVal), cesAdvl);
    out.push(problem(nonAdvlMissing ? '2188' : '2186', [], 'ValDtls.CesVal'));
  }
  // 2187 Σ (StateCesAmt + StateCesNonAdvlAmt)
  if (
    differs(
      n(v.StCesVal),
      sum((it) => n(it.StateCesAmt) + n(it.StateCesNonAdvlAmt)),
    )
  )
    out.push(problem('2187', [], 'ValDtls.StCesVal'));
  // 2189 TotInvVal = Σ TotItemVal + OthChrg − Discount + RndOffAmt, ±1 (NIC resolution page)
  const expected = sum((it) => it.TotItemVal) + n(v.OthChrg) - n(v.Discount) + n(v.RndOffAmt);
  if (differs(v.TotInvVal, expected)) out.push(problem('2189', [], 'ValDtls.TotInvVal'));
  // 2220 discount below the invoice value
  if (n(v.Discount) > 0 && n(v.Discount) >= v.TotInvVal) out.push(problem('2220', [], 'ValDtls.Discount'));
}
