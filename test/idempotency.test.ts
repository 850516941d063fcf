/**
 * Idempotency-Key (api.md §2, issue 6) on the real app and database: a repeat with the same key and
 * body replays the first response byte for byte; another body or another route under the key is 422;
 * simultaneous repeats run the request once; a 5xx gives the key back; a rule failure (400) is kept;
 * keys expire after 24 hours; requests without the header leave no trace.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { systemClock } from '../src/core/clock.ts';
import { IDEMPOTENCY_TTL_MS, requestHash } from '../src/modules/idempotency/idempotency.plugin.ts';
import { IdempotencyRepository } from '../src/modules/idempotency/idempotency.repository.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, DEMO_GSTIN, docNo, expectProblem, govDate, invoice, sqlRows } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka, regular
const GENERATE = '/v1/einvoice/generate';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let otherToken: string;
  let keyNo = 0;
  /** A key unique in this run. */
  const newKey = () => `key-${process.pid}-${Date.now()}-${++keyNo}`;

  before(async () => {
    t = await buildTestApp();
    otherToken = await t.tenant(OTHER_GSTIN);
  });
  after(() => t?.close());

  const post = (url: string, body: string, key?: string, token = t.demoToken) =>
    call(t.app, {
      method: 'POST',
      url,
      headers: { ...bearer(token), 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) },
      payload: body,
    });
  const newInvoice = (prefix = 'IDEM') => JSON.stringify(invoice('b2b-intra', { docNo: docNo(prefix), docDate: govDate(t.clock) }));
  const rowsOf = (key: string) =>
    sqlRows<{ state: string; status_code: number | null; gstin: string }>(
      t.database,
      sql`select state, status_code, gstin from idempotency_keys where key = ${key}`,
    );
  const documentsNumbered = async (no: string) =>
    Number((await sqlRows<{ n: string | number }>(t.database, sql`select count(*) as n from irp_documents where doc_no = ${no}`))[0].n);
  const replayed = (res: LightMyRequestResponse) => res.headers['idempotent-replayed'] === 'true';

  it('never stores an answer that holds a secret: POST /v1/webhooks with a key runs twice, nothing kept', async () => {
    const body = JSON.stringify({ url: 'https://erp.example.com/hooks', events: ['job.failed'] });
    const first = await post('/v1/webhooks', body, 'webhook-secret-key');
    const second = await post('/v1/webhooks', body, 'webhook-secret-key');
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(second.statusCode, 201, second.body);
    assert.notEqual(first.json().id, second.json().id);
    assert.ok(!replayed(second));
    assert.deepEqual(await rowsOf('webhook-secret-key'), []);
  });

  it('a repeat with the same key and body gets the first response again, byte for byte, marked Idempotent-Replayed', async () => {
    const key = newKey();
    const body = newInvoice();
    const first = await post(GENERATE, body, key);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);

    const again = await post(GENERATE, body, key);
    assert.equal(again.statusCode, 200);
    assert.equal(again.body, first.body);
    assert.ok(replayed(again));
    assert.equal(again.headers['content-type'], first.headers['content-type']);
    // The replay is the first response, its X-Request-Id included (README "Idempotency-Key").
    assert.equal(again.headers['x-request-id'], first.headers['x-request-id']);

    assert.equal(await documentsNumbered(JSON.parse(body).DocDtls.No), 1);
    assert.deepEqual(await rowsOf(key), [{ state: 'done', status_code: 200, gstin: DEMO_GSTIN }]);
  });

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED, and nothing is registered', async () => {
    const key = newKey();
    assert.equal((await post(GENERATE, newInvoice(), key)).statusCode, 200);
    const other = newInvoice();
    expectProblem(await post(GENERATE, other, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(await documentsNumbered(JSON.parse(other).DocDtls.No), 0);
    // Nothing happened to a document: no audit entry for the refusal.
    const refusals = await sqlRows(t.database, sql`select id from audit_log where detail->>'code' = 'IDEMPOTENCY_KEY_REUSED'`);
    assert.deepEqual(refusals, []);
  });

  it('the same key on another route is 422 too, even with a body that is valid there', async () => {
    const key = newKey();
    assert.equal((await post(GENERATE, newInvoice(), key)).statusCode, 200);
    const res = await post('/v1/gstin/verify', JSON.stringify({ gstin: OTHER_GSTIN }), key);
    expectProblem(res, 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('keys are per GSTIN: another GSTIN may use the same key for its own request', async () => {
    const key = newKey();
    assert.equal((await post('/v1/gstin/verify', JSON.stringify({ gstin: OTHER_GSTIN }), key)).statusCode, 200);
    const theirs = await post('/v1/gstin/verify', JSON.stringify({ gstin: DEMO_GSTIN }), key, otherToken);
    assert.equal(theirs.statusCode, 200, theirs.body);
    assert.ok(!replayed(theirs));
    assert.equal(theirs.json().gstin, DEMO_GSTIN);
  });

  it('ten simultaneous requests with one key register one document, and all ten answers are identical', async () => {
    const key = newKey();
    const body = newInvoice('IDCON');
    const results = await Promise.all(Array.from({ length: 10 }, () => post(GENERATE, body, key)));
    for (const res of results) assert.equal(res.statusCode, 200, res.body);
    assert.equal(new Set(results.map((r) => r.body)).size, 1, 'all bodies identical');
    assert.equal(new Set(results.map((r) => r.headers['x-request-id'])).size, 1, 'all carry the first X-Request-Id');
    assert.equal(results.filter((r) => !replayed(r)).length, 1, 'one ran, nine replayed');
    assert.equal(await documentsNumbered(JSON.parse(body).DocDtls.No), 1);
  });

  it('a rule failure (400) is kept and replayed: the request is not validated again', async () => {
    const key = newKey();
    const inv = invoice('b2b-intra', { docNo: docNo('IDBAD'), docDate: govDate(t.clock) });
    inv.ItemList[0].IgstAmt = 5; // IGST on an intra-state supply: 2172
    const body = JSON.stringify(inv);
    const first = await post(GENERATE, body, key);
    expectProblem(first, 400, '2172');
    const again = await post(GENERATE, body, key);
    assert.equal(again.statusCode, 400);
    assert.equal(again.body, first.body);
    assert.ok(replayed(again));
    assert.deepEqual(await rowsOf(key), [{ state: 'done', status_code: 400, gstin: DEMO_GSTIN }]);
  });

  it('a 5xx is not kept: the key is given back and a retry with it runs the request', async () => {
    const generated = await post(GENERATE, newInvoice('ID5XX'));
    assert.equal(generated.statusCode, 200, generated.body);
    const cancel = JSON.stringify({ Irn: generated.json().Irn, CnlRsn: '1', CnlRem: 'Wrong entry' });
    const fault = await call(t.adminApp, {
      method: 'POST',
      url: '/v1/sandbox/faults',
      headers: { 'x-admin-key': t.adminKey },
      payload: { gstin: DEMO_GSTIN, kind: 'down', count: 1 },
    });
    assert.equal(fault.statusCode, 201, fault.body);

    const key = newKey();
    const failed = await post('/v1/einvoice/cancel', cancel, key);
    expectProblem(failed, 503, 'UPSTREAM_UNAVAILABLE');
    assert.deepEqual(await rowsOf(key), [], 'no row after a 5xx');

    const retried = await post('/v1/einvoice/cancel', cancel, key);
    assert.equal(retried.statusCode, 200, retried.body);
    assert.ok(!replayed(retried));
    const again = await post('/v1/einvoice/cancel', cancel, key);
    assert.equal(again.body, retried.body);
    assert.ok(replayed(again));
  });

  it('keys expire after 24 hours: an expired key is free again, for any request', async () => {
    const key = newKey();
    const first = await post(GENERATE, newInvoice(), key);
    assert.equal(first.statusCode, 200);
    const [{ ttl }] = await sqlRows<{ ttl: number | string }>(
      t.database,
      sql`select extract(epoch from expires_at - created_at) * 1000 as ttl from idempotency_keys where key = ${key}`,
    );
    assert.equal(Number(ttl), IDEMPOTENCY_TTL_MS);

    // A day later (the row's clock moved, not ours): the key no longer binds the first request.
    await t.database.db.execute(sql`update idempotency_keys set expires_at = now() - interval '1 second' where key = ${key}`);
    const other = newInvoice();
    const res = await post(GENERATE, other, key);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(!replayed(res));
    assert.notEqual(res.json().Irn, first.json().Irn);
    assert.equal(await documentsNumbered(JSON.parse(other).DocDtls.No), 1);
    // Now the key belongs to the new request.
    assert.equal((await post(GENERATE, other, key)).body, res.body);
  });

  it('the periodic purge removes expired keys only', async () => {
    const live = newKey();
    const expired = newKey();
    await post('/v1/gstin/verify', JSON.stringify({ gstin: OTHER_GSTIN }), live);
    await post('/v1/gstin/verify', JSON.stringify({ gstin: OTHER_GSTIN }), expired);
    await t.database.db.execute(sql`update idempotency_keys set expires_at = now() - interval '1 hour' where key = ${expired}`);
    const deleted = await new IdempotencyRepository(t.database.db).purgeExpired(systemClock.now(), 1000);
    assert.ok(deleted >= 1);
    assert.deepEqual(await rowsOf(expired), []);
    assert.equal((await rowsOf(live)).length, 1);
  });

  it('requests without the header leave no row, and POST /v1/authenticate ignores the header', async () => {
    const [{ n: before }] = await sqlRows<{ n: string | number }>(t.database, sql`select count(*) as n from idempotency_keys`);
    const res = await post(GENERATE, newInvoice());
    assert.equal(res.statusCode, 200);
    const login = await call(t.app, {
      method: 'POST',
      url: '/v1/authenticate',
      headers: { 'idempotency-key': newKey() },
      payload: { gstin: DEMO_GSTIN, username: 'demo', password: 'Demo@12345' },
    });
    assert.equal(login.statusCode, 200, login.body);
    const [{ n: afterwards }] = await sqlRows<{ n: string | number }>(t.database, sql`select count(*) as n from idempotency_keys`);
    assert.equal(Number(afterwards), Number(before));
  });

  it('a malformed key is 400 IDEMPOTENCY_KEY_INVALID (1 to 255 printable ASCII characters)', async () => {
    for (const key of ['x'.repeat(256), 'clé']) {
      const p = expectProblem(await post(GENERATE, newInvoice(), key), 400, 'IDEMPOTENCY_KEY_INVALID');
      assert.equal(p.errors[0].field, 'Idempotency-Key');
    }
    assert.equal((await post('/v1/gstin/verify', JSON.stringify({ gstin: OTHER_GSTIN }), 'x'.repeat(255))).statusCode, 200);
  });
});

describe('Idempotency-Key while the first request is in flight', () => {
  let t: TestApp;
  let repo: IdempotencyRepository;
  before(async () => {
    t = await buildTestApp({ GSTGATE_IDEMPOTENCY_WAIT_MS: '1000' });
    repo = new IdempotencyRepository(t.database.db);
  });
  after(() => t?.close());

  const body = JSON.stringify({ gstin: OTHER_GSTIN });
  const url = '/v1/gstin/verify';
  const verify = (key: string) =>
    call(t.app, {
      method: 'POST',
      url,
      headers: { ...bearer(t.demoToken), 'content-type': 'application/json', 'idempotency-key': key },
      payload: body,
    });
  /** A claim as another instance, busy with this very request, would have made it. */
  const claimElsewhere = (key: string, at: Date) =>
    repo.claim(
      { gstin: DEMO_GSTIN, key, method: 'POST', path: url, requestHash: requestHash('POST', url, body) },
      at,
      new Date(at.getTime() + IDEMPOTENCY_TTL_MS),
      new Date(at.getTime() - 120_000),
    );

  it('a repeat waits for the first answer; past GSTGATE_IDEMPOTENCY_WAIT_MS it is 409 IDEMPOTENCY_IN_PROGRESS with Retry-After', async () => {
    const key = `inflight-${Date.now()}`;
    const claimedAt = await claimElsewhere(key, new Date());
    assert.ok(claimedAt);
    const busy = await verify(key);
    expectProblem(busy, 409, 'IDEMPOTENCY_IN_PROGRESS');
    assert.equal(busy.headers['retry-after'], '1');

    // The other instance finishes while this one waits: the waiter answers with its response.
    const waiting = verify(key);
    await new Promise((r) => setTimeout(r, 50));
    const stored = '{"gstin":"29AAACW4202F1ZM","answeredBy":"the other instance"}';
    assert.ok(
      await repo.complete(DEMO_GSTIN, key, claimedAt, {
        statusCode: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'first-request' },
        body: stored,
      }),
    );
    const res = await waiting;
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, stored);
    assert.equal(res.headers['x-request-id'], 'first-request');
    assert.equal(res.headers['idempotent-replayed'], 'true');
  });

  it('a claim left pending by an instance that died is taken over after the abandon bound', async () => {
    const key = `abandoned-${Date.now()}`;
    assert.ok(await claimElsewhere(key, new Date(Date.now() - 10 * 60_000)));
    const res = await verify(key);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['idempotent-replayed'], undefined);
    assert.equal(res.json().gstin, OTHER_GSTIN);
  });
});
