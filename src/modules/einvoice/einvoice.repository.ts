import { and, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement } from '../../core/db.ts';
import { type EinvoiceRow, einvoices } from './einvoice.tables.ts';

export type NewEinvoiceRow = typeof einvoices.$inferInsert;
/** What save() writes: a new copy is active or recovered as registered; cancel details come later. */
export type SavedEinvoiceRow = Omit<NewEinvoiceRow, 'cancelDate' | 'cancelReason' | 'cancelRemark' | 'createdAt' | 'updatedAt'>;

/** Filters of the documents list (GET /v1/einvoice/documents); dates are yyyy-mm-dd (document date). */
export interface DocumentFilters {
  from?: string;
  to?: string;
  status?: 'ACT' | 'CNL';
  buyer?: string;
  minValue?: number;
  maxValue?: number;
  q?: string;
  /** Only documents registered before this instant (the previous page's last createdAt). */
  before?: Date;
  limit: number;
}

/** The copy's INSERT, run once per IRN: a prepared statement (core/db.ts, issue 9). */
const SAVE_SQL = `
INSERT INTO einvoices (irn, gstin, filed_by, doc_type, doc_no, doc_date, buyer_gstin, total_value, ack_no, ack_dt, status,
  signed_invoice, signed_qr_code, ewb_no, ewb_dt, ewb_valid_till, remarks, payload)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::json)
ON CONFLICT DO NOTHING RETURNING irn`;

export class EinvoiceRepository {
  private readonly saveStatement: PreparedStatement<{ irn: string }>;

  constructor(private readonly db: Db) {
    this.saveStatement = preparedStatement(db, 'einvoice_save', SAVE_SQL);
  }

  /** Keeps the gateway's copy; an existing copy (same IRN) is left as it is. True when this call inserted it. */
  async save(row: SavedEinvoiceRow): Promise<boolean> {
    const rows = await this.saveStatement([
      row.irn,
      row.gstin,
      row.filedBy,
      row.docType,
      row.docNo,
      row.docDate,
      row.buyerGstin ?? null,
      row.totalValue,
      row.ackNo,
      row.ackDt,
      row.status,
      row.signedInvoice,
      row.signedQrCode,
      row.ewbNo ?? null,
      row.ewbDt ?? null,
      row.ewbValidTill ?? null,
      row.remarks ?? null,
      JSON.stringify(row.payload),
    ]);
    return rows.length > 0;
  }

  async findByIrn(irn: string): Promise<EinvoiceRow | undefined> {
    const rows = await this.db.select().from(einvoices).where(eq(einvoices.irn, irn)).limit(1);
    return rows[0];
  }

  async findByIrns(irns: string[]): Promise<EinvoiceRow[]> {
    return this.db.select().from(einvoices).where(inArray(einvoices.irn, irns));
  }

  /** The e-way bill the IRP generated for the document (EWB by IRN, reference §4.5). */
  async setEwayBill(irn: string, ewb: { ewbNo: number; ewbDt: string; ewbValidTill: string | null }): Promise<void> {
    await this.db
      .update(einvoices)
      .set({ ...ewb, updatedAt: new Date() })
      .where(eq(einvoices.irn, irn));
  }

  async markCancelled(irn: string, cancelDate: string, reason: string, remark: string): Promise<void> {
    await this.db
      .update(einvoices)
      .set({ status: 'CNL', cancelDate, cancelReason: reason, cancelRemark: remark, updatedAt: new Date() })
      .where(and(eq(einvoices.irn, irn), eq(einvoices.status, 'ACT')));
  }

  /** The caller's documents (supplier or filer), newest first. */
  async list(gstin: string, f: DocumentFilters): Promise<EinvoiceRow[]> {
    const conds: SQL[] = [or(eq(einvoices.gstin, gstin), eq(einvoices.filedBy, gstin)) as SQL];
    const docDate = sql`to_date(${einvoices.docDate}, 'DD/MM/YYYY')`;
    if (f.from) conds.push(sql`${docDate} >= ${f.from}::date`);
    if (f.to) conds.push(sql`${docDate} <= ${f.to}::date`);
    if (f.status) conds.push(eq(einvoices.status, f.status));
    if (f.buyer) conds.push(ilike(einvoices.buyerGstin, `%${escapeLike(f.buyer)}%`));
    if (f.minValue !== undefined) conds.push(gte(einvoices.totalValue, String(f.minValue)));
    if (f.maxValue !== undefined) conds.push(lte(einvoices.totalValue, String(f.maxValue)));
    if (f.q) {
      const like = `%${escapeLike(f.q)}%`;
      conds.push(or(ilike(einvoices.docNo, like), ilike(einvoices.irn, like), ilike(einvoices.buyerGstin, like)) as SQL);
    }
    if (f.before) conds.push(lt(einvoices.createdAt, f.before));
    return this.db
      .select()
      .from(einvoices)
      .where(and(...conds))
      .orderBy(desc(einvoices.createdAt), desc(einvoices.irn))
      .limit(f.limit);
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
