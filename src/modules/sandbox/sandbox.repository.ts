import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import { nicClients, sandboxState } from './sandbox.tables.ts';

export class SandboxRepository {
  constructor(private readonly db: Db) {}

  async insertClient(clientId: string, secretHash: string): Promise<void> {
    await this.db.insert(nicClients).values({ clientId, secretHash });
  }

  async getState<T>(key: string): Promise<T | undefined> {
    const rows = await this.db.select().from(sandboxState).where(eq(sandboxState.key, key)).limit(1);
    return rows[0]?.value as T | undefined;
  }

  async setState(key: string, value: unknown): Promise<void> {
    await this.db
      .insert(sandboxState)
      .values({ key, value })
      .onConflictDoUpdate({ target: sandboxState.key, set: { value, updatedAt: new Date() } });
  }
}
