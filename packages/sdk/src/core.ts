/**
 * The transport under every SDK method: an openapi-fetch client over the generated `paths`, with one
 * middleware that
 * - adds the bearer token, logging in lazily with the credentials and again `refreshMarginSeconds`
 *   before the token runs out (X-Admin-Key instead on /v1/sandbox/*);
 * - on a 401 UNAUTHORIZED (token expired or revoked) logs in again once and resends the request;
 * - resends on 429 and 503 (the server did not process the request, so POSTs are safe too), and
 *   for GET also on 502, 504 and network failures; a POST answered 409 IDEMPOTENCY_IN_PROGRESS (its
 *   Idempotency-Key is still being served) is resent too. The wait is Retry-After (seconds or an
 *   HTTP-date) when the answer has one, else exponential backoff with jitter, always capped by
 *   maxRetryDelayMs; at most `retries` resends.
 * Each request is cloned before it is sent, so a resend carries the same body.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { errorFromResponse, GstgateError, networkError, parseRetryAfter } from './errors.ts';
import type { paths } from './schema.d.ts';
import type { IssuedToken } from './types.ts';

export const SDK_VERSION = '0.1.0';

export interface Credentials {
  gstin: string;
  username: string;
  password: string;
}

export interface GstgateOptions {
  /** The server, e.g. http://127.0.0.1:8080 (no /v1). */
  baseUrl: string;
  /** API user: the SDK logs in on the first call and again before the token expires. */
  credentials?: Credentials;
  /** A ready bearer token (without credentials it cannot be renewed). */
  token?: string;
  /** X-Admin-Key for gg.sandbox.* (the sandbox control API). */
  adminKey?: string;
  /** Resends after 429/503 (and 502/504/network failures for GET). Default 3. */
  retries?: number;
  /** Upper bound of one wait between attempts, Retry-After included. Default 30 000 ms. */
  maxRetryDelayMs?: number;
  /** Log in again this long before the token's expires_in runs out (at most half its lifetime). Default 60 s. */
  refreshMarginSeconds?: number;
  /** The fetch to use (default globalThis.fetch): to add a proxy agent, logging, or to observe requests. */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** User-Agent (Node only; browsers set their own). Default gstgate-sdk/<version>. */
  userAgent?: string;
  /** Millisecond clock for token expiry (default Date.now), for tests. Retry-After dates use the real clock. */
  now?: () => number;
}

/** Routes that take no bearer token. */
const PUBLIC_PATHS = new Set(['/v1/authenticate', '/v1/health', '/.well-known/jwks.json']);
const isSandboxPath = (schemaPath: string) => schemaPath.startsWith('/v1/sandbox/');
const takesBearer = (schemaPath: string) => !PUBLIC_PATHS.has(schemaPath) && !isSandboxPath(schemaPath);
/** Health answers 503 with its body when degraded: an answer to show, not a failure to retry. */
const NEVER_RETRIED = new Set(['/v1/health']);

/** Outside browsers a User-Agent names the SDK; a browser keeps its own (setting it there would cost a CORS preflight). */
function defaultUserAgent(userAgent: string | undefined): Record<string, string> {
  if (userAgent) return { 'User-Agent': userAgent };
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  return inBrowser ? {} : { 'User-Agent': `gstgate-sdk/${SDK_VERSION}` };
}

/** First wait of the backoff when the answer has no Retry-After; doubles per attempt. */
const BACKOFF_BASE_MS = 500;

interface InFlight {
  /** An unsent copy of the request, cloned again for each resend. */
  template: Request;
  resends: number;
  reauthenticated: boolean;
  /** The outcome was settled in onError (a network failure, then retries): onResponse leaves it. */
  settled: boolean;
}

