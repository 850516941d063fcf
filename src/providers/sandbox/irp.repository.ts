import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type IrpDocumentRow, irpDocuments } from './irp.tables.ts';

export type NewIrpDocument = typeof irpDocuments.$inferInsert;

export class IrpRepository {
  constructor(private readonly db: Db) {}

  async nextAckSequence(): Promise<number> {
    // PGlite and node-postgres both answer { rows }; bigint arrives as number or string.
    const res = (await this.db.execute(sql`select nextval('irp_ack_no_seq') as n`)) as unknown as { rows: { n: string | number }[] };
    return Number(res.rows[0].n);
  }

  /** Inserts unless the document (seller, FY, type, number) is already registered; true when inserted. */
  async insert(doc: NewIrpDocument): Promise<boolean> {
    const rows = await this.db.insert(irpDocuments).values(doc).onConflictDoNothing().returning({ irn: irpDocuments.irn });
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
