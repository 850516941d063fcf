/**
 * Bulk upload (issue 7): one batch per uploaded file, one row per invoice of it. The rows carry the
 * processing state (pending → valid/invalid → generating → generated/failed/duplicate), so a batch
 * resumes from them after a restart. Tenant column: `bulk_batches.gstin` (the uploader's GSTIN).
 */
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const bulkBatches = pgTable(
  'bulk_batches',
  {
    id: uuid('id').primaryKey(),
    gstin: text('gstin').notNull(),
    userId: integer('user_id').notNull(),
    username: text('username'),
    fileName: text('file_name'),
    /** csv, xlsx or json. */
    format: text('format').notNull(),
    /** validating, generating, completed. */
    state: text('state').notNull(),
    /** Invoices in the file (rows of bulk_rows). */
    total: integer('total').notNull(),
    /** Data rows of the file (one per item for CSV/XLSX). */
    fileRows: integer('file_rows').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bulk_batches_gstin_created_idx').on(t.gstin, t.createdAt)],
);

export const bulkRows = pgTable(
  'bulk_rows',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => bulkBatches.id, { onDelete: 'cascade' }),
    /** 1-based position of the invoice in the file. */
    seq: integer('seq').notNull(),
    /** File row of the invoice's first line (CSV/XLSX: the header is row 1), or its 1-based index in a JSON array. */
    rowNo: integer('row_no').notNull(),
    /** File row of its last line (several item lines of one document). */
    lastRowNo: integer('last_row_no').notNull(),
    docType: text('doc_type'),
    docNo: text('doc_no'),
    docDate: text('doc_date'),
    /** pending, valid, invalid, generating, generated, failed, duplicate. */
    status: text('status').notNull(),
    /** Generation attempts (a row claimed again after its runner died is retried as its own earlier attempt). */
    attempts: integer('attempts').notNull().default(0),
    irn: text('irn'),
    ackNo: bigint('ack_no', { mode: 'number' }),
    ackDt: text('ack_dt'),
    /** Problems ({ code, message, field?, column? }) of an invalid or failed row. */
    errors: jsonb('errors'),
    /** The INV-01 invoice as the file gives it (parsed again when generated). */
    payload: jsonb('payload').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.seq] }), index('bulk_rows_batch_status_idx').on(t.batchId, t.status)],
);

export type BulkBatchRow = typeof bulkBatches.$inferSelect;
export type BulkRowRow = typeof bulkRows.$inferSelect;