function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/** The problem code of an error answer, read from a copy (the caller still gets the body). */
async function problemCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/** Lets the connection go back to the pool: an unread body holds it. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

export class Core {
  readonly raw: Client<paths>;
  readonly adminKey?: string;
  private readonly credentials?: Credentials;
  private readonly retries: number;
  private readonly maxRetryDelayMs: number;
  private readonly refreshMarginMs: number;
  readonly now: () => number;
  private currentToken?: string;
  /** When the token stops being valid (ms on `now`); undefined for a token given as is. */
  private expiresAt?: number;
  private lifetimeMs?: number;
  private login?: Promise<IssuedToken>;
  private readonly inFlight = new Map<string, InFlight>();

  constructor(opts: GstgateOptions) {
    if (!opts?.baseUrl) throw new TypeError('Gstgate: baseUrl is required');
    this.credentials = opts.credentials;
    this.currentToken = opts.token;
    this.adminKey = opts.adminKey;
    this.retries = Math.max(0, opts.retries ?? 3);
    this.maxRetryDelayMs = Math.max(0, opts.maxRetryDelayMs ?? 30_000);
    this.refreshMarginMs = Math.max(0, opts.refreshMarginSeconds ?? 60) * 1000;
    this.now = opts.now ?? Date.now;
    const userFetch = opts.fetch;
    this.raw = createClient<paths>({
      baseUrl: opts.baseUrl,
      // Looked up at call time, so a fetch patched after construction is used.
      fetch: userFetch ?? ((request: Request) => globalThis.fetch(request)),
      headers: { ...defaultUserAgent(opts.userAgent), ...opts.headers },
    });
    this.raw.use(this.middleware());
  }

  get token(): string | undefined {
    return this.currentToken;
  }

  /** Logs in now with the credentials (normally implicit) and keeps the token. */
  authenticate(): Promise<IssuedToken> {
    if (!this.credentials) {
      return Promise.reject(
        // Raised here, before any request: 401 like the server's answer to a call without a token.
        new GstgateError({ status: 401, code: 'NO_CREDENTIALS', message: 'Gstgate: authenticate() needs the credentials option' }),
      );
    }
    this.login ??= this.signIn(this.credentials).finally(() => {
      this.login = undefined;
    });
    return this.login;
  }

  private async signIn(credentials: Credentials): Promise<IssuedToken> {
    // The token's lifetime counts from before the request: never later than the server's own count.
    const started = this.now();
    const { data, error, response } = await this.raw.POST('/v1/authenticate', { body: credentials });
    if (!data) throw errorFromResponse(response, error);
    this.currentToken = data.token;
    this.lifetimeMs = data.expires_in * 1000;
    this.expiresAt = started + this.lifetimeMs;
    return data;
  }

  /** The token to send: logs in first when there is none yet or it is about to expire. */
  private async bearer(): Promise<string | undefined> {
    if (this.login) return (await this.login).token;
    if (!this.credentials) return this.currentToken;
    if (this.currentToken && !this.expiresSoon()) return this.currentToken;
    return (await this.authenticate()).token;
  }

  private expiresSoon(): boolean {
    if (this.expiresAt === undefined || this.lifetimeMs === undefined) return false;
    // A margin as long as the lifetime would log in before every request: at most half of it.
    const margin = Math.min(this.refreshMarginMs, this.lifetimeMs / 2);
    return this.now() >= this.expiresAt - margin;
  }

  /** After a 401 for `rejected`: log in again, unless a concurrent request already did. */
  private async renewAfterRejection(rejected: string | undefined): Promise<void> {
    if (this.login) {
      await this.login;
      return;
    }
    if (this.currentToken !== undefined && this.currentToken !== rejected) return;
    await this.authenticate();
  }

  private async authorize(request: Request, schemaPath: string): Promise<void> {
    if (isSandboxPath(schemaPath)) {
      if (this.adminKey) request.headers.set('X-Admin-Key', this.adminKey);
      return;
    }
    if (!takesBearer(schemaPath)) return;
    const token = await this.bearer();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
  }

  /** How long to wait before resending after this answer, or undefined when it is final. */
  private async retryDelay(request: Request, schemaPath: string, outcome: Response | Error, resends: number): Promise<number | undefined> {
    if (resends >= this.retries || NEVER_RETRIED.has(schemaPath) || request.signal?.aborted) return undefined;
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (outcome instanceof Error) return safe ? this.backoff(resends) : undefined;
    const status = outcome.status;
    const retryable =
      status === 429 ||
      status === 503 ||
      (safe && (status === 502 || status === 504)) ||
      (status === 409 && request.method === 'POST' && (await problemCode(outcome)) === 'IDEMPOTENCY_IN_PROGRESS');
    if (!retryable) return undefined;
    const retryAfter = parseRetryAfter(outcome.headers.get('retry-after'), Date.now());
    if (retryAfter !== undefined) return Math.min(retryAfter * 1000, this.maxRetryDelayMs);
    return this.backoff(resends);
  }

  /** 0.5 s, 1 s, 2 s … capped, each drawn from its upper half (jitter spreads clients that failed together). */
  private backoff(resends: number): number {
    const ceiling = Math.min(this.maxRetryDelayMs, BACKOFF_BASE_MS * 2 ** resends);
    return Math.round(ceiling * (0.5 + Math.random() * 0.5));
  }

  /** Resends, re-authorised (the token may have been renewed meanwhile). Network failures come back as the Error. */
  private async resend(state: InFlight, schemaPath: string, fetch: (request: Request) => Promise<Response>): Promise<Response | Error> {
    const request = state.template.clone();
    await this.authorize(request, schemaPath);
    return fetch(request).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
  }

  /** Follows an outcome through re-authentication and retries to the final one. */
  private async settle(
    state: InFlight,
    request: Request,
    schemaPath: string,
    fetch: (request: Request) => Promise<Response>,
    first: Response | Error,
  ): Promise<Response | Error> {
    let outcome = first;
    let sentWith = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '');
    for (;;) {
      if (
        outcome instanceof Response &&
        outcome.status === 401 &&
        this.credentials &&
        !state.reauthenticated &&
        takesBearer(schemaPath) &&
        (await problemCode(outcome)) === 'UNAUTHORIZED'
      ) {
        state.reauthenticated = true;
        await this.renewAfterRejection(sentWith);
        discard(outcome);
        sentWith = this.currentToken;
        outcome = await this.resend(state, schemaPath, fetch);
        continue;
      }
      const delay = await this.retryDelay(request, schemaPath, outcome, state.resends);
      if (delay === undefined) return outcome;
      if (outcome instanceof Response) discard(outcome);
      await sleep(delay, request.signal);
      state.resends += 1;
      sentWith = this.currentToken;
      outcome = await this.resend(state, schemaPath, fetch);
    }
  }

  private middleware(): Middleware {
    return {
      onRequest: async ({ request, schemaPath, id }) => {
        await this.authorize(request, schemaPath);
        this.inFlight.set(id, { template: request.clone(), resends: 0, reauthenticated: false, settled: false });
        return request;
      },
      onResponse: async ({ request, response, schemaPath, id, options }) => {
        const state = this.inFlight.get(id);
        if (!state || state.settled) {
          this.inFlight.delete(id);
          return response;
        }
        try {
          const outcome = await this.settle(state, request, schemaPath, options.fetch, response);
          if (outcome instanceof Error) throw networkError(outcome, request.method, request.url);
          return outcome;
        } finally {
          this.inFlight.delete(id);
        }
      },
      onError: async ({ request, error, schemaPath, id, options }) => {
        const state = this.inFlight.get(id);
        if (error instanceof GstgateError) {
          this.inFlight.delete(id);
          return error;
        }
        const cause = error instanceof Error ? error : new Error(String(error));
        const outcome = state ? await this.settle(state, request, schemaPath, options.fetch, cause) : cause;
        if (outcome instanceof Response && state) {
          // openapi-fetch now runs onResponse with this answer; it is already final.
          state.settled = true;
          return outcome;
        }
        this.inFlight.delete(id);
        return networkError(outcome, request.method, request.url);
      },
    };
  }

  /** The body of a 2xx answer, or a GstgateError. */
  unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
    if (result.response.ok) return result.data as T;
    throw errorFromResponse(result.response, result.error);
  }
}
