/**
 * NIC e-way bill request payloads → typed requests (types.ts), or every field failure at once with
 * NIC's 3-digit codes (reference nic-ewaybill-gst.md A2.1, A3.1–A3.2, A4, A8, A9). Pure, no clock:
 * rules that need the clock, the caller or the registry are in generate-rules.ts and the service.
 *
 * Binding, as NIC's clients vary (A2.1, A3.1):
 * - keys are matched case-insensitively (`oldvehicleNo` / `oldVehicleNo`, `cessNonadvol` / `cessNonAdvol`;
 *   `cessAdvol` is read as an alias of `cessNonAdvol`);
 * - strings are trimmed; null and "" mean absent; numbers may come as strings ("0", "56099.00") and
 *   codes as numbers (subSupplyType 1, transMode 1);
 * - codes, GSTINs, units and vehicle numbers are upper-cased (vehicle numbers normalised, A8).
 * Fields without an NIC code of their own (free-text lengths, item numbers, quantities, the non-advol
 * cess rate, the 250-item cap) fail with the platform code VALIDATION_FAILED and a message naming the
 * field. Choices are listed in README.md of this folder.
 */
import { type Problem, problem } from '../../core/errors.ts';
import { parseNicDate } from '../dates.ts';
import { hsnProblem } from '../hsn.ts';
import { pinBelongsToState } from '../pincode.ts';
import { isValidGstRate } from '../rates.ts';
import { isIndianStateCode, normalizeStateCode, OTHER_COUNTRY } from '../states.ts';
import { isValidUnit } from '../units.ts';
import type {
  CancelEwbRequest,
  ConsolidateRequest,
  EwbItem,
  ExtendRequest,
  GenerateEwbRequest,
  MultiVehicleAddRequest,
  MultiVehicleChangeRequest,
  MultiVehicleInitiateRequest,
  PartBRequest,
  RegenerateTripSheetRequest,
  RejectEwbRequest,
  TransMode,
  TransporterUpdateRequest,
  VehicleType,
} from './types.ts';
import { isValidTransDocNo, isValidVehicleNo, normalizeVehicleNo } from './vehicle.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const URP = 'URP';
/** A3.1: at most 250 item lines (IC: "e-Waybill can only be generated for upto 250 HSN/SAC Codes"). */
export const MAX_ITEMS = 250;
/** B6 note: EWB "Other Country" is 96 in the e-invoice master and 99 in Odoo's EWB JSON; we accept both. */
export const EWB_OTHER_COUNTRY_CODES: readonly string[] = [OTHER_COUNTRY, '99'];
/** A3.1 fromPincode / toPincode for imports and exports. */
export const FOREIGN_PIN = 999999;

/** A3.1 fromGstin / toGstin / transporterId pattern (no check digit: TRANSINs and NIC's sandbox GSTINs fail it, A4.2). */
const GSTIN_PATTERN = /^[0-9]{2}[0-9A-Z]{13}$/;
/** A3.1 docNo (IC regex): first character a letter or digit, then letters, digits, `-`, `/`; 16 at most. */
const DOC_NO = /^[^\W_][A-Za-z0-9\-/]{0,15}$/;

const TRANS_MODES: readonly string[] = ['1', '2', '3', '4'];
const DOC_TYPES: readonly string[] = ['INV', 'BIL', 'BOE', 'CHL', 'OTH'];
/** A3.2 vehicle update / trip sheet / multi-vehicle reason: 1 Break down, 2 Transhipment, 3 Others, 4 First time. */
const REASON_CODES: readonly string[] = ['1', '2', '3', '4'];
const REASON_OTHERS = '3';
/** A3.2 cancel reason: 1 Duplicate, 2 Order Cancelled, 3 Data Entry mistake, 4 Others. */
const CANCEL_CODES: readonly string[] = ['1', '2', '3', '4'];
/** A3.2 extension reason: 1, 2, 4, 5, 99 confirmed; 3 UNCONFIRMED, accepted. */
const EXTEND_CODES: readonly string[] = ['1', '2', '3', '4', '5', '99'];
const REMARKS_MAX = 50;

/** A3.1 state codes in the EWB master: Indian states/UTs (97 and legacy 25/28 included), and 96/99 Other Country. */
export function isEwbStateCode(code: string | number): boolean {
  return isIndianStateCode(String(code)) || isOtherCountry(code);
}

