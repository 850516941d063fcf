/**
 * GstgateError: every failure the SDK reports. A problem+json answer of the API (api.md §2) keeps its
 * status, codes, fields, `info` and request id; a network failure is code NETWORK_ERROR (status 0);
 * any other non-2xx answer (a proxy's HTML page, say) is HTTP_<status>.
 */

/** One entry of a problem's `errors`: a NIC code where NIC has one, else a platform code. */
export interface ProblemError {
  code: string;
  message: string;
  /** INV-01 / e-way bill path of the offending field, e.g. `ItemList[0].IgstAmt`. */
  field?: string;
}

/** The application/problem+json body of the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  errors: ProblemError[];
  info?: unknown[];
  requestId?: string;
}

export interface GstgateErrorInit {
  status: number;
  code: string;
  message: string;
  errors?: ProblemError[];
  info?: unknown[];
  requestId?: string;
  retryAfterSeconds?: number;
  problem?: unknown;
  cause?: unknown;
}

export class GstgateError extends Error {
  override readonly name = 'GstgateError';
  /** HTTP status; 0 when no answer came (NETWORK_ERROR). */
  readonly status: number;
  /** The first code: '2150', 'UNAUTHORIZED', 'RATE_LIMITED', 'NETWORK_ERROR', 'HTTP_502' … */
  readonly code: string;
  /** Every errors[].code, in order. */
  readonly codes: string[];
  readonly errors: ProblemError[];
  /** NIC's `info` (e.g. DUPIRN with the first IRN of a duplicate, EWBERR), when the answer has one. */
  readonly info?: unknown[];
  /** The X-Request-Id of the answer: quote it when asking the operator. */
  readonly requestId?: string;
  /** From Retry-After, when the answer had one (429, 409 IDEMPOTENCY_IN_PROGRESS, some 503s). */
  readonly retryAfterSeconds?: number;
  /** The whole problem+json body (or the raw text of a non-problem answer). */
  readonly problem: unknown;

  constructor(init: GstgateErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.errors = init.errors ?? [{ code: init.code, message: init.message }];
    this.codes = this.errors.map((e) => e.code);
    this.info = init.info;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.problem = init.problem;
  }

  /** The field of the first error that names one (handy for forms). */
  get field(): string | undefined {
    return this.errors.find((e) => e.field !== undefined)?.field;
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const p = body as Partial<Problem>;
  return typeof p.code === 'string' && Array.isArray(p.errors) && p.errors.length > 0;
}

/**
 * Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3);
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The error for a non-2xx answer whose body openapi-fetch has already read (JSON-parsed when it could). */
export function errorFromResponse(response: Response, body: unknown, nowMs: number = Date.now()): GstgateError {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  if (isProblem(body)) {
    return new GstgateError({
      status: response.status,
      code: body.code,
      message: body.errors.map((e) => `${e.code}: ${e.message}`).join('; '),
      errors: body.errors,
      info: body.info,
      requestId: body.requestId ?? headerRequestId,
      retryAfterSeconds,
      problem: body,
    });
  }
  const code = `HTTP_${response.status}`;
  const text = typeof body === 'string' ? body.slice(0, 200) : '';
  return new GstgateError({
    status: response.status,
    code,
    message: `${response.status} ${response.statusText}${text ? `: ${text}` : ''}`.trim(),
    requestId: headerRequestId,
    retryAfterSeconds,
    problem: body,
  });
}

/** The error for a request that got no answer (refused connection, DNS, reset, abort). */
export function networkError(cause: unknown, method: string, url: string): GstgateError {
  const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  return new GstgateError({ status: 0, code: 'NETWORK_ERROR', message: `${method} ${url}: ${reason}`, cause });
}
