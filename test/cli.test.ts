/**
 * The `gstgate` command line as a user runs it (`npm run cli -- …`): a real child process per command
 * on temporary PGlite data dirs. DATABASE_URL is removed from the children's environment, so they
 * never write to a shared PostgreSQL; the same import/export functions run on PostgreSQL in
 * src/modules/taxpayer/taxpayer.io.test.ts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../src/core/clock.ts';
import { openDatabase } from '../src/core/db.ts';
import { AuthRepository } from '../src/modules/auth/auth.repository.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { taxpayerPages } from '../src/modules/taxpayer/taxpayer.io.ts';
import type { TaxpayerRow } from '../src/modules/taxpayer/taxpayer.tables.ts';
import { validGstin, withBadCheckChar } from './support.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(dataDir: string, args: string[], io: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, GSTGATE_DATA_DIR: dataDir, ...io.env };
  delete env.DATABASE_URL;
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(io.stdin ?? '');
  });
}

type Row = Omit<TaxpayerRow, 'createdAt' | 'updatedAt'>;

async function rowsIn(dataDir: string): Promise<Row[]> {
  const database = await openDatabase({ dataDir });
  try {
    const rows: Row[] = [];
    for await (const page of taxpayerPages(database.db)) for (const { createdAt, updatedAt, ...rest } of page) rows.push(rest);
    return rows;
  } finally {
    await database.close();
  }
}

describe('gstgate taxpayers (CLI)', { timeout: 180_000 }, () => {
  let tmp: string;
  let template: string;
  let source: string;
  let original: Row[];
  /** A new data dir: a copy of the migrated empty template (a fresh PGlite dir costs ~4 s to create). */
  const freshDir = (name: string) => {
    const dir = join(tmp, name);
    cpSync(template, dir, { recursive: true });
    return dir;
  };
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'gstgate-cli-'));
    template = join(tmp, 'template');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('db migrate creates an empty database', async () => {
    const res = await cli(template, ['db', 'migrate']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /the embedded database in .* is up to date \(0 taxpayers\)/);
  });

  it('seed adds 200 synthetic taxpayers; the same seed and range again adds none', async () => {
    source = freshDir('source');
    const first = await cli(source, ['taxpayers', 'seed', '--count', '150', '--seed', '9']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /seeded 150 synthetic taxpayers \(indexes 0–149, seed 9\) .*: 150 new, 0 already present; the registry holds 150 taxpayers/,
    );
    assert.equal(first.stderr, '', 'no progress bar when stderr is not a terminal');
    const more = await cli(source, ['taxpayers', 'seed', '--count', '100', '--seed', '9', '--start-index', '100', '--quiet']);
    assert.equal(more.code, 0, more.stderr);
    assert.match(more.stdout, /: 50 new, 50 already present; the registry holds 200 taxpayers/);
    original = await rowsIn(source);
    assert.equal(original.length, 200);
    assert.ok(original.every((r) => r.syntheticFilings));
  });

  for (const format of ['csv', 'json'] as const) {
    it(`export as ${format} and import into another data dir give the same rows`, async () => {
      const file = join(tmp, `taxpayers.${format}`);
      if (format === 'csv') {
        const exported = await cli(source, ['taxpayers', 'export', '--out', file]);
        assert.equal(exported.code, 0, exported.stderr);
        assert.match(exported.stderr, /exported 200 taxpayers .* as csv to .*taxpayers\.csv/);
      } else {
        // To stdout; the summary goes to stderr, so stdout is the file.
        const exported = await cli(source, ['taxpayers', 'export', '--format', 'json']);
        assert.equal(exported.code, 0, exported.stderr);
        assert.match(exported.stderr, /exported 200 taxpayers .* as json to stdout/);
        writeFileSync(file, exported.stdout);
        assert.equal(JSON.parse(exported.stdout).length, 200);
      }

      const target = freshDir(`target-${format}`);
      const imported = await cli(target, ['taxpayers', 'import', file]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /200 records, 200 new, 0 already present, 0 invalid/);
      const copy = await rowsIn(target);
      assert.equal(copy.length, original.length);
      assert.deepEqual(copy[17], original[17]);
      assert.deepEqual(copy, original);
    });
  }

  it('import reports the line of each bad record and imports the good ones (CSV)', async () => {
    const csv = readFileSync(join(tmp, 'taxpayers.csv'), 'utf8').split('\r\n');
    const good = csv.slice(1, 4);
    const badGstin = good[0].replace(/^(\d{2}[A-Z0-9]{12})(.)/, (_, head: string, check: string) => head + (check === 'A' ? 'B' : 'A'));
    const file = join(tmp, 'with-bad.csv');
    writeFileSync(file, [csv[0], good[0], badGstin, good[1], 'too,few,fields', good[2], ''].join('\r\n'));
    const target = freshDir('target-bad-csv');
    const res = await cli(target, ['taxpayers', 'import', file]);
    assert.equal(res.code, 2, `exit code 2 when records were left out: ${res.stderr}`);
    assert.match(res.stderr, /^line 3: gstin: .*\(INVALID_GSTIN/m);
    assert.match(res.stderr, /^line 5: 3 fields, the header has \d+/m);
    assert.match(res.stdout, /5 records, 3 new, 0 already present, 2 invalid/);
    assert.equal((await rowsIn(target)).length, 3);
  });

  it('import reports the line of each bad record and imports the good ones (JSON)', async () => {
    const json = join(tmp, 'with-bad.json');
    writeFileSync(
      json,
      `[\n  {"gstin": "${validGstin('29', 'AABCT1332L')}", "legalName": "TEST TRADERS", "rgdt": "01/04/2021", "address": {"stateCode": "29", "pincode": "560001"}},\n` +
        `  {"gstin": "${validGstin('29', 'AABCT1333L')}", "legalName": "WRONG PIN", "rgdt": "01/04/2021",\n   "address": {"stateCode": "29", "pincode": "110001"}}\n]\n`,
    );
    const res = await cli(freshDir('target-bad-json'), ['taxpayers', 'import', json]);
    assert.equal(res.code, 2, res.stderr);
    assert.match(res.stderr, /^line 3: address\.pincode: .*\(2178\)/m);
    assert.match(res.stdout, /2 records, 1 new, 0 already present, 1 invalid/);
  });

  it('says what is wrong with its arguments', async () => {
    const res = await cli(join(tmp, 'unused'), ['taxpayers', 'seed', '--count', 'many']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /--count must be a whole number/);
    const missing = await cli(join(tmp, 'unused'), ['taxpayers', 'import', join(tmp, 'nope.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^gstgate: cannot tell the format/m);
  });
});

describe('gstgate users (CLI)', { timeout: 120_000 }, () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gstgate-cli-users-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds users with the password from stdin or the environment; they can sign in; list shows no secrets', async () => {
    const gstin = validGstin('27', 'AAACU1234F');
    const fromStdin = await cli(dataDir, ['users', 'add', gstin.toLowerCase(), 'erp'], { stdin: 'Erp@123456\n' });
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    assert.match(fromStdin.stdout, new RegExp(`added API user erp \\(id \\d+\\) for ${gstin}`));
    const fromEnv = await cli(dataDir, ['users', 'add', gstin, 'billing'], { env: { GSTGATE_USER_PASSWORD: 'Billing@2026' } });
    assert.equal(fromEnv.code, 0, fromEnv.stderr);

    const listed = await cli(dataDir, ['users', 'list', '--gstin', gstin, '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    const users = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(
      users.map((u) => [u.gstin, u.username, u.active]),
      [
        [gstin, 'billing', true],
        [gstin, 'erp', true],
      ],
    );
    assert.ok(!/Erp@123456|Billing@2026|password/i.test(listed.stdout));

    const database = await openDatabase({ dataDir });
    try {
      const auth = new AuthService(new AuthRepository(database.db), systemClock, 3600);
      assert.equal((await auth.authenticate(gstin, 'erp', 'Erp@123456')).token_type, 'Bearer');
      await assert.rejects(auth.authenticate(gstin, 'erp', 'Billing@2026'));
    } finally {
      await database.close();
    }
  });

  it('refuses a bad GSTIN, a short password and a duplicate, saying why', async () => {
    const bad = await cli(dataDir, ['users', 'add', withBadCheckChar(validGstin('27', 'AAACU1234F')), 'someone'], { stdin: 'short\n' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /gstin: .*\(INVALID_GSTIN_CHECKSUM\)/);
    assert.match(bad.stderr, /password: .*8/);
    const gstin = validGstin('27', 'AAACU1234F');
    const again = await cli(dataDir, ['users', 'add', gstin, 'erp'], { stdin: 'Another@123\n' });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /User erp already exists/);
  });
});
