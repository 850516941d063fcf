/**
 * One database handle for both setups: PGlite (real PostgreSQL in WASM) in the data dir by default,
 * node-postgres when DATABASE_URL is set. Same drizzle migrations for both, applied at start.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL schema the tables live in (a fresh one per test app, `public` otherwise). */
  schemaName: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** PGlite directory; `memory://` for an in-memory database. */
  dataDir: string;
  /** Use (and create) this schema instead of `public` (tests: one fresh schema per app). */
  schemaName?: string;
  poolSize?: number;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const schemaName = opts.schemaName ?? 'public';
  if (opts.databaseUrl) {
    if (schemaName !== 'public') {
      const admin = new pg.Client({ connectionString: opts.databaseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      options: schemaName === 'public' ? undefined : `-c search_path="${schemaName}"`,
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    // Several instances may start at once on an empty database: one migrates, the others wait.
    const migrator = await pool.connect();
    try {
      await migrator.query('SELECT pg_advisory_lock(hashtext($1))', [`gstgate-migrate:${schemaName}`]);
      await migratePg(drizzlePg(migrator), { migrationsFolder, migrationsSchema: schemaName === 'public' ? 'drizzle' : schemaName });
    } finally {
      await migrator.query('SELECT pg_advisory_unlock(hashtext($1))', [`gstgate-migrate:${schemaName}`]).catch(() => {});
      migrator.release();
    }
    return {
      db,
      kind: 'postgres',
      schemaName,
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }

  let dir = opts.dataDir;
  if (!dir.startsWith('memory://')) {
    dir = join(resolve(opts.dataDir), 'pglite');
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    schemaName,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/** Drops a test schema (PostgreSQL only). */
export async function dropSchema(databaseUrl: string, schemaName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
  await admin.end();
}

/** True when a driver error is a unique-constraint violation (SQLSTATE 23505), on both drivers. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
