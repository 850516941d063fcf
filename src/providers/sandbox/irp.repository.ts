import { and, eq, sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement, rowsOf } from '../../core/db.ts';
import type { RegistryFields } from '../../modules/taxpayer/taxpayer.repository.ts';
import { type IrpDocumentRow, irpDocuments } from './irp.tables.ts';

export type NewIrpDocument = typeof irpDocuments.$inferInsert;

/** What a duplicate answer needs (2150 DUPIRN / 2278). */
export interface Registration {
  irn: string;
  status: string;
  ackNo: number;
  ackDt: string;
  submitterGstin: string;
}

/** The reads a generate needs before it signs, from one statement (IrpRepository.beforeSigning). */
export interface BeforeSigning {
  /** The document as registered under the exact key, if it is. */
  existing: Registration | undefined;
  /** Registry rows of the GSTINs asked for (those that exist). */
  registry: RegistryFields[];
  /** The next AckNo sequence value, taken only when nothing is registered under the key. */
  nextAck: number | undefined;
}

/**
 * One round trip instead of three on every generate (issue 9): the exact-key registration lookup
 * (2150/2278), the registry rows of the invoice's parties (json_agg, so one row comes back) and,
 * when the key is free, the next AckNo (a CASE, so a duplicate takes no number).
 */
const BEFORE_SIGNING_SQL = `
SELECT r.irn, r.status, r.ack_no::text AS ack_no, r.ack_dt, r.submitter_gstin,
       CASE WHEN r.irn IS NULL THEN nextval('irp_ack_no_seq')::text END AS next_ack,
       (SELECT coalesce(json_agg(json_build_object(
                 'gstin', t.gstin, 'sts', t.sts, 'taxpayerType', t.taxpayer_type,
                 'registrationDate', t.registration_date, 'cancellationDate', t.cancellation_date,
                 'blocked', t.blocked, 'reportingLimitDays', t.reporting_limit_days)), '[]'::json)
          FROM taxpayers t WHERE t.gstin = ANY($5::text[])) AS registry
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (
  SELECT irn, status, ack_no, ack_dt, submitter_gstin FROM irp_documents
  WHERE seller_gstin = $1 AND fy = $2 AND doc_type = $3 AND doc_key = $4 LIMIT 1
) AS r ON true`;

const INSERT_SQL = `
INSERT INTO irp_documents (irn, seller_gstin, submitter_gstin, fy, doc_type, doc_key, doc_no, doc_date, buyer_gstin,
  total_value, ack_no, ack_dt, status, signed_invoice, signed_qr_code, document, generated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::json, $17)
ON CONFLICT DO NOTHING RETURNING irn`;

interface BeforeSigningRow {
  irn: string | null;
  status: string | null;
  ack_no: string | null;
  ack_dt: string | null;
  submitter_gstin: string | null;
  next_ack: string | null;
  registry: RegistryFields[] | string;
}

export class IrpRepository {
  private readonly beforeSigningStatement: PreparedStatement<BeforeSigningRow>;
  private readonly insertStatement: PreparedStatement<{ irn: string }>;

  constructor(private readonly db: Db) {
    this.beforeSigningStatement = preparedStatement(db, 'irp_before_signing', BEFORE_SIGNING_SQL);
    this.insertStatement = preparedStatement(db, 'irp_insert', INSERT_SQL);
  }

  /** The exact-key registration, the registry rows of `gstins`, and the next AckNo when the key is free. */
  async beforeSigning(sellerGstin: string, fy: string, docType: string, docKey: string, gstins: string[]): Promise<BeforeSigning> {
    const [row] = await this.beforeSigningStatement([sellerGstin, fy, docType, docKey, gstins]);
    const registry = typeof row.registry === 'string' ? (JSON.parse(row.registry) as RegistryFields[]) : row.registry;
    return {
      existing:
        row.irn === null
          ? undefined
          : {
              irn: row.irn,
              status: row.status as string,
              ackNo: Number(row.ack_no),
              ackDt: row.ack_dt as string,
              submitterGstin: row.submitter_gstin as string,
            },
      registry,
      nextAck: row.next_ack === null ? undefined : Number(row.next_ack),
    };
  }

