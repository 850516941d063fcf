/**
 * The activity's background work on each instance: the webhook dispatcher and the e-way bill expiry
 * scan. Started when the app is ready, stopped when it closes (before the database is), timers
 * unref'd so they never keep a process alive. Several instances may run both: claims make each
 * delivery and each expiry event happen once.
 */
import type { FastifyInstance } from 'fastify';
import { type Every, every } from '../../core/interval.ts';
import type { ActivityService } from '../audit/activity.service.ts';
import type { WebhookDispatcher } from './webhooks.dispatcher.ts';

export interface BackgroundOptions {
  activity: ActivityService;
  dispatcher: WebhookDispatcher;
  /** GSTGATE_EWB_SCAN_SECONDS; 0: no scan on this instance. */
  scanSeconds: number;
}

export function registerBackground(app: FastifyInstance, opts: BackgroundOptions): void {
  let scan: Every | undefined;
  app.addHook('onReady', async () => {
    opts.dispatcher.start(app.log);
    if (opts.scanSeconds > 0) {
      scan = every(
        opts.scanSeconds * 1000,
        () => opts.activity.scanExpiring(),
        (err) => app.log.error({ err }, 'e-way bill expiry scan failed'),
      );
    }
  });
  app.addHook('onClose', async () => {
    await Promise.all([opts.dispatcher.stop(), scan?.stop()]);
  });
}
