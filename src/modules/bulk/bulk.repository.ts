/**
 * Batches and their rows. Row results are written many at a time (one UPDATE … FROM (VALUES …) per
 * chunk), not one statement per invoice; rows are claimed for generation with FOR UPDATE SKIP LOCKED,
 * so two runners of one batch (a retry beside a continuation) never take the same invoice.
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../core/db.ts';
import { type BulkBatchRow, type BulkRowRow, bulkBatches, bulkRows } from './bulk.tables.ts';

export type NewBulkBatch = typeof bulkBatches.$inferInsert;
export type NewBulkRow = typeof bulkRows.$inferInsert;

export type BulkRowStatus = 'pending' | 'valid' | 'invalid' | 'generating' | 'generated' | 'failed' | 'duplicate';

/** A row result to write: null fields are written as null, `payload` undefined keeps the stored one. */
export interface RowUpdate {
  seq: number;
  status: BulkRowStatus;
  errors?: unknown[] | null;
  payload?: unknown;
  irn?: string | null;
  ackNo?: number | null;
  ackDt?: string | null;
}

/** Rows per INSERT / UPDATE statement (7–8 parameters each, far below PostgreSQL's 65,535). */
const WRITE_CHUNK = 500;

export type RowSummary = Omit<BulkRowRow, 'payload' | 'batchId' | 'attempts'>;

const summaryColumns = {
  seq: bulkRows.seq,
  rowNo: bulkRows.rowNo,
  lastRowNo: bulkRows.lastRowNo,
  docType: bulkRows.docType,
  docNo: bulkRows.docNo,
  docDate: bulkRows.docDate,
  status: bulkRows.status,
  irn: bulkRows.irn,
  ackNo: bulkRows.ackNo,
  ackDt: bulkRows.ackDt,
  errors: bulkRows.errors,
  updatedAt: bulkRows.updatedAt,
};

export class BulkRepository {
  constructor(private readonly db: Db) {}

  async create(batch: NewBulkBatch, rows: NewBulkRow[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.insert(bulkBatches).values(batch);
      for (let i = 0; i < rows.length; i += WRITE_CHUNK) await tx.insert(bulkRows).values(rows.slice(i, i + WRITE_CHUNK));
    });
  }

  async findBatch(id: string): Promise<BulkBatchRow | undefined> {
    const rows = await this.db.select().from(bulkBatches).where(eq(bulkBatches.id, id)).limit(1);
    return rows[0];
  }

  async setState(id: string, state: string): Promise<void> {
    await this.db.update(bulkBatches).set({ state, updatedAt: new Date() }).where(eq(bulkBatches.id, id));
  }

  async touch(id: string): Promise<void> {
    await this.db.update(bulkBatches).set({ updatedAt: new Date() }).where(eq(bulkBatches.id, id));
  }

  /** Rows per status. */
  async counts(batchId: string): Promise<Partial<Record<BulkRowStatus, number>>> {
    const rows = await this.db
      .select({ status: bulkRows.status, n: count() })
      .from(bulkRows)
      .where(eq(bulkRows.batchId, batchId))
      .groupBy(bulkRows.status);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  async pending(batchId: string, limit: number): Promise<{ seq: number; payload: unknown; errors: unknown }[]> {
    return this.db
      .select({ seq: bulkRows.seq, payload: bulkRows.payload, errors: bulkRows.errors })
      .from(bulkRows)
      .where(and(eq(bulkRows.batchId, batchId), eq(bulkRows.status, 'pending')))
      .orderBy(asc(bulkRows.seq))
      .limit(limit);
  }

  /**
   * Takes up to `limit` valid rows for generation (status generating, attempts + 1), and rows left
   * `generating` since before `staleBefore` by a runner that died.
   */
  async claim(batchId: string, limit: number, staleBefore: Date): Promise<{ seq: number; attempts: number; payload: unknown }[]> {
    const result = await this.db.execute(sql`
      UPDATE bulk_rows SET status = 'generating', attempts = attempts + 1, updated_at = now()
      WHERE batch_id = ${batchId} AND seq IN (
        SELECT seq FROM bulk_rows
        WHERE batch_id = ${batchId}
          AND (status = 'valid' OR (status = 'generating' AND updated_at < ${staleBefore.toISOString()}::timestamptz))
        ORDER BY seq LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING seq, attempts, payload`);
    return rowsOf<{ seq: number; attempts: number; payload: unknown }>(result).map((r) => ({
      seq: Number(r.seq),
      attempts: Number(r.attempts),
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    }));
  }

  /** Writes row results, WRITE_CHUNK rows per statement. */
  async update(batchId: string, updates: RowUpdate[]): Promise<void> {
    for (let i = 0; i < updates.length; i += WRITE_CHUNK) {
      const values = updates
        .slice(i, i + WRITE_CHUNK)
        .map(
          (u) =>
            sql`(${u.seq}::int, ${u.status}::text, ${u.errors ? JSON.stringify(u.errors) : null}::text, ${
              u.payload === undefined ? null : JSON.stringify(u.payload)
            }::text, ${u.irn ?? null}::text, ${u.ackNo ?? null}::bigint, ${u.ackDt ?? null}::text)`,
        );
      await this.db.execute(sql`
        UPDATE bulk_rows AS b SET status = v.status, errors = v.errors::jsonb, payload = COALESCE(v.payload::jsonb, b.payload),
          irn = v.irn, ack_no = v.ack_no, ack_dt = v.ack_dt, updated_at = now()
        FROM (VALUES ${sql.join(values, sql`, `)}) AS v(seq, status, errors, payload, irn, ack_no, ack_dt)
        WHERE b.batch_id = ${batchId} AND b.seq = v.seq`);
    }
  }

  async listRows(batchId: string, opts: { status?: string; limit: number; offset: number }): Promise<RowSummary[]> {
    const where = opts.status ? and(eq(bulkRows.batchId, batchId), eq(bulkRows.status, opts.status)) : eq(bulkRows.batchId, batchId);
    return this.db.select(summaryColumns).from(bulkRows).where(where).orderBy(asc(bulkRows.seq)).limit(opts.limit).offset(opts.offset);
  }
}
