import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Who did what to which document, when, with the request id (issue 6). Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The tenant: the GSTIN the acting token is for. */
    gstin: text('gstin').notNull(),
    /** The API user (username), or `system` for the gateway's own work (jobs, scans). */
    actor: text('actor').notNull(),
    /** e.g. einvoice.generate, einvoice.cancel, ewaybill.update-partb, job.failed */
    action: text('action').notNull(),
    /** einvoice | ewaybill | consolidated-ewaybill | job */
    docType: text('doc_type'),
    /** IRN, e-way bill number, consolidated number or job id. */
    docId: text('doc_id'),
    requestId: text('request_id'),
    /** success | failure (with the code in detail) */
    outcome: text('outcome').notNull().default('success'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_log_gstin_idx').on(t.gstin, t.id), index('audit_log_doc_idx').on(t.gstin, t.docId)],
);

export type AuditRow = typeof auditLog.$inferSelect;
