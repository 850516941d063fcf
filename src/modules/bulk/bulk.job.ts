/**
 * The einvoice.bulk job (issue 7): one run of a batch (BulkService.run). A run that leaves work
 * queues its continuation, so no attempt outlives GSTGATE_JOB_TIMEOUT_SECONDS; a run that dies is
 * retried by the queue and resumes from the rows' states. Retries (RetryJob) follow GSTGATE_JOB_*.
 */
import type { Config } from '../../config.ts';
import type { JobQueue } from '../../core/jobs.ts';
import { BULK_QUEUE, type BulkJobData, type BulkService } from './bulk.service.ts';

export function defineBulkJob(queue: JobQueue, config: Config, service: BulkService): void {
  queue.define<BulkJobData>({
    name: BULK_QUEUE,
    handler: async (job) => {
      const done = await service.run(job.data.batchId, job.lastAttempt);
      if (!done) await queue.send(BULK_QUEUE, { batchId: job.data.batchId });
      return { batchId: job.data.batchId, done };
    },
    maxAttempts: config.GSTGATE_JOB_MAX_ATTEMPTS,
    retryDelaySeconds: config.GSTGATE_JOB_RETRY_DELAY_SECONDS,
    retryBackoff: config.GSTGATE_JOB_RETRY_BACKOFF,
    timeoutSeconds: config.GSTGATE_JOB_TIMEOUT_SECONDS,
    // One batch run at a time per instance (each runs GSTGATE_BULK_CONCURRENCY generations); 0 when this instance runs no jobs.
    concurrency: config.GSTGATE_JOB_CONCURRENCY > 0 ? 1 : 0,
  });
}
