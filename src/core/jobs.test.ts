/**
 * Several instances starting at once on a fresh database (issue 6's multi-instance setup): pg-boss
 * creates each queue as a partition of its job table outside its advisory lock, and concurrent
 * creations can deadlock; the loser retries (createQueueRetryingDeadlocks). PostgreSQL only: PGlite
 * has one connection per instance and nothing to race.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, dropSchema, openDatabase, rowsOf } from './db.ts';
import { JobQueue, jobsSchemaFor, sqlExecutorOf } from './jobs.ts';

const databaseUrl = process.env.DATABASE_URL;

describe('job queues of several instances starting at once', { skip: !databaseUrl && 'PostgreSQL only (DATABASE_URL)' }, () => {
  it('all start, each queue exists once', async () => {
    const schemaName = `test_${randomBytes(6).toString('hex')}`;
    const databases: Database[] = [];
    const queues: JobQueue[] = [];
    try {
      for (let i = 0; i < 6; i++) databases.push(await openDatabase({ databaseUrl, dataDir: 'memory://', schemaName, poolSize: 3 }));
      const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
      for (const database of databases) {
        const queue = new JobQueue(sqlExecutorOf(database), {
          schema: jobsSchemaFor(database),
          pollingIntervalSeconds: 60,
          retentionDays: 1,
          stopTimeoutMs: 100,
        });
        for (const name of names) {
          queue.define({
            name,
            handler: async () => ({}),
            maxAttempts: 1,
            retryDelaySeconds: 1,
            retryBackoff: false,
            timeoutSeconds: 60,
            concurrency: 0,
          });
        }
        queues.push(queue);
      }
      await Promise.all(queues.map((q) => q.start()));
      const rows = rowsOf<{ name: string }>(await databases[0].db.execute(sql.raw(`SELECT name FROM "${schemaName}".queue ORDER BY name`)));
      assert.deepEqual(
        rows.map((r) => r.name),
        [...names].sort(),
      );
    } finally {
      await Promise.all(queues.map((q) => q.stop().catch(() => {})));
      for (const database of databases) await database.close();
      await dropSchema(databaseUrl as string, schemaName);
    }
  });
});
