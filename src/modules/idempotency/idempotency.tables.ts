import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Idempotency-Key records (api.md §2, issue 6): one per (GSTIN, key). A request claims its key with
 * state `pending`; when it finishes, the response is stored (`done`) and replayed to repeats with the
 * same body for 24 hours. A different body under the same key is refused (422).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    gstin: text('gstin').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of method, path and the raw body. */
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull().default('pending'),
    statusCode: integer('status_code'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.gstin, t.key] })],
);

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
