/**
 * The TypeScript SDK (packages/sdk, issue 8) against a LIVE server: the real app listening on a
 * loopback port, and the BUILT package `@gstgate/sdk` (npm test builds it first) over real HTTP.
 * Covers the e-invoice and e-way bill walk-throughs, automatic re-authentication (before expiry and
 * after the server rejects an expired token), typed errors, retries after 429 and 503, network
 * failures and the bulk upload's raw body. Requests are observed by wrapping the real fetch (every
 * answer comes from the server; nothing is faked).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type EwbGenerateRequest, Gstgate, GstgateError, type Inv01, parseRetryAfter, type RequestBody, SDK_VERSION } from '@gstgate/sdk';
import { sampleEwbRequest, sampleExtendRequest, WESTERN_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { ADMIN_KEY, DEMO_GSTIN, docNo, freePort, govDate, invoice, type OwnApp, openApp } from './support.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded buyer, Karnataka
const TRANSPORTER = '29AAECS4417K1Z2'; // seeded Swift Roadways
const credentials = { gstin: DEMO_USER.gstin, username: DEMO_USER.username, password: DEMO_USER.password };

interface Live {
  own: OwnApp;
  baseUrl: string;
}

/** The real app (openApp: migrated, seeded) listening on a free loopback port. */
async function listen(env: Record<string, string> = {}): Promise<Live> {
  const own = await openApp({ env });
  await own.app.listen({ port: 0, host: '127.0.0.1' });
  return { own, baseUrl: `http://127.0.0.1:${(own.app.server.address() as AddressInfo).port}` };
}

interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: { userAgent: string | null; bearer: boolean; adminKey: boolean; idempotencyKey: string | null };
}

/** The real fetch, recording each request and its status: how the tests count logins and attempts. */
function observedFetch(log: Exchange[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const path = new URL(request.url).pathname;
    const headers = {
      userAgent: request.headers.get('user-agent'),
      bearer: /^Bearer \S+$/.test(request.headers.get('authorization') ?? ''),
      adminKey: request.headers.get('x-admin-key') === ADMIN_KEY,
      idempotencyKey: request.headers.get('idempotency-key'),
    };
    try {
      const response = await fetch(request);
      log.push({ method: request.method, path, status: response.status, headers });
      return response;
    } catch (err) {
      log.push({ method: request.method, path, status: 0, headers });
      throw err;
    }
  };
}

const count = (log: Exchange[], method: string, path: string) => log.filter((e) => e.method === method && e.path === path).length;

/** The thrown GstgateError of a call that must fail. */
async function failure(promise: Promise<unknown>): Promise<GstgateError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof GstgateError, `expected a GstgateError, got ${err}`);
    return err;
  }
  assert.fail('expected the call to fail');
}

/** An INV-01 fixture as the SDK's request type (the app's own Inv01 type is a sibling of the OpenAPI one). */
type EwbExtendRequest = RequestBody<'/v1/ewaybill/extend', 'post'>;

const inv01 = (kind: 'b2b-intra' | 'b2b-inter', no: string, date: string) =>
  invoice(kind, { docNo: no, docDate: date }) as unknown as Inv01;

