/**
 * One database handle for both setups: PGlite (real PostgreSQL in WASM) in the data dir by default,
 * node-postgres when DATABASE_URL is set. Same drizzle migrations for both, applied at start.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, protocol } from '@electric-sql/pglite';
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
    const admin = new pg.Client({ connectionString: opts.databaseUrl });
    await admin.connect();
    let lz4 = false;
    try {
      if (schemaName !== 'public') await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
      lz4 =
        (await admin.query(`SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`)).rowCount === 1;
    } finally {
      await admin.end();
    }
    // Issue 9: a 1,000-line invoice stores ~1 MB of signed text and JSON per row; pglz (PostgreSQL's
    // default) compressed it in ~40 ms per INSERT, lz4 in ~11 ms (same data, PostgreSQL 15). lz4 only
    // where the server was built with it (PostgreSQL 14+); otherwise the default stays.
    const settings = [
      ...(schemaName === 'public' ? [] : [`-c search_path="${schemaName}"`]),
      ...(lz4 ? ['-c default_toast_compression=lz4'] : []),
    ];
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      options: settings.length > 0 ? settings.join(' ') : undefined,
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

/** Rows of a raw `db.execute(sql`...`)` result: PGlite and node-postgres both answer `{ rows }`, drizzle types it loosely. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A hot statement bound to its SQL text: run it with positional values, get the driver's rows. */
export type PreparedStatement<T> = (values: unknown[]) => Promise<T[]>;

/**
 * A statement of the hot path run on the driver itself, without drizzle building the SQL again on
 * every call (issue 9). A named prepared statement, parsed and planned once per connection: on
 * PostgreSQL by node-postgres, per pooled connection; on PGlite here, where the exchange (Bind,
 * Describe, Execute, Sync; Parse the first time) also goes into the WASM backend as one message,
 * while `PGlite.query` makes six calls and parses and plans every time. Rows as pg gives them: int8
 * and numeric as strings, bool, int4 and floats as values, json(b) parsed; a date or timestamp must be
 * selected as text (pg would make a Date of it, parseValue does not). Outside transactions only: it
 * always runs on the database handle, never on an open `tx`.
 */
export function preparedStatement<T = Record<string, unknown>>(db: Db, name: string, text: string): PreparedStatement<T> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) {
    return async (values) => (await client.query({ name, text, values })).rows as T[];
  }
  if (!(client instanceof PGlite)) throw new Error(`preparedStatement ${name}: needs the database handle, not a transaction`);
  return pgliteStatement<T>(client, name, text);
}

/** PGlite internals used by pgliteStatement: the two locks its own query() takes, in this order. */
interface PgliteLocks {
  _runExclusiveTransaction<R>(fn: () => Promise<R>): Promise<R>;
  _runExclusiveQuery<R>(fn: () => Promise<R>): Promise<R>;
}

interface ProtocolMessage {
  name: string;
  fields?: unknown[];
}

/** Result values as node-postgres gives them, for the types hot statements select (OIDs of pg_type). */
function parseValue(text: string, type: number): unknown {
  switch (type) {
    case 16: // bool
      return text === 't';
    case 21: // int2
    case 23: // int4
    case 26: // oid
    case 700: // float4
    case 701: // float8
      return Number(text);
    case 114: // json
    case 3802: // jsonb
      return JSON.parse(text);
    default:
      // text, and int8 / numeric as strings (as pg does); date and timestamp columns: cast them to text.
      return text;
  }
}

/** Names of the statements prepared in each PGlite session (one session per instance). */
const preparedIn = new WeakMap<PGlite, Set<string>>();

/** SQLSTATEs of a named statement that is already there, or no longer is. */
const DUPLICATE_PREPARED = '42P05';
const UNKNOWN_PREPARED = '26000';

function pgliteStatement<T>(client: PGlite, name: string, text: string): PreparedStatement<T> {
  const { serialize } = protocol;
  const parse = serialize.parse({ name, text });
  const tail = concatBytes([serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]);
  const locks = client as unknown as PgliteLocks;
  let prepared = preparedIn.get(client);
  if (!prepared) {
    prepared = new Set();
    preparedIn.set(client, prepared);
  }
  const names = prepared;
  const run = (bind: Uint8Array, withParse: boolean) => client.execProtocol(concatBytes(withParse ? [parse, bind, tail] : [bind, tail]));
  return async (values) => {
    const bind = serialize.bind({ statement: name, values: values.map(textParameter) });
    // The same locks as PGlite.query: not inside another caller's transaction, not between the
    // messages of another query. The Sync at the end ends the exchange even after an error.
    const { messages } = await locks._runExclusiveTransaction(() =>
      locks._runExclusiveQuery(async () => {
        // Parsed and planned once per session (a named statement), then only bound and executed:
        // half the cost of an insert, a fraction of a select's. A failed first call may or may not
        // have left the statement behind: the codes tell, and the call is made once more.
        const withParse = !names.has(name);
        try {
          const result = await run(bind, withParse);
          names.add(name);
          return result;
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === DUPLICATE_PREPARED && withParse) {
            names.add(name);
            return run(bind, false);
          }
          if (code === UNKNOWN_PREPARED && !withParse) {
            const result = await run(bind, true);
            return result;
          }
          throw err;
        }
      }),
    );
    let types: number[] = [];
    let columns: string[] = [];
    const rows: Record<string, unknown>[] = [];
    for (const m of messages as ProtocolMessage[]) {
      if (m.name === 'rowDescription') {
        const fields = m.fields as { name: string; dataTypeID: number }[];
        columns = fields.map((f) => f.name);
        types = fields.map((f) => f.dataTypeID);
      } else if (m.name === 'dataRow') {
        const row: Record<string, unknown> = {};
        (m.fields as (string | null)[]).forEach((v, i) => {
          row[columns[i]] = v === null ? null : parseValue(v, types[i]);
        });
        rows.push(row);
      }
    }
    return rows as T[];
  };
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A parameter in PostgreSQL's text format, as pg sends it (arrays as array literals). */
function textParameter(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return `{${v.map((e) => (e === null ? 'NULL' : `"${String(e).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
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
