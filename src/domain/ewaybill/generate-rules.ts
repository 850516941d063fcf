/**
 * GENEWAYBILL business rules on a parsed request (reference nic-ewaybill-gst.md A3.3, A3.4, A7, A9).
 * Pure: the government clock, the caller's GSTIN and the pre-fetched registry entries come in the
 * context. Every rule runs; all problems come back together, with the distance the e-way bill uses
 * and the portal's alert text. `callerGstin` undefined = offline validation (identity skipped);
 * `registry` undefined = registry checks skipped (and nothing is assumed SEZ or composition).
 * Choices where the reference is silent or UNCONFIRMED are in README.md of this folder.
 */
import { type Problem, problem } from '../../core/errors.ts';
import { istDayNumber, nicDateToUtcMidnightIst } from '../dates.ts';
import type { RegistryEntry } from '../invoice/rules.ts';
import { pinBelongsToState } from '../pincode.ts';
import { isIndianStateCode, normalizeStateCode } from '../states.ts';
import { maxAcceptedDistance, pinDistanceKm, SAME_PIN_MAX_KM } from './distance.ts';
import { FOREIGN_PIN, isOtherCountry, URP } from './parse.ts';
import type { GenerateEwbRequest } from './types.ts';
import { isValidRailDocNo, RAIL_DOC_RULE_FROM } from './vehicle.ts';

export interface GenerateRuleContext {
  /** The government clock; dates are compared in IST. */
  now: Date;
  /** The `gstin` header of the session; undefined = offline, identity rules skipped. */
  callerGstin?: string;
  /** Entries for referencedEwbGstins(); undefined = registry rules skipped. */
  registry?: Map<string, RegistryEntry>;
}

export interface GenerateRuleResult {
  problems: Problem[];
  /** Distance the e-way bill uses (A7): the declared one, or the portal's when 0 was sent. */
  actualDist: number;
  /** NIC's alert text: `, Distance between these two pincodes is 118, ` when the portal computed it, else "". */
  alert: string;
  /** NIC's `info` on 702: `[{ fromPinCode, toPinCode, distance }]`. */
  info?: unknown[];
}

/** A3.4 / 620: tolerance on the invoice-value check (UNCONFIRMED; ₹1 as for the IRP's 2189). */
export const INVOICE_VALUE_TOLERANCE = 1;
/** 820: document date at most 180 days before today (since 1-Jan-2025). */
export const MAX_DOC_AGE_DAYS = 180;
/** 819: no e-way bill for documents before GST (01/07/2017). */
const GST_START = '01/07/2017';
const GSTIN_PATTERN = /^[0-9]{2}[0-9A-Z]{13}$/;

type Party = 'self' | 'other' | 'any' | 'urpOrSez';
interface Combination {
  docTypes: readonly string[];
  /** The party that is not the user: toGstin for O, fromGstin for I. */
  counterparty: Party;
}

/**
 * A3.3 (IRIS table): allowed sub-types, document types and parties per supply type. "self" = the
 * counterparty is the user's own GSTIN; "other" = another GSTIN or URP; "urpOrSez" = export/import.
 */
const COMBINATIONS: Record<'O' | 'I', Record<number, Combination>> = {
  O: {
    1: { docTypes: ['INV', 'BIL'], counterparty: 'other' },
    3: { docTypes: ['INV', 'BIL'], counterparty: 'urpOrSez' },
    4: { docTypes: ['CHL'], counterparty: 'other' },
    9: { docTypes: ['INV', 'BIL', 'CHL'], counterparty: 'other' },
    11: { docTypes: ['CHL', 'OTH'], counterparty: 'self' },
    5: { docTypes: ['CHL'], counterparty: 'self' },
    12: { docTypes: ['CHL'], counterparty: 'self' },
    10: { docTypes: ['CHL'], counterparty: 'self' },
    8: { docTypes: ['CHL', 'OTH'], counterparty: 'any' },
  },
  I: {
    1: { docTypes: ['INV', 'BIL'], counterparty: 'other' },
    2: { docTypes: ['BOE'], counterparty: 'urpOrSez' },
    9: { docTypes: ['BOE', 'INV', 'BIL', 'CHL'], counterparty: 'other' },
    6: { docTypes: ['CHL'], counterparty: 'other' },
    7: { docTypes: ['CHL'], counterparty: 'other' },
    12: { docTypes: ['CHL'], counterparty: 'self' },
    5: { docTypes: ['CHL'], counterparty: 'self' },
    8: { docTypes: ['CHL', 'OTH'], counterparty: 'any' },
  },
};

