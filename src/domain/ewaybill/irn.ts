/**
 * E-way bills through the IRP (reference nic-einvoice.md §4.1 `EwbDtls`, §4.5 EWB by IRN, §7.4 rules,
 * §9.3 codes 4000–4040): the IRP's own checks of the transport details against the registered
 * invoice, and the GENEWAYBILL request it derives from that invoice for the e-way bill system. Pure.
 *
 * Choices where the reference is silent or UNCONFIRMED (also in docs/sandbox-choices.md):
 * - Part-B is asked for when VehNo or TransDocNo is sent. TransId without either is a Part-A slip: the
 *   mode's Part-B fields are then not required. Neither Part-B nor TransId: 4019 when no TransMode
 *   was sent (IC's recorded answer to `{"Distance":0}`), 4027 when one was (with the mode's missing
 *   fields, e.g. 4011).
 * - 4023 (no TransDocDt) only for rail and air, as its text says; ship needs VehNo or TransDocNo (4040).
 * - The distance runs from the dispatch point (DispDtls of the request, else of the invoice, else the
 *   seller) to the ship-to point (ExpShipDtls, else ShipDtls, else the buyer; an export needs one of
 *   the first two, 4031). 4032/4033 and 4035/4036 check those two points; 4034 is 0 km with a 999999
 *   PIN at either end (the "Supplier/Recipient/Dispatch from/Ship to" of its text are those ends).
 * - Too long: more than 10% above the computed PIN-to-PIN distance, above 4000 km, or above 100 km
 *   between equal PINs → 4038 (the e-way bill system's 702 rules, A7). 4013 ("too high or low") is not
 *   emitted: nothing is too low.
 * - transactionType (nic-ewaybill-gst.md A3.2): "ship-to ≠ bill-to" is a ship-to of another GSTIN, or
 *   without a GSTIN at another address (the e-way bill system's 618 refuses types 2/4 with the
 *   buyer's own GSTIN as ship-to); "dispatch-from ≠ bill-from" is a dispatch address (DispDtls has no
 *   GSTIN) other than the seller's.
 * - Only goods lines (IsServc N) go on the e-way bill; 4009 when every goods line carries a SAC (99…).
 * - 4015 for a blocked supplier, recipient or transporter (registry BlkStatus B), one per GSTIN.
 */
import { type Problem, problem } from '../../core/errors.ts';
import { istDayNumber, nicDateToUtcMidnightIst } from '../dates.ts';
import { isServiceHsn } from '../hsn.ts';
import type { Inv01 } from '../invoice/inv01.schema.ts';
import type { RegistryEntry } from '../invoice/rules.ts';
import { round2 } from '../money.ts';
import { normalizeStateCode, OTHER_COUNTRY } from '../states.ts';
import { MAX_DISTANCE_KM, maxAcceptedDistance, pinDistanceKm, SAME_PIN_MAX_KM } from './distance.ts';
import type { EwbItem, GenerateEwbRequest, TransMode, VehicleType } from './types.ts';
import { isValidVehicleNo, normalizeVehicleNo } from './vehicle.ts';

/** The transport fields of INV-01 `EwbDtls` (§5.13) and of the EWB-by-IRN request (§4.5). */
export interface EwbDetails {
  TransId?: string | null;
  TransName?: string | null;
  /** 1 Road, 2 Rail, 3 Air, 4 Ship; NIC clients send a string or a number. */
  TransMode?: string | number | null;
  Distance: number;
  TransDocNo?: string | null;
  /** dd/mm/yyyy */
  TransDocDt?: string | null;
  VehNo?: string | null;
  VehType?: string | null;
}

/** An address of the e-way bill: DispDtls / ExpShipDtls of §4.5, or an INV-01 party section. */
export interface EwbAddress {
  Gstin?: string | null;
  Nm?: string | null;
  LglNm?: string | null;
  TrdNm?: string | null;
  Addr1?: string | null;
  Addr2?: string | null;
  Loc?: string | null;
  Pin?: number | null;
  Stcd: string;
}

/** §4.5: addresses the EWB-by-IRN request may give instead of the invoice's. */
export interface EwbOverrides {
  DispDtls?: EwbAddress | null;
  ExpShipDtls?: EwbAddress | null;
}