  async nextAckSequence(): Promise<number> {
    // bigint arrives as number or string, depending on the driver.
    const rows = rowsOf<{ n: string | number }>(await this.db.execute(sql`select nextval('irp_ack_no_seq') as n`));
    return Number(rows[0].n);
  }

  /**
   * Inserts unless the document (seller, FY, type, number) is already registered; true when inserted.
   * `documentJson`: the stored document as the JSON text that was signed, so it is not serialised twice.
   */
  async insert(doc: Omit<NewIrpDocument, 'document'>, documentJson: string): Promise<boolean> {
    const rows = await this.insertStatement([
      doc.irn,
      doc.sellerGstin,
      doc.submitterGstin,
      doc.fy,
      doc.docType,
      doc.docKey,
      doc.docNo,
      doc.docDate,
      doc.buyerGstin ?? null,
      doc.totalValue,
      doc.ackNo,
      doc.ackDt,
      doc.status,
      doc.signedInvoice,
      doc.signedQrCode,
      documentJson,
      doc.generatedAt,
    ]);
    return rows.length === 1;
  }

  async findByIrn(irn: string): Promise<IrpDocumentRow | undefined> {
    const rows = await this.db.select().from(irpDocuments).where(eq(irpDocuments.irn, irn)).limit(1);
    return rows[0];
  }

  async findByDocument(sellerGstin: string, fy: string, docType: string, docKey: string): Promise<IrpDocumentRow | undefined> {
    const rows = await this.db
      .select()
      .from(irpDocuments)
      .where(documentIs(sellerGstin, fy, docType, docKey))
      .limit(1);
    return rows[0];
  }

  /**
   * What a duplicate answer needs (2150 DUPIRN / 2278), without reading the stored document.
   * `anyCase`: the number in any letter case (reference §7.1 item 6), for documents registered before
   * the IRP upper-cased numbers; not index-backed, so callers try the exact key first.
   */
  async findRegistration(sellerGstin: string, fy: string, docType: string, docKey: string, anyCase = false) {
    const rows = await this.db
      .select({
        irn: irpDocuments.irn,
        status: irpDocuments.status,
        ackNo: irpDocuments.ackNo,
        ackDt: irpDocuments.ackDt,
        submitterGstin: irpDocuments.submitterGstin,
      })
      .from(irpDocuments)
      .where(documentIs(sellerGstin, fy, docType, docKey, anyCase))
      .limit(1);
    return rows[0];
  }

  /** Links the document's e-way bill (reference §4.1/§4.5: EwbNo, EwbDt, EwbValidTill as the IRP answers them). */
  async setEwayBill(irn: string, ewb: { ewbNo: number; ewbDt: string; ewbValidTill: string | null }): Promise<void> {
    await this.db.update(irpDocuments).set(ewb).where(eq(irpDocuments.irn, irn));
  }

  /** Marks an active document cancelled; false when it was not active any more (a concurrent cancel). */
  async cancel(irn: string, at: Date, cancelDate: string, reason: string, remark: string): Promise<boolean> {
    const rows = await this.db
      .update(irpDocuments)
      .set({ status: 'CNL', cancelledAt: at, cancelDate, cancelReason: reason, cancelRemark: remark })
      .where(and(eq(irpDocuments.irn, irn), eq(irpDocuments.status, 'ACT')))
      .returning({ irn: irpDocuments.irn });
    return rows.length === 1;
  }
}

/** The IRN's inputs: (seller GSTIN, FY, type, number as hashed) — the unique registration key. */
function documentIs(sellerGstin: string, fy: string, docType: string, docKey: string, anyCase = false) {
  return and(
    eq(irpDocuments.sellerGstin, sellerGstin),
    eq(irpDocuments.fy, fy),
    eq(irpDocuments.docType, docType),
    anyCase ? sql`upper(${irpDocuments.docKey}) = ${docKey.toUpperCase()}` : eq(irpDocuments.docKey, docKey),
  );
}
