import { sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement, rowsOf } from '../../core/db.ts';
import type { Executor } from '../audit/audit.repository.ts';

export interface ClaimedEwayBill {
  ewbNo: string;
  gstin: string;
  validUpto: Date;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const claimed = (result: unknown): ClaimedEwayBill[] =>
  rowsOf<{ ewb_no: string; gstin: string; valid_upto: string | Date }>(result).map((r) => ({
    ewbNo: r.ewb_no,
    gstin: r.gstin,
    validUpto: new Date(r.valid_upto),
  }));

/**
 * ewaybill_watch: the validity of each e-way bill the gateway saw generated or changed, and when
 * ewaybill.expiring / ewaybill.expired were sent for it. Claims are single UPDATE … RETURNING
 * statements over rows locked with SKIP LOCKED, so two instances scanning at once send each event once.
 */
/** Every e-way bill generated through the API passes here (issue 9: a prepared statement). */
const UPSERT_SQL = `
INSERT INTO ewaybill_watch (ewb_no, gstin, valid_upto) VALUES ($1, $2, $3::timestamptz)
ON CONFLICT (ewb_no) DO UPDATE SET
  valid_upto = excluded.valid_upto,
  closed = false,
  expiring_sent_at = CASE WHEN ewaybill_watch.valid_upto IS NOT DISTINCT FROM excluded.valid_upto
                          THEN ewaybill_watch.expiring_sent_at END,
  expired_sent_at = CASE WHEN ewaybill_watch.valid_upto IS NOT DISTINCT FROM excluded.valid_upto
                         THEN ewaybill_watch.expired_sent_at END`;

export class EwaybillWatchRepository {
  private upsertStatement?: PreparedStatement<never>;

  constructor(private readonly db: Db) {}

  /**
   * Records the validity the e-way bill system answered. A validity that differs from the stored one
   * (an extension, a first Part-B) clears both flags: the new validity can expire again. The GSTIN of
   * the first record (the generator) keeps receiving the events.
   */
  async upsert(gstin: string, ewbNo: string, validUpto: Date | null): Promise<void> {
    this.upsertStatement ??= preparedStatement(this.db, 'ewaybill_watch_upsert', UPSERT_SQL);
    await this.upsertStatement([ewbNo, gstin, validUpto ? validUpto.toISOString() : null]);
  }

  /** Cancelled or rejected: no more events. */
  async close(ewbNo: string): Promise<void> {
    await this.db.execute(sql`UPDATE ewaybill_watch SET closed = true WHERE ewb_no = ${ewbNo}`);
  }

  /** Open bills whose validity ends within (now, horizon] and for which nothing was sent yet; marks them sent. */
  async claimExpiring(exec: Executor, now: Date, horizon: Date, limit: number): Promise<ClaimedEwayBill[]> {
    return claimed(
      await exec.execute(sql`
        UPDATE ewaybill_watch SET expiring_sent_at = ${ts(now)}
        WHERE ewb_no IN (
          SELECT ewb_no FROM ewaybill_watch
          WHERE NOT closed AND valid_upto IS NOT NULL AND expiring_sent_at IS NULL AND expired_sent_at IS NULL
            AND valid_upto >= ${ts(now)} AND valid_upto <= ${ts(horizon)}
          ORDER BY valid_upto LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        AND expiring_sent_at IS NULL
        RETURNING ewb_no, gstin, valid_upto`),
    );
  }

  /** Open bills past their validity for which ewaybill.expired was not sent; marks them sent. */
  async claimExpired(exec: Executor, now: Date, limit: number): Promise<ClaimedEwayBill[]> {
    return claimed(
      await exec.execute(sql`
        UPDATE ewaybill_watch SET expired_sent_at = ${ts(now)}, expiring_sent_at = coalesce(expiring_sent_at, ${ts(now)})
        WHERE ewb_no IN (
          SELECT ewb_no FROM ewaybill_watch
          WHERE NOT closed AND valid_upto IS NOT NULL AND expired_sent_at IS NULL AND valid_upto < ${ts(now)}
          ORDER BY valid_upto LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        AND expired_sent_at IS NULL
        RETURNING ewb_no, gstin, valid_upto`),
    );
  }

  /**
   * Closes bills that expired before `cutoff` (past the 8-hour extension window, reference A6/382),
   * so the open set the scan reads stays small. An extension that still succeeds re-opens the row.
   */
  async retire(cutoff: Date): Promise<void> {
    await this.db.execute(sql`
      UPDATE ewaybill_watch SET closed = true
      WHERE NOT closed AND expired_sent_at IS NOT NULL AND valid_upto < ${ts(cutoff)}`);
  }
}