/** 611: document types a supply type allows at all (union over its sub-types). */
function docTypesOf(supply: 'O' | 'I'): Set<string> {
  return new Set(Object.values(COMBINATIONS[supply]).flatMap((c) => c.docTypes));
}

/** The GSTINs whose registry entries validateGenerate may use: from, to, transporter, dispatch-from, ship-to (not URP). */
export function referencedEwbGstins(req: GenerateEwbRequest): string[] {
  const all = [req.fromGstin, req.toGstin, req.transporterId, req.dispatchFromGSTIN, req.shipToGSTIN];
  const out: string[] = [];
  for (const g of all) if (g && g !== URP && !out.includes(g)) out.push(g);
  return out;
}

/** yyyy-mm-dd (registry) → IST day number. */
function isoDay(s: string | null | undefined): number | undefined {
  const m = s ? /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(s) : null;
  return m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000) : undefined;
}

/** 823: from RAIL_DOC_RULE_FROM (government clock, IST) a railway document is a 9- or 10-digit number. */
export function railDocProblem(
  transMode: string | undefined,
  transDocNo: string | undefined,
  now: Date,
  field = 'transDocNo',
): Problem | undefined {
  if (transMode !== '2' || !transDocNo) return undefined;
  if (istDayNumber(now) < (isoDay(RAIL_DOC_RULE_FROM) ?? 0)) return undefined;
  return isValidRailDocNo(transDocNo) ? undefined : problem('823', [], field);
}

