/**
 * Wire helpers shared by the /nic surfaces: NIC's headers (case-insensitive, `client_id` or
 * `client-id`), the `Data`/`data` field in any letter case, bodies in whatever content type NIC
 * clients send, and the e-invoice envelope `{Status, Data, ErrorDetails, InfoDtls}` (reference
 * nic-einvoice.md §2.3, §8). Failures never use our problem+json: NIC clients parse this envelope.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NicCryptoError } from '../core/crypto/nic-crypto.ts';
import { catalogue, formatMessage, GstError } from '../core/errors.ts';
import { EINVOICE_WIRE_MESSAGES } from '../core/nic-wire-codes.ts';

export interface NicErrorDetail {
  ErrorCode: string;
  ErrorMessage: string;
}

/**
 * Wire-level failure with NIC's code and text. Codes outside our catalogue (reported by the
 * reference only as wire behaviour, e.g. 5003, 1020) carry their message here.
 */
export class NicWireError extends Error {
  readonly details: NicErrorDetail[];
  readonly info?: unknown[];
  constructor(details: NicErrorDetail[], info?: unknown[]) {
    super(details.map((d) => `${d.ErrorCode}: ${d.ErrorMessage}`).join('; '));
    this.name = 'NicWireError';
    this.details = details;
    this.info = info;
  }
}

/** Throws one NIC error: catalogue text (with params) or the wire text above. */
export function nicFail(code: string, params: readonly (string | number)[] = []): never {
  const template = catalogue[code]?.message ?? EINVOICE_WIRE_MESSAGES[code];
  if (template === undefined) throw new Error(`NIC wire code ${code} has no message`);
  throw new NicWireError([{ ErrorCode: code, ErrorMessage: formatMessage(template, params) }]);
}

/** A request header by any of its names, trimmed; '' when absent. HTTP header names are case-insensitive. */
export function headerOf(request: FastifyRequest, ...names: string[]): string {
  for (const name of names) {
    const v = request.headers[name.toLowerCase()];
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string' && s.trim() !== '') return s.trim();
  }
  return '';
}

/** The `Data` member of a body in any letter case (`Data`, `data`, `DATA`), or undefined. */
export function dataOf(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === 'data') return v;
  return undefined;
}

/** A member of an object by a case-insensitive key (NIC binds JSON names case-insensitively, reference §5.15). */
export function memberOf(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const rec = obj as Record<string, unknown>;
  if (key in rec) return rec[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(rec)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/**
 * Bodies of any content type are read as JSON text (NIC clients send application/json, with or
 * without charset, and some text/plain); an empty body is `undefined`, bad JSON a 400 parse error.
 */
export function acceptAnyJson(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body).trim();
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      const err = new SyntaxError('invalid JSON') as SyntaxError & { statusCode: number };
      err.statusCode = 400;
      done(err, undefined);
    }
  });
}

export interface EinvoiceEnvelope {
  Status: 0 | 1;
  Data: unknown;
  ErrorDetails: NicErrorDetail[] | null;
  InfoDtls: unknown[] | null;
}

export function einvoiceSuccess(data: unknown, info?: unknown[]): EinvoiceEnvelope {
  return { Status: 1, Data: data, ErrorDetails: null, InfoDtls: info && info.length > 0 ? info : null };
}

/**
 * The HTTP status of a failure of the government system behind the surface (sandbox faults, issue 6):
 * 503 when it is down, 504 when it did not answer in time, as the gateway in front of a real NIC
 * system answers (the nic provider maps them back to UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT).
 */
export function upstreamStatusOf(err: unknown): number | undefined {
  if (err instanceof GstError && (err.code === 'UPSTREAM_UNAVAILABLE' || err.code === 'UPSTREAM_TIMEOUT')) return err.status;
  return undefined;
}

/** Anything thrown → NIC's failure envelope with every error (reference §8) and the InfoDtls (DUPIRN). */
export function einvoiceFailure(err: unknown): { envelope: EinvoiceEnvelope; httpStatus: number } {
  const wire = toWireError(err);
  const failure = (details: NicErrorDetail[], info?: unknown[]) => ({
    Status: 0 as const,
    Data: null,
    ErrorDetails: details,
    InfoDtls: info && info.length > 0 ? info : null,
  });
  if (wire) return { envelope: failure(wire.details, wire.info), httpStatus: upstreamStatusOf(err) ?? 200 };
  return { envelope: failure([{ ErrorCode: '5001', ErrorMessage: catalogue['5001'].message }]), httpStatus: 500 };
}

/**
 * GstError (provider rules), crypto failures (1020), body errors (5002 too large, 1007-style bad
 * JSON → 5003/…) as a NicWireError; undefined for an internal failure (→ 5001, logged).
 */
export function toWireError(err: unknown): NicWireError | undefined {
  if (err instanceof NicWireError) return err;
  if (err instanceof GstError) {
    return new NicWireError(
      err.errors.map((e) => ({ ErrorCode: e.code, ErrorMessage: e.message })),
      err.info,
    );
  }
  if (err instanceof NicCryptoError) return new NicWireError([{ ErrorCode: '1020', ErrorMessage: EINVOICE_WIRE_MESSAGES['1020'] }]);
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new NicWireError([{ ErrorCode: '5002', ErrorMessage: 'Request body too large' }]);
  if (err instanceof SyntaxError || e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new NicWireError([{ ErrorCode: '5003', ErrorMessage: EINVOICE_WIRE_MESSAGES['5003'] }]);
  }
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new NicWireError([{ ErrorCode: '5002', ErrorMessage: e.message ?? 'Invalid request' }]);
  }
  return undefined;
}

/** Error and not-found handlers answering the e-invoice envelope (the /nic default; sub-surfaces set their own). */
export function useEinvoiceEnvelope(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { envelope, httpStatus } = einvoiceFailure(err);
    if (httpStatus >= 500) request.log.error({ err }, 'NIC request failed');
    else request.log.info({ codes: envelope.ErrorDetails?.map((d) => d.ErrorCode) }, 'NIC request rejected');
    return reply.status(httpStatus).type('application/json; charset=utf-8').send(envelope);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/json; charset=utf-8')
      .send({
        Status: 0,
        Data: null,
        ErrorDetails: [{ ErrorCode: '404', ErrorMessage: `Route ${request.method} ${request.url.split('?')[0]} not found` }],
        InfoDtls: null,
      }),
  );
}
