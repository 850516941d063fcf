import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { type NicCredentialsRow, nicCredentials } from './nic-credentials.tables.ts';

export class NicCredentialsRepository {
  constructor(private readonly db: Db) {}

  async upsert(row: Omit<NicCredentialsRow, 'updatedAt'> & { updatedAt: Date }): Promise<void> {
    const { gstin: _gstin, ...rest } = row;
    await this.db.insert(nicCredentials).values(row).onConflictDoUpdate({ target: nicCredentials.gstin, set: rest });
  }

  async find(gstin: string): Promise<NicCredentialsRow | undefined> {
    const rows = await this.db.select().from(nicCredentials).where(eq(nicCredentials.gstin, gstin)).limit(1);
    return rows[0];
  }

  async list(): Promise<Array<Pick<NicCredentialsRow, 'gstin' | 'clientId' | 'username' | 'ewbUsername' | 'updatedAt'>>> {
    return this.db
      .select({
        gstin: nicCredentials.gstin,
        clientId: nicCredentials.clientId,
        username: nicCredentials.username,
        ewbUsername: nicCredentials.ewbUsername,
        updatedAt: nicCredentials.updatedAt,
      })
      .from(nicCredentials)
      .orderBy(asc(nicCredentials.gstin));
  }
}
