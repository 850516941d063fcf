/**
 * Idempotency-Key rows (api.md §2). A claim is one statement, so two instances racing for one key
 * cannot both win: the primary key (gstin, key) decides. A claim is identified by its `created_at`,
 * so a request whose claim was taken over (expired, or abandoned by a crashed instance) cannot
 * overwrite its successor's row.
 */
import { and, eq, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type IdempotencyRow, idempotencyKeys } from './idempotency.tables.ts';

export interface Claim {
  gstin: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  /**
   * Inserts a `pending` row for the key; an existing row is replaced only when it has expired or is
   * a `pending` claim older than `abandonedBefore` (its instance died). Returns the claim's
   * `createdAt` when this caller owns the key, undefined when someone else holds it.
   */
  async claim(claim: Claim, now: Date, expiresAt: Date, abandonedBefore: Date): Promise<Date | undefined> {
    const t = idempotencyKeys;
    const rows = await this.db
      .insert(t)
      .values({ ...claim, state: 'pending', createdAt: now, expiresAt })
      .onConflictDoUpdate({
        target: [t.gstin, t.key],
        set: {
          method: claim.method,
          path: claim.path,
          requestHash: claim.requestHash,
          state: 'pending',
          statusCode: null,
          responseHeaders: null,
          responseBody: null,
          createdAt: now,
          expiresAt,
        },
        setWhere: or(lte(t.expiresAt, now), and(eq(t.state, 'pending'), lte(t.createdAt, abandonedBefore))),
      })
      .returning({ createdAt: t.createdAt });
    return rows[0]?.createdAt;
  }

  async find(gstin: string, key: string): Promise<IdempotencyRow | undefined> {
    const t = idempotencyKeys;
    const rows = await this.db
      .select()
      .from(t)
      .where(and(eq(t.gstin, gstin), eq(t.key, key)))
      .limit(1);
    return rows[0];
  }

  /** Stores the response of the claim made at `claimedAt`; false when the claim was lost meanwhile. */
  async complete(gstin: string, key: string, claimedAt: Date, response: StoredResponse): Promise<boolean> {
    const t = idempotencyKeys;
    const rows = await this.db
      .update(t)
      .set({ state: 'done', statusCode: response.statusCode, responseHeaders: response.headers, responseBody: response.body })
      .where(and(eq(t.gstin, gstin), eq(t.key, key), eq(t.createdAt, claimedAt), eq(t.state, 'pending')))
      .returning({ key: t.key });
    return rows.length > 0;
  }

  /** Gives the key back (the request failed with a 5xx): the client may retry with it. */
  async release(gstin: string, key: string, claimedAt: Date): Promise<void> {
    const t = idempotencyKeys;
    await this.db.delete(t).where(and(eq(t.gstin, gstin), eq(t.key, key), eq(t.createdAt, claimedAt), eq(t.state, 'pending')));
  }

  /** Deletes up to `limit` expired rows; returns how many went. */
  async purgeExpired(now: Date, limit: number): Promise<number> {
    const t = idempotencyKeys;
    const rows = await this.db
      .delete(t)
      .where(
        sql`(${t.gstin}, ${t.key}) in (select ${t.gstin}, ${t.key} from ${t} where ${t.expiresAt} <= ${now.toISOString()}::timestamptz limit ${limit})`,
      )
      .returning({ key: t.key });
    return rows.length;
  }
}