/** A3.3–A3.4, A7: every generate-time rule of a parsed request. */
export function validateGenerate(req: GenerateEwbRequest, ctx: GenerateRuleContext): GenerateRuleResult {
  const out: Problem[] = [];
  const reg = ctx.registry;
  const from = req.fromGstin;
  const to = req.toGstin;
  const fromUrp = from === URP;
  const toUrp = to === URP;
  const entryOf = (g: string | undefined) => (g && g !== URP ? reg?.get(g) : undefined);
  const fromEntry = entryOf(from);
  const toEntry = entryOf(to);
  const isSez = (e: RegistryEntry | undefined) => e?.taxpayerType === 'SEZ';

  identityRules(req, ctx, out);

  // ---- A3.3 combination table.
  const supply = req.supplyType;
  const combo = COMBINATIONS[supply][req.subSupplyType];
  if (!combo) out.push(problem('203', [], 'subSupplyType')); // 203 sub-type not of this supply type
  if (!docTypesOf(supply).has(req.docType)) {
    out.push(problem('611', [], 'docType')); // 611 document type not for this supply type at all
  } else if (combo && !combo.docTypes.includes(req.docType)) {
    out.push(problem('205', [], 'docType')); // 205 document type not for this sub-type
  } else if (supply === 'I' && req.subSupplyType === 9 && req.docType === 'BOE' && !fromUrp && reg && !isSez(fromEntry)) {
    out.push(problem('205', [], 'docType')); // 205 inward SKD/CKD on a Bill of Entry comes from URP (or SEZ)
  }

  // The user's side is a GSTIN ("self" column): fromGstin for outward (208), toGstin for inward (212).
  if (supply === 'O' && fromUrp) out.push(problem('208', [], 'fromGstin'));
  if (supply === 'I' && toUrp) out.push(problem('212', [], 'toGstin'));
  if (fromUrp && toUrp) out.push(problem('822', [], 'toGstin')); // 822 both URP

  // Counterparty column: "self" = same GSTIN as the user; "other" = a different GSTIN or URP.
  // Outward checks the consignee (212), inward the supplier (208).
  const counterField = supply === 'O' ? 'toGstin' : 'fromGstin';
  const counterCode = supply === 'O' ? '212' : '208';
  if (combo?.counterparty === 'self' && from !== to) out.push(problem(counterCode, [], counterField));
  if (combo?.counterparty === 'other' && from === to && !fromUrp) out.push(problem(counterCode, [], counterField));

  const isExport = supply === 'O' && req.subSupplyType === 3;
  const isImport = supply === 'I' && req.subSupplyType === 2;
  if (isExport) {
    // 450 consignee URP or SEZ (SEZ known only from the registry)
    if (!toUrp && reg && !isSez(toEntry)) out.push(problem('450', [], 'toGstin'));
    if (!isOtherCountry(req.toStateCode)) out.push(problem('373', [], 'toStateCode')); // 373 other country
    if (req.toPincode !== FOREIGN_PIN) out.push(problem('374', [], 'toPincode')); // 374 PIN 999999
  } else if (req.toPincode === FOREIGN_PIN) {
    out.push(problem('214', [], 'toPincode')); // 214 999999 only for exports
  }
  if (isImport) {
    // 451 supplier URP or SEZ
    if (!fromUrp && reg && !isSez(fromEntry)) out.push(problem('451', [], 'fromGstin'));
    if (!isOtherCountry(req.fromStateCode)) out.push(problem('375', [], 'fromStateCode')); // 375 other country
    if (req.fromPincode !== FOREIGN_PIN) out.push(problem('376', [], 'fromPincode')); // 376 PIN 999999
  } else if (req.fromPincode === FOREIGN_PIN) {
    out.push(problem('210', [], 'fromPincode')); // 210 999999 only for imports
  }

  transactionTypeRules(req, out);

  // ---- A7 / 437, 436: PINs against the actual (dispatch / ship-to) states; 999999 and other country skipped.
  // Bill-to-ship-to types (2, 4) report the ship-to PIN as 858 instead of 436.
  const pinOk = (pin: number, state: number) => pin === FOREIGN_PIN || isOtherCountry(state) || pinBelongsToState(pin, String(state));
  if (!pinOk(req.fromPincode, req.actFromStateCode)) out.push(problem('437', [], 'fromPincode'));
  if (!pinOk(req.toPincode, req.actToStateCode)) {
    const shipTo = req.transactionType === 2 || req.transactionType === 4;
    out.push(problem(shipTo ? '858' : '436', [], 'toPincode'));
  }

  dateRules(req, ctx.now, out);

  // ---- 620: totInvValue ≥ taxable + taxes + cesses (+ a negative otherValue) − ₹1 (tolerance UNCONFIRMED).
  const floor =
    req.totalValue + req.cgstValue + req.sgstValue + req.igstValue + req.cessValue + req.cessNonAdvolValue + Math.min(req.otherValue, 0);
  if (req.totInvValue < floor - INVOICE_VALUE_TOLERANCE) out.push(problem('620', [], 'totInvValue'));

  taxRules(req, fromEntry, isSez(fromEntry) || isSez(toEntry), out);
  hsnRules(req, fromEntry, out);
  transportRules(req, ctx.now, out);
  const distance = distanceRules(req, out);

  // ---- Registry (A3.4, A9): status, cancellation, blocking, supplier type.
  if (reg) {
    // 208 supplier unknown or not active (PRO counts as active)
    if (!fromUrp && (!fromEntry || (fromEntry.status !== 'ACT' && fromEntry.status !== 'PRO'))) out.push(problem('208', [], 'fromGstin'));
    if (!toUrp) {
      if (!toEntry || toEntry.status === 'INA') {
        out.push(problem('212', [], 'toGstin')); // 212 consignee unknown or inactive
      } else if (toEntry.status === 'CNL') {
        // 722 consignee cancelled before the document date (an unknown cancellation date counts as before)
        const cnl = isoDay(toEntry.cancellationDate);
        const doc = nicDateToUtcMidnightIst(req.docDate);
        if (cnl === undefined || (doc && istDayNumber(doc) > cnl)) out.push(problem('722', [], 'toGstin'));
      }
    }
    if (fromEntry?.blocked) out.push(problem('715', [], 'fromGstin')); // 715 consignor blocked
    if (toEntry?.blocked) out.push(problem('716', [], 'toGstin')); // 716 consignee blocked
    // 717 transporter blocked (a transporter missing from the registry is fine: enrolled TRANSINs are no GST registrations)
    if (entryOf(req.transporterId)?.blocked) out.push(problem('717', [], 'transporterId'));
    // 855 supplier cannot be a TDS or TCS registration
    if (fromEntry && (fromEntry.taxpayerType === 'TDS' || fromEntry.taxpayerType === 'TCS')) out.push(problem('855', [], 'fromGstin'));
  }

  return { problems: out, ...distance };
}

