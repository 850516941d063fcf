import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type NewTaxpayerRow, type TaxpayerRow, taxpayers } from './taxpayer.tables.ts';

export type RegistryFields = Pick<
  TaxpayerRow,
  'gstin' | 'sts' | 'taxpayerType' | 'registrationDate' | 'cancellationDate' | 'blocked' | 'reportingLimitDays'
>;

export class TaxpayerRepository {
  constructor(private readonly db: Db) {}

  async findByGstin(gstin: string): Promise<TaxpayerRow | undefined> {
    const rows = await this.db.select().from(taxpayers).where(eq(taxpayers.gstin, gstin)).limit(1);
    return rows[0];
  }

  async findByGstins(gstins: string[]): Promise<TaxpayerRow[]> {
    if (gstins.length === 0) return [];
    return this.db.select().from(taxpayers).where(inArray(taxpayers.gstin, gstins));
  }

  /** The columns the IRP's rules read (registry status on the document date), for several GSTINs. */
  async findRegistryFields(gstins: string[]): Promise<RegistryFields[]> {
    if (gstins.length === 0) return [];
    return this.db
      .select({
        gstin: taxpayers.gstin,
        sts: taxpayers.sts,
        taxpayerType: taxpayers.taxpayerType,
        registrationDate: taxpayers.registrationDate,
        cancellationDate: taxpayers.cancellationDate,
        blocked: taxpayers.blocked,
        reportingLimitDays: taxpayers.reportingLimitDays,
      })
      .from(taxpayers)
      .where(inArray(taxpayers.gstin, gstins));
  }

  /** Inserts; returns false when the GSTIN already exists. */
  async insert(row: NewTaxpayerRow): Promise<boolean> {
    const inserted = await this.db.insert(taxpayers).values(row).onConflictDoNothing().returning({ gstin: taxpayers.gstin });
    return inserted.length === 1;
  }

  async insertMany(rows: NewTaxpayerRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await this.db.insert(taxpayers).values(rows).onConflictDoNothing().returning({ gstin: taxpayers.gstin });
    return inserted.length;
  }

  async count(): Promise<number> {
    const rows = await this.db.select({ n: sql<number>`count(*)::int` }).from(taxpayers);
    return Number(rows[0]?.n ?? 0);
  }

  async touch(gstin: string): Promise<void> {
    await this.db.update(taxpayers).set({ updatedAt: new Date() }).where(eq(taxpayers.gstin, gstin));
  }
}
