/** Shared by the retry-queue tests (jobs.test.ts, restart.test.ts). */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { bearer, call } from './support.ts';

/** Short retries for tests: 1 s between attempts, no backoff, 0.5 s polling. */
export const FAST_JOBS = {
  GSTGATE_JOB_RETRY_DELAY_SECONDS: '1',
  GSTGATE_JOB_RETRY_BACKOFF: 'false',
  GSTGATE_JOB_POLL_SECONDS: '0.5',
};

export interface JobView {
  id: string;
  type: string;
  state: 'queued' | 'running' | 'retrying' | 'completed' | 'failed';
  attempts: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  nextAttemptAt?: string;
  result?: Record<string, unknown> & { Irn: string };
  error?: { code: string; status: number; errors: { code: string }[]; requestId: string };
}

/** Polls GET /v1/jobs/{id} until `done` holds (generous timeout; no timing is asserted). */
export async function waitForJob(
  app: FastifyInstance,
  token: string,
  id: string,
  done: (job: JobView) => boolean,
  timeoutMs = 30_000,
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  let last: JobView | undefined;
  while (Date.now() < deadline) {
    const res = await call(app, { method: 'GET', url: `/v1/jobs/${id}`, headers: bearer(token) });
    assert.equal(res.statusCode, 200, res.body);
    last = res.json() as JobView;
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} never reached the expected state; last: ${JSON.stringify(last)}`);
}
