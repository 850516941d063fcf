import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type ApiUserRow, apiTokens, apiUsers } from './auth.tables.ts';

export class AuthRepository {
  constructor(private readonly db: Db) {}

  async findUser(gstin: string, username: string): Promise<ApiUserRow | undefined> {
    const rows = await this.db
      .select()
      .from(apiUsers)
      .where(and(eq(apiUsers.gstin, gstin), eq(apiUsers.username, username)))
      .limit(1);
    return rows[0];
  }

  /** Inserts; undefined when (gstin, username) exists already. */
  async insertUser(gstin: string, username: string, passwordHash: string): Promise<ApiUserRow | undefined> {
    const rows = await this.db.insert(apiUsers).values({ gstin, username, passwordHash }).onConflictDoNothing().returning();
    return rows[0];
  }

  /** Users in (gstin, username) order, optionally of one GSTIN; no password hashes. */
  async listUsers(gstin?: string): Promise<Array<{ id: number; gstin: string; username: string; active: boolean }>> {
    const query = this.db
      .select({ id: apiUsers.id, gstin: apiUsers.gstin, username: apiUsers.username, active: apiUsers.active })
      .from(apiUsers)
      .$dynamic();
    return query.where(gstin ? eq(apiUsers.gstin, gstin) : undefined).orderBy(apiUsers.gstin, apiUsers.username);
  }

  async insertToken(tokenHash: string, userId: number, gstin: string, expiresAt: Date): Promise<void> {
    await this.db.insert(apiTokens).values({ tokenHash, userId, gstin, expiresAt });
  }

  async findToken(tokenHash: string): Promise<{ gstin: string; userId: number; username: string; expiresAt: Date } | undefined> {
    const rows = await this.db
      .select({ gstin: apiTokens.gstin, userId: apiTokens.userId, username: apiUsers.username, expiresAt: apiTokens.expiresAt })
      .from(apiTokens)
      .innerJoin(apiUsers, eq(apiUsers.id, apiTokens.userId))
      .where(eq(apiTokens.tokenHash, tokenHash))
      .limit(1);
    return rows[0];
  }

  /** Expired tokens of a user are dropped when the user logs in again, so the table stays small. */
  async deleteExpiredTokens(userId: number, now: Date): Promise<void> {
    await this.db.delete(apiTokens).where(and(eq(apiTokens.userId, userId), lt(apiTokens.expiresAt, now)));
  }
}
