import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Per-GSTIN webhook endpoints (issue 6). The signing secret is sealed at rest (core/crypto/at-rest.ts). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gstin: text('gstin').notNull(),
    url: text('url').notNull(),
    /** Event names this endpoint receives, e.g. ["einvoice.generated", "ewaybill.expiring"]. */
    events: jsonb('events').$type<string[]>().notNull(),
    secretEnc: text('secret_enc').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_gstin_idx').on(t.gstin)],
);

/** One row per (event, endpoint): the delivery log, and the state of its retries. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    gstin: text('gstin').notNull(),
    /** The event's own id (the same for every endpoint it goes to); receivers de-duplicate on it. */
    eventId: text('event_id').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull(),
    /** pending → delivered | failed (retries exhausted). */
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`state = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.id),
  ],
);

/**
 * E-way bills the gateway watches for `ewaybill.expiring` / `ewaybill.expired` (issue 6): validity as
 * last answered by the e-way bill system (generate, Part-B, extend), and when each event was sent,
 * so each fires once per validity.
 */
export const ewaybillWatch = pgTable(
  'ewaybill_watch',
  {
    ewbNo: text('ewb_no').primaryKey(),
    gstin: text('gstin').notNull(),
    validUpto: timestamp('valid_upto', { withTimezone: true }),
    expiringSentAt: timestamp('expiring_sent_at', { withTimezone: true }),
    expiredSentAt: timestamp('expired_sent_at', { withTimezone: true }),
    closed: boolean('closed').notNull().default(false),
  },
  (t) => [index('ewaybill_watch_open_idx').on(t.validUpto).where(sql`NOT closed`)],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
