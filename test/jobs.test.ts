/**
 * The retry queue (issue 6) end to end on the real app: asynchronous generation (202, Location,
 * GET /v1/jobs/{id}), a business rejection that fails at once, the IRP down for a few calls (the
 * sandbox fault `down`) → retrying, then completed, attempts counted; a synchronous call while the IRP
 * is down queued (GSTGATE_QUEUE_WHEN_DOWN); retries exhausted; tenant isolation; the audit
 * entries the runner writes; on PostgreSQL, two gateways sharing the queue run each job once. Short
 * retry delays through config (1 s, no backoff, 0.5 s polling).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { GstError } from '../src/core/errors.ts';
import { asyncGenerate } from '../src/modules/jobs/async-generate.ts';
import { einvoiceGenerateHandler } from '../src/modules/jobs/einvoice-generate.job.ts';
import type { JobsService } from '../src/modules/jobs/jobs.service.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { FAST_JOBS, type JobView, waitForJob } from './jobs.helpers.ts';
import { admin, bearer, call, DEMO_GSTIN, docNo, expectProblem, govDate, invoice, type OwnApp, openApp, sqlRows } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka, regular

const settled = (j: JobView) => j.state === 'completed' || j.state === 'failed';

describe('retry queue: asynchronous generation', () => {
  let t: TestApp;
  let otherToken: string;

  const fault = async (count: number, kind = 'down') => {
    const res = await call(t.adminApp, {
      method: 'POST',
      url: '/v1/sandbox/faults',
      headers: admin(),
      payload: { gstin: DEMO_GSTIN, kind, count },
    });
    assert.equal(res.statusCode, 201, res.body);
  };
  const clearFaults = async () => {
    const res = await call(t.adminApp, { method: 'DELETE', url: `/v1/sandbox/faults?gstin=${DEMO_GSTIN}`, headers: admin() });
    assert.equal(res.statusCode, 200, res.body);
  };
  const newInvoice = (prefix: string) => invoice('b2b-intra', { docNo: docNo(prefix), docDate: govDate(t.clock) });
  const auditOf = (action: string, docId: string) =>
    sqlRows<{ actor: string; outcome: string; detail: Record<string, unknown>; request_id: string }>(
      t.database,
      sql`SELECT actor, outcome, detail, request_id FROM audit_log WHERE action = ${action} AND doc_id = ${docId}`,
    );

  before(async () => {
    t = await buildTestApp({ ...FAST_JOBS, GSTGATE_JOB_MAX_ATTEMPTS: '3' });
    otherToken = await t.tenant(OTHER_GSTIN);
  });
  after(async () => {
    await t.close();
  });

  it('"async": true → 202 with a job id and Location; the job completes with the IRN, readable like any other', async () => {
    const payload = { ...newInvoice('ASY'), async: true };
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: { ...bearer(t.demoToken), 'x-request-id': 'req-async-1' },
      payload,
    });
    assert.equal(res.statusCode, 202, res.body);
    const body = res.json();
    assert.equal(body.status, 'queued');
    assert.equal(body.reason, 'async');
    assert.match(body.jobId, /^[0-9a-f-]{36}$/);
    assert.equal(body.statusUrl, `/v1/jobs/${body.jobId}`);
    assert.equal(res.headers.location, body.statusUrl);

    const job = await waitForJob(t.app, t.demoToken, body.jobId, settled);
    assert.equal(job.state, 'completed', JSON.stringify(job));
    assert.equal(job.type, 'einvoice.generate');
    assert.equal(job.attempts, 1);
    assert.ok(job.completedAt && job.result);
    assert.equal(job.error, undefined);
    assert.equal(job.nextAttemptAt, undefined);
    assert.match(job.result.Irn, /^[0-9a-f]{64}$/);

    const got = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${job.result.Irn}`, headers: bearer(t.demoToken) });
    assert.equal(got.statusCode, 200, got.body);
    assert.equal(got.json().AckNo, job.result.AckNo);
    assert.equal(got.json().SignedInvoice, job.result.SignedInvoice);

    // The runner records the generation as `system`, with the request id of the 202.
    const entries = await auditOf('einvoice.generate', job.result.Irn);
    assert.equal(entries.length, 1, JSON.stringify(entries));
    assert.equal(entries[0].actor, 'system');
    assert.equal(entries[0].request_id, 'req-async-1');
    assert.equal(entries[0].detail.jobId, body.jobId);
  });

  it('?async=true does the same, and "Async" binds in any letter case; a non-boolean async is 400', async () => {
    const byQuery = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate?async=true',
      headers: bearer(t.demoToken),
      payload: newInvoice('ASQ'),
    });
    assert.equal(byQuery.statusCode, 202, byQuery.body);
    const byCase = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: { ...newInvoice('ASC'), Async: true },
    });
    assert.equal(byCase.statusCode, 202, byCase.body);
    for (const id of [byQuery.json().jobId, byCase.json().jobId]) {
      assert.equal((await waitForJob(t.app, t.demoToken, id, settled)).state, 'completed');
    }

    const bad = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: { ...newInvoice('ASB'), async: 'soon' },
    });
    const problem = expectProblem(bad, 400, 'VALIDATION_FAILED');
    assert.equal(problem.errors[0].field, 'async');
    expectProblem(
      await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate?async=maybe',
        headers: bearer(t.demoToken),
        payload: newInvoice('ASB'),
      }),
      400,
      'VALIDATION_FAILED',
    );
    // "async": false is an ordinary synchronous call.
    const sync = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: { ...newInvoice('ASF'), async: false },
    });
    assert.equal(sync.statusCode, 200, sync.body);
  });

  it('an invalid INV-01 body is answered at once, not queued', async () => {
    const inv = newInvoice('ASV') as unknown as Record<string, unknown>;
    delete inv.ItemList;
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: { ...inv, async: true },
    });
    expectProblem(res, 400, '2228');
    // So is an invoice of another supplier (2169): a check that needs no government system.
    const theirs = newInvoice('ASO');
    theirs.SellerDtls.Gstin = OTHER_GSTIN;
    expectProblem(
      await call(t.app, { method: 'POST', url: '/v1/einvoice/generate?async=true', headers: bearer(t.demoToken), payload: theirs }),
      403,
      '2169',
    );
  });

  it('a business rejection fails the job with the NIC code after one attempt (no retry), and records job.failed', async () => {
    const inv = newInvoice('ASR');
    inv.BuyerDtls.Gstin = inv.SellerDtls.Gstin; // 2211: supplier and recipient the same
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate?async=true',
      headers: { ...bearer(t.demoToken), 'x-request-id': 'req-async-bad' },
      payload: inv,
    });
    assert.equal(res.statusCode, 202, res.body);
    const job = await waitForJob(t.app, t.demoToken, res.json().jobId, settled);
    assert.equal(job.state, 'failed', JSON.stringify(job));
    assert.equal(job.attempts, 1);
    assert.ok(job.error);
    assert.ok(
      job.error.errors.some((e) => e.code === '2211'),
      JSON.stringify(job.error),
    );
    assert.equal(job.error.status, 400);
    assert.equal(job.error.requestId, 'req-async-bad');
    assert.equal(job.result, undefined);
    const failed = await auditOf('job.failed', job.id);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].outcome, 'failure');
    assert.equal(failed[0].detail.code, job.error.code);
  });

  it('the IRP down for two calls: retrying (with the 503 and the next attempt), then completed on the third attempt', async () => {
    await fault(2);
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: { ...newInvoice('ASD'), async: true },
    });
    assert.equal(res.statusCode, 202, res.body);
    const id = res.json().jobId;
    const retrying = await waitForJob(t.app, t.demoToken, id, (j) => j.state === 'retrying' || settled(j));
    assert.equal(retrying.state, 'retrying', JSON.stringify(retrying));
    assert.ok(retrying.attempts >= 1);
    assert.equal(retrying.error?.code, 'UPSTREAM_UNAVAILABLE');
    assert.ok(retrying.nextAttemptAt && Date.parse(retrying.nextAttemptAt) > Date.parse(retrying.createdAt));

    const done = await waitForJob(t.app, t.demoToken, id, settled);
    assert.equal(done.state, 'completed', JSON.stringify(done));
    assert.equal(done.attempts, 3);
    assert.equal(done.error, undefined);
    assert.ok(done.result?.Irn);
  });

  it('a synchronous generate while the IRP is down is queued (202, upstream-unavailable) and completes later', async () => {
    await fault(2);
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: newInvoice('ASS'),
    });
    assert.equal(res.statusCode, 202, res.body);
    const body = res.json();
    assert.equal(body.reason, 'upstream-unavailable');
    assert.match(body.message, /IRP is unavailable/);
    assert.equal(res.headers.location, body.statusUrl);
    const job = await waitForJob(t.app, t.demoToken, body.jobId, settled);
    assert.equal(job.state, 'completed', JSON.stringify(job));
    // The synchronous call met the first 503; the job's first attempt the second.
    assert.equal(job.attempts, 2);
  });

  it('the IRP down past the last attempt: failed with UPSTREAM_UNAVAILABLE after GSTGATE_JOB_MAX_ATTEMPTS, job.failed recorded', async () => {
    await fault(1000);
    try {
      const res = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(t.demoToken),
        payload: { ...newInvoice('ASX'), async: true },
      });
      const job = await waitForJob(t.app, t.demoToken, res.json().jobId, settled);
      assert.equal(job.state, 'failed', JSON.stringify(job));
      assert.equal(job.attempts, 3);
      assert.equal(job.error?.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(job.error?.status, 503);
      assert.equal((await auditOf('job.failed', job.id)).length, 1);
    } finally {
      await clearFaults();
    }
  });

  it('a retry that meets its own earlier attempt (registered, then the instance died before settling) completes as recovered', async () => {
    // The first attempt's work, done: the invoice is registered and the gateway holds its copy.
    const inv = newInvoice('OWN');
    const first = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(t.demoToken), payload: inv });
    assert.equal(first.statusCode, 200, first.body);
    const run = einvoiceGenerateHandler({ einvoice: t.app.services.einvoice, activity: () => undefined, clock: systemClock });
    const user = await t.app.services.auth.verify(t.demoToken);
    const data = {
      auth: { gstin: user.gstin, userId: user.userId, username: user.username },
      requestId: 'r1',
      reason: 'async' as const,
      invoice: inv,
    };
    // The retry (attempt 2) gets 2150 for its own document: settled as recovered, with the first IRN.
    const retried = await run({ id: 'job-own', data: data as never, attempt: 2, lastAttempt: false });
    assert.ok('result' in retried, JSON.stringify(retried));
    assert.equal(retried.result.Irn, first.json().Irn);
    assert.deepEqual(
      retried.result.info?.map((i) => i.InfCd),
      ['RECOVERED'],
    );
    // A first attempt meeting the same document is a genuine duplicate: the job fails with 2150.
    const fresh = await run({ id: 'job-dup', data: data as never, attempt: 1, lastAttempt: false });
    assert.ok('error' in fresh);
    assert.equal(fresh.error.code, '2150');
    // Another buyer under the same number is never taken for the job's own document.
    const other = { ...data, invoice: { ...inv, ValDtls: { ...inv.ValDtls, TotInvVal: inv.ValDtls.TotInvVal + 1 } } };
    const mismatch = await run({ id: 'job-other', data: other as never, attempt: 2, lastAttempt: false });
    assert.ok('error' in mismatch);
    assert.equal(mismatch.error.code, '2150');
  });

  it("another GSTIN's job is unknown to it (404), as is a malformed id; each lists only its own jobs", async () => {
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate?async=true',
      headers: bearer(t.demoToken),
      payload: newInvoice('ASI'),
    });
    const id = res.json().jobId as string;
    const theirs = expectProblem(
      await call(t.app, { method: 'GET', url: `/v1/jobs/${id}`, headers: bearer(otherToken) }),
      404,
      'NOT_FOUND',
    );
    const unknown = expectProblem(
      await call(t.app, { method: 'GET', url: '/v1/jobs/00000000-0000-4000-8000-000000000000', headers: bearer(otherToken) }),
      404,
      'NOT_FOUND',
    );
    assert.equal(theirs.errors[0].message.replace(id, 'X'), unknown.errors[0].message.replace('00000000-0000-4000-8000-000000000000', 'X'));
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/jobs/not-a-uuid', headers: bearer(t.demoToken) }), 404, 'NOT_FOUND');
    expectProblem(await call(t.app, { method: 'GET', url: `/v1/jobs/${id}` }), 401, 'UNAUTHORIZED');

    await waitForJob(t.app, t.demoToken, id, settled);
    const mine = (await call(t.app, { method: 'GET', url: '/v1/jobs?limit=100', headers: bearer(t.demoToken) })).json().jobs as JobView[];
    assert.ok(mine.some((j) => j.id === id));
    assert.ok(mine.length >= 5);
    // Newest first.
    assert.deepEqual(
      mine.map((j) => j.createdAt),
      mine
        .map((j) => j.createdAt)
        .sort()
        .reverse(),
    );
    const failed = (await call(t.app, { method: 'GET', url: '/v1/jobs?state=failed', headers: bearer(t.demoToken) })).json()
      .jobs as JobView[];
    assert.ok(failed.length >= 2);
    assert.ok(failed.every((j) => j.state === 'failed'));
    const completed = (await call(t.app, { method: 'GET', url: '/v1/jobs?state=completed&limit=2', headers: bearer(t.demoToken) })).json()
      .jobs as JobView[];
    assert.equal(completed.length, 2);
    assert.ok(completed.every((j) => j.state === 'completed'));
    const others = (await call(t.app, { method: 'GET', url: '/v1/jobs', headers: bearer(otherToken) })).json().jobs as JobView[];
    assert.deepEqual(others, []);
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/jobs?state=lost', headers: bearer(t.demoToken) }), 400, 'VALIDATION_FAILED');
  });
});

describe('retry queue: GSTGATE_QUEUE_WHEN_DOWN', () => {
  const unavailable = GstError.of('UPSTREAM_UNAVAILABLE', ['down']);
  const timeout = GstError.of('UPSTREAM_TIMEOUT');

  it('defaults to true; false answers the 503/504 instead of queuing (async requests are still queued)', () => {
    assert.equal(loadConfig({}).GSTGATE_QUEUE_WHEN_DOWN, true);
    assert.equal(loadConfig({ GSTGATE_QUEUE_WHEN_DOWN: 'false' }).GSTGATE_QUEUE_WHEN_DOWN, false);
    const jobs = {} as JobsService;
    const on = asyncGenerate(jobs, { queueWhenDown: true });
    const off = asyncGenerate(jobs, { queueWhenDown: false });
    assert.equal(on.shouldQueue(unavailable), true);
    assert.equal(on.shouldQueue(timeout), true);
    assert.equal(on.shouldQueue(GstError.of('2146')), true, "NIC's 503 'try after some time'");
    assert.equal(off.shouldQueue(unavailable), false);
    assert.equal(off.shouldQueue(timeout), false);
    // Answers of the IRP are answered, never queued.
    assert.equal(on.shouldQueue(GstError.of('UPSTREAM_ERROR', ['?'])), false);
    assert.equal(on.shouldQueue(GstError.of('2150')), false);
    assert.equal(on.shouldQueue(GstError.of('2211')), false);
    assert.equal(on.shouldQueue(new Error('boom')), false);
  });
});

describe('retry queue: two gateways on one PostgreSQL', { skip: !process.env.DATABASE_URL && 'PostgreSQL only (DATABASE_URL)' }, () => {
  let a: OwnApp;
  let b: OwnApp;
  before(async () => {
    a = await openApp({ env: FAST_JOBS });
    b = await openApp({ env: FAST_JOBS, schemaName: a.schemaName });
  });
  after(async () => {
    await b?.close({ keepSchema: true });
    await a?.close();
  });

  it('jobs queued on both run once each: one attempt, one document, one audit entry', { timeout: 60_000 }, async () => {
    const tokens = [
      await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password),
      await b.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password),
    ];
    const apps = [a.app, b.app];
    const queued = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const no = docNo('TWO');
        const res = await call(apps[i % 2], {
          method: 'POST',
          url: '/v1/einvoice/generate?async=true',
          headers: bearer(tokens[i % 2]),
          payload: invoice('b2b-intra', { docNo: no, docDate: govDate(a.clock) }),
        });
        assert.equal(res.statusCode, 202, res.body);
        return { id: res.json().jobId as string, no };
      }),
    );
    for (const [i, { id, no }] of queued.entries()) {
      // Either gateway tells the state of any job of the GSTIN.
      const job = await waitForJob(apps[(i + 1) % 2], tokens[(i + 1) % 2], id, (j) => j.state === 'completed' || j.state === 'failed');
      assert.equal(job.state, 'completed', JSON.stringify(job));
      assert.equal(job.attempts, 1);
      const docs = await sqlRows<{ n: number }>(a.database, sql`SELECT count(*)::int AS n FROM irp_documents WHERE doc_no = ${no}`);
      assert.equal(Number(docs[0].n), 1);
      const runs = await sqlRows(
        a.database,
        sql`SELECT id FROM audit_log WHERE action = 'einvoice.generate' AND doc_id = ${job.result?.Irn}`,
      );
      assert.equal(runs.length, 1);
    }
  });
});
