/**
 * Rows behind the NIC wire protocol: sessions (nic_sessions), the registered clients (nic_clients,
 * created by POST /v1/sandbox/clients) and the API users (api_users: NIC's API user is our API user).
 */
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../core/db.ts';
import { apiUsers } from '../modules/auth/auth.tables.ts';
import { nicClients } from '../modules/sandbox/sandbox.tables.ts';
import { type NicSessionRow, nicSessions } from './nic.tables.ts';

export interface NicOwner {
  kind: string;
  clientId: string;
  username: string;
  gstin: string;
}

export class NicRepository {
  constructor(private readonly db: Db) {}

  async clientSecretHash(clientId: string): Promise<string | undefined> {
    const rows = await this.db
      .select({ secretHash: nicClients.secretHash })
      .from(nicClients)
      .where(eq(nicClients.clientId, clientId))
      .limit(1);
    return rows[0]?.secretHash;
  }

  /** Every API user with this user name, whatever its GSTIN (user names are unique per GSTIN only). */
  async usersNamed(username: string): Promise<Array<{ gstin: string; passwordHash: string; active: boolean }>> {
    return this.db
      .select({ gstin: apiUsers.gstin, passwordHash: apiUsers.passwordHash, active: apiUsers.active })
      .from(apiUsers)
      .where(eq(apiUsers.username, username));
  }

  /** The latest session of this owner still valid at `now`. */
  async latestValid(owner: NicOwner, now: Date): Promise<NicSessionRow | undefined> {
    const rows = await this.db
      .select()
      .from(nicSessions)
      .where(
        and(
          eq(nicSessions.kind, owner.kind),
          eq(nicSessions.clientId, owner.clientId),
          eq(nicSessions.gstin, owner.gstin),
          eq(nicSessions.username, owner.username),
          gt(nicSessions.expiresAt, now),
        ),
      )
      .orderBy(desc(nicSessions.expiresAt))
      .limit(1);
    return rows[0];
  }

  async insert(row: Omit<NicSessionRow, 'createdAt'>): Promise<void> {
    await this.db.insert(nicSessions).values(row);
  }

  async find(authToken: string): Promise<NicSessionRow | undefined> {
    const rows = await this.db.select().from(nicSessions).where(eq(nicSessions.authToken, authToken)).limit(1);
    return rows[0];
  }

  /** Ends every session of this owner (all of them, or those expired at `before`). */
  async deleteOwned(owner: NicOwner, before?: Date): Promise<void> {
    const conditions = [
      eq(nicSessions.kind, owner.kind),
      eq(nicSessions.clientId, owner.clientId),
      eq(nicSessions.gstin, owner.gstin),
      eq(nicSessions.username, owner.username),
    ];
    if (before) conditions.push(lte(nicSessions.expiresAt, before));
    await this.db.delete(nicSessions).where(and(...conditions));
  }
}
