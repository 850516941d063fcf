/**
 * Rate limits (api.md §1, §2; issue 6): GSTGATE_RATE_LIMIT_PER_MINUTE requests per minute per
 * caller, 429 RATE_LIMITED as problem+json with Retry-After (seconds) and x-ratelimit-* headers.
 *
 * - Who is a caller: the SHA-256 of the bearer token when the request has one, else the client IP
 *   (so POST /v1/authenticate and the X-Admin-Key routes are limited per IP: brute-force protection).
 * - Failed credentials also count per IP: a request with a bearer token answered 401 (the token is
 *   unknown or expired, or the password or X-Admin-Key it came with is wrong) adds one to its IP's
 *   failure count, with the same limit and window. Otherwise each random token would get a fresh
 *   budget (and a database lookup). An IP at the limit gets 429 for every request with a bearer
 *   token, valid ones included, until its window ends: telling a valid token apart costs the
 *   lookup the limit spares, and a sign-in from a limited IP waits likewise (even with the right password).
 * - What is limited: every route under /v1 except /v1/health. The docs, /openapi.json,
 *   /.well-known/* and the sandbox's NIC wire protocol under /nic (the emulated government system,
 *   whose callers are gateways, often many tenants behind one IP) are not.
 * - It runs first, at onRequest before the token is checked, so a flood costs no database work.
 * - Counters live in Redis when REDIS_URL is set (shared by every instance, fixed one-minute window,
 *   keys under GSTGATE_REDIS_PREFIX), else in this process's memory.
 * - Redis unreachable: the limit fails open (requests pass, a warning is logged once per outage);
 *   an unavailable counter store should not take the API down with it.
 */
import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { GstError, problem } from '../errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  redisUrl?: string;
  redisPrefix: string;
}

/** The caller a request counts against: its token (hashed: no secret in a Redis key) or its IP. */
export function rateLimitKey(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (match) return `token:${createHash('sha256').update(match[1]).digest('hex')}`;
  return `ip:${request.ip}`;
}

/** True for the routes the limit does not cover. */
export function isRateLimitExempt(url: string): boolean {
  const path = url.split('?')[0];
  return !path.startsWith('/v1/') || path === '/v1/health';
}

export async function registerRateLimit(app: FastifyInstance, opts: RateLimitOptions): Promise<void> {
  const redis = opts.redisUrl ? await connectRedis(app, opts.redisUrl) : undefined;
  await app.register(rateLimit, {
    // Installed below as one root onRequest hook (before the routes' own token checks).
    global: false,
    max: opts.perMinute,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
    allowList: (request) => isRateLimitExempt(request.url),
    ...(redis ? { redis, nameSpace: `${opts.redisPrefix}ratelimit:` } : {}),
    skipOnError: true,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      // The plugin has already set Retry-After and x-ratelimit-*; sendProblem keeps them.
      return new GstError([problem('RATE_LIMITED', [seconds])], { headers: { 'Retry-After': String(seconds) } });
    },
  });
  app.addHook('onRequest', app.rateLimit());
  registerFailureLimit(
    app,
    opts.perMinute,
    redis ? redisFailureCounter(redis, `${opts.redisPrefix}ratelimit-failed:`) : memoryFailureCounter(app),
  );
  if (redis) {
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
  }
}

/** Failed credentials per IP in a fixed one-minute window (shared through Redis when it is set). */
interface FailureCounter {
  /** The failures of the window and the milliseconds left in it; undefined when none. */
  peek(ip: string): Promise<{ count: number; ttlMs: number } | undefined>;
  add(ip: string): Promise<void>;
}

const WINDOW_MS = 60_000;

function hasBearer(request: FastifyRequest): boolean {
  const header = request.headers.authorization;
  return header !== undefined && /^Bearer\s+\S+$/i.test(header);
}

/**
 * The per-IP limit on failed credentials (see the module comment): checked at onRequest before
 * the token is (so a limited IP costs no database work), counted at onSend of a 401.
 */
function registerFailureLimit(app: FastifyInstance, max: number, counter: FailureCounter): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!hasBearer(request) || isRateLimitExempt(request.url)) return;
    // Counter store down: fail open like the main limit.
    const failures = await counter.peek(request.ip).catch(() => undefined);
    if (!failures || failures.count < max) return;
    const seconds = Math.max(1, Math.ceil(failures.ttlMs / 1000));
    reply.headers({ 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(seconds) });
    throw new GstError([problem('RATE_LIMITED', [seconds])], { headers: { 'Retry-After': String(seconds) } });
  });
  app.addHook('onSend', async (request, reply) => {
    if (reply.statusCode !== 401 || !hasBearer(request) || isRateLimitExempt(request.url)) return;
    await counter.add(request.ip).catch(() => undefined);
  });
}

function memoryFailureCounter(app: FastifyInstance): FailureCounter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  // Ended windows are dropped once a minute, so a spray of addresses does not grow the map for ever.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [ip, w] of windows) if (w.resetAt <= now) windows.delete(ip);
  }, WINDOW_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
  const current = (ip: string) => {
    const w = windows.get(ip);
    return w && w.resetAt > Date.now() ? w : undefined;
  };
  return {
    async peek(ip) {
      const w = current(ip);
      return w ? { count: w.count, ttlMs: w.resetAt - Date.now() } : undefined;
    },
    async add(ip) {
      const w = current(ip);
      if (w) w.count += 1;
      else windows.set(ip, { count: 1, resetAt: Date.now() + WINDOW_MS });
    },
  };
}

/** INCR, and the window's expiry on its first failure (or if a key somehow has none), atomically. */
const ADD_FAILURE = `local c = redis.call('INCR', KEYS[1])
if c == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return c`;

function redisFailureCounter(redis: Redis, prefix: string): FailureCounter {
  return {
    async peek(ip) {
      const results = await redis.pipeline().get(`${prefix}ip:${ip}`).pttl(`${prefix}ip:${ip}`).exec();
      const [[countErr, count], [ttlErr, ttl]] = results as [Error | null, unknown][];
      if (countErr || ttlErr) throw countErr ?? ttlErr;
      return count === null ? undefined : { count: Number(count), ttlMs: Math.max(0, Number(ttl)) };
    },
    async add(ip) {
      await redis.eval(ADD_FAILURE, 1, `${prefix}ip:${ip}`, String(WINDOW_MS));
    },
  };
}

/**
 * A Redis client that never queues: while Redis is down a command fails at once (and the limit
 * fails open) instead of holding the request until a reconnect. Start waits for the first connection
 * (at most 2 s) so an instance is limited from its first request when Redis is there.
 */
async function connectRedis(app: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    app.log.warn({ err: err.message }, 'Redis unreachable: rate limits fail open until it is back');
  });
  redis.on('ready', () => {
    if (down) app.log.info('Redis reachable again: rate limits shared');
    down = false;
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, 2000);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    }
    redis.once('ready', done);
    redis.once('error', done);
  });
  return redis;
}