export interface EwbRuleContext {
  /** The government clock; dates are compared in IST. */
  now: Date;
  /** Entries for ewbReferencedGstins(); undefined = offline, 4015 skipped. */
  registry?: Map<string, RegistryEntry>;
  /** Status of the IRN in the IRP (`ACT`, `CNL`). */
  irnStatus: string;
}

export interface EwbRuleResult {
  problems: Problem[];
  /** The distance the e-way bill uses: the declared one, or the computed one when 0 was sent. */
  actualDist: number;
  /** EWBPPD when the IRP computed the distance (§2.5). */
  info: { InfCd: string; Desc: unknown }[];
}

const URP = 'URP';
const FOREIGN_PIN = 999999;
const EXPORTS = new Set(['EXPWP', 'EXPWOP']);
const TRANS_ID = /^[0-9]{2}[0-9A-Z]{13}$/;
/** A3.2 subSupplyType. */
const SUPPLY = 1;
const EXPORT = 3;

/** A field as sent, trimmed; undefined when absent or blank. */
const text = (s: string | null | undefined): string | undefined => (s == null || String(s).trim() === '' ? undefined : String(s).trim());

/** TransMode as sent ("1", 1, " 1 ") → "1"; undefined when not sent. */
export function transModeOf(mode: string | number | null | undefined): string | undefined {
  return mode == null || String(mode).trim() === '' ? undefined : String(mode).trim();
}

function isExport(inv: Inv01): boolean {
  return EXPORTS.has(inv.TranDtls.SupTyp);
}

/** Dispatch point: the request's DispDtls, the invoice's, or the seller (§4.5, §5.5). */
function dispatchPoint(inv: Inv01, overrides: EwbOverrides): EwbAddress {
  return overrides.DispDtls ?? inv.DispDtls ?? inv.SellerDtls;
}

/** Ship-to point: ExpShipDtls, ShipDtls, or the buyer — undefined for an export without ship-to (4031). */
function shipToPoint(inv: Inv01, overrides: EwbOverrides): EwbAddress | undefined {
  const explicit = overrides.ExpShipDtls ?? inv.ShipDtls;
  if (explicit) return explicit;
  return isExport(inv) ? undefined : inv.BuyerDtls;
}

function sameAddress(a: EwbAddress, b: EwbAddress): boolean {
  const norm = (v: string | null | undefined) => (v ?? '').trim().toUpperCase();
  return (
    norm(a.Addr1) === norm(b.Addr1) &&
    norm(a.Addr2) === norm(b.Addr2) &&
    norm(a.Loc) === norm(b.Loc) &&
    a.Pin === b.Pin &&
    normalizeStateCode(a.Stcd) === normalizeStateCode(b.Stcd)
  );
}

/**
 * A3.2 with the e-way bill system's 617/618 (bill-to and ship-to GSTINs must differ for types 2–4):
 * an address with a GSTIN of its own is another party when that GSTIN differs; one without (or URP),
 * when its address differs. A ship-to of the buyer's own GSTIN elsewhere stays Regular, with that
 * address as the to-address.
 */
function otherParty(point: EwbAddress, party: EwbAddress): boolean {
  const gstin = text(point.Gstin)?.toUpperCase();
  if (gstin && gstin !== URP) return gstin !== party.Gstin;
  return !sameAddress(point, party);
}

/** A3.2: 1 Regular, 2 Bill To–Ship To, 3 Bill From–Dispatch From, 4 both. */
export function transactionTypeOf(inv: Inv01, overrides: EwbOverrides = {}): number {
  const dispatch = overrides.DispDtls ?? inv.DispDtls;
  const ship = overrides.ExpShipDtls ?? inv.ShipDtls;
  const shipDiffers = ship != null && otherParty(ship, inv.BuyerDtls);
  const dispatchDiffers = dispatch != null && otherParty(dispatch, inv.SellerDtls);
  if (shipDiffers && dispatchDiffers) return 4;
  if (dispatchDiffers) return 3;
  if (shipDiffers) return 2;
  return 1;
}

/** Whether the invoice's tax heads are CGST + SGST (the rules' own test, rules.ts §7.2). */
function isIntraState(inv: Inv01): boolean {
  const domestic = inv.TranDtls.SupTyp === 'B2B' || inv.TranDtls.SupTyp === 'DEXP';
  return domestic && normalizeStateCode(inv.BuyerDtls.Pos) === normalizeStateCode(inv.SellerDtls.Stcd) && inv.TranDtls.IgstOnIntra !== 'Y';
}

