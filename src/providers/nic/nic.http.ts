/**
 * HTTP towards NIC (issue 5): node fetch with AbortSignal.timeout, and transport failures as the
 * platform's upstream codes (api.md §2): no answer → UPSTREAM_UNAVAILABLE 503, too slow →
 * UPSTREAM_TIMEOUT 504, HTTP 503 / 504 (a gateway in front of NIC: down, or its own upstream timed
 * out — the request may have been carried out, issue 6's duplicate-IRN recovery then looks) → the same
 * two codes, any other HTTP 5xx or a body that is not JSON → UPSTREAM_ERROR 502. Business failures
 * come back inside NIC's JSON envelopes (reference nic-einvoice.md §2.1) and are the callers' to map.
 */
import { GstError, problem } from '../../core/errors.ts';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export interface NicHttpOptions {
  timeoutMs: number;
  /** Injected in tests; global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Where a request went, for messages: the path only (queries may carry GSTINs; never headers). */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

export function upstreamError(detail: string): GstError {
  return new GstError([problem('UPSTREAM_ERROR', [detail])]);
}

function isTimeout(err: unknown): boolean {
  const e = err as { name?: string; cause?: { name?: string } };
  return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}

/** Network-level cause (ECONNREFUSED, ENOTFOUND …) without anything secret. */
function causeOf(err: unknown): string {
  const e = err as { cause?: { code?: string; message?: string }; message?: string };
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? 'network error';
}

export async function requestJson(
  opts: NicHttpOptions,
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: unknown },
): Promise<HttpAnswer> {
  const doFetch = opts.fetch ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let text: string;
  let status: number;
  try {
    const res = await doFetch(url, {
      method: init.method,
      headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal,
      redirect: 'error',
    });
    status = res.status;
    text = await res.text(); // the same signal bounds the body
  } catch (err) {
    if (isTimeout(err) || signal.aborted) throw GstError.of('UPSTREAM_TIMEOUT');
    throw GstError.of('UPSTREAM_UNAVAILABLE', [`${where(url)}: ${causeOf(err)}`]);
  }
  if (status === 503) throw GstError.of('UPSTREAM_UNAVAILABLE', [`HTTP 503 from ${where(url)}`]);
  if (status === 504) throw GstError.of('UPSTREAM_TIMEOUT');
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw upstreamError(`HTTP ${status} with a body that is not JSON from ${where(url)}`);
  }
  if (status >= 500) throw upstreamError(`HTTP ${status} from ${where(url)}${describeCodes(body)}`);
  if (body === undefined) throw upstreamError(`HTTP ${status} with an empty body from ${where(url)}`);
  return { status, body };
}

/** " (5001: Application Error …)" when a 5xx answer still carries an e-invoice envelope. */
function describeCodes(body: unknown): string {
  const details = (body as { ErrorDetails?: unknown } | undefined)?.ErrorDetails;
  if (!Array.isArray(details) || details.length === 0) return '';
  const parts = details.map((d) => {
    const x = d as { ErrorCode?: unknown; ErrorMessage?: unknown };
    return `${String(x.ErrorCode ?? '')}: ${String(x.ErrorMessage ?? '')}`;
  });
  return ` (${parts.join('; ')})`;
}