/**
 * A1.3, A3.3 / 358, 359, 360, 369, 370 — who may generate. Decision order:
 * 1. userGstin sent and ≠ caller → 358 (and the checks below still run).
 * 2. Caller is the generator side (fromGstin for O, toGstin for I) → fine.
 * 3. Else caller = transporterId → fine, unless the caller is the supplier or consignee (370).
 * 4. Else userGstin was sent (the caller claims to act, yet is no party) → 369.
 * 5. Else 359 (outward) / 360 (inward).
 */
function identityRules(req: GenerateEwbRequest, ctx: GenerateRuleContext, out: Problem[]): void {
  if (ctx.callerGstin === undefined) return;
  const caller = ctx.callerGstin.trim().toUpperCase();
  if (req.userGstin !== undefined && req.userGstin !== caller) out.push(problem('358', [], 'userGstin'));
  const generator = req.supplyType === 'O' ? req.fromGstin : req.toGstin;
  if (caller === generator) return;
  if (req.transporterId === caller) {
    if (caller === req.fromGstin || caller === req.toGstin) out.push(problem('370', [], 'transporterId'));
    return;
  }
  if (req.userGstin !== undefined) out.push(problem('369', [], 'transporterId'));
  else if (req.supplyType === 'O') out.push(problem('359', [], 'fromGstin'));
  else out.push(problem('360', [], 'toGstin'));
}

/** A3.1 transactionType 1–4 (643, 644, 615, 616, 607–610, 617, 618, 857, 863–865). */
function transactionTypeRules(req: GenerateEwbRequest, out: Problem[]): void {
  const t = req.transactionType;
  const gstinOrUrp = (g: string) => g === URP || GSTIN_PATTERN.test(g);
  const dispatch = req.dispatchFromGSTIN;
  const shipTo = req.shipToGSTIN;
  if (t === 1) {
    if (req.actFromStateCode !== req.fromStateCode) out.push(problem('643', [], 'actFromStateCode')); // 643
    if (req.actToStateCode !== req.toStateCode) out.push(problem('644', [], 'actToStateCode')); // 644
    if (dispatch) out.push(problem('615', [], 'dispatchFromGSTIN')); // 615 no dispatch-from for Regular
    if (shipTo) out.push(problem('616', [], 'shipToGSTIN')); // 616 no ship-to for Regular
  }
  if (t === 2 || t === 4) {
    if (!shipTo)
      out.push(problem('608', [], 'shipToGSTIN')); // 608 ship-to GSTIN required
    else if (!gstinOrUrp(shipTo))
      out.push(problem('609', [], 'shipToGSTIN')); // 609 GSTIN or URP
    else if (shipTo !== URP && shipTo === req.toGstin) out.push(problem('618', [], 'shipToGSTIN')); // 618 ≠ bill-to
    if (!req.shipToTradeName) out.push(problem('863', [], 'shipToTradeName')); // 863 ship-to name required
    if (!isIndianStateCode(String(req.actToStateCode))) out.push(problem('857', [], 'actToStateCode')); // 857 ship-to state in India
    // 865 a registered bill-to GSTIN's state is the bill-to state
    if (req.toGstin !== URP && req.toGstin.slice(0, 2) !== normalizeStateCode(req.toStateCode)) out.push(problem('865', [], 'toStateCode'));
  }
  if (t === 3 || t === 4) {
    if (!dispatch)
      out.push(problem('607', [], 'dispatchFromGSTIN')); // 607 dispatch-from GSTIN required
    else if (!gstinOrUrp(dispatch))
      out.push(problem('610', [], 'dispatchFromGSTIN')); // 610 GSTIN or URP
    else if (dispatch !== URP && dispatch === req.fromGstin) out.push(problem('617', [], 'dispatchFromGSTIN')); // 617 ≠ bill-from
  }
  if (t === 3 && shipTo) out.push(problem('864', [], 'shipToGSTIN')); // 864 no ship-to for bill-from-dispatch-from
}

