import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type EinvoiceRow, einvoices } from './einvoice.tables.ts';

export type NewEinvoiceRow = typeof einvoices.$inferInsert;

export class EinvoiceRepository {
  constructor(private readonly db: Db) {}

  /** Keeps the gateway's copy; an existing copy (same IRN) is left as it is. True when this call inserted it. */
  async save(row: NewEinvoiceRow): Promise<boolean> {
    const rows = await this.db.insert(einvoices).values(row).onConflictDoNothing().returning({ irn: einvoices.irn });
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
}
