/**
 * The emulated IRP's own registry (the government side). One row per registered document, unique
 * per (seller GSTIN, financial year, document type, document number as hashed) — the IRN formula's
 * inputs (reference §6.1), so concurrent duplicates collide here and get 2150.
 */
import { bigint, index, json, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const irpDocuments = pgTable(
  'irp_documents',
  {
    irn: text('irn').primaryKey(),
    sellerGstin: text('seller_gstin').notNull(),
    /** GSTIN that submitted it: the supplier, or the e-commerce operator. */
    submitterGstin: text('submitter_gstin').notNull(),
    fy: text('fy').notNull(),
    docType: text('doc_type').notNull(),
    /** The document number as it entered the IRN hash (upper-cased from 1 Jun 2025). */
    docKey: text('doc_key').notNull(),
    docNo: text('doc_no').notNull(),
    docDate: text('doc_date').notNull(),
    buyerGstin: text('buyer_gstin'),
    totalValue: numeric('total_value', { precision: 16, scale: 2 }).notNull(),
    ackNo: bigint('ack_no', { mode: 'number' }).notNull(),
    ackDt: text('ack_dt').notNull(),
    status: text('status').notNull(),
    signedInvoice: text('signed_invoice').notNull(),
    signedQrCode: text('signed_qr_code').notNull(),
    ewbNo: bigint('ewb_no', { mode: 'number' }),
    ewbDt: text('ewb_dt'),
    ewbValidTill: text('ewb_valid_till'),
    cancelDate: text('cancel_date'),
    cancelReason: text('cancel_reason'),
    cancelRemark: text('cancel_remark'),
    /**
     * The invoice as the IRP stored and signed it: the signed JSON text itself (json keeps it as text;
     * jsonb's conversion cost ~15 ms per 1,000-item invoice, issue 9).
     */
    document: json('document').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('irp_documents_doc_uq').on(t.sellerGstin, t.fy, t.docType, t.docKey), index('irp_documents_ack_idx').on(t.ackNo)],
);

export type IrpDocumentRow = typeof irpDocuments.$inferSelect;