/** A3.1 docDate: not in the future (207), not before 01/07/2017 (819), at most 180 days old (820); IST days. */
function dateRules(req: GenerateEwbRequest, now: Date, out: Problem[]): void {
  const doc = nicDateToUtcMidnightIst(req.docDate);
  if (!doc) {
    out.push(problem('207', [], 'docDate'));
    return;
  }
  const docDay = istDayNumber(doc);
  const today = istDayNumber(now);
  const gstStart = istDayNumber(nicDateToUtcMidnightIst(GST_START) as Date);
  if (docDay > today) out.push(problem('207', [], 'docDate')); // 207 future date
  if (docDay < gstStart) out.push(problem('819', [], 'docDate'));
  else if (today - docDay > MAX_DOC_AGE_DAYS) out.push(problem('820', [], 'docDate'));
}

/**
 * A3.4 tax heads. Intra-state = fromStateCode == toStateCode (bill-from vs bill-to; UNCONFIRMED pair,
 * GST-law choice) unless the supplier or consignee is an SEZ unit (378: inter-state rates apply).
 * Composition supplier: no Tax Invoice (714), no inter-state (703), zero rates (704).
 */
function taxRules(req: GenerateEwbRequest, fromEntry: RegistryEntry | undefined, sez: boolean, out: Problem[]): void {
  const sameState = req.fromStateCode === req.toStateCode;
  const intra = sameState && !sez;
  // 378 SEZ supplier or consignee: CGST/SGST never apply (reported once, instead of 624/219)
  const usesCgstSgst =
    req.cgstValue > 0 || req.sgstValue > 0 || req.itemList.some((it) => (it.cgstRate ?? 0) > 0 || (it.sgstRate ?? 0) > 0);
  if (sez && usesCgstSgst) out.push(problem('378', [], 'toGstin'));
  if (intra && req.igstValue > 0) out.push(problem('623', [], 'igstValue')); // 623 IGST on intra-state
  if (!intra && !sez && (req.cgstValue > 0 || req.sgstValue > 0))
    out.push(problem('624', [], req.cgstValue > 0 ? 'cgstValue' : 'sgstValue')); // 624

  req.itemList.forEach((it, i) => {
    const at = (f: string) => `itemList[${i}].${f}`;
    if (intra) {
      if ((it.igstRate ?? 0) > 0) out.push(problem('218', [], at('igstRate'))); // 218 IGST rate on intra-state
      if (it.cgstRate === undefined || it.sgstRate === undefined)
        out.push(problem('235', [], at(it.cgstRate === undefined ? 'cgstRate' : 'sgstRate'))); // 235
    } else {
      // 219 CGST/SGST rate on inter-state (for SEZ parties 378 above)
      if (!sez && ((it.cgstRate ?? 0) > 0 || (it.sgstRate ?? 0) > 0))
        out.push(problem('219', [], at((it.cgstRate ?? 0) > 0 ? 'cgstRate' : 'sgstRate')));
      if (it.igstRate === undefined) out.push(problem('236', [], at('igstRate'))); // 236 IGST rate blank
    }
    // 251 CGST and SGST rates equal
    if (it.cgstRate !== undefined && it.sgstRate !== undefined && it.cgstRate !== it.sgstRate) out.push(problem('251', [], at('sgstRate')));
  });

  if (fromEntry?.taxpayerType === 'COM') {
    if (req.docType === 'INV') out.push(problem('714', [], 'docType')); // 714 no Tax Invoice
    if (!sameState) out.push(problem('703', [], 'toStateCode')); // 703 no inter-state
    const taxed = req.itemList.some(
      (it) => (it.cgstRate ?? 0) > 0 || (it.sgstRate ?? 0) > 0 || (it.igstRate ?? 0) > 0 || (it.cessRate ?? 0) > 0,
    );
    if (taxed) out.push(problem('704', [], 'itemList')); // 704 zero rates
  }
}