export function isOtherCountry(code: string | number): boolean {
  return EWB_OTHER_COUNTRY_CODES.includes(normalizeStateCode(code));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const INT = /^-?[0-9]+$/;
const NUMBER = /^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;

interface TextOpts {
  required?: boolean;
  max?: number;
  pattern?: RegExp;
  upper?: boolean;
}

/**
 * One JSON object read case-insensitively. Each reader returns the converted value, or undefined when
 * the field is absent or invalid (having recorded the problem), so cross-field checks use `has()`.
 */
class Fields {
  private readonly byLower = new Map<string, unknown>();

  constructor(
    obj: Record<string, unknown>,
    readonly problems: Problem[],
    private readonly prefix = '',
  ) {
    for (const [k, v] of Object.entries(obj)) this.byLower.set(k.toLowerCase(), v);
  }

  path(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  fail(code: string, name: string, message?: string): void {
    const params = code === 'VALIDATION_FAILED' ? [message ?? `The field ${this.path(name)} is invalid.`] : [];
    this.problems.push(problem(code, params, this.path(name)));
  }

  /** The value of the first of `names` that is present; strings trimmed; null and "" are absent. */
  raw(...names: string[]): unknown {
    for (const name of names) {
      let v = this.byLower.get(name.toLowerCase());
      if (typeof v === 'string') v = v.trim();
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  }

  has(...names: string[]): boolean {
    return this.raw(...names) !== undefined;
  }

  /** A string (numbers accepted and turned into text). */
  text(name: string, code: string, opts: TextOpts = {}): string | undefined {
    const v = this.raw(name);
    if (v === undefined) {
      if (opts.required) this.fail(code, name, `The field ${this.path(name)} is required.`);
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      this.fail(code, name, `The field ${this.path(name)} must be a string.`);
      return undefined;
    }
    const s = opts.upper ? String(v).toUpperCase() : String(v);
    if ((opts.max !== undefined && s.length > opts.max) || (opts.pattern && !opts.pattern.test(s))) {
      const limit = opts.max !== undefined ? ` of at most ${opts.max} characters` : '';
      this.fail(code, name, `The field ${this.path(name)} must be a string${limit}.`);
      return undefined;
    }
    return s;
  }

  /** Free text with a length limit and no NIC code of its own (VALIDATION_FAILED). */
  freeText(name: string, max: number): string | undefined {
    return this.text(name, 'VALIDATION_FAILED', { max });
  }

  /** One of a fixed list of codes ("1" or 1; upper-cased). */
  code<T extends string>(name: string, code: string, allowed: readonly T[], required: boolean): T | undefined {
    const s = this.text(name, code, { required, upper: true });
    if (s === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(s)) {
      this.fail(code, name, `The field ${this.path(name)} must be one of ${allowed.join(', ')}.`);
      return undefined;
    }
    return s as T;
  }

  /** A number (JSON number or numeric string). */
  number(name: string, code: string, opts: { required?: boolean; min?: number; aliases?: string[] } = {}): number | undefined {
    const v = this.raw(name, ...(opts.aliases ?? []));
    if (v === undefined) {
      if (opts.required) this.fail(code, name, `The field ${this.path(name)} is required.`);
      return undefined;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && NUMBER.test(v) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || (opts.min !== undefined && n < opts.min)) {
      const bound = opts.min !== undefined ? ` not below ${opts.min}` : '';
      this.fail(code, name, `The field ${this.path(name)} must be a number${bound}.`);
      return undefined;
    }
    return n;
  }

  /** A whole number within [min, max] (JSON number or digit string). */
  int(name: string, code: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const v = this.raw(name);
    if (v === undefined) {
      if (opts.required) this.fail(code, name, `The field ${this.path(name)} is required.`);
      return undefined;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && INT.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || (opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      this.fail(code, name, `The field ${this.path(name)} must be a whole number between ${opts.min} and ${opts.max}.`);
      return undefined;
    }
    return n;
  }

  /** A state code ("29", 29, "5") accepted by `accept`. */
  state(name: string, code: string, required: boolean, accept: (c: string) => boolean): number | undefined {
    const n = this.int(name, code, { required, min: 0, max: 99 });
    if (n === undefined) return undefined;
    if (!accept(String(n))) {
      this.fail(code, name);
      return undefined;
    }
    return n;
  }

  /** A3.1 PIN: six digits, 100000–999999. */
  pin(name: string, code: string, required: boolean): number | undefined {
    return this.int(name, code, { required, min: 100000, max: 999999 });
  }

  /** A3.1 dates: dd/mm/yyyy naming a real day. */
  date(name: string, code: string, required = false): string | undefined {
    const s = this.text(name, code, { required });
    if (s === undefined) return undefined;
    if (!parseNicDate(s)) {
      this.fail(code, name);
      return undefined;
    }
    return s;
  }

  /** A8: normalised (upper case, letters and digits only) and checked against the accepted formats. */
  vehicle(name: string, code: string): string | undefined {
    const s = this.text(name, code, { max: 30 });
    if (s === undefined) return undefined;
    const normalized = normalizeVehicleNo(s);
    if (!isValidVehicleNo(normalized)) {
      this.fail(code, name);
      return undefined;
    }
    return normalized;
  }

  /** A3.1 transDocNo: up to 15 letters, digits, `/`, `-`. */
  transDoc(name: string, code: string): string | undefined {
    const s = this.text(name, code);
    if (s === undefined) return undefined;
    if (!isValidTransDocNo(s)) {
      this.fail(code, name);
      return undefined;
    }
    return s;
  }

  /** 301/395: a 12-digit e-way bill number (numeric only 395, else 301; REJEWB uses 344 for both). */
  ewbNo(name = 'ewbNo', codes = { numeric: '395', invalid: '301' }): number | undefined {
    const v = this.raw(name);
    if (v === undefined) {
      this.fail(codes.invalid, name);
      return undefined;
    }
    const s = typeof v === 'number' || typeof v === 'string' ? String(v) : '';
    if (!/^[0-9]+$/.test(s)) {
      this.fail(codes.numeric, name);
      return undefined;
    }
    if (s.length !== 12) {
      this.fail(codes.invalid, name);
      return undefined;
    }
    return Number(s);
  }

  /** A3.1 GSTIN or TRANSIN pattern (or URP where allowed), upper-cased. */
  gstin(name: string, code: string, opts: { required: boolean; urp: boolean }): string | undefined {
    const s = this.text(name, code, { required: opts.required, upper: true });
    if (s === undefined) return undefined;
    if (!(GSTIN_PATTERN.test(s) || (opts.urp && s === URP))) {
      this.fail(code, name);
      return undefined;
    }
    return s;
  }
}

/**
 * The body as an object, or the problem for a body that is not one. A client that sends NIC's POST
 * envelope with the payload in clear (`{"action": "GENEWAYBILL", "data": {...}}`, A1.4; `Data` in any
 * case, as clients vary) is read as the payload itself.
 */
function bodyOf(data: unknown): { fields: Fields } | { problems: Problem[] } {
  if (!isPlainObject(data)) return { problems: [problem('VALIDATION_FAILED', ['The request body must be a JSON object.'])] };
  const keys = Object.keys(data).map((k) => k.toLowerCase());
  const inner = Object.entries(data).find(([k]) => k.toLowerCase() === 'data')?.[1];
  if (isPlainObject(inner) && keys.every((k) => k === 'data' || k === 'action')) return { fields: new Fields(inner, []) };
  return { fields: new Fields(data, []) };
}

function done<T>(f: Fields, value: T): ParseResult<T> {
  return f.problems.length > 0 ? { ok: false, problems: f.problems } : { ok: true, value };
}

/** Reads a (from/to) state where Part-B, extension and trip sheets move: an Indian state or UT. */
const indianState = (c: string) => isIndianStateCode(c);

/**
 * A4.1 / A3.4 Part-B transport checks shared by VEHEWB, GENCEWB, REGENTRIPSHEET: a vehicle or a
 * document (226); road needs the vehicle (303); rail/air/ship the document number (394) and date (385);
 * ODC only by road or ship (634); no regular vehicle by ship (726).
 */
function partBTransportChecks(f: Fields, transMode: string | undefined, vehicleType?: VehicleType): void {
  const hasVehicle = f.has('vehicleNo');
  const hasDoc = f.has('transDocNo');
  if (!hasVehicle && !hasDoc) {
    f.fail('226', 'vehicleNo'); // 226 both blank
  } else if (transMode === '1') {
    if (!hasVehicle) f.fail('303', 'vehicleNo'); // 303 road needs the vehicle number
  } else if (transMode !== undefined) {
    if (!hasDoc) f.fail('394', 'transDocNo'); // 394 rail/air/ship need the document number
    if (!f.has('transDocDate')) f.fail('385', 'transDocDate'); // 385 … and its date
  }
  if (vehicleType === 'O' && (transMode === '2' || transMode === '3')) f.fail('634', 'vehicleType'); // 634 ODC by rail/air
  if (vehicleType === 'R' && transMode === '4') f.fail('726', 'vehicleType'); // 726 regular vehicle by ship
}

/** 308: remarks up to 50 characters, required with reason 3 "Others". */
function remarks(f: Fields, name: string, reasonCode: string | undefined): string | undefined {
  const rem = f.text(name, '308', { max: REMARKS_MAX });
  if (reasonCode === REASON_OTHERS && !f.has(name)) f.fail('308', name);
  return rem;
}

// ---------------------------------------------------------------------------------------------
// GENEWAYBILL (A3.1)

/** HSN sent as a JSON number loses a leading zero (0101 → 101): odd lengths are padded back. */
function hsnText(v: unknown): string | undefined {
  if (typeof v === 'number') {
    const s = Number.isInteger(v) && v > 0 ? String(v) : '';
    return s.length % 2 === 1 ? `0${s}` : s;
  }
  return typeof v === 'string' ? v : undefined;
}

function parseItem(data: unknown, i: number, problems: Problem[]): EwbItem | undefined {
  const at = `itemList[${i}]`;
  if (!isPlainObject(data)) {
    problems.push(problem('VALIDATION_FAILED', [`The field ${at} must be an object.`], at));
    return undefined;
  }
  const f = new Fields(data, problems, at);
  const itemNo = f.int('itemNo', 'VALIDATION_FAILED', { min: 1, max: 99999 }) ?? i + 1;
  const productName = f.freeText('productName', 100);
  const productDesc = f.freeText('productDesc', 100);

  // 216 HSN: 4, 6 or 8 digits, known chapter (and master, when loaded)
  const rawHsn = f.raw('hsnCode');
  const hsnCode = hsnText(rawHsn);
  if (hsnCode === undefined || hsnProblem(hsnCode) !== undefined) f.fail('216', 'hsnCode');

  const quantity = f.number('quantity', 'VALIDATION_FAILED', { min: 0 });
  // 217 UQC (A3.5)
  let qtyUnit = f.text('qtyUnit', '217', { upper: true });
  if (qtyUnit !== undefined && !isValidUnit(qtyUnit)) {
    f.fail('217', 'qtyUnit');
    qtyUnit = undefined;
  }
  const taxableAmount = f.number('taxableAmount', '234', { required: true, min: 0 }); // 234 taxable amount

  // 252/253: CGST and SGST are half of a GST slab; 254 IGST a slab; 255 cess any non-negative rate
  const half = (r: number) => isValidGstRate(r * 2);
  const rate = (name: string, code: string, valid: (r: number) => boolean): number | undefined => {
    const r = f.number(name, code, { min: 0 });
    if (r !== undefined && !valid(r)) {
      f.fail(code, name);
      return undefined;
    }
    return r;
  };
  const cgstRate = rate('cgstRate', '252', half);
  const sgstRate = rate('sgstRate', '253', half);
  const igstRate = rate('igstRate', '254', isValidGstRate);
  const cessRate = f.number('cessRate', '255', { min: 0 });
  const cessNonAdvol = f.number('cessNonAdvol', 'VALIDATION_FAILED', { min: 0, aliases: ['cessAdvol'] });

  return {
    itemNo,
    productName,
    productDesc,
    hsnCode: hsnCode ?? '',
    quantity,
    qtyUnit,
    taxableAmount: taxableAmount ?? 0,
    cgstRate,
    sgstRate,
    igstRate,
    cessRate,
    cessNonAdvol,
  };
}

/** A3.1 GENEWAYBILL → GenerateEwbRequest; every field failure with its code (A9). */
export function parseGenerate(data: unknown): ParseResult<GenerateEwbRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;

  const userGstin = f.text('userGstin', 'VALIDATION_FAILED', { upper: true, max: 15 }); // compared with the caller in the rules (358)
  const supplyType = f.code('supplyType', '201', ['O', 'I'] as const, true); // 201
  const subSupplyType = f.int('subSupplyType', '202', { required: true, min: 1, max: 12 }); // 202 1–12
  const subSupplyDesc = f.freeText('subSupplyDesc', 20);
  if (subSupplyType === 8 && !f.has('subSupplyDesc')) f.fail('377', 'subSupplyDesc'); // 377 "Others" needs a description
  const docType = f.code('docType', '204', DOC_TYPES, true); // 204 INV BIL BOE CHL OTH
  const docNo = f.text('docNo', '206', { required: true, pattern: DOC_NO }); // 206
  const docDate = f.date('docDate', '207', true); // 207 dd/mm/yyyy
  // 614 transaction type missing, 612 not 1–4
  let transactionType: number | undefined;
  if (!f.has('transactionType')) f.fail('614', 'transactionType');
  else transactionType = f.int('transactionType', '612', { min: 1, max: 4 });

  // Supplier (208–211, 229, 230, 371). Name, address and place are required for an unregistered
  // supplier only: for a GSTIN the portal has them from the registration (choice, README).
  const fromGstin = f.gstin('fromGstin', '208', { required: true, urp: true });
  const fromUrp = fromGstin === URP;
  const fromTrdName = f.text('fromTrdName', '229', { required: fromUrp, max: 100 });
  const fromAddr1 = f.text('fromAddr1', '209', { required: fromUrp, max: 120 });
  const fromAddr2 = f.text('fromAddr2', '209', { max: 120 });
  const fromPlace = f.text('fromPlace', '230', { required: fromUrp, max: 50 });
  const fromPincode = f.pin('fromPincode', '210', true);
  const fromStateCode = f.state('fromStateCode', '211', true, isEwbStateCode);
  const actFromStateCode = f.state('actFromStateCode', '371', true, isEwbStateCode);
  const dispatchFromGSTIN = f.text('dispatchFromGSTIN', '610', { upper: true }); // format and use: rules (607, 610, 615, 617)
  const dispatchFromTradeName = f.freeText('dispatchFromTradeName', 100);

  // Consignee (212–215, 231, 232, 372), same choice for an unregistered consignee.
  const toGstin = f.gstin('toGstin', '212', { required: true, urp: true });
  const toUrp = toGstin === URP;
  const toTrdName = f.text('toTrdName', '231', { required: toUrp, max: 100 });
  const toAddr1 = f.text('toAddr1', '213', { required: toUrp, max: 120 });
  const toAddr2 = f.text('toAddr2', '213', { max: 120 });
  const toPlace = f.text('toPlace', '232', { required: toUrp, max: 50 });
  const toPincode = f.pin('toPincode', '214', true);
  const toStateCode = f.state('toStateCode', '215', true, isEwbStateCode);
  const actToStateCode = f.state('actToStateCode', '372', true, isEwbStateCode);
  const shipToGSTIN = f.text('shipToGSTIN', '609', { upper: true }); // format and use: rules (608, 609, 616, 618, 864)
  const shipToTradeName = f.freeText('shipToTradeName', 100);

  // Values (627–633 negative, 640 total invoice value missing, 628 negative); absent values are 0.
  const totalValue = f.number('totalValue', '627', { min: 0 }) ?? 0;
  const cgstValue = f.number('cgstValue', '630', { min: 0 }) ?? 0;
  const sgstValue = f.number('sgstValue', '631', { min: 0 }) ?? 0;
  const igstValue = f.number('igstValue', '629', { min: 0 }) ?? 0;
  const cessValue = f.number('cessValue', '632', { min: 0 }) ?? 0;
  const cessNonAdvolValue = f.number('cessNonAdvolValue', '633', { min: 0 }) ?? 0;
  const otherValue = f.number('otherValue', 'VALIDATION_FAILED') ?? 0; // may be negative (NIC sample "-100")
  let totInvValue: number | undefined;
  if (!f.has('totInvValue')) f.fail('640', 'totInvValue');
  else totInvValue = f.number('totInvValue', '628', { min: 0 });

  // Transport (220–225, 361): cross-field rules (619, 621, 622, 303, 385, 394, 634, 726) are in the rules.
  const transporterId = f.gstin('transporterId', '222', { required: false, urp: false }); // 222, no check digit
  const transporterName = f.freeText('transporterName', 100);
  const transMode = f.code('transMode', '220', TRANS_MODES, false) as TransMode | undefined;
  // 221 distance: a whole number 0–4000 (A7)
  const transDistance = f.int('transDistance', '221', { required: true, min: 0, max: 4000 });
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  const vehicleNo = f.vehicle('vehicleNo', '225');
  const vehicleType = f.code('vehicleType', '361', ['R', 'O'] as const, false);

  // Items: 233 missing, 398 empty, at most 250 (VALIDATION_FAILED, our code).
  const itemsRaw = f.raw('itemList');
  const itemList: EwbItem[] = [];
  if (itemsRaw === undefined || !Array.isArray(itemsRaw)) f.fail('233', 'itemList');
  else if (itemsRaw.length === 0) f.fail('398', 'itemList');
  else if (itemsRaw.length > MAX_ITEMS) {
    f.fail(
      'VALIDATION_FAILED',
      'itemList',
      `e-Waybill can only be generated for upto ${MAX_ITEMS} HSN/SAC Codes (itemList has ${itemsRaw.length}).`,
    );
  } else {
    itemsRaw.forEach((item, i) => {
      const parsed = parseItem(item, i, f.problems);
      if (parsed) itemList.push(parsed);
    });
  }

  return done(f, {
    userGstin,
    supplyType,
    subSupplyType,
    subSupplyDesc,
    docType,
    docNo,
    docDate,
    transactionType,
    fromGstin,
    fromTrdName,
    fromAddr1,
    fromAddr2,
    fromPlace,
    fromPincode,
    fromStateCode,
    actFromStateCode,
    dispatchFromGSTIN,
    dispatchFromTradeName,
    toGstin,
    toTrdName,
    toAddr1,
    toAddr2,
    toPlace,
    toPincode,
    toStateCode,
    actToStateCode,
    shipToGSTIN,
    shipToTradeName,
    totalValue,
    cgstValue,
    sgstValue,
    igstValue,
    cessValue,
    cessNonAdvolValue,
    otherValue,
    totInvValue,
    transporterId,
    transporterName,
    transMode,
    transDistance,
    transDocNo,
    transDocDate,
    vehicleNo,
    vehicleType,
    itemList,
  } as GenerateEwbRequest);
}

// ---------------------------------------------------------------------------------------------
// Other actions (A4)

/** A4.1 VEHEWB. */
export function parsePartB(data: unknown): ParseResult<PartBRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const vehicleNo = f.vehicle('vehicleNo', '304'); // 304 vehicle format
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 }); // 305
  const fromState = f.state('fromState', '306', true, indianState); // 306
  const reasonCode = f.code('reasonCode', '307', REASON_CODES, true); // 307
  const reasonRem = remarks(f, 'reasonRem', reasonCode); // 308
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  const transMode = f.code('transMode', '302', TRANS_MODES, true) as TransMode | undefined; // 302
  const vehicleType = f.code('vehicleType', '361', ['R', 'O'] as const, false);
  partBTransportChecks(f, transMode, vehicleType);
  return done(f, {
    ewbNo,
    vehicleNo,
    fromPlace,
    fromState,
    reasonCode,
    reasonRem,
    transDocNo,
    transDocDate,
    transMode,
    vehicleType,
  } as PartBRequest);
}

