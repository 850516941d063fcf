/**
 * Rate limits (api.md §1, §2; issue 6) on the real app: GSTGATE_RATE_LIMIT_PER_MINUTE per token
 * (each token its own budget), per client IP without one (POST /v1/authenticate), per client IP for
 * requests whose bearer token (or the credentials sent with it) failed, 429 RATE_LIMITED
 * as problem+json with Retry-After and x-ratelimit-* headers, exempt routes; counters in memory, or
 * in Redis shared by two apps (two instances) on one database, failing open when Redis is down.
 * Redis: REDIS_URL from the environment or redis://127.0.0.1:6379, keys under a prefix of this run.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { ADMIN_KEY, bearer, call, expectProblem, type OwnApp } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka, regular
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 5;

/** A cheap authenticated read. */
const lookup = (app: FastifyInstance, token: string) =>
  call(app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(token) });

function expectLimited(res: LightMyRequestResponse, limit: number): void {
  const p = expectProblem(res, 429, 'RATE_LIMITED');
  const retryAfter = Number(res.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${res.headers['retry-after']}`);
  assert.match(p.errors[0].message, new RegExp(`retry in ${retryAfter} seconds`));
  assert.equal(res.headers['x-ratelimit-limit'], String(limit));
  assert.equal(res.headers['x-ratelimit-remaining'], '0');
  assert.equal(res.headers['x-ratelimit-reset'], String(retryAfter));
}

describe('rate limit, counters in memory', () => {
  let t: TestApp;
  let otherToken: string;
  before(async () => {
    t = await buildTestApp({ GSTGATE_RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    otherToken = await t.tenant(OTHER_GSTIN);
  });
  after(() => t?.close());

  it(`a token gets ${LIMIT} requests a minute, then 429 RATE_LIMITED with Retry-After; another token has its own budget`, async () => {
    for (let i = 1; i <= LIMIT; i++) {
      const res = await lookup(t.app, t.demoToken);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-ratelimit-limit'], String(LIMIT));
      assert.equal(res.headers['x-ratelimit-remaining'], String(LIMIT - i));
    }
    expectLimited(await lookup(t.app, t.demoToken), LIMIT);
    // Every route under /v1 counts against the same budget, POSTs included.
    expectLimited(
      await call(t.app, { method: 'POST', url: '/v1/gstin/verify', headers: bearer(t.demoToken), payload: { gstin: OTHER_GSTIN } }),
      LIMIT,
    );

    const theirs = await lookup(t.app, otherToken);
    assert.equal(theirs.statusCode, 200, theirs.body);
    assert.equal(theirs.headers['x-ratelimit-remaining'], String(LIMIT - 1));
  });

  it('health, the docs, the OpenAPI file, the JWKS and the NIC wire protocol are not limited', async () => {
    const exempt = ['/v1/health', '/openapi.json', '/docs/errors', '/.well-known/jwks.json', '/nic/public-key'];
    for (const url of exempt) {
      for (let i = 0; i < LIMIT + 2; i++) {
        const res = await call(t.app, { method: 'GET', url, headers: bearer(t.demoToken) });
        assert.ok(res.statusCode < 400, `${url}: ${res.statusCode}`);
        assert.equal(res.headers['x-ratelimit-limit'], undefined, url);
      }
    }
  });

  it('without a token the client IP is the caller: sign-in attempts are limited per IP', async () => {
    const signIn = (remoteAddress: string, password: string) =>
      call(t.app, { method: 'POST', url: '/v1/authenticate', remoteAddress, payload: { ...DEMO_USER, password } });
    for (let i = 0; i < LIMIT; i++) expectProblem(await signIn('192.0.2.7', 'guess'), 401, 'INVALID_CREDENTIALS');
    // Even the right password waits now: guessing stops at the limit.
    expectLimited(await signIn('192.0.2.7', DEMO_USER.password), LIMIT);
    assert.equal((await signIn('192.0.2.8', DEMO_USER.password)).statusCode, 200);
  });

  it(`${LIMIT} requests from one IP with random bad tokens use up its failure budget: then 429 for any token from that IP`, async () => {
    const from = (remoteAddress: string, token: string) =>
      call(t.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(token), remoteAddress });
    // Each random token would have a fresh budget of its own: the 401s count against the IP.
    for (let i = 0; i < LIMIT; i++) expectProblem(await from('198.51.100.9', randomBytes(16).toString('hex')), 401, 'UNAUTHORIZED');
    expectLimited(await from('198.51.100.9', randomBytes(16).toString('hex')), LIMIT);
    // Decided (rate-limit.ts): a valid token from that IP waits too, as the right password does at
    // sign-in; checking it would cost the lookup the limit is there to spare.
    expectLimited(await from('198.51.100.9', otherToken), LIMIT);
    // A bad token to /v1/authenticate with a wrong password counts the same, and is refused now.
    expectLimited(
      await call(t.app, {
        method: 'POST',
        url: '/v1/authenticate',
        remoteAddress: '198.51.100.9',
        headers: bearer('x'),
        payload: { ...DEMO_USER, password: 'guess' },
      }),
      LIMIT,
    );
    // Another IP has its own failure budget.
    expectProblem(await from('198.51.100.10', randomBytes(16).toString('hex')), 401, 'UNAUTHORIZED');
    assert.equal((await from('198.51.100.10', otherToken)).statusCode, 200);
  });

  it('wrong passwords sent with random bearer tokens count against the IP too (no fresh budget per token)', async () => {
    const signIn = (i: number) =>
      call(t.app, {
        method: 'POST',
        url: '/v1/authenticate',
        remoteAddress: '198.51.100.11',
        headers: bearer(`random-${i}`),
        payload: { ...DEMO_USER, password: 'guess' },
      });
    for (let i = 0; i < LIMIT; i++) expectProblem(await signIn(i), 401, 'INVALID_CREDENTIALS');
    expectLimited(await signIn(LIMIT), LIMIT);
  });

  it('the limit is checked before the token: a flood with a bad token is cut without database work', async () => {
    const bad = bearer('not-a-token');
    for (let i = 0; i < LIMIT; i++) {
      expectProblem(await call(t.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bad }), 401, 'UNAUTHORIZED');
    }
    expectLimited(await call(t.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bad }), LIMIT);
  });
});

describe('rate limit, counters in Redis', () => {
  const prefix = `gstgate-test-${randomBytes(4).toString('hex')}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  let t: TestApp;
  let second: FastifyInstance;

  /** A second gstgate on the same database and Redis: another instance. */
  async function sibling(own: OwnApp, env: Record<string, string>): Promise<FastifyInstance> {
    const config = loadConfig({
      GSTGATE_ADMIN_KEY: ADMIN_KEY,
      ...env,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    });
    return buildApp({
      config,
      database: own.database,
      signer: own.signer,
      govClock: own.clock,
      adminKey: own.adminKey,
      nicKeys: own.nicKeys,
    });
  }

  before(async () => {
    await redis.connect();
    const env = { GSTGATE_RATE_LIMIT_PER_MINUTE: String(LIMIT), REDIS_URL, GSTGATE_REDIS_PREFIX: prefix };
    t = await buildTestApp(env);
    second = await sibling(t, env);
  });
  after(async () => {
    await second?.close();
    await t?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('two instances share one budget per token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const res = await lookup(i % 2 === 0 ? t.app : second, t.demoToken);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expectLimited(res, LIMIT);
    }
    assert.deepEqual(statuses, [...Array(LIMIT).fill(200), 429, 429, 429]);
  });

  it('random bad tokens spread over two instances share one failure budget per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await call(i % 2 === 0 ? t.app : second, {
        method: 'GET',
        url: `/v1/gstin/${OTHER_GSTIN}`,
        headers: bearer(randomBytes(16).toString('hex')),
        remoteAddress: '198.51.100.20',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expectLimited(res, LIMIT);
    }
    assert.deepEqual(statuses, [...Array(LIMIT).fill(401), 429, 429]);
    const ttl = await redis.pttl(`${prefix}ratelimit-failed:ip:198.51.100.20`);
    assert.ok(ttl > 0 && ttl <= 60_000, `the failure count expires with its window (${ttl} ms)`);
  });

  it('counters are Redis keys under GSTGATE_REDIS_PREFIX, named by the SHA-256 of the token, never the token', async () => {
    const keys = await redis.keys(`${prefix}*`);
    assert.ok(keys.length > 0);
    for (const key of keys) {
      assert.match(key, new RegExp(`^${prefix}(ratelimit:(token:[0-9a-f]{64}|ip:.+)|ratelimit-failed:ip:.+)$`));
      assert.ok(!key.includes(t.demoToken));
    }
  });

  it('when Redis is unreachable the limit fails open: requests pass', async () => {
    const down = await sibling(t, { GSTGATE_RATE_LIMIT_PER_MINUTE: '1', REDIS_URL: 'redis://127.0.0.1:1', GSTGATE_REDIS_PREFIX: prefix });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await call(down, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(t.demoToken) });
        assert.equal(res.statusCode, 200, res.body);
      }
    } finally {
      await down.close();
    }
  });
});
