import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement } from '../../core/db.ts';
import {
  type NewTaxpayerFilingRow,
  type NewTaxpayerRow,
  type TaxpayerFilingRow,
  type TaxpayerRow,
  taxpayerFilings,
  taxpayers,
} from './taxpayer.tables.ts';

export type RegistryFields = Pick<
  TaxpayerRow,
  'gstin' | 'sts' | 'taxpayerType' | 'registrationDate' | 'cancellationDate' | 'blocked' | 'reportingLimitDays'
>;

/** The registry columns of the IRP's and the e-way bill system's rules, read on every generate (issue 9: prepared). */
const REGISTRY_FIELDS_SQL = `
SELECT gstin, sts, taxpayer_type AS "taxpayerType", registration_date::text AS "registrationDate",
       cancellation_date::text AS "cancellationDate", blocked, reporting_limit_days AS "reportingLimitDays"
FROM taxpayers WHERE gstin = ANY($1::text[])`;

export class TaxpayerRepository {
  private registryFieldsStatement?: PreparedStatement<RegistryFields>;

  constructor(private readonly db: Db) {}

  /** Built once (issue 9): drizzle's query building was a quarter of a GSTIN lookup's CPU; on pg a named statement. */
  private byGstin?: { execute(values: { gstin: string }): Promise<TaxpayerRow[]> };

  async findByGstin(gstin: string): Promise<TaxpayerRow | undefined> {
    this.byGstin ??= this.db
      .select()
      .from(taxpayers)
      .where(eq(taxpayers.gstin, sql.placeholder('gstin')))
      .limit(1)
      .prepare('taxpayer_by_gstin');
    const rows = await this.byGstin.execute({ gstin });
    return rows[0];
  }

  async findByGstins(gstins: string[]): Promise<TaxpayerRow[]> {
    if (gstins.length === 0) return [];
    return this.db.select().from(taxpayers).where(inArray(taxpayers.gstin, gstins));
  }

  /** The columns the IRP's rules read (registry status on the document date), for several GSTINs. */
  async findRegistryFields(gstins: string[]): Promise<RegistryFields[]> {
    if (gstins.length === 0) return [];
    this.registryFieldsStatement ??= preparedStatement(this.db, 'taxpayer_registry_fields', REGISTRY_FIELDS_SQL);
    return this.registryFieldsStatement([gstins]);
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

  /** Up to `limit` rows in GSTIN order after `after` (keyset paging for exports of any size). */
  async pageAfter(after: string | undefined, limit: number): Promise<TaxpayerRow[]> {
    const where = after === undefined ? undefined : gt(taxpayers.gstin, after);
    return this.db.select().from(taxpayers).where(where).orderBy(asc(taxpayers.gstin)).limit(limit);
  }

  async count(): Promise<number> {
    const rows = await this.db.select({ n: sql<number>`count(*)::int` }).from(taxpayers);
    return Number(rows[0]?.n ?? 0);
  }

  /** Every registration of a PAN (index taxpayers_pan_idx), in GSTIN order. */
  async findByPan(pan: string): Promise<Array<Pick<TaxpayerRow, 'gstin' | 'stateCode' | 'sts'>>> {
    return this.db
      .select({ gstin: taxpayers.gstin, stateCode: taxpayers.stateCode, sts: taxpayers.sts })
      .from(taxpayers)
      .where(eq(taxpayers.pan, pan))
      .orderBy(asc(taxpayers.gstin));
  }

  /** Explicit return filings of a taxpayer (primary key range scan on gstin). */
  async findFilings(gstin: string): Promise<TaxpayerFilingRow[]> {
    return this.db.select().from(taxpayerFilings).where(eq(taxpayerFilings.gstin, gstin));
  }

  /** The keys of a taxpayer's stored filings that carry one of these ARNs. */
  async findFilingKeys(gstin: string, arns: string[]): Promise<Array<Pick<TaxpayerFilingRow, 'rtntype' | 'retPrd' | 'arn'>>> {
    if (arns.length === 0) return [];
    return this.db
      .select({ rtntype: taxpayerFilings.rtntype, retPrd: taxpayerFilings.retPrd, arn: taxpayerFilings.arn })
      .from(taxpayerFilings)
      .where(and(eq(taxpayerFilings.gstin, gstin), inArray(taxpayerFilings.arn, arns)));
  }

  /** Inserts filings; a row whose (gstin, rtntype, ret_prd, arn) exists is skipped. Returns the count inserted. */
  async insertFilings(rows: NewTaxpayerFilingRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await this.db.insert(taxpayerFilings).values(rows).onConflictDoNothing().returning({ arn: taxpayerFilings.arn });
    return inserted.length;
  }

  async touch(gstin: string): Promise<void> {
    await this.db.update(taxpayers).set({ updatedAt: new Date() }).where(eq(taxpayers.gstin, gstin));
  }
}
