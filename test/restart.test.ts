/**
 * Nothing is lost across a restart of the gateway (issue 6): on a persistent database — a PGlite data
 * directory, or (DATABASE_URL) one PostgreSQL schema — a job accepted while the IRP is down and closed
 * mid-retry is finished by the next gateway on the same data, once (one document at the IRP); a
 * graceful close lets a running attempt finish and record its outcome before the database closes; an
 * attempt still running after the grace time is released and run once by the next gateway.
 * The cases are successive lives of one gateway (each reopening costs seconds on PGlite): run in order.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { dropSchema } from '../src/core/db.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { FAST_JOBS, waitForJob } from './jobs.helpers.ts';
import { admin, bearer, call, DEMO_GSTIN, docNo, govDate, invoice, type OwnApp, openApp, sqlRows } from './support.ts';

const ENV = { ...FAST_JOBS, GSTGATE_JOB_MAX_ATTEMPTS: '50' };

interface Life {
  own: OwnApp;
  token: string;
}

describe('retry queue across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gstgate-restart-'));
  const schemaName = process.env.DATABASE_URL ? `test_restart_${randomBytes(5).toString('hex')}` : undefined;
  let life: Life | undefined;

  after(async () => {
    await life?.own.close({ keepSchema: true }).catch(() => undefined);
    if (process.env.DATABASE_URL && schemaName) await dropSchema(process.env.DATABASE_URL, schemaName);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Closes the running gateway (if any) and starts the next one on the same data. */
  const restart = async (env: Record<string, string> = {}): Promise<Life> => {
    await life?.own.close({ keepSchema: true });
    life = undefined;
    const own = await openApp({ dataDir, schemaName, env: { ...ENV, ...env } });
    life = { own, token: await own.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password) };
    return life;
  };
  const current = (): Life => {
    assert.ok(life, 'the previous case left no gateway running');
    return life;
  };
  const irpCopies = async (own: OwnApp, no: string) =>
    Number((await sqlRows<{ n: number }>(own.database, sql`SELECT count(*)::int AS n FROM irp_documents WHERE doc_no = ${no}`))[0].n);
  const fault = async (own: OwnApp, payload: Record<string, unknown>) => {
    const res = await call(own.app, {
      method: 'POST',
      url: '/v1/sandbox/faults',
      headers: admin(),
      payload: { gstin: DEMO_GSTIN, ...payload },
    });
    assert.equal(res.statusCode, 201, res.body);
  };
  const queue = async ({ own, token }: Life, no: string): Promise<string> => {
    const res = await call(own.app, {
      method: 'POST',
      url: '/v1/einvoice/generate?async=true',
      headers: bearer(token),
      payload: invoice('b2b-intra', { docNo: no, docDate: govDate(own.clock) }),
    });
    assert.equal(res.statusCode, 202, res.body);
    return res.json().jobId;
  };
  const settled = (j: { state: string }) => j.state === 'completed' || j.state === 'failed';

  const slowNo = docNo('GRC');
  let slowJob = '';

  it('a job queued while the IRP is down, closed mid-retry, completes once on the next gateway', { timeout: 60_000 }, async () => {
    // ---- first life: the IRP is down; the job is accepted and retried
    const first = await restart();
    await fault(first.own, { kind: 'down', count: 10_000 });
    const no = docNo('RST');
    const id = await queue(first, no);
    const before = await waitForJob(first.own.app, first.token, id, (j) => j.state === 'retrying' && j.attempts >= 2);

    // ---- second life on the same data: the job is still there, retried until the IRP is back
    const second = await restart();
    const kept = await waitForJob(second.own.app, second.token, id, () => true);
    assert.ok(['queued', 'running', 'retrying'].includes(kept.state), JSON.stringify(kept));
    assert.ok(kept.attempts >= before.attempts);
    assert.equal(kept.createdAt, before.createdAt);
    const cleared = await call(second.own.app, { method: 'DELETE', url: `/v1/sandbox/faults?gstin=${DEMO_GSTIN}`, headers: admin() });
    assert.equal(cleared.statusCode, 200, cleared.body);

    const done = await waitForJob(second.own.app, second.token, id, settled);
    assert.equal(done.state, 'completed', JSON.stringify(done));
    assert.ok(done.attempts > before.attempts);
    assert.ok(done.result?.Irn);
    // Once: one document at the IRP, one copy in the gateway, one audit entry for the generation.
    assert.equal(await irpCopies(second.own, no), 1);
    const got = await call(second.own.app, { method: 'GET', url: `/v1/einvoice/irn/${done.result.Irn}`, headers: bearer(second.token) });
    assert.equal(got.statusCode, 200, got.body);
    const generated = await sqlRows(
      second.own.database,
      sql`SELECT id FROM audit_log WHERE action = 'einvoice.generate' AND doc_id = ${done.result.Irn}`,
    );
    assert.equal(generated.length, 1);
    const listed = (await call(second.own.app, { method: 'GET', url: '/v1/jobs?limit=100', headers: bearer(second.token) })).json().jobs;
    assert.equal(listed.filter((j: { id: string }) => j.id === id).length, 1);

    // Left running for the next case: an attempt that takes 1.5 s at the IRP (`slow`, under the upstream timeout).
    await fault(second.own, { kind: 'slow', count: 1, delayMs: 1500 });
    slowJob = await queue(second, slowNo);
    await waitForJob(second.own.app, second.token, slowJob, (j) => j.state === 'running');
  });

  it('a graceful close lets a running attempt finish: the job is completed when the gateway is gone', { timeout: 60_000 }, async () => {
    current();
    // The next life releases what still runs 100 ms into its close (the case after this one).
    const third = await restart({ GSTGATE_SHUTDOWN_GRACE_MS: '100' });
    // Settled by the previous gateway before it closed: nothing left for this one to run.
    const job = await waitForJob(third.own.app, third.token, slowJob, () => true);
    assert.equal(job.state, 'completed', JSON.stringify(job));
    assert.equal(job.attempts, 1);
    assert.equal(await irpCopies(third.own, slowNo), 1);
  });

  it('an attempt still running after GSTGATE_SHUTDOWN_GRACE_MS is released, and the next gateway runs it once', {
    timeout: 60_000,
  }, async () => {
    const third = current();
    // 3 s at the IRP: longer than the grace; that gateway's database is closed when the call would arrive.
    await fault(third.own, { kind: 'slow', count: 1, delayMs: 3000 });
    const no = docNo('REL');
    const id = await queue(third, no);
    await waitForJob(third.own.app, third.token, id, (j) => j.state === 'running');

    const fourth = await restart();
    const done = await waitForJob(fourth.own.app, fourth.token, id, settled);
    assert.equal(done.state, 'completed', JSON.stringify(done));
    // The released attempt counts: this is the second.
    assert.equal(done.attempts, 2);
    assert.equal(await irpCopies(fourth.own, no), 1);
  });
});
