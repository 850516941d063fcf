/**
 * The gateway's record of what happened (issue 6): every action on a document is written to the
 * audit log and, when it is an event a tenant can subscribe to, queued for that GSTIN's webhooks, in
 * one transaction (nothing is announced that was not recorded). Routes record through a hook; the job
 * runner and the e-way bill expiry scan record as `system`.
 */

/** Events a webhook endpoint can subscribe to (issue 6). */
export const WEBHOOK_EVENTS = [
  'einvoice.generated',
  'einvoice.cancelled',
  'ewaybill.generated',
  'ewaybill.expiring',
  'ewaybill.expired',
  'job.failed',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** What an audit row is about; `webhook` rows record changes to a tenant's webhook endpoints. */
export type DocType = 'einvoice' | 'ewaybill' | 'consolidated-ewaybill' | 'job' | 'webhook';

export interface ActivityEntry {
  /** The tenant: the GSTIN of the acting token (or of the job's / e-way bill's owner). */
  gstin: string;
  /** API username, or `system`. */
  actor: string;
  /** e.g. einvoice.generate, einvoice.cancel, ewaybill.extend, job.failed */
  action: string;
  docType?: DocType;
  /** IRN, e-way bill number, consolidated number, job id, webhook endpoint id. */
  docId?: string;
  requestId?: string;
  outcome: 'success' | 'failure';
  /** Small, secret-free facts: the error code, the document number, `recovered: true` … */
  detail?: Record<string, unknown>;
}

export interface WebhookEvent {
  name: WebhookEventName;
  /** The body `data` receivers get (e.g. the generate response without the signed JWTs' bulk). */
  data: Record<string, unknown>;
}

export interface Activity {
  /** Appends to the audit log and, with `event`, queues a delivery to each subscribed endpoint of entry.gstin. */
  record(entry: ActivityEntry, event?: WebhookEvent): Promise<void>;
}