/** GSTINs whose registry entries the 4015 check needs: supplier, recipient (unless URP), transporter. */
export function ewbReferencedGstins(inv: Inv01, dtls: EwbDetails): string[] {
  const all = [inv.SellerDtls.Gstin, inv.BuyerDtls.Gstin, text(dtls.TransId)?.toUpperCase()];
  const out: string[] = [];
  for (const g of all) if (g && g !== URP && !out.includes(g)) out.push(g);
  return out;
}

/**
 * The GENEWAYBILL request (nic-ewaybill-gst.md A3.1) the IRP sends for a registered invoice: outward
 * supply (1, or 3 for exports), a tax invoice, from the seller / dispatch point to the buyer / ship-to
 * point, goods lines only, header values from ValDtls (otherValue takes the rest of TotInvVal).
 */
export function ewbRequestFromInvoice(inv: Inv01, dtls: EwbDetails, overrides: EwbOverrides = {}): GenerateEwbRequest {
  const { SellerDtls: seller, BuyerDtls: buyer, ValDtls: val } = inv;
  const from = dispatchPoint(inv, overrides);
  const to = shipToPoint(inv, overrides) ?? buyer;
  const transactionType = transactionTypeOf(inv, overrides);
  const intra = isIntraState(inv);

  const itemList: EwbItem[] = inv.ItemList.filter((it) => it.IsServc === 'N').map((it, i) => ({
    itemNo: i + 1,
    productDesc: text(it.PrdDesc)?.slice(0, 100),
    hsnCode: it.HsnCd,
    quantity: it.Qty ?? undefined,
    qtyUnit: it.Unit ?? undefined,
    taxableAmount: it.AssAmt,
    ...(intra ? { cgstRate: it.GstRt / 2, sgstRate: it.GstRt / 2, igstRate: 0 } : { cgstRate: 0, sgstRate: 0, igstRate: it.GstRt }),
    cessRate: it.CesRt ?? 0,
    cessNonAdvol: it.CesNonAdvlAmt ?? 0,
  }));

  const n = (v: number | null | undefined) => v ?? 0;
  const cessNonAdvol = round2(inv.ItemList.reduce((s, it) => s + n(it.CesNonAdvlAmt), 0));
  const cessValue = round2(n(val.CesVal) - cessNonAdvol);
  const taxes = val.AssVal + n(val.CgstVal) + n(val.SgstVal) + n(val.IgstVal) + n(val.CesVal);
  const vehNo = text(dtls.VehNo);
  const vehType = text(dtls.VehType)?.toUpperCase();

  return {
    supplyType: 'O',
    subSupplyType: isExport(inv) ? EXPORT : SUPPLY,
    docType: 'INV',
    docNo: inv.DocDtls.No,
    docDate: inv.DocDtls.Dt,
    transactionType,
    fromGstin: seller.Gstin,
    fromTrdName: seller.TrdNm ?? seller.LglNm,
    fromAddr1: text(from.Addr1),
    fromAddr2: text(from.Addr2),
    fromPlace: text(from.Loc),
    fromPincode: from.Pin ?? seller.Pin,
    fromStateCode: Number(normalizeStateCode(seller.Stcd)),
    actFromStateCode: Number(normalizeStateCode(from.Stcd)),
    ...(transactionType >= 3 && text(from.Nm) ? { dispatchFromTradeName: text(from.Nm) } : {}),
    toGstin: buyer.Gstin,
    toTrdName: buyer.TrdNm ?? buyer.LglNm,
    toAddr1: text(to.Addr1),
    toAddr2: text(to.Addr2),
    toPlace: text(to.Loc),
    toPincode: to.Pin ?? buyer.Pin ?? FOREIGN_PIN,
    toStateCode: Number(normalizeStateCode(buyer.Pos)),
    actToStateCode: Number(normalizeStateCode(to.Stcd)),
    ...(transactionType === 2 || transactionType === 4
      ? { shipToGSTIN: text(to.Gstin) ?? buyer.Gstin, shipToTradeName: text(to.TrdNm) ?? text(to.LglNm) }
      : {}),
    totalValue: val.AssVal,
    cgstValue: n(val.CgstVal),
    sgstValue: n(val.SgstVal),
    igstValue: n(val.IgstVal),
    cessValue,
    cessNonAdvolValue: cessNonAdvol,
    otherValue: round2(val.TotInvVal - taxes),
    totInvValue: val.TotInvVal,
    transporterId: text(dtls.TransId)?.toUpperCase(),
    transporterName: text(dtls.TransName),
    transMode: transModeOf(dtls.TransMode) as TransMode | undefined,
    transDistance: dtls.Distance,
    transDocNo: text(dtls.TransDocNo),
    transDocDate: text(dtls.TransDocDt),
    vehicleNo: vehNo ? normalizeVehicleNo(vehNo) : undefined,
    vehicleType: vehType as VehicleType | undefined,
    itemList,
  };
}

