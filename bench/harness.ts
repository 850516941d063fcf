/**
 * The benchmark harness: the real app (as src/main.ts builds it) on a throw-away database — a temp
 * PGlite data dir, and a fresh PostgreSQL schema when DATABASE_URL is set — a latency sampler and a
 * table printer. A benchmark is a `BenchSection`; bench/run.ts runs every section on every target.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { SandboxClock } from '../src/core/clock.ts';
import { loadOrCreateSigner } from '../src/core/crypto/signer.ts';
import { type Database, dropSchema, openDatabase } from '../src/core/db.ts';
import { DEMO_USER, seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';

export interface BenchOptions {
  /** Taxpayers in the registry (default 100,000). */
  count: number;
  /** Timed operations per case (default 5,000). */
  ops: number;
  /** Requests in flight for the throughput cases (default 16). */
  concurrency: number;
}

export interface BenchContext {
  target: 'pglite' | 'postgres';
  app: FastifyInstance;
  database: Database;
  govClock: SandboxClock;
  /** Bearer token of the demo API user. */
  token: string;
  opts: BenchOptions;
  /** Progress notes to stderr. */
  log(message: string): void;
}

/** One line of the results table. */
export interface BenchRow {
  case: string;
  ops: number;
  /** Milliseconds; absent for cases that only measure throughput. */
  p50?: number;
  p95?: number;
  p99?: number;
  perSecond: number;
  note?: string;
}

export interface BenchSection {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

export interface Target {
  name: 'pglite' | 'postgres';
  open(): Promise<{ ctx: Omit<BenchContext, 'opts' | 'log'>; close(): Promise<void> }>;
}

/** The targets: PGlite always, PostgreSQL when the configuration has DATABASE_URL. */
export function targets(config: Config): Target[] {
  const list: Target[] = [{ name: 'pglite', open: () => openTarget(config, 'pglite') }];
  if (config.DATABASE_URL) list.push({ name: 'postgres', open: () => openTarget(config, 'postgres') });
  return list;
}

async function openTarget(base: Config, kind: 'pglite' | 'postgres') {
  const adminKey = randomBytes(16).toString('hex');
  const config = loadConfig({ GSTGATE_ADMIN_KEY: adminKey, GSTGATE_LOG_LEVEL: 'silent', GSTGATE_RATE_LIMIT_PER_MINUTE: '100000000' });
  const dataDir = kind === 'pglite' ? mkdtempSync(join(tmpdir(), 'gstgate-bench-')) : undefined;
  const schemaName = kind === 'postgres' ? `bench_${randomBytes(6).toString('hex')}` : undefined;
  const databaseUrl = kind === 'postgres' ? base.DATABASE_URL : undefined;
  const database = await openDatabase({ databaseUrl, dataDir: dataDir ?? 'memory://', schemaName });
  const govClock = new SandboxClock();
  const app = await buildApp({ config, database, signer: await loadOrCreateSigner(undefined), govClock, adminKey });
  await app.services.sandbox.loadClock();
  await seedSandbox(app.services.sandbox, async () => (await app.services.taxpayers.count()) === 0);
  const login = await app.inject({ method: 'POST', url: '/v1/authenticate', payload: DEMO_USER });
  if (login.statusCode !== 200) throw new Error(`login of the demo user failed: ${login.body}`);
  return {
    ctx: { target: kind, app, database, govClock, token: login.json().token as string },
    close: async () => {
      await app.close();
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && schemaName) await dropSchema(databaseUrl, schemaName);
    },
  };
}

export { prng } from './prng.ts';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `op(i)` for i in 0..ops-1 with `concurrency` in flight (1 = one after another) after a short
 * warm-up, and reports per-operation latency percentiles and operations per second of wall time.
 */
export async function sample(
  name: string,
  ops: number,
  op: (i: number) => Promise<unknown>,
  opts: { concurrency?: number; warmup?: number; note?: string } = {},
): Promise<BenchRow> {
  const concurrency = opts.concurrency ?? 1;
  const warmup = opts.warmup ?? Math.min(200, ops);
  for (let i = 0; i < warmup; i++) await op(ops - 1 - i);
  const latencies = new Float64Array(ops);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < ops; i = next++) {
      const t0 = performance.now();
      await op(i);
      latencies[i] = performance.now() - t0;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  return {
    case: name,
    ops,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    perSecond: (ops / elapsed) * 1000,
    note: opts.note,
  };
}

/** Results as a Markdown table (readable on a terminal, pasteable into docs/benchmarks.md). */
export function table(rows: BenchRow[]): string {
  const ms = (v: number | undefined) => (v === undefined ? '' : v < 1 ? v.toFixed(3) : v.toFixed(2));
  const head = ['case', 'ops', 'p50 ms', 'p95 ms', 'p99 ms', 'ops/s', 'note'];
  const body = rows.map((r) => [
    r.case,
    String(r.ops),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    Math.round(r.perSecond).toLocaleString('en-US'),
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 || i === 6 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}
