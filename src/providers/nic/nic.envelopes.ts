/**
 * NIC's answers, read tolerantly (issue 5: "be tolerant on input"), and their failures as GstError
 * with the official codes:
 * - e-Invoice (reference nic-einvoice.md §2.3, §8): `{Status: 1|"1", Data, ErrorDetails, InfoDtls}`;
 *   every ErrorDetails entry becomes a problem with NIC's own text (placeholders already filled);
 *   ErrorDetails may also come as a JSON or base64-JSON string (NIC's pages say "Base 64 encoded");
 *   InfoDtls (DUPIRN, EWBERR …) becomes the problem's `info`.
 * - e-Way bill (reference A1.2, A1.4): `{status: "1"|1, data}` or `{status: "0", error, info}` where
 *   `error` is base64 of `{"errorCodes":"604,"}` (a comma list with a trailing comma, or a number, or
 *   the decoded object); one problem per code, with the catalogue's text when we know the code.
 *   `info` (base64 JSON, an object or an array; e.g. the 702 PIN-to-PIN distance) becomes `info`.
 * - Common portal (reference B0): `{status_cd: "1", data}` or `{status_cd: "0", error: {error_cd |
 *   error_code, message}}`; `data` an object, a JSON string or base64 of one.
 * Codes we do not catalogue keep NIC's code and message (HTTP 400, as for any NIC business failure).
 */
import { catalogue, formatMessage, GstError, type Problem, statusOf } from '../../core/errors.ts';
import { EINVOICE_WIRE_MESSAGES, EWB_WIRE_MESSAGES } from '../../core/nic-wire-codes.ts';
import type { InfoDtl } from '../types.ts';
import { upstreamError } from './nic.http.ts';

/** e-Invoice: the token is not (or no longer) valid → authenticate again once (reference §3.1, §9.1). */
export const EINVOICE_INVALID_TOKEN = new Set(['1005']);
/** e-Way bill: invalid / expired token (A1.2 "retries once on 238"; A9 105, 106). */
export const EWB_INVALID_TOKEN = new Set(['238', '105', '106']);