/** §7.4 / §9.3: every IRP check of an e-way bill for this invoice; all problems at once. */
export function validateEwbForIrn(inv: Inv01, dtls: EwbDetails, ctx: EwbRuleContext, overrides: EwbOverrides = {}): EwbRuleResult {
  const out: Problem[] = [];
  if (ctx.irnStatus !== 'ACT') out.push(problem('4000', [], 'Irn')); // 4000 IRN not active

  documentRules(inv, out);
  transportRules(inv, dtls, ctx.now, out);

  // 4015 blocked supplier, recipient or transporter (return non-filing, BlkStatus B)
  if (ctx.registry) {
    for (const gstin of ewbReferencedGstins(inv, dtls)) {
      if (ctx.registry.get(gstin)?.blocked) out.push(problem('4015', [gstin]));
    }
  }

  const { actualDist, info } = addressAndDistanceRules(inv, dtls, overrides, out);
  return { problems: out, actualDist, info };
}

/** 4010 credit/debit notes and service-only invoices; 4009 no goods HSN. */
function documentRules(inv: Inv01, out: Problem[]): void {
  const goods = inv.ItemList.filter((it) => it.IsServc === 'N');
  if (inv.DocDtls.Typ !== 'INV' || goods.length === 0) {
    out.push(problem('4010', [], inv.DocDtls.Typ !== 'INV' ? 'DocDtls.Typ' : 'ItemList')); // 4010 CRN/DBN or services
  } else if (goods.every((it) => isServiceHsn(it.HsnCd))) {
    out.push(problem('4009', [], 'ItemList')); // 4009 no item with a goods HSN
  }
}

/** §7.4 transport: Part-A / Part-B requirements per mode, formats and the transport document date. */
function transportRules(inv: Inv01, dtls: EwbDetails, now: Date, out: Problem[]): void {
  const mode = transModeOf(dtls.TransMode);
  const vehNo = text(dtls.VehNo);
  const vehType = text(dtls.VehType)?.toUpperCase();
  const docNo = text(dtls.TransDocNo);
  const docDt = text(dtls.TransDocDt);
  const transId = text(dtls.TransId)?.toUpperCase();
  const partB = vehNo !== undefined || docNo !== undefined;
  const partAOnly = !partB && transId !== undefined;

  if (!partB && !transId) out.push(problem(mode ? '4027' : '4019', [], 'TransId')); // 4019 / 4027 neither Part-B nor transporter
  if (partB && !mode) out.push(problem('4028', [], 'TransMode')); // 4028 vehicle / document without mode

  if (mode && !partAOnly) {
    if (mode === '1') {
      if (!vehNo) out.push(problem('4011', [], 'VehNo')); // 4011 road needs a vehicle
      if (!vehType) out.push(problem('4022', [], 'VehType')); // 4022 road needs a vehicle type
    } else if (mode === '2' || mode === '3') {
      if (!docNo) out.push(problem('4012', [], 'TransDocNo')); // 4012 rail/air need a transport document
      if (!docDt) out.push(problem('4023', [], 'TransDocDt')); // 4023 … and its date
    } else if (mode === '4' && !vehNo && !docNo) {
      out.push(problem('4040', [], 'VehNo')); // 4040 ship: vehicle or transport document
    }
  }

  if (vehNo && !isValidVehicleNo(normalizeVehicleNo(vehNo))) out.push(problem('4014', [], 'VehNo')); // 4014 vehicle format (A8)
  if (vehType !== undefined && vehType !== 'R' && vehType !== 'O') out.push(problem('4020', [], 'VehType')); // 4020 R or O
  if (vehType === 'O' && (mode === '2' || mode === '3')) out.push(problem('4024', [], 'VehType')); // 4024 ODC by rail/air
  if (vehType === 'R' && mode === '4') out.push(problem('4039', [], 'VehType')); // 4039 regular by ship
  if (transId !== undefined && !TRANS_ID.test(transId)) out.push(problem('4018', [], 'TransId')); // 4018 GSTIN/TRANSIN pattern

  if (docDt !== undefined) {
    const day = nicDateToUtcMidnightIst(docDt);
    if (!day) {
      out.push(problem('4017', [], 'TransDocDt')); // 4017 dd/mm/yyyy
    } else {
      if (istDayNumber(day) > istDayNumber(now)) out.push(problem('4016', [], 'TransDocDt')); // 4016 future
      const invDay = nicDateToUtcMidnightIst(inv.DocDtls.Dt);
      if (invDay && day.getTime() < invDay.getTime()) out.push(problem('4021', [], 'TransDocDt')); // 4021 before the invoice
    }
  }
}