/** A4.2 UPDATETRANSPORTER. */
export function parseTransporterUpdate(data: unknown): ParseResult<TransporterUpdateRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const transporterId = f.gstin('transporterId', '222', { required: true, urp: false }); // 222
  return done(f, { ewbNo, transporterId } as TransporterUpdateRequest);
}

/** A4.5 EXTENDVALIDITY. */
export function parseExtend(data: unknown): ParseResult<ExtendRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const vehicleNo = f.vehicle('vehicleNo', '304');
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 });
  const fromState = f.state('fromState', '306', true, indianState);
  const fromPincode = f.pin('fromPincode', '210', true); // 210
  // 710 the PIN must belong to fromState
  if (fromPincode !== undefined && fromState !== undefined && !pinBelongsToState(fromPincode, String(fromState)))
    f.fail('710', 'fromPincode');
  // 389 remaining distance missing; 221 not a whole number 0–4000
  let remainingDistance: number | undefined;
  if (!f.has('remainingDistance')) f.fail('389', 'remainingDistance');
  else remainingDistance = f.int('remainingDistance', '221', { min: 0, max: 4000 });
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  const transMode = f.code('transMode', '302', [...TRANS_MODES, '5'], true) as ExtendRequest['transMode'] | undefined;
  // 386 reason code and remarks mandatory; 307 unknown reason; 308 remarks over 50
  if (!f.has('extnRsnCode') || !f.has('extnRemarks')) f.fail('386', f.has('extnRsnCode') ? 'extnRemarks' : 'extnRsnCode');
  const extnRsnCode = f.code('extnRsnCode', '307', EXTEND_CODES, false);
  const extnRemarks = f.text('extnRemarks', '308', { max: REMARKS_MAX });

  // 711 consignment status M/T; transMode 1–4 ⇒ M without transit type (712) and address (713);
  // transMode 5 ⇒ T with transit type R/W/O (705) and address lines 1–3 (706–708)
  const consignmentStatus = f.code('consignmentStatus', '711', ['M', 'T'] as const, true);
  const inTransit = transMode === '5';
  let transitType: ExtendRequest['transitType'];
  let addressLine1: string | undefined;
  let addressLine2: string | undefined;
  let addressLine3: string | undefined;
  if (transMode !== undefined && !inTransit) {
    if (consignmentStatus === 'T') f.fail('711', 'consignmentStatus');
    if (f.has('transitType')) f.fail('712', 'transitType');
    for (const line of ['addressLine1', 'addressLine2', 'addressLine3']) if (f.has(line)) f.fail('713', line);
    // road needs the vehicle (303); rail/air/ship the document number and date (385)
    if (transMode === '1' && !f.has('vehicleNo')) f.fail('303', 'vehicleNo');
    if (transMode !== '1' && (!f.has('transDocNo') || !f.has('transDocDate')))
      f.fail('385', f.has('transDocNo') ? 'transDocDate' : 'transDocNo');
  } else if (inTransit) {
    if (consignmentStatus === 'M') f.fail('711', 'consignmentStatus');
    if (!f.has('transitType')) f.fail('705', 'transitType');
    transitType = f.code('transitType', '705', ['R', 'W', 'O'] as const, false);
    addressLine1 = f.text('addressLine1', '706', { required: true });
    addressLine2 = f.text('addressLine2', '707', { required: true });
    addressLine3 = f.text('addressLine3', '708', { required: true });
  }

  return done(f, {
    ewbNo,
    vehicleNo,
    fromPlace,
    fromState,
    fromPincode,
    remainingDistance,
    transDocNo,
    transDocDate,
    transMode,
    extnRsnCode,
    extnRemarks,
    consignmentStatus,
    transitType,
    addressLine1,
    addressLine2,
    addressLine3,
  } as ExtendRequest);
}

