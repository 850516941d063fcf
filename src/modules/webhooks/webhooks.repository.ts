import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../core/db.ts';
import type { WebhookEnvelope } from '../audit/audit.repository.ts';
import { type WebhookDeliveryRow, type WebhookEndpointRow, webhookDeliveries, webhookEndpoints } from './webhooks.tables.ts';

/** A delivery claimed for one attempt, with what is needed to send it. */
export interface ClaimedDelivery {
  id: number;
  endpointId: string;
  eventId: string;
  event: string;
  payload: WebhookEnvelope;
  attempts: number;
  url: string;
  secretEnc: string;
  active: boolean;
}

export type AttemptOutcome =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; retryInMs: number | null /* null: give up (failed) */ };

export class WebhooksRepository {
  constructor(private readonly db: Db) {}

  async insertEndpoint(row: {
    id: string;
    gstin: string;
    url: string;
    events: string[];
    secretEnc: string;
    description: string | null;
  }): Promise<WebhookEndpointRow> {
    const rows = await this.db.insert(webhookEndpoints).values(row).returning();
    return rows[0];
  }

  async countEndpoints(gstin: string): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.gstin, gstin));
    return Number(rows[0]?.n ?? 0);
  }

  async listEndpoints(gstin: string): Promise<WebhookEndpointRow[]> {
    return this.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.gstin, gstin)).orderBy(webhookEndpoints.createdAt);
  }

  /** The endpoint when it belongs to `gstin` (another tenant's is as absent as an unknown one). */
  async findEndpoint(gstin: string, id: string): Promise<WebhookEndpointRow | undefined> {
    const rows = await this.db
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.gstin, gstin)))
      .limit(1);
    return rows[0];
  }

  async updateEndpoint(
    gstin: string,
    id: string,
    set: Partial<Pick<WebhookEndpointRow, 'url' | 'events' | 'active' | 'description' | 'secretEnc'>>,
  ): Promise<WebhookEndpointRow | undefined> {
    const rows = await this.db
      .update(webhookEndpoints)
      .set(set)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.gstin, gstin)))
      .returning();
    return rows[0];
  }

  /** Deletes the endpoint and (cascade) its delivery log; false when it is not the GSTIN's. */
  async deleteEndpoint(gstin: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.gstin, gstin)))
      .returning({ id: webhookEndpoints.id });
    return rows.length > 0;
  }

  async queueDelivery(endpoint: { id: string; gstin: string }, envelope: WebhookEnvelope): Promise<WebhookDeliveryRow> {
    const rows = await this.db
      .insert(webhookDeliveries)
      .values({ endpointId: endpoint.id, gstin: endpoint.gstin, eventId: envelope.id, event: envelope.type, payload: envelope })
      .returning();
    return rows[0];
  }

  /** One endpoint's delivery log, newest first, one more row than `limit` (is there a next page?). */
  async listDeliveries(endpointId: string, limit: number, before?: number): Promise<WebhookDeliveryRow[]> {
    return this.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpointId), before ? lt(webhookDeliveries.id, before) : undefined))
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit + 1);
  }

  /**
   * Claims up to `limit` due deliveries for one attempt each. The rows are picked with FOR UPDATE
   * SKIP LOCKED (another instance claiming at the same moment gets other rows) and leased by moving
   * next_attempt_at `leaseSeconds` ahead, so no transaction stays open while the HTTP call runs; a
   * crashed instance's lease runs out and the delivery is tried again (at least once).
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const result = await this.db.execute(sql`
      WITH due AS (
        SELECT id FROM webhook_deliveries
        WHERE state = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE webhook_deliveries d
      SET next_attempt_at = now() + make_interval(secs => ${leaseSeconds}::double precision)
      FROM due, webhook_endpoints e
      WHERE d.id = due.id AND e.id = d.endpoint_id
      RETURNING d.id, d.endpoint_id, d.event_id, d.event, d.payload, d.attempts, e.url, e.secret_enc, e.active`);
    type Raw = {
      id: number | string;
      endpoint_id: string;
      event_id: string;
      event: string;
      payload: WebhookEnvelope | string;
      attempts: number;
      url: string;
      secret_enc: string;
      active: boolean;
    };
    return rowsOf<Raw>(result).map((r) => ({
      id: Number(r.id),
      endpointId: r.endpoint_id,
      eventId: r.event_id,
      event: r.event,
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
      attempts: Number(r.attempts),
      url: r.url,
      secretEnc: r.secret_enc,
      active: r.active,
    }));
  }

  /**
   * Records one attempt. A failure keeps its status and error; a later success keeps the last
   * failure's error next to its own status, so the log still shows why earlier attempts failed.
   */
  async completeAttempt(id: number, outcome: AttemptOutcome): Promise<void> {
    if (outcome.ok) {
      await this.db.execute(sql`
        UPDATE webhook_deliveries
        SET state = 'delivered', attempts = attempts + 1, last_status = ${outcome.status}, delivered_at = now()
        WHERE id = ${id} AND state = 'pending'`);
      return;
    }
    await this.db.execute(sql`
      UPDATE webhook_deliveries
      SET attempts = attempts + 1, last_status = ${outcome.status}, last_error = ${outcome.error.slice(0, 500)},
          state = ${outcome.retryInMs === null ? 'failed' : 'pending'},
          next_attempt_at = now() + make_interval(secs => ${(outcome.retryInMs ?? 0) / 1000}::double precision)
      WHERE id = ${id} AND state = 'pending'`);
  }

  /** Notes why a claimed delivery could not be attempted, without counting an attempt (its lease stays). */
  async noteProblem(id: number, error: string): Promise<void> {
    await this.db.execute(sql`UPDATE webhook_deliveries SET last_error = ${error} WHERE id = ${id} AND state = 'pending'`);
  }

  /** Gives a claimed delivery back without counting an attempt (the instance is shutting down). */
  async release(id: number): Promise<void> {
    await this.db.execute(sql`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = ${id} AND state = 'pending'`);
  }

  /** A disabled endpoint receives nothing more: its pending deliveries end as failed. */
  async abandon(id: number, reason: string): Promise<void> {
    await this.db.execute(sql`
      UPDATE webhook_deliveries SET state = 'failed', last_error = ${reason} WHERE id = ${id} AND state = 'pending'`);
  }
}
