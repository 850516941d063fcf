import { and, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { type Db, type PreparedStatement, preparedStatement, rowsOf } from '../../core/db.ts';
import type { ActivityEntry } from './activity.ts';
import { type AuditRow, auditLog } from './audit.tables.ts';

/** The database handle or an open transaction of it: both run the same statements. */
export type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

/** The webhook envelope as stored in webhook_deliveries.payload and sent as the request body. */
export interface WebhookEnvelope {
  id: string;
  type: string;
  createdAt: string;
  gstin: string;
  data: Record<string, unknown>;
}

export interface AuditFilter {
  docId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Entries older than this id (the `next` cursor of the previous page). */
  before?: number;
  limit: number;
}

const INSERT_SQL = `
INSERT INTO audit_log (gstin, actor, action, doc_type, doc_id, request_id, outcome, detail)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`;

/** The entry and its deliveries in one data-modifying CTE (atomic, one round trip). */
const INSERT_WITH_DELIVERIES_SQL = `
WITH entry AS (
  INSERT INTO audit_log (gstin, actor, action, doc_type, doc_id, request_id, outcome, detail)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
  RETURNING id
)
INSERT INTO webhook_deliveries (endpoint_id, gstin, event_id, event, payload)
SELECT e.id, e.gstin, $9, $10, $11::jsonb
FROM webhook_endpoints e
WHERE e.gstin = $1 AND e.active AND e.events @> jsonb_build_array($10::text)
RETURNING id`;

export class AuditRepository {
  private readonly insertStatement: PreparedStatement<never>;
  private readonly insertWithDeliveriesStatement: PreparedStatement<{ id: unknown }>;

  constructor(private readonly db: Db) {
    // Every audited request writes one of these (issue 9: prepared, outside transactions).
    this.insertStatement = preparedStatement(db, 'audit_insert', INSERT_SQL);
    this.insertWithDeliveriesStatement = preparedStatement(db, 'audit_insert_deliveries', INSERT_WITH_DELIVERIES_SQL);
  }

  /**
   * Appends the entry; with an envelope, also queues one delivery per active endpoint of the GSTIN
   * subscribed to the event, in ONE statement (a data-modifying CTE is atomic and costs one round
   * trip: the IRN hot path pays a single INSERT). Returns how many deliveries were queued.
   */
  async insert(entry: ActivityEntry, envelope?: WebhookEnvelope, exec: Executor = this.db): Promise<number> {
    const row = {
      gstin: entry.gstin,
      actor: entry.actor,
      action: entry.action,
      docType: entry.docType ?? null,
      docId: entry.docId ?? null,
      requestId: entry.requestId ?? null,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
    };
    const values = [
      row.gstin,
      row.actor,
      row.action,
      row.docType,
      row.docId,
      row.requestId,
      row.outcome,
      row.detail === null ? null : JSON.stringify(row.detail),
    ];
    if (exec === this.db) {
      if (!envelope) {
        await this.insertStatement(values);
        return 0;
      }
      return (await this.insertWithDeliveriesStatement([...values, envelope.id, envelope.type, JSON.stringify(envelope)])).length;
    }
    // Inside a transaction (the expiry scan): the same statements through drizzle on the transaction.
    if (!envelope) {
      await exec.insert(auditLog).values(row);
      return 0;
    }
    const result = await exec.execute(sql`
      WITH entry AS (
        INSERT INTO audit_log (gstin, actor, action, doc_type, doc_id, request_id, outcome, detail)
        VALUES (${row.gstin}, ${row.actor}, ${row.action}, ${row.docType}, ${row.docId}, ${row.requestId}, ${row.outcome},
                ${values[7]}::jsonb)
        RETURNING id
      )
      INSERT INTO webhook_deliveries (endpoint_id, gstin, event_id, event, payload)
      SELECT e.id, e.gstin, ${envelope.id}, ${envelope.type}, ${JSON.stringify(envelope)}::jsonb
      FROM webhook_endpoints e
      WHERE e.gstin = ${entry.gstin} AND e.active AND e.events @> jsonb_build_array(${envelope.type}::text)
      RETURNING id`);
    return rowsOf(result).length;
  }

  /** One GSTIN's entries, newest first; one more than `limit` tells whether a next page exists. */
  async list(gstin: string, filter: AuditFilter): Promise<AuditRow[]> {
    const where: (SQL | undefined)[] = [
      eq(auditLog.gstin, gstin),
      filter.docId ? eq(auditLog.docId, filter.docId) : undefined,
      filter.action ? eq(auditLog.action, filter.action) : undefined,
      filter.from ? gte(auditLog.at, filter.from) : undefined,
      filter.to ? lte(auditLog.at, filter.to) : undefined,
      filter.before ? lt(auditLog.id, filter.before) : undefined,
    ];
    return this.db
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(filter.limit + 1);
  }
}