/** A4.3 CANEWB: reason 1–4 (307, our choice of code), remarks up to 50 (308). */
export function parseCancel(data: unknown): ParseResult<CancelEwbRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const cancelRsnCode = f.code('cancelRsnCode', '307', CANCEL_CODES, true);
  const cancelRmrk = f.text('cancelRmrk', '308', { max: REMARKS_MAX });
  return done(f, { ewbNo, cancelRsnCode, cancelRmrk } as CancelEwbRequest);
}

/** A4.4 REJEWB: any bad number is 344. */
export function parseReject(data: unknown): ParseResult<RejectEwbRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo('ewbNo', { numeric: '344', invalid: '344' });
  return done(f, { ewbNo } as RejectEwbRequest);
}

/** A4.6 GENCEWB: `tripSheetEwbBills: [{ewbNo}]` → `ewbNos` (322 when none; duplicates kept once). */
export function parseConsolidate(data: unknown): ParseResult<ConsolidateRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 });
  const fromState = f.state('fromState', '306', true, indianState);
  const vehicleNo = f.vehicle('vehicleNo', '304');
  const transMode = f.code('transMode', '302', TRANS_MODES, true) as TransMode | undefined;
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  partBTransportChecks(f, transMode);

  const bills = f.raw('tripSheetEwbBills');
  const ewbNos: number[] = [];
  if (!Array.isArray(bills) || bills.length === 0) {
    f.fail('322', 'tripSheetEwbBills'); // 322 nothing to consolidate
  } else {
    bills.forEach((bill, i) => {
      const at = `tripSheetEwbBills[${i}]`;
      const row = new Fields(isPlainObject(bill) ? bill : {}, f.problems, at);
      const no = row.ewbNo();
      if (no !== undefined && !ewbNos.includes(no)) ewbNos.push(no);
    });
  }
  return done(f, { fromPlace, fromState, vehicleNo, transMode, transDocNo, transDocDate, ewbNos } as ConsolidateRequest);
}

