/** Builds the activity (audit log, e-way bill watch) and webhook services for createServices (app.ts). */
import type { Config } from '../../config.ts';
import { type Clock, systemClock } from '../../core/clock.ts';
import { SecretBox } from '../../core/crypto/at-rest.ts';
import type { Db } from '../../core/db.ts';
import { ephemeralSecretsKey } from '../../core/secrets-key.ts';
import { ActivityService } from '../audit/activity.service.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import { EwaybillWatchRepository } from './ewaybill-watch.repository.ts';
import { WebhookDispatcher } from './webhooks.dispatcher.ts';
import { WebhooksRepository } from './webhooks.repository.ts';
import { WebhooksService } from './webhooks.service.ts';

export interface ActivityWiring {
  db: Db;
  config: Config;
  govClock: Clock;
  /** resolveSecretsKey(): GSTGATE_SECRETS_KEY or the data dir's key; without it, one per process. */
  secretsKey?: string;
  version: string;
}

export function createActivityServices(w: ActivityWiring): { activity: ActivityService; webhooks: WebhooksService } {
  const { db, config } = w;
  const box = new SecretBox(w.secretsKey ?? config.GSTGATE_SECRETS_KEY ?? ephemeralSecretsKey());
  const activity = new ActivityService(db, new AuditRepository(db), new EwaybillWatchRepository(db), w.govClock, systemClock, {
    expiryLeadHours: config.GSTGATE_EWB_EXPIRY_LEAD_HOURS,
  });
  const repo = new WebhooksRepository(db);
  const dispatcher = new WebhookDispatcher(repo, box, systemClock, {
    pollMs: config.GSTGATE_WEBHOOK_POLL_MS,
    timeoutMs: config.GSTGATE_WEBHOOK_TIMEOUT_MS,
    retryBaseMs: config.GSTGATE_WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: config.GSTGATE_WEBHOOK_RETRY_MAX_MS,
    maxAttempts: config.GSTGATE_WEBHOOK_MAX_ATTEMPTS,
    userAgent: `gstgate-webhooks/${w.version}`,
    allowPrivate: config.GSTGATE_WEBHOOK_ALLOW_PRIVATE,
  });
  activity.onQueued = () => dispatcher.kick();
  return { activity, webhooks: new WebhooksService(repo, box, activity, systemClock, dispatcher) };
}
