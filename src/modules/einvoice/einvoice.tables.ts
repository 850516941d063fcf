/**
 * The gateway's own copy of every e-invoice it registered (api.md §4: reads work for the document's
 * whole life, unlike the IRP's 2-day window). Tenant column: `gstin` (the supplier).
 */
import { bigint, index, json, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const einvoices = pgTable(
  'einvoices',
  {
    irn: text('irn').primaryKey(),
    gstin: text('gstin').notNull(),
    /** Who filed it: the supplier, or the e-commerce operator named in EcmGstin; both may read and cancel it. */
    filedBy: text('filed_by').notNull(),
    docType: text('doc_type').notNull(),
    docNo: text('doc_no').notNull(),
    /** dd/mm/yyyy as sent. */
    docDate: text('doc_date').notNull(),
    buyerGstin: text('buyer_gstin'),
    totalValue: numeric('total_value', { precision: 16, scale: 2 }).notNull(),
    ackNo: bigint('ack_no', { mode: 'number' }).notNull(),
    /** yyyy-MM-dd HH:mm:ss IST as the IRP renders it. */
    ackDt: text('ack_dt').notNull(),
    status: text('status').notNull(),
    signedInvoice: text('signed_invoice').notNull(),
    signedQrCode: text('signed_qr_code').notNull(),
    ewbNo: bigint('ewb_no', { mode: 'number' }),
    ewbDt: text('ewb_dt'),
    ewbValidTill: text('ewb_valid_till'),
    remarks: text('remarks'),
    cancelDate: text('cancel_date'),
    cancelReason: text('cancel_reason'),
    cancelRemark: text('cancel_remark'),
    /** The invoice as sent (json, not jsonb: stored as text, no binary conversion of large documents on the hot path, issue 9). */
    payload: json('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('einvoices_gstin_doc_idx').on(t.gstin, t.docType, t.docNo), index('einvoices_gstin_created_idx').on(t.gstin, t.createdAt)],
);

export type EinvoiceRow = typeof einvoices.$inferSelect;