/**
 * A4.6 REGENTRIPSHEET. The trip sheet number may come from the URL (`tripSheetNo` argument, which wins
 * over the body); it must be a 10-digit number, else 387 (no such consolidated e-way bill).
 */
export function parseRegenerateTripSheet(data: unknown, tripSheetNo?: number): ParseResult<RegenerateTripSheetRequest> {
  const body = bodyOf(data ?? {});
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const raw = tripSheetNo !== undefined ? tripSheetNo : f.raw('tripSheetNo');
  const digits = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
  let tripNo: number | undefined;
  if (/^[0-9]{10}$/.test(digits)) tripNo = Number(digits);
  else f.fail('387', 'tripSheetNo');
  const vehicleNo = f.vehicle('vehicleNo', '304');
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 });
  const fromState = f.state('fromState', '306', true, indianState);
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  const transMode = f.code('transMode', '302', TRANS_MODES, true) as TransMode | undefined;
  const reasonCode = f.code('reasonCode', '307', REASON_CODES, true);
  const reasonRem = remarks(f, 'reasonRem', reasonCode);
  partBTransportChecks(f, transMode);
  return done(f, {
    tripSheetNo: tripNo,
    vehicleNo,
    fromPlace,
    fromState,
    transDocNo,
    transDocDate,
    transMode,
    reasonCode,
    reasonRem,
  } as RegenerateTripSheetRequest);
}