export type Envelope<T> = { ok: true; data: T; info?: InfoDtl[] } | { ok: false; error: GstError; codes: string[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A member by a case-insensitive key (`Data`/`data`, `Status`/`status`). */
export function memberOf(obj: unknown, key: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (key in obj) return obj[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** JSON text, or base64 of JSON text; undefined when neither. */
export function parseJsonish(s: string): unknown {
  const t = s.trim();
  if (t === '') return undefined;
  try {
    return JSON.parse(t);
  } catch {
    // not JSON: maybe base64 of it
  }
  if (!/^[A-Za-z0-9+/\s]+={0,2}$/.test(t)) return undefined;
  try {
    return JSON.parse(Buffer.from(t, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A problem for a NIC code: NIC's message when it sent one, else the catalogue's (placeholders blank), else the wire table. */
export function nicProblem(code: string, nicMessage?: unknown): Problem {
  const given = typeof nicMessage === 'string' ? nicMessage.trim() : '';
  if (given) return { code, message: given };
  const template = catalogue[code]?.message ?? EINVOICE_WIRE_MESSAGES[code] ?? EWB_WIRE_MESSAGES[code];
  const message = template !== undefined ? formatMessage(template).replace(/\s+/g, ' ').trim() : `NIC error ${code}`;
  return { code, message: message || `NIC error ${code}` };
}

function isSuccess(status: unknown): boolean {
  return String(status).trim() === '1';
}

function asInfo(v: unknown): unknown[] | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'string') return asInfo(parseJsonish(v));
  if (Array.isArray(v)) return v.length > 0 ? v : undefined;
  if (isRecord(v)) return [v];
  return undefined;
}

/** Status of a GstError of NIC codes: the first code's catalogue status; `authPhase` failures are 502 (see nicFailure). */
function errorOf(problems: Problem[], info: unknown[] | undefined, authPhase: boolean): GstError {
  // A failure of OUR stored credentials at NIC's auth endpoint is not the caller's bearer token being
  // bad (401) nor its input (400): the upstream refused the gateway → 502, with NIC's codes.
  const status = authPhase ? 502 : statusOf(problems[0]!.code);
  return new GstError(problems, { status, info });
}

// ---------------------------------------------------------------------------------------------- e-Invoice

function einvoiceDetails(v: unknown): Array<{ code: string; message?: unknown }> {
  const list = typeof v === 'string' ? parseJsonish(v) : v;
  const arr = Array.isArray(list) ? list : isRecord(list) ? [list] : [];
  return arr
    .map((d) => ({ code: String(memberOf(d, 'ErrorCode') ?? '').trim(), message: memberOf(d, 'ErrorMessage') }))
    .filter((d) => d.code !== '');
}

/** §2.3 envelope. `authPhase`: the answer of /eivital/…/auth. */
export function readEinvoiceEnvelope(body: unknown, opts: { authPhase?: boolean; where: string }): Envelope<unknown> {
  if (!isRecord(body) || memberOf(body, 'Status') === undefined) throw upstreamError(`no e-invoice envelope from ${opts.where}`);
  const info = asInfo(memberOf(body, 'InfoDtls')) as InfoDtl[] | undefined;
  if (isSuccess(memberOf(body, 'Status'))) return { ok: true, data: memberOf(body, 'Data'), info };
  const details = einvoiceDetails(memberOf(body, 'ErrorDetails'));
  if (details.length === 0) throw upstreamError(`a failure without ErrorDetails from ${opts.where}`);
  const problems = details.map((d) => nicProblem(d.code, d.message));
  return { ok: false, error: errorOf(problems, info, opts.authPhase ?? false), codes: details.map((d) => d.code) };
}

// ---------------------------------------------------------------------------------------------- e-Way bill

/** The codes of an EWB `error` member: base64 JSON, a JSON string, or the object; `errorCodes` a list or a number. */
export function ewbErrorCodes(error: unknown): { codes: string[]; message?: string } {
  const obj = typeof error === 'string' ? parseJsonish(error) : error;
  let raw: unknown = obj;
  let message: string | undefined;
  if (isRecord(obj)) {
    raw = memberOf(obj, 'errorCodes') ?? memberOf(obj, 'error_cd') ?? memberOf(obj, 'errorCode');
    const m = memberOf(obj, 'message') ?? memberOf(obj, 'errorMessage') ?? memberOf(obj, 'errorDesc');
    if (typeof m === 'string' && m.trim()) message = m.trim();
  }
  const parts = Array.isArray(raw) ? raw.map(String) : raw === undefined || raw === null ? [] : String(raw).split(',');
  return { codes: parts.map((c) => c.trim()).filter((c) => c !== ''), message };
}

/** A1.2/A1.4 envelope. `authPhase`: the answer of /auth. */
export function readEwbEnvelope(body: unknown, opts: { authPhase?: boolean; where: string }): Envelope<Record<string, unknown>> {
  if (!isRecord(body) || memberOf(body, 'status') === undefined) throw upstreamError(`no e-way bill envelope from ${opts.where}`);
  if (isSuccess(memberOf(body, 'status'))) return { ok: true, data: body };
  const { codes, message } = ewbErrorCodes(memberOf(body, 'error'));
  if (codes.length === 0) throw upstreamError(`a failure without error codes from ${opts.where}`);
  // One problem per code; NIC's text applies only when it names a single code.
  const problems = codes.map((c) => nicProblem(c, codes.length === 1 && !catalogue[c] ? message : undefined));
  return { ok: false, error: errorOf(problems, asInfo(memberOf(body, 'info')), opts.authPhase ?? false), codes };
}

// ---------------------------------------------------------------------------------------------- Common portal

/** B0 envelope; `data` unwrapped from a JSON or base64-JSON string. */
export function readCommonapiEnvelope(body: unknown, where: string): Envelope<unknown> {
  if (!isRecord(body)) throw upstreamError(`no common-portal envelope from ${where}`);
  const statusCd = memberOf(body, 'status_cd') ?? memberOf(body, 'status');
  if (statusCd === undefined) throw upstreamError(`no common-portal envelope from ${where}`);
  if (isSuccess(statusCd)) {
    const data = memberOf(body, 'data');
    return { ok: true, data: typeof data === 'string' ? (parseJsonish(data) ?? data) : data };
  }
  const errRaw = memberOf(body, 'error');
  const err = typeof errRaw === 'string' ? (parseJsonish(errRaw) ?? { message: errRaw }) : errRaw;
  const code = String(memberOf(err, 'error_cd') ?? memberOf(err, 'error_code') ?? memberOf(err, 'code') ?? '').trim();
  const message = memberOf(err, 'message');
  if (!code) throw upstreamError(`a failure without an error code from ${where}`);
  return { ok: false, error: new GstError([nicProblem(code, message)]), codes: [code] };
}
