/**
 * preparedStatement (issue 9): the hot path's statements run on the driver itself — a named prepared
 * statement on PostgreSQL, one protocol message on PGlite — and must behave like the drizzle queries
 * they replace: the same values back, errors with their SQLSTATE, never inside another caller's
 * transaction. On PGlite, and on PostgreSQL too when DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, dropSchema, isUniqueViolation, openDatabase, preparedStatement, rowsOf } from './db.ts';

const databaseUrl = process.env.DATABASE_URL;

describe(`preparedStatement (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: Database;
  const schemaName = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined;

  before(async () => {
    database = await openDatabase({ databaseUrl, dataDir: 'memory://', schemaName });
    await database.db.execute(sql`CREATE TABLE prep_t (id text PRIMARY KEY, n int4, big int8, ok boolean, doc json, tags text[])`);
  });
  after(async () => {
    await database.close();
    if (databaseUrl && schemaName) await dropSchema(databaseUrl, schemaName);
  });

  it('sends text, numbers, booleans, JSON text and arrays, and reads values back as node-postgres does', async () => {
    const insert = preparedStatement<{ id: string }>(
      database.db,
      'prep_insert',
      'INSERT INTO prep_t (id, n, big, ok, doc, tags) VALUES ($1, $2, $3, $4, $5::json, $6::text[]) RETURNING id',
    );
    const tags = ['plain', 'with "quotes"', 'back\\slash', 'comma, inside', ''];
    assert.deepEqual(await insert(['a', 7, 9_007_199_254_740_000, true, JSON.stringify({ x: [1, 'y'] }), tags]), [{ id: 'a' }]);
    assert.deepEqual(await insert(['b', null, null, false, null, []]), [{ id: 'b' }]);

    const read = preparedStatement<Record<string, unknown>>(
      database.db,
      'prep_read',
      'SELECT id, n, big, ok, doc, array_length(tags, 1) AS count, tags[2] AS second, tags[3] AS third, tags[4] AS fourth FROM prep_t WHERE id = ANY($1::text[]) ORDER BY id',
    );
    const rows = await read([['a', 'b', 'missing']]);
    assert.deepEqual(rows, [
      {
        id: 'a',
        n: 7,
        big: '9007199254740000',
        ok: true,
        doc: { x: [1, 'y'] },
        count: 5,
        second: 'with "quotes"',
        third: 'back\\slash',
        fourth: 'comma, inside',
      },
      { id: 'b', n: null, big: null, ok: false, doc: null, count: null, second: null, third: null, fourth: null },
    ]);
    // The same statement again (on PostgreSQL: the prepared one, on whichever pooled connection).
    assert.equal((await read([['b']])).length, 1);
  });

  it('fails with the SQLSTATE, and the next statement runs normally', async () => {
    const insert = preparedStatement(database.db, 'prep_insert_dup', 'INSERT INTO prep_t (id) VALUES ($1)');
    await insert(['dup']);
    const err = await insert(['dup']).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(isUniqueViolation(err), `expected 23505, got ${String(err)}`);
    const count = preparedStatement<{ n: number }>(database.db, 'prep_count', 'SELECT count(*)::int AS n FROM prep_t WHERE id = $1');
    assert.deepEqual(await count(['dup']), [{ n: 1 }]);
  });

  it('a statement whose first call fails still runs on the next call', async () => {
    // The first call parses (prepares) the statement and fails at execution; the second must neither
    // trip over the statement left behind nor miss it.
    const insert = preparedStatement<{ id: string }>(database.db, 'prep_first_fails', 'INSERT INTO prep_t (id) VALUES ($1) RETURNING id');
    await assert.rejects(insert(['a']), (err) => isUniqueViolation(err));
    assert.deepEqual(await insert(['after-failure']), [{ id: 'after-failure' }]);
    // A statement that cannot be parsed fails every time with its own error.
    const broken = preparedStatement(database.db, 'prep_broken', 'SELECT no_such_column FROM prep_t');
    await assert.rejects(broken([]), /no_such_column/);
    await assert.rejects(broken([]), /no_such_column/);
  });

  it("never runs inside another caller's open transaction", async () => {
    const count = preparedStatement<{ n: number }>(database.db, 'prep_count_tx', 'SELECT count(*)::int AS n FROM prep_t WHERE id = $1');
    let seen: Promise<{ n: number }[]> | undefined;
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO prep_t (id) VALUES ('uncommitted')`);
        // Inside the transaction's session it would see the row; it must not (PGlite: it waits for the end).
        seen = count(['uncommitted']);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    assert.deepEqual(await seen, [{ n: 0 }]);
  });

  it('refuses a transaction handle', async () => {
    await database.db.transaction(async (tx) => {
      assert.throws(() => preparedStatement(tx as never, 'prep_in_tx', 'SELECT 1'), /database handle/);
    });
  });
});

describe('PostgreSQL sessions store large values with lz4 where the server has it (issue 9)', {
  skip: !databaseUrl && 'PostgreSQL only (DATABASE_URL)',
}, () => {
  it('each pooled session uses lz4 when the server offers it, the default otherwise', async () => {
    const schemaName = `test_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase({ databaseUrl, dataDir: 'memory://', schemaName });
    try {
      const offered = await database.db.execute(
        sql`SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`,
      );
      const shown = await database.db.execute(sql`SHOW default_toast_compression`);
      const expected = rowsOf(offered).length === 1 ? 'lz4' : 'pglz';
      assert.equal(rowsOf<{ default_toast_compression: string }>(shown)[0].default_toast_compression, expected);
    } finally {
      await database.close();
      await dropSchema(databaseUrl as string, schemaName);
    }
  });
});