/**
 * A3.1 hsnCode: at least one goods line (724, SAC = 99…); digits by the supplier's turnover (282/283):
 * a registry `reportingLimitDays` means AATO ≥ ₹10 cr, hence ≥ ₹5 cr → 6 digits; otherwise 4.
 */
function hsnRules(req: GenerateEwbRequest, fromEntry: RegistryEntry | undefined, out: Problem[]): void {
  if (req.itemList.length > 0 && req.itemList.every((it) => it.hsnCode.startsWith('99'))) out.push(problem('724', [], 'itemList'));
  const sixDigits = fromEntry?.reportingLimitDays != null;
  req.itemList.forEach((it, i) => {
    if (sixDigits && it.hsnCode.length < 6) out.push(problem('283', [], `itemList[${i}].hsnCode`));
    else if (it.hsnCode.length < 4) out.push(problem('282', [], `itemList[${i}].hsnCode`));
  });
}

/** A3.1, A3.4 transport: Part-B present = vehicleNo or transDocNo. */
function transportRules(req: GenerateEwbRequest, now: Date, out: Problem[]): void {
  const mode = req.transMode;
  const partB = Boolean(req.vehicleNo || req.transDocNo);
  if (req.vehicleNo && !mode) out.push(problem('621', [], 'transMode')); // 621
  if (req.transDocNo && !mode) out.push(problem('622', [], 'transMode')); // 622
  if (!partB && !req.transporterId) out.push(problem('619', [], 'transporterId')); // 619 Part-A slip needs the transporter
  if (partB && mode === '1' && !req.vehicleNo) out.push(problem('303', [], 'vehicleNo')); // 303 road needs a vehicle
  if (partB && (mode === '2' || mode === '3' || mode === '4')) {
    if (!req.transDocNo) out.push(problem('394', [], 'transDocNo')); // 394
    if (!req.transDocDate) out.push(problem('385', [], 'transDocDate')); // 385
  }
  if (req.vehicleType === 'O' && (mode === '2' || mode === '3')) out.push(problem('634', [], 'vehicleType')); // 634 ODC by rail/air
  if (req.vehicleType === 'R' && mode === '4') out.push(problem('726', [], 'vehicleType')); // 726 regular by ship
  // 362 transport document not before the invoice
  if (req.transDocDate) {
    const transDay = nicDateToUtcMidnightIst(req.transDocDate);
    const docDay = nicDateToUtcMidnightIst(req.docDate);
    if (transDay && docDay && transDay.getTime() < docDay.getTime()) out.push(problem('362', [], 'transDocDate'));
  }
  const rail = railDocProblem(mode, req.transDocNo, now);
  if (rail) out.push(rail);
}

/** A7: the distance used and the portal's alert / 702 info; 721 when 0 is sent and the portal has no figure. */
function distanceRules(req: GenerateEwbRequest, out: Problem[]): { actualDist: number; alert: string; info?: unknown[] } {
  const portal = pinDistanceKm(req.fromPincode, req.toPincode);
  const declared = req.transDistance;
  if (declared === 0) {
    if (portal === undefined) {
      out.push(problem('721', [], 'transDistance')); // 721 unknown pair (or same PIN) with 0
      return { actualDist: 0, alert: '' };
    }
    return { actualDist: portal, alert: `, Distance between these two pincodes is ${portal}, ` };
  }
  if (portal !== undefined && declared > maxAcceptedDistance(portal)) {
    out.push(problem('702', [], 'transDistance')); // 702 more than 10% above the portal's distance
    return {
      actualDist: declared,
      alert: '',
      info: [{ fromPinCode: String(req.fromPincode), toPinCode: String(req.toPincode), distance: portal }],
    };
  }
  if (req.fromPincode === req.toPincode && declared > SAME_PIN_MAX_KM) out.push(problem('702', [], 'transDistance')); // 702 same PIN > 100 km
  return { actualDist: declared, alert: '' };
}