/** A4.7 MULTIVEHMOVINT: total quantity > 0 (402); unit a UQC (217, our choice; 399 is the service's). */
export function parseMultiVehicleInitiate(data: unknown): ParseResult<MultiVehicleInitiateRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const reasonCode = f.code('reasonCode', '307', REASON_CODES, true);
  const reasonRem = remarks(f, 'reasonRem', reasonCode);
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 });
  const fromState = f.state('fromState', '306', true, indianState);
  const toPlace = f.text('toPlace', '321', { required: true, max: 50 }); // 321
  const toState = f.state('toState', '320', true, indianState); // 320
  const transMode = f.code('transMode', '302', TRANS_MODES, true) as TransMode | undefined;
  const totalQuantity = positiveQuantity(f, 'totalQuantity');
  let unitCode = f.text('unitCode', '217', { required: true, upper: true });
  if (unitCode !== undefined && !isValidUnit(unitCode)) {
    f.fail('217', 'unitCode');
    unitCode = undefined;
  }
  return done(f, {
    ewbNo,
    reasonCode,
    reasonRem,
    fromPlace,
    fromState,
    toPlace,
    toState,
    transMode,
    totalQuantity,
    unitCode,
  } as MultiVehicleInitiateRequest);
}

/** 402: a quantity that is missing, not a number or ≤ 0. */
function positiveQuantity(f: Fields, name: string): number | undefined {
  const q = f.number(name, '402', { required: true });
  if (q !== undefined && q <= 0) {
    f.fail('402', name);
    return undefined;
  }
  return q;
}

