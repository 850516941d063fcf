/**
 * The e-way bill system's own envelope (reference nic-ewaybill-gst.md A1.2, A1.4, A1.5, A9):
 *   success POST  {status:"1", data: AES(SEK, Base64(JSON))}               (the doc's double encoding)
 *   success GET   {status:"1", data: AES(REK, Base64(JSON)), rek: AES(SEK, REK), hmac: HMAC-SHA256(REK, Base64(JSON))}
 *   failure       {status:"0", error: Base64({"errorCodes":"343,702,"}), info: Base64(JSON) | null}
 * Codes are NIC's 3-digit codes, comma-joined with a trailing comma, each once.
 *
 * Our platform codes have no place in NIC's list, so they are mapped (choices, documented):
 *   VALIDATION_FAILED / INVALID_JSON → 100 "Invalid Json" (A9's suggested fallback for schema failures)
 *   NOT_FOUND → 325 "Could not retrieve data";  INVALID_GSTIN_* → 393 "Invalid GSTIN"
 *   anything else, and internal failures → the operation's own "contact helpdesk" code (240 generate,
 *   309 Part-B, 368 transporter, 383 extend, 317 cancel, 322 consolidate, 388 regenerate,
 *   397/401/403 multi-vehicle, 357 GetEwayBill, 325 other reads) or 114 "Technical Error".
 */
import { aesEncrypt, hmacSha256, NicCryptoError, randomAesKey } from '../core/crypto/nic-crypto.ts';
import { catalogue, GstError } from '../core/errors.ts';
import { EWB_WIRE_MESSAGES } from '../core/nic-wire-codes.ts';
import { upstreamStatusOf } from './nic.wire.ts';

/** A failure answered on the wire with NIC codes (auth, session, envelope, read parameters). */
export class EwbWireError extends Error {
  readonly codes: string[];
  readonly info?: unknown[];
  constructor(codes: string[], info?: unknown[]) {
    super(codes.map((c) => `${c}: ${EWB_WIRE_MESSAGES[c] ?? catalogue[c]?.message ?? ''}`).join('; '));
    this.name = 'EwbWireError';
    this.codes = codes;
    this.info = info;
  }
}

/** Throws one wire code. */
export function ewbFail(code: string): never {
  throw new EwbWireError([code]);
}

/** Our code → NIC's 3-digit code (header comment). */
function nicCodeOf(code: string, fallback: string): string {
  if (/^[0-9]{3}$/.test(code)) return code;
  if (code === 'VALIDATION_FAILED' || code === 'INVALID_JSON') return '100';
  if (code === 'NOT_FOUND') return '325';
  if (code.startsWith('INVALID_GSTIN')) return '393';
  return fallback;
}

export interface EwbFailure {
  body: { status: '0'; error: string; info: string | null };
  httpStatus: number;
  codes: string[];
  internal: boolean;
}

const b64json = (v: unknown): string => Buffer.from(JSON.stringify(v), 'utf8').toString('base64');

/** The failure envelope of anything thrown; `fallback` is the operation's helpdesk code. */
export function ewbFailure(err: unknown, fallback = '114'): EwbFailure {
  let codes: string[];
  let info: unknown[] | undefined;
  let internal = false;
  if (err instanceof EwbWireError) {
    codes = err.codes;
    info = err.info;
  } else if (err instanceof GstError) {
    codes = err.errors.map((e) => nicCodeOf(e.code, fallback));
    info = err.info;
  } else if (err instanceof NicCryptoError) {
    codes = ['109'];
  } else {
    const e = err as { code?: string; statusCode?: number };
    // Body parser failures (bad JSON, too large, bad media type) are the caller's: 100 Invalid Json.
    if (err instanceof SyntaxError || (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)) codes = ['100'];
    else {
      codes = [fallback];
      internal = true;
    }
  }
  const unique = [...new Set(codes)];
  // A1.4: `info` is one JSON object (702: {fromPinCode, toPinCode, distance}); several entries stay an array.
  const infoValue = info && info.length > 0 ? (info.length === 1 ? info[0] : info) : undefined;
  return {
    body: {
      status: '0',
      error: b64json({ errorCodes: unique.map((c) => `${c},`).join('') }),
      info: infoValue === undefined ? null : b64json(infoValue),
    },
    httpStatus: internal ? 500 : (upstreamStatusOf(err) ?? 200),
    codes: unique,
    internal,
  };
}

/** A1.4 success: the doc's `Encrypt(Base64(Response JSON), sek)`. */
export function ewbPostSuccess(sek: Buffer, value: unknown): { status: '1'; data: string } {
  return { status: '1', data: aesEncrypt(sek, b64json(value)) };
}

/** A1.5 success: a fresh REK per answer, wrapped with the SEK; HMAC over the Base64 JSON. */
export function ewbGetSuccess(sek: Buffer, value: unknown): { status: '1'; data: string; rek: string; hmac: string } {
  const rek = randomAesKey();
  const text = b64json(value);
  return { status: '1', data: aesEncrypt(rek, text), rek: aesEncrypt(sek, rek), hmac: hmacSha256(rek, text) };
}

/**
 * GetErrorList (A2.2): the e-way bill system's 3-digit codes of our catalogue plus the wire codes
 * above, in code order, as `[{errorCode, errorDesc}]`.
 */
export function ewbErrorList(): Array<{ errorCode: string; errorDesc: string }> {
  const all = new Map<string, string>();
  for (const [code, entry] of Object.entries(catalogue)) if (/^[0-9]{3}$/.test(code)) all.set(code, entry.message);
  for (const [code, text] of Object.entries(EWB_WIRE_MESSAGES)) if (!all.has(code)) all.set(code, text);
  return [...all.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([errorCode, errorDesc]) => ({ errorCode, errorDesc }));
}
