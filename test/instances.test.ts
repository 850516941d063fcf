/**
 * Several instances (issue 6): real gstgate processes (`node --import tsx src/main.ts`) on one
 * PostgreSQL schema and one Redis behave as one. Always PostgreSQL + Redis, also in the PGlite run:
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) with a fresh schema
 * (GSTGATE_DATABASE_SCHEMA, dropped afterwards), REDIS_URL (default redis://127.0.0.1:6379) with a
 * key prefix of this run (deleted afterwards), one data dir for the signing and admin keys.
 *
 * Pair A (limit effectively off): 50 simultaneous identical generate calls spread over both → one
 * IRN; one Idempotency-Key sent to both at once → one document, identical answers; kill -9 of one
 * during a burst → every 200 can be read back through the survivor. Pair B (30 requests a minute):
 * one token alternating over both → exactly 30 pass in total.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createServices } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { resolveAdminKey } from '../src/core/admin-key.ts';
import { SandboxClock } from '../src/core/clock.ts';
import { loadOrCreateSigner } from '../src/core/crypto/signer.ts';
import { dropSchema, openDatabase } from '../src/core/db.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { DEMO_USER, seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';
import { loadOrCreateNicKeys } from '../src/nic/nic.keys.ts';
import { docNo, invoice } from './support.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 30;
const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded

interface Instance {
  name: string;
  base: string;
  proc: ChildProcess;
  output: string;
  exited: Promise<void>;
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read field by field in assertions
  json(): any;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function http(
  instance: Instance,
  method: string,
  path: string,
  opts: { token?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const res = await fetch(instance.base + path, {
    method,
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.body,
    signal: AbortSignal.timeout(30_000),
  });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body) };
}

describe('several instances on one PostgreSQL and Redis', { timeout: 120_000 }, () => {
  const schema = `inst_${randomBytes(5).toString('hex')}`;
  const prefix = `gstgate-inst-${randomBytes(4).toString('hex')}:`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gstgate-instances-'));
  const instances: Instance[] = [];
  let a1: Instance;
  let a2: Instance;
  let b1: Instance;
  let b2: Instance;
  let db: pg.Client;
  const today = formatIstDate(new Date());

  async function start(name: string, env: Record<string, string>): Promise<Instance> {
    const port = await freePort();
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL,
      GSTGATE_DATABASE_SCHEMA: schema,
      GSTGATE_DATA_DIR: dataDir,
      GSTGATE_SEED: 'true',
      GSTGATE_PROVIDER: 'sandbox',
      REDIS_URL,
      GSTGATE_REDIS_PREFIX: prefix,
      GSTGATE_LOG_LEVEL: 'warn',
      ...env,
    };
    delete childEnv.GSTGATE_ADMIN_KEY; // generated once into the shared data dir
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const instance: Instance = {
      name,
      base: `http://127.0.0.1:${port}`,
      proc,
      output: '',
      exited: new Promise((resolve) => proc.once('exit', () => resolve())),
    };
    proc.stdout?.on('data', (d) => {
      instance.output += d;
    });
    proc.stderr?.on('data', (d) => {
      instance.output += d;
    });
    instances.push(instance);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) break;
      try {
        const res = await fetch(`${instance.base}/v1/health`);
        if (res.status === 200) return instance;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${name} did not start:\n${instance.output}`);
  }

  async function login(instance: Instance): Promise<string> {
    const res = await http(instance, 'POST', '/v1/authenticate', { body: JSON.stringify(DEMO_USER) });
    assert.equal(res.status, 200, res.body);
    return res.json().token;
  }

  const count = async (query: string, params: unknown[]) => Number((await db.query(query, params)).rows[0].n);

  /**
   * What the first start of a deployment does once — migrate, seed, make the keys in the data dir —
   * done here, so that the four instances can then all start at the same time.
   */
  async function prepare(): Promise<void> {
    const database = await openDatabase({ databaseUrl: DATABASE_URL, dataDir: 'memory://', schemaName: schema });
    try {
      const signer = await loadOrCreateSigner(dataDir);
      await loadOrCreateNicKeys(dataDir);
      const adminKey = resolveAdminKey(undefined, dataDir).key;
      const services = createServices({ config: loadConfig({}), database, signer, govClock: new SandboxClock(), adminKey });
      await seedSandbox(services.sandbox, async () => (await services.taxpayers.count()) === 0);
    } finally {
      await database.close();
    }
  }

  before(async () => {
    await prepare();
    const unlimited = { GSTGATE_RATE_LIMIT_PER_MINUTE: '1000000' };
    [a1, a2, b1, b2] = await Promise.all([
      start('A1', unlimited),
      start('A2', unlimited),
      start('B1', { GSTGATE_RATE_LIMIT_PER_MINUTE: String(LIMIT) }),
      start('B2', { GSTGATE_RATE_LIMIT_PER_MINUTE: String(LIMIT) }),
    ]);
    db = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${schema}"` });
    await db.connect();
  });

  after(async () => {
    for (const instance of instances) {
      if (instance.proc.exitCode === null && instance.proc.signalCode === null) instance.proc.kill('SIGKILL');
    }
    await Promise.all(instances.map((i) => i.exited));
    await db?.end();
    await dropSchema(DATABASE_URL, schema);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('50 simultaneous identical generate calls spread over both instances register one document: one IRN in every answer', async () => {
    const token = await login(a1);
    const no = docNo('INST');
    const body = JSON.stringify(invoice('b2b-intra', { docNo: no, docDate: today }));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => http(i % 2 === 0 ? a1 : a2, 'POST', '/v1/einvoice/generate', { token, body })),
    );
    const irns = new Set<string>();
    for (const res of results) {
      if (res.status === 200) {
        irns.add(res.json().Irn);
      } else {
        assert.equal(res.status, 409, res.body);
        const p = res.json();
        assert.equal(p.code, '2150');
        irns.add(p.info[0].Desc.Irn);
      }
    }
    assert.equal(irns.size, 1, `IRNs: ${[...irns].join(', ')}`);
    assert.ok(results.some((r) => r.status === 200));
    const [irn] = irns;
    assert.equal(await count('select count(*) as n from irp_documents where doc_no = $1', [no]), 1);
    assert.equal(await count('select count(*) as n from einvoices where irn = $1', [irn]), 1);
  });

  it('one Idempotency-Key sent to both instances at once: one document, identical answers', async () => {
    const token = await login(a2);
    const no = docNo('IKEY');
    const body = JSON.stringify(invoice('b2b-intra', { docNo: no, docDate: today }));
    const headers = { 'idempotency-key': `instances-${randomBytes(6).toString('hex')}` };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => http(i % 2 === 0 ? a1 : a2, 'POST', '/v1/einvoice/generate', { token, body, headers })),
    );
    for (const res of results) assert.equal(res.status, 200, res.body);
    assert.equal(new Set(results.map((r) => r.body)).size, 1);
    assert.equal(results.filter((r) => r.headers.get('idempotent-replayed') !== 'true').length, 1);
    assert.equal(await count('select count(*) as n from irp_documents where doc_no = $1', [no]), 1);
  });

  it(`the rate limit holds across instances: ${LIMIT} requests a minute per token in total, the rest 429 with Retry-After`, async () => {
    const token = await login(b1);
    const results = await Promise.all(
      Array.from({ length: LIMIT + 10 }, (_, i) => http(i % 2 === 0 ? b1 : b2, 'GET', `/v1/gstin/${OTHER_GSTIN}`, { token })),
    );
    const passed = results.filter((r) => r.status === 200);
    const limited = results.filter((r) => r.status === 429);
    assert.equal(passed.length, LIMIT, results.map((r) => r.status).join(','));
    assert.equal(limited.length, 10);
    for (const res of limited) {
      assert.equal(res.json().code, 'RATE_LIMITED');
      assert.ok(Number(res.headers.get('retry-after')) >= 1, String(res.headers.get('retry-after')));
    }
    // Both instances answered 200s and 429s: the counter is shared, not per process.
    assert.ok(passed.some((r) => r.headers.get('x-ratelimit-limit') === String(LIMIT)));
  });

  it('kill -9 of an instance during a burst of generates: every 200 can be read back through the survivor', async () => {
    const token = await login(a1);
    const acknowledged: { irn: string; ackNo: number; by: string }[] = [];
    let lost = 0;
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      a2.proc.kill('SIGKILL');
    };
    /** `n` distinct generate calls to one instance, `inFlight` at a time. */
    async function burst(instance: Instance, n: number, inFlight: number, killAfter?: number) {
      let next = 0;
      let acknowledgedHere = 0;
      const worker = async () => {
        while (next < n) {
          next += 1;
          const body = JSON.stringify(invoice('b2b-intra', { docNo: docNo('KILL'), docDate: today }));
          try {
            const res = await http(instance, 'POST', '/v1/einvoice/generate', { token, body });
            if (res.status === 200) {
              acknowledged.push({ irn: res.json().Irn, ackNo: res.json().AckNo, by: instance.name });
              acknowledgedHere += 1;
              if (killAfter !== undefined && acknowledgedHere >= killAfter) kill();
            } else {
              assert.fail(`${instance.name}: ${res.status} ${res.body}`);
            }
          } catch (err) {
            // Only the killed instance may fail to answer.
            if (instance !== a2 || !killed) throw err;
            lost += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
    }
    await Promise.all([burst(a2, 60, 8, 10), burst(a1, 30, 4)]);
    await a2.exited;
    assert.ok(killed);
    assert.ok(lost > 0, 'the kill interrupted requests in flight');
    assert.ok(acknowledged.some((d) => d.by === 'A2'));

    for (const doc of acknowledged) {
      const res = await http(a1, 'GET', `/v1/einvoice/irn/${doc.irn}`, { token });
      assert.equal(res.status, 200, `${doc.by} acknowledged ${doc.irn}: ${res.body}`);
      assert.equal(res.json().AckNo, doc.ackNo);
    }
  });
});
