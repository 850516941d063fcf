/**
 * Wiring of the retry queue (issue 6): the queue on the app's database, its einvoice.generate
 * handler, and its life with the app — started when the app is ready (inject or listen: pg-boss's
 * start costs 0.08–0.3 s per app: timed around JobQueue.start() for fresh apps on in-memory PGlite and
 * on PostgreSQL, on this 2-core machine under a load average of 7), stopped gracefully
 * when it closes, after in-flight requests (Fastify's onClose), before the database is closed.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { systemClock } from '../../core/clock.ts';
import type { Database } from '../../core/db.ts';
import { JobQueue, jobsSchemaFor, sqlExecutorOf } from '../../core/jobs.ts';
import type { ActivityService } from '../audit/activity.service.ts';
import type { EinvoiceService } from '../einvoice/einvoice.service.ts';
import { defineEinvoiceGenerate } from './einvoice-generate.job.ts';

export function createJobQueue(database: Database, config: Config): JobQueue {
  return new JobQueue(sqlExecutorOf(database), {
    schema: jobsSchemaFor(database),
    pollingIntervalSeconds: config.GSTGATE_JOB_POLL_SECONDS,
    retentionDays: config.GSTGATE_JOB_RETENTION_DAYS,
    stopTimeoutMs: config.GSTGATE_SHUTDOWN_GRACE_MS,
  });
}

export interface JobsWiring {
  queue: JobQueue;
  config: Config;
  einvoice: EinvoiceService;
  activity?: ActivityService;
}

export function registerJobs(app: FastifyInstance, wiring: JobsWiring): void {
  const { queue } = wiring;
  queue.setLog(app.log);
  defineEinvoiceGenerate(queue, wiring.config, {
    einvoice: wiring.einvoice,
    activity: () => wiring.activity,
    clock: systemClock,
    log: app.log,
  });
  app.addHook('onReady', async () => {
    await queue.start();
  });
  app.addHook('onClose', async () => {
    await queue.stop();
  });
}