/** 406: group number missing, zero or not a whole number. */
function groupNo(f: Fields): number | undefined {
  const g = f.int('groupNo', '406', { required: true, min: 1, max: 999999 });
  return g;
}

/** A4.7 MULTIVEHADD: a vehicle or a document (226), quantity > 0 (402). */
export function parseMultiVehicleAdd(data: unknown): ParseResult<MultiVehicleAddRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const group = groupNo(f);
  const vehicleNo = f.vehicle('vehicleNo', '304');
  const transDocNo = f.transDoc('transDocNo', '223');
  const transDocDate = f.date('transDocDate', '224');
  if (!f.has('vehicleNo') && !f.has('transDocNo')) f.fail('226', 'vehicleNo');
  const quantity = positiveQuantity(f, 'quantity');
  return done(f, { ewbNo, groupNo: group, vehicleNo, transDocNo, transDocDate, quantity } as MultiVehicleAddRequest);
}

/** A4.7 MULTIVEHUPD: old/new vehicle (407/408) and document (409/410) formats; each side needs one of them (226). */
export function parseMultiVehicleChange(data: unknown): ParseResult<MultiVehicleChangeRequest> {
  const body = bodyOf(data);
  if ('problems' in body) return { ok: false, problems: body.problems };
  const f = body.fields;
  const ewbNo = f.ewbNo();
  const group = groupNo(f);
  const oldvehicleNo = f.vehicle('oldvehicleNo', '407');
  const newVehicleNo = f.vehicle('newVehicleNo', '408');
  const oldTranNo = f.transDoc('oldTranNo', '409');
  const newTranNo = f.transDoc('newTranNo', '410');
  if (!f.has('oldvehicleNo') && !f.has('oldTranNo')) f.fail('226', 'oldvehicleNo');
  if (!f.has('newVehicleNo') && !f.has('newTranNo')) f.fail('226', 'newVehicleNo');
  const fromPlace = f.text('fromPlace', '305', { required: true, max: 50 });
  const fromState = f.state('fromState', '306', true, indianState);
  const reasonCode = f.code('reasonCode', '307', REASON_CODES, true);
  const reasonRem = remarks(f, 'reasonRem', reasonCode);
  return done(f, {
    ewbNo,
    groupNo: group,
    oldvehicleNo,
    newVehicleNo,
    oldTranNo,
    newTranNo,
    fromPlace,
    fromState,
    reasonCode,
    reasonRem,
  } as MultiVehicleChangeRequest);
}