/** 4031–4036 on the two ends, then the distance (4029, 4030, 4034, 4038; EWBPPD when computed). */
function addressAndDistanceRules(
  inv: Inv01,
  dtls: EwbDetails,
  overrides: EwbOverrides,
  out: Problem[],
): { actualDist: number; info: EwbRuleResult['info'] } {
  const declared = dtls.Distance;
  const none = { actualDist: declared, info: [] };
  const from = dispatchPoint(inv, overrides);
  const to = shipToPoint(inv, overrides);
  const fromField = overrides.DispDtls ? 'DispDtls' : inv.DispDtls ? 'DispDtls' : 'SellerDtls';
  const toField = overrides.ExpShipDtls ? 'ExpShipDtls' : inv.ShipDtls ? 'ShipDtls' : 'BuyerDtls';

  if (!to)
    out.push(problem('4031', [], 'ExpShipDtls')); // 4031 export without ship-to
  else {
    if (normalizeStateCode(to.Stcd) === OTHER_COUNTRY) out.push(problem('4032', [], `${toField}.Stcd`)); // 4032 ship-to state 96
    if (to.Pin === FOREIGN_PIN) out.push(problem('4033', [], `${toField}.Pin`)); // 4033 ship-to PIN 999999
  }
  if (normalizeStateCode(from.Stcd) === OTHER_COUNTRY) out.push(problem('4035', [], `${fromField}.Stcd`)); // 4035 dispatch state 96
  if (from.Pin === FOREIGN_PIN) out.push(problem('4036', [], `${fromField}.Pin`)); // 4036 dispatch PIN 999999

  const fromPin = from.Pin;
  const toPin = to?.Pin;
  if (fromPin == null || toPin == null) return none;
  if (fromPin === FOREIGN_PIN || toPin === FOREIGN_PIN) {
    if (declared === 0) out.push(problem('4034', [], 'Distance')); // 4034 999999 PIN with 0 km
    return none;
  }
  if (declared > MAX_DISTANCE_KM) {
    out.push(problem('4038', [], 'Distance')); // 4038 above the schema's 4000 km
    return none;
  }
  if (fromPin === toPin) {
    if (declared === 0)
      out.push(problem('4029', [], 'Distance')); // 4029 same PIN needs a distance
    else if (declared > SAME_PIN_MAX_KM) out.push(problem('4038', [], 'Distance')); // 4038 same PIN above 100 km (A7)
    return none;
  }
  const computed = pinDistanceKm(fromPin, toPin);
  if (declared === 0) {
    if (computed === undefined) {
      out.push(problem('4030', [fromPin, toPin], 'Distance')); // 4030 unknown pair needs a distance
      return none;
    }
    // §2.5 EWBPPD: the IRP computed the distance (IC's recorded text).
    return { actualDist: computed, info: [{ InfCd: 'EWBPPD', Desc: `Pin-Pin calc distance: ${computed}KM` }] };
  }
  if (computed !== undefined && declared > maxAcceptedDistance(computed)) out.push(problem('4038', [], 'Distance')); // 4038 > 10% over
  return none;
}
