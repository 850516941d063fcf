/**
 * loadOrCreateKeyFile (key-file.ts): one key per data dir even when several processes start at once
 * (each real OS processes racing on the same files), kept with mode 0600, and a key file written by
 * hand read as it is. The admin key and the secrets key (admin-key.ts, secrets-key.ts) both use it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveAdminKey } from './admin-key.ts';
import { loadOrCreateKeyFile, loadOrCreateKeyFiles } from './key-file.ts';
import { resolveSecretsKey } from './secrets-key.ts';

const root = mkdtempSync(join(tmpdir(), 'gstgate-keyfile-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A process that waits until `startAt` (so the racers start together), then loads or creates a key in each dir and prints them. */
function racer(dirs: string[], startAt: number): Promise<string[]> {
  const script = `
    import { loadOrCreateKeyFile } from ${JSON.stringify(new URL('./key-file.ts', import.meta.url).href)};
    import { randomBytes } from 'node:crypto';
    while (Date.now() < ${startAt}) {}
    const keys = ${JSON.stringify(dirs)}.map((d) => loadOrCreateKeyFile(d + '/admin-key', () => randomBytes(24).toString('base64url')).key);
    process.stdout.write(JSON.stringify(keys));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`racer exited with ${code}`))));
  });
}

describe('key files in the data dir', () => {
  it('two processes starting at once on one data dir end up with the same key, the one in the file', async () => {
    const dirs = Array.from({ length: 40 }, (_, i) => join(root, `race-${i}`));
    // Both are spawned (and tsx loaded) before the common start time, then race on 40 fresh dirs.
    const startAt = Date.now() + 3000;
    const [a, b] = await Promise.all([racer(dirs, startAt), racer(dirs, startAt)]);
    assert.equal(a.length, dirs.length);
    assert.deepEqual(a, b);
    dirs.forEach((dir, i) => {
      assert.equal(readFileSync(join(dir, 'admin-key'), 'utf8'), `${a[i]}\n`);
    });
  });

  it('creates the file with mode 0600 once; later calls read it and do not call make', () => {
    const path = join(root, 'once', 'secrets-key');
    const first = loadOrCreateKeyFile(path, () => 'first-key');
    assert.deepEqual(first, { key: 'first-key', created: true });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const second = loadOrCreateKeyFile(path, () => assert.fail('make must not be called when the file exists'));
    assert.deepEqual(second, { key: 'first-key', created: false });
  });

  it('reads a key written by hand without a final newline; refuses an empty file', () => {
    const path = join(root, 'hand-written');
    writeFileSync(path, 'typed-by-hand');
    assert.equal(loadOrCreateKeyFile(path, () => 'new').key, 'typed-by-hand');
    // Empty for longer than a creator takes to write: not silently replaced (instances may rely on it).
    const empty = join(root, 'empty');
    writeFileSync(empty, '');
    assert.throws(() => loadOrCreateKeyFile(empty, () => 'new'), /is empty/);
  });

  it('resolveAdminKey says generated only when it created the file; resolveSecretsKey keeps one 32-byte key', () => {
    const dataDir = join(root, 'data');
    const created = resolveAdminKey(undefined, dataDir);
    assert.equal(created.generated, true);
    assert.deepEqual(resolveAdminKey(undefined, dataDir), { key: created.key, generated: false });
    const secrets = resolveSecretsKey(undefined, dataDir);
    assert.equal(Buffer.from(secrets, 'base64').length, 32);
    assert.equal(resolveSecretsKey(undefined, dataDir), secrets);
    const badDir = join(root, 'bad');
    mkdirSync(badDir);
    writeFileSync(join(badDir, 'secrets-key'), 'c2hvcnQ=\n');
    assert.throws(() => resolveSecretsKey(undefined, badDir), /must hold base64 of 32 bytes/);
  });
});

describe('loadOrCreateKeyFiles (the signing key and its certificate)', () => {
  it('of eight concurrent starts on one dir, one makes the pair and all read that pair', async () => {
    const dir = join(root, 'pair');
    let made = 0;
    const make = async () => {
      const n = ++made;
      await new Promise((r) => setTimeout(r, 20 + ((n * 7) % 5))); // key generation takes a while
      return [`KEY ${n}\n`, `CERT ${n}`];
    };
    const paths = [join(dir, 'signing-key.pem'), join(dir, 'signing-cert.pem')];
    const results = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKeyFiles(paths, make)));
    assert.equal(made, 8, 'all eight raced');
    assert.equal(results.filter((r) => r.created).length, 1);
    const first = results[0].contents;
    assert.ok(results.every((r) => JSON.stringify(r.contents) === JSON.stringify(first)));
    assert.equal(first[0].replace('KEY ', 'CERT '), first[1], 'key and certificate of the same making');
    assert.equal(statSync(paths[0]).mode & 0o777, 0o600);
    // A later start reads them.
    assert.deepEqual((await loadOrCreateKeyFiles(paths, make)).contents, first);
  });

  it('a set left incomplete (key without certificate) is an error that says what to do, not a silent new key', async () => {
    const dir = join(root, 'half');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'signing-key.pem'), 'KEY\n');
    await assert.rejects(
      loadOrCreateKeyFiles([join(dir, 'signing-key.pem'), join(dir, 'signing-cert.pem')], async () => ['NEW\n', 'NEW\n']),
      /incomplete .*delete them/,
    );
  });
});
