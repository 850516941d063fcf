/**
 * The einvoice.generate job (issue 6): one attempt to register a queued invoice, as its caller.
 * Retried (RetryJob, the queue's backoff) only while the government system fails with 502/503/504
 * (UPSTREAM_ERROR, UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, and NIC's own "try after some time" 2146,
 * 2147); any other failure is the document's answer (a NIC rule, 2169, a duplicate that could not be
 * recovered…): the job fails at once with that problem, as the synchronous call would have answered.
 */
import type { Config } from '../../config.ts';
import type { Clock } from '../../core/clock.ts';
import { type ProblemBody, problemBody, toGstError } from '../../core/http/problem.ts';
import { type JobAttempt, type JobQueue, RetryJob } from '../../core/jobs.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import type { ActivityService } from '../audit/activity.service.ts';
import { recordGenerated } from '../audit/route-activity.ts';
import type { EinvoiceResponse, EinvoiceService } from '../einvoice/einvoice.service.ts';

export const EINVOICE_GENERATE = 'einvoice.generate';

/**
 * Statuses of a government system that is failing rather than answering: worth another attempt.
 * Wider than the queue-when-down set (QUEUED_WHEN in async-generate.ts, 503/504) on purpose: a job
 * the caller already holds keeps trying through a garbled answer (502), which may pass, within
 * GSTGATE_JOB_MAX_ATTEMPTS; a synchronous caller who meets a 502 is answered it at once instead.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

export interface GenerateJobData {
  /** Who asked: the job runs as this token's GSTIN (the same tenant checks as the synchronous call). */
  auth: { gstin: string; userId: number; username?: string };
  /** X-Request-Id of the request that queued it: problems and audit entries carry it. */
  requestId: string;
  reason: 'async' | 'upstream-unavailable';
  invoice: Inv01;
}

/** What a settled attempt leaves on the job (pg-boss `output`). */
export type GenerateJobOutput = { at: string; result: EinvoiceResponse } | { at: string; error: ProblemBody };

export interface GenerateJobDeps {
  einvoice: EinvoiceService;
  /** The audit log and webhooks (absent: nothing recorded). */
  activity: () => ActivityService | undefined;
  clock: Clock;
  log?: { error(obj: object, msg: string): void };
}

export function einvoiceGenerateHandler(deps: GenerateJobDeps) {
  return async function runGenerate(job: JobAttempt<GenerateJobData>): Promise<GenerateJobOutput> {
    const { auth, invoice, requestId } = job.data;
    let result: EinvoiceResponse;
    try {
      result = await deps.einvoice.generate(auth, invoice);
    } catch (err) {
      // A retry after an attempt that registered the invoice but died before settling the job.
      const own = job.attempt > 1 ? await deps.einvoice.ownEarlierAttempt(auth, invoice, err) : undefined;
      if (!own) return settleFailure(deps, job, err);
      result = own;
    }
    const activity = deps.activity();
    if (activity) {
      const context = { jobId: job.id, attempts: job.attempt, ...requester(auth) };
      await safely(deps, job.id, () => recordGenerated(activity, { gstin: auth.gstin, requestId, invoice, result, context }));
    }
    return { at: deps.clock.now().toISOString(), result };
  };
}

/** A failed attempt: retried (RetryJob) while the government system fails, else the job's answer, recorded as job.failed. */
async function settleFailure(deps: GenerateJobDeps, job: JobAttempt<GenerateJobData>, err: unknown): Promise<GenerateJobOutput> {
  const { auth, invoice, requestId } = job.data;
  const doc = { DocTyp: invoice.DocDtls.Typ, DocNo: invoice.DocDtls.No, DocDt: invoice.DocDtls.Dt };
  const gst = toGstError(err);
  if (gst.status >= 500 && !RETRYABLE_STATUSES.has(gst.status)) deps.log?.error({ err, jobId: job.id }, 'job attempt failed');
  const error = problemBody(gst, requestId);
  const at = deps.clock.now().toISOString();
  if (RETRYABLE_STATUSES.has(gst.status) && !job.lastAttempt) throw new RetryJob({ at, error });
  await safely(deps, job.id, () =>
    deps.activity()?.record(
      {
        gstin: auth.gstin,
        actor: 'system',
        action: 'job.failed',
        docType: 'job',
        docId: job.id,
        requestId,
        outcome: 'failure',
        detail: { type: EINVOICE_GENERATE, code: error.code, attempts: job.attempt, ...doc, ...requester(auth) },
      },
      { name: 'job.failed', data: { jobId: job.id, type: EINVOICE_GENERATE, attempts: job.attempt, ...doc, error } },
    ),
  );
  return { at, error };
}

function requester(auth: GenerateJobData['auth']): Record<string, unknown> {
  return auth.username ? { requestedBy: auth.username } : { requestedByUserId: auth.userId };
}

/**
 * The document is registered (or definitely refused) whatever happens to its audit entry: a failed
 * record is logged, and the job still settles, so it is not run again.
 */
async function safely(deps: GenerateJobDeps, jobId: string, record: () => Promise<void> | undefined): Promise<void> {
  try {
    await record();
  } catch (err) {
    deps.log?.error({ err, jobId }, 'could not record the job outcome in the audit log');
  }
}

/** Declares the queue with the configured retries (GSTGATE_JOB_*). */
export function defineEinvoiceGenerate(queue: JobQueue, config: Config, deps: GenerateJobDeps): void {
  queue.define<GenerateJobData>({
    name: EINVOICE_GENERATE,
    handler: einvoiceGenerateHandler(deps),
    maxAttempts: config.GSTGATE_JOB_MAX_ATTEMPTS,
    retryDelaySeconds: config.GSTGATE_JOB_RETRY_DELAY_SECONDS,
    retryBackoff: config.GSTGATE_JOB_RETRY_BACKOFF,
    timeoutSeconds: config.GSTGATE_JOB_TIMEOUT_SECONDS,
    concurrency: config.GSTGATE_JOB_CONCURRENCY,
  });
}