describe('SDK against a live server', () => {
  let live: Live;
  let gg: Gstgate;
  let log: Exchange[];

  before(async () => {
    // Queueing off: a generate that meets the sandbox fault "down" is answered 503 (the retry case), not 202.
    live = await listen({ GSTGATE_QUEUE_WHEN_DOWN: 'false' });
    log = [];
    gg = new Gstgate({ baseUrl: live.baseUrl, credentials, adminKey: ADMIN_KEY, fetch: observedFetch(log) });
  });
  after(async () => {
    await gg?.sandbox.clock.reset().catch(() => undefined);
    await live?.own.close();
  });

  it('e-invoice: generate (idempotent) → get by IRN and by document → e-way bill by IRN → PDF → cancel → CNL', async () => {
    const date = govDate(live.own.clock);
    const no = docNo('SDK');
    const key = randomUUID();
    const doc = await gg.einvoice.generate(inv01('b2b-inter', no, date), { idempotencyKey: key });
    if (!('Irn' in doc)) assert.fail(`expected a registered document, got ${JSON.stringify(doc)}`);
    assert.match(doc.Irn, /^[0-9a-f]{64}$/);
    assert.equal(doc.Status, 'ACT');
    // The first call logged in lazily, once.
    assert.equal(count(log, 'POST', '/v1/authenticate'), 1);
    assert.ok(gg.token);
    // The login carries no token; the generate carries the bearer token and the key; both name the SDK.
    assert.deepEqual(
      log.map((e) => [e.method, e.path, e.headers.bearer, e.headers.idempotencyKey]),
      [
        ['POST', '/v1/authenticate', false, null],
        ['POST', '/v1/einvoice/generate', true, key],
      ],
    );
    assert.ok(log.every((e) => e.headers.userAgent === `gstgate-sdk/${SDK_VERSION}` && !e.headers.adminKey));

    // The same Idempotency-Key replays the first answer instead of 2150.
    const again = await gg.einvoice.generate(inv01('b2b-inter', no, date), { idempotencyKey: key });
    assert.ok('Irn' in again && again.Irn === doc.Irn && again.AckNo === doc.AckNo);

    const byIrn = await gg.einvoice.get(doc.Irn);
    assert.equal(byIrn.AckNo, doc.AckNo);
    const byDoc = await gg.einvoice.getByDocument({ type: 'INV', number: no, date });
    assert.equal(byDoc.Irn, doc.Irn);

    const ewb = await gg.einvoice.generateEwaybill({
      Irn: doc.Irn,
      Distance: 0,
      TransId: TRANSPORTER,
      TransName: 'Swift Roadways',
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    assert.match(String(ewb.EwbNo), /^[0-9]{12}$/);
    const ofIrn = await gg.einvoice.getEwaybill(doc.Irn);
    assert.equal(ofIrn.EwbNo, ewb.EwbNo);

    const pdf = await gg.einvoice.pdf(doc.Irn);
    assert.ok(pdf instanceof Uint8Array && pdf.length > 1000);
    assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');

    // An IRN with a live e-way bill cannot be cancelled (2230): cancel the e-way bill first.
    const blocked = await failure(gg.einvoice.cancel({ Irn: doc.Irn, CnlRsn: '2', CnlRem: 'Data entry mistake' }));
    assert.equal(blocked.code, '2230');
    await gg.ewaybill.cancel({ ewbNo: ewb.EwbNo as number, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' });
    const cancelled = await gg.einvoice.cancel({ Irn: doc.Irn, CnlRsn: '2', CnlRem: 'Data entry mistake' });
    assert.equal(cancelled.Irn, doc.Irn);
    assert.equal((await gg.einvoice.get(doc.Irn)).Status, 'CNL');
  });

  it('e-way bill: generate → get → Part-B → extend inside the window (sandbox clock) → cancel', async () => {
    // 02/06/2025 11:00 PM IST: a short trip is valid until 11:59 PM the next day.
    await gg.sandbox.clock.set({ now: '2025-06-02T17:30:00Z' });
    try {
      const body = sampleEwbRequest('intra', { docNo: docNo('SDKEWB'), docDate: '02/06/2025' }) as unknown as EwbGenerateRequest;
      const created = await gg.ewaybill.generate(body);
      assert.match(String(created.ewayBillNo), /^[1-9][0-9]{11}$/);
      assert.equal(created.validUpto, '03/06/2025 11:59:00 PM');
      const ewbNo = created.ewayBillNo;

      const bill = await gg.ewaybill.get(ewbNo);
      assert.equal(bill.status, 'ACT');
      assert.equal(bill.toGstin, WESTERN_GSTIN);

      await gg.sandbox.clock.set({ advanceSeconds: 1800 });
      const partB = await gg.ewaybill.updatePartB({
        ewbNo,
        vehicleNo: 'KA05MN4321',
        fromPlace: 'Bengaluru',
        fromState: 29,
        reasonCode: '1',
        reasonRem: 'Vehicle broke down',
        transDocNo: '',
        transDocDate: '',
        transMode: '1',
        vehicleType: 'R',
      });
      assert.equal(partB.validUpto, '03/06/2025 11:59:00 PM');

      // 03/06/2025 04:05 PM IST: within 8 hours of the end of validity, and within 24 h of generation.
      await gg.sandbox.clock.set({ now: '2025-06-03T10:35:00Z' });
      const extended = await gg.ewaybill.extend(sampleExtendRequest(ewbNo, 'KA05MN4321') as unknown as EwbExtendRequest);
      assert.equal(extended.validUpto, '04/06/2025 11:59:00 PM');

      const cancelled = await gg.ewaybill.cancel({ ewbNo, cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' });
      assert.equal(String(cancelled.ewayBillNo), String(ewbNo));
      assert.equal((await gg.ewaybill.get(ewbNo)).status, 'CNL');
    } finally {
      await gg.sandbox.clock.reset();
    }
  });

  it('typed errors: a rule failure and a duplicate become GstgateError with status, codes, field and info', async () => {
    const bad = inv01('b2b-intra', docNo('SDKBAD'), govDate(live.own.clock));
    bad.ItemList[0].IgstAmt = 5;
    const before = count(log, 'POST', '/v1/einvoice/generate');
    const rule = await failure(gg.einvoice.generate(bad));
    assert.equal(rule.status, 400);
    assert.equal(rule.code, '2172');
    assert.equal(rule.codes[0], '2172');
    assert.equal(rule.field, 'ItemList[0].IgstAmt');
    assert.equal(rule.errors[0].field, 'ItemList[0].IgstAmt');
    assert.match(rule.requestId ?? '', /.+/);
    assert.equal((rule.problem as { status: number }).status, 400);
    // A 400 is final: sent once.
    assert.equal(count(log, 'POST', '/v1/einvoice/generate'), before + 1);

    const no = docNo('SDKDUP');
    const first = await gg.einvoice.generate(inv01('b2b-intra', no, govDate(live.own.clock)));
    assert.ok('Irn' in first);
    const dup = await failure(gg.einvoice.generate(inv01('b2b-intra', no, govDate(live.own.clock))));
    assert.equal(dup.status, 409);
    assert.equal(dup.code, '2150');
    const info = dup.info as { InfCd: string; Desc: { Irn: string } }[];
    assert.equal(info[0].InfCd, 'DUPIRN');
    assert.equal(info[0].Desc.Irn, first.Irn);

    const notFound = await failure(gg.einvoice.get('0'.repeat(64)));
    assert.equal(notFound.status, 404);
  });

  it('every area answers through its group (taxpayer, distance, jobs, audit, webhooks, sandbox, health, JWKS)', async () => {
    assert.equal((await gg.health()).status, 'ok');
    assert.ok((await gg.jwks()).keys.length > 0);
    assert.equal((await gg.gstin.search(OTHER_GSTIN)).gstin, OTHER_GSTIN);
    const verified = await gg.gstin.verify([OTHER_GSTIN, DEMO_GSTIN]);
    assert.ok('results' in verified && verified.results.length === 2);
    assert.equal((await gg.ewaybill.distance(560001, 600001)).distanceKm, 364);
    assert.ok(Array.isArray((await gg.jobs.list()).jobs));
    assert.ok(Array.isArray((await gg.audit.list({ limit: 5 })).entries));
    assert.ok(Array.isArray((await gg.webhooks.list()).endpoints));
    assert.ok((await gg.sandbox.clock.get()).now);
    // Sandbox calls carry X-Admin-Key and no bearer token.
    const clockCall = log.at(-1);
    assert.deepEqual([clockCall?.path, clockCall?.headers.adminKey, clockCall?.headers.bearer], ['/v1/sandbox/clock', true, false]);
    assert.deepEqual((await gg.sandbox.faults.list()).faults, []);
    // The raw openapi-fetch client carries the same token.
    const { data } = await gg.raw.GET('/v1/gstin/{gstin}/status', { params: { path: { gstin: OTHER_GSTIN } } });
    assert.ok(data);
  });

  it('bulk: the template and an upload of it as raw CSV (idempotent), polled to completion, results as bytes', async () => {
    const template = await gg.bulk.template('csv');
    const csv = new TextDecoder().decode(template);
    assert.match(csv.split('\n')[0], /DocTyp/);
    const key = randomUUID();
    const accepted = await gg.bulk.upload(template, 'invoices.csv', { idempotencyKey: key });
    assert.equal(accepted.rows, 2);
    // The same file with the same key (a resend after a lost answer) is the same batch, not a second one.
    const resent = await gg.bulk.upload(template, 'invoices.csv', { idempotencyKey: key });
    assert.equal(resent.batchId, accepted.batchId);
    assert.equal(log.filter((e) => e.path === '/v1/einvoice/bulk').at(-1)?.headers.idempotencyKey, key);
    let batch = await gg.bulk.get(accepted.batchId);
    for (let i = 0; batch.state !== 'completed' && i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      batch = await gg.bulk.get(accepted.batchId);
    }
    assert.equal(batch.state, 'completed');
    assert.equal(batch.format, 'csv');
    assert.equal(batch.fileName, 'invoices.csv');
    assert.equal(batch.generated + batch.duplicate, 2, JSON.stringify(batch));
    const rows = await gg.bulk.rows(accepted.batchId);
    assert.equal(rows.rows.length, 2);
    const results = new TextDecoder().decode(await gg.bulk.results(accepted.batchId));
    assert.match(results.split('\n')[0], /^RowNo,/);

    // Any other extension goes as application/octet-stream and the server refuses it.
    const refused = await failure(gg.bulk.upload('a,b', 'invoices.txt'));
    assert.equal(refused.status, 415);
    assert.equal(refused.code, 'BULK_UNSUPPORTED_FORMAT');
  });

  it('logs in again refreshMarginSeconds before the token expires (SDK clock moved), and not earlier', async () => {
    const log: Exchange[] = [];
    let now = Date.now();
    const gg = new Gstgate({ baseUrl: live.baseUrl, credentials, fetch: observedFetch(log), now: () => now, refreshMarginSeconds: 60 });
    await gg.gstin.search(OTHER_GSTIN);
    const first = gg.token;
    assert.equal(count(log, 'POST', '/v1/authenticate'), 1);

    // Six hours' token (the default TTL): an hour on, the token is still used.
    now += 3600_000;
    await gg.gstin.search(OTHER_GSTIN);
    assert.equal(count(log, 'POST', '/v1/authenticate'), 1);

    // 30 s before expiry is inside the 60 s margin: the SDK logs in before the request.
    now += (21_600 - 3600 - 30) * 1000;
    const res = await gg.gstin.search(OTHER_GSTIN);
    assert.equal(res.gstin, OTHER_GSTIN);
    assert.equal(count(log, 'POST', '/v1/authenticate'), 2);
    assert.notEqual(gg.token, first);
    // No request was refused on the way.
    assert.ok(
      log.every((e) => e.status === 200),
      JSON.stringify(log),
    );
  });

  it('concurrent first calls share one login', async () => {
    const log: Exchange[] = [];
    const gg = new Gstgate({ baseUrl: live.baseUrl, credentials, fetch: observedFetch(log) });
    await Promise.all([gg.gstin.search(OTHER_GSTIN), gg.gstin.status(OTHER_GSTIN), gg.jobs.list()]);
    assert.equal(count(log, 'POST', '/v1/authenticate'), 1);
  });

  it('wrong credentials are INVALID_CREDENTIALS, not retried', async () => {
    const log: Exchange[] = [];
    const gg = new Gstgate({ baseUrl: live.baseUrl, credentials: { ...credentials, password: 'wrong' }, fetch: observedFetch(log) });
    const err = await failure(gg.gstin.search(OTHER_GSTIN));
    assert.equal(err.status, 401);
    assert.equal(err.code, 'INVALID_CREDENTIALS');
    assert.equal(log.length, 1);

    // authenticate() without credentials fails before any request.
    const tokenOnly = new Gstgate({ baseUrl: live.baseUrl, token: 'x', fetch: observedFetch(log) });
    assert.equal((await failure(tokenOnly.authenticate())).code, 'NO_CREDENTIALS');
    assert.equal(log.length, 1);
  });

  it('503 (sandbox fault "down", queueing off): the generate is resent and succeeds, under one Idempotency-Key', async () => {
    const seen: Exchange[] = [];
    const retrying = new Gstgate({
      baseUrl: live.baseUrl,
      credentials,
      adminKey: ADMIN_KEY,
      fetch: observedFetch(seen),
      maxRetryDelayMs: 100,
    });
    const fault = await retrying.sandbox.faults.add({ gstin: DEMO_GSTIN, kind: 'down', count: 1 });
    assert.equal(fault.remaining, 1);
    const doc = await retrying.einvoice.generate(inv01('b2b-intra', docNo('SDK503'), govDate(live.own.clock)), {
      idempotencyKey: randomUUID(),
    });
    assert.ok('Irn' in doc, JSON.stringify(doc));
    assert.deepEqual(
      seen.filter((e) => e.path === '/v1/einvoice/generate').map((e) => e.status),
      [503, 200],
    );
    assert.deepEqual((await retrying.sandbox.faults.list()).faults, []);

    // With retries: 0 the 503 is the answer: UPSTREAM_UNAVAILABLE.
    await retrying.sandbox.faults.add({ gstin: DEMO_GSTIN, kind: 'down', count: 1 });
    const once = new Gstgate({ baseUrl: live.baseUrl, credentials, retries: 0 });
    const err = await failure(once.einvoice.generate(inv01('b2b-intra', docNo('SDK503'), govDate(live.own.clock))));
    assert.equal(err.status, 503);
    assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
  });
});

/** Tokens of this suite's server live 2 s; each test waits them out (by the real clock the server uses). */
const TTL_SECONDS = 2;
const outliveToken = () => new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 300));

describe('SDK re-authentication after the server rejects an expired token', () => {
  let live: Live;
  before(async () => {
    live = await listen({ GSTGATE_TOKEN_TTL_SECONDS: String(TTL_SECONDS) });
  });
  after(() => live?.own.close());

  it('a 401 UNAUTHORIZED for an expired token → one new login and the request resent', async () => {
    const log: Exchange[] = [];
    // The SDK's clock stands still, so only the server knows the token has expired.
    const frozen = Date.now();
    const gg = new Gstgate({ baseUrl: live.baseUrl, credentials, fetch: observedFetch(log), now: () => frozen });
    await gg.gstin.search(OTHER_GSTIN);
    assert.equal(count(log, 'POST', '/v1/authenticate'), 1);
    const first = gg.token;
    await outliveToken();
    const mark = log.length;
    const res = await gg.gstin.search(OTHER_GSTIN);
    assert.equal(res.gstin, OTHER_GSTIN);
    assert.notEqual(gg.token, first);
    assert.deepEqual(
      log.slice(mark).map((e) => `${e.method} ${e.path} ${e.status}`),
      [`GET /v1/gstin/${OTHER_GSTIN} 401`, 'POST /v1/authenticate 200', `GET /v1/gstin/${OTHER_GSTIN} 200`],
    );
  });

  it('a POST is resent after re-authentication too (its body intact)', async () => {
    const log: Exchange[] = [];
    const frozen = Date.now();
    const gg = new Gstgate({ baseUrl: live.baseUrl, credentials, fetch: observedFetch(log), now: () => frozen });
    await gg.authenticate();
    await outliveToken();
    const mark = log.length;
    const res = await gg.gstin.verify(OTHER_GSTIN);
    assert.ok('gstin' in res && res.gstin === OTHER_GSTIN, JSON.stringify(res));
    assert.deepEqual(
      log.slice(mark).map((e) => `${e.method} ${e.path} ${e.status}`),
      ['POST /v1/gstin/verify 401', 'POST /v1/authenticate 200', 'POST /v1/gstin/verify 200'],
    );
  });

  it('without credentials an expired token is a GstgateError UNAUTHORIZED (nothing to log in with)', async () => {
    const token = await live.own.login(credentials.gstin, credentials.username, credentials.password);
    await outliveToken();
    const log: Exchange[] = [];
    const gg = new Gstgate({ baseUrl: live.baseUrl, token, fetch: observedFetch(log) });
    const err = await failure(gg.gstin.search(OTHER_GSTIN));
    assert.equal(err.status, 401);
    assert.equal(err.code, 'UNAUTHORIZED');
    assert.equal(log.length, 1);
  });
});

describe('SDK retries', () => {
  it('429 RATE_LIMITED: resent `retries` times with waits capped by maxRetryDelayMs, then GstgateError with retryAfterSeconds', async () => {
    const live = await listen({ GSTGATE_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const log: Exchange[] = [];
      const gg = new Gstgate({ baseUrl: live.baseUrl, credentials, fetch: observedFetch(log), retries: 2, maxRetryDelayMs: 50 });
      for (let i = 0; i < 3; i++) await gg.gstin.search(OTHER_GSTIN);
      const path = `/v1/gstin/${OTHER_GSTIN}`;
      assert.equal(count(log, 'GET', path), 3);

      const started = Date.now();
      const err = await failure(gg.gstin.search(OTHER_GSTIN));
      assert.equal(err.status, 429);
      assert.equal(err.code, 'RATE_LIMITED');
      assert.ok(
        err.retryAfterSeconds !== undefined && err.retryAfterSeconds >= 1 && err.retryAfterSeconds <= 60,
        `${err.retryAfterSeconds}`,
      );
      // One attempt and two resends, all 429; Retry-After (up to 60 s) was capped at 50 ms.
      assert.equal(count(log, 'GET', path), 6);
      assert.deepEqual(
        log.slice(-3).map((e) => e.status),
        [429, 429, 429],
      );
      assert.ok(Date.now() - started < 10_000);

      // A POST is resent on 429 too (the server did not process it), and the wait is Retry-After's,
      // capped: with a 1.2 s cap one resend waits 1.2 s, longer than the first backoff step (≤ 0.5 s).
      const patient = new Gstgate({ baseUrl: live.baseUrl, token: gg.token, fetch: observedFetch(log), retries: 1, maxRetryDelayMs: 1200 });
      const t0 = Date.now();
      const again = await failure(patient.gstin.verify(OTHER_GSTIN));
      assert.equal(again.code, 'RATE_LIMITED');
      assert.equal(count(log, 'POST', '/v1/gstin/verify'), 2);
      assert.ok(Date.now() - t0 >= 1150, `waited ${Date.now() - t0} ms`);
    } finally {
      await live.own.close();
    }
  });

  it('no server: NETWORK_ERROR (status 0); a GET is resent `retries` times, a POST is not', async () => {
    const baseUrl = `http://127.0.0.1:${await freePort()}`;
    const log: Exchange[] = [];
    const gg = new Gstgate({ baseUrl, token: 'any', fetch: observedFetch(log), retries: 2, maxRetryDelayMs: 10 });
    const err = await failure(gg.gstin.search(OTHER_GSTIN));
    assert.equal(err.code, 'NETWORK_ERROR');
    assert.equal(err.status, 0);
    assert.equal(log.length, 3);
    const post = await failure(gg.gstin.verify(OTHER_GSTIN));
    assert.equal(post.code, 'NETWORK_ERROR');
    assert.equal(log.length, 4);
  });

  it('every operation of openapi.json has an SDK method (a new route fails here until the SDK calls it)', () => {
    const spec = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const sources = ['core.ts', 'index.ts', 'resources.ts'].map((f) => readFileSync(join(ROOT, 'packages/sdk/src', f), 'utf8')).join('\n');
    const called = new Set([...sources.matchAll(/raw\.(GET|POST|PUT|PATCH|DELETE)\('([^']+)'/g)].map((m) => `${m[1]} ${m[2]}`));
    const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    assert.ok(operations.length > 60);
    assert.deepEqual(
      operations.filter((op) => !called.has(op)),
      [],
    );
  });

  it('Retry-After is read as seconds or as an HTTP-date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
