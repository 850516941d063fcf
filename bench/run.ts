/**
 * `npm run bench [-- --quick] [--write | --no-write] [--connections 8,32,64] [--duration S] …` — issue 9:
 * what one machine does over HTTP, in one run, so the ratios compare like with like.
 *   1. The ceiling: bench/ceiling-server.ts, the irreducible work of one IRN (parse, SHA-256, two
 *      RS256 signatures), under the same load as gstgate.
 *   2. gstgate, started as `npm start` starts it, on PGlite (temp data dir) and on PostgreSQL (a
 *      fresh schema, dropped afterwards; DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test
 *      when it answers, else skipped with a note), each with a registry of --count synthetic
 *      taxpayers: IRN generation at peak (10-line invoice, unique numbers), its latency at half that
 *      rate, a 1,000-line invoice one at a time, e-way bill generation and GSTIN lookups at peak,
 *      and the server's peak RSS.
 * Every server is a child process; autocannon drives it over loopback from this process. Progress
 * on stderr; the tables on stdout and, for a full run (or with --write), in docs/benchmarks.md
 * between the markers. The in-process benchmarks of issue 4 are bench/in-process.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import { syntheticTaxpayer } from '../src/domain/taxpayer/synthetic.ts';
import { invoiceTemplate, withDocNo } from './invoice.ts';
import { type LoadResult, type LoadSpec, load, paced, sequential } from './load.ts';
import { prng } from './prng.ts';
import { ms, type Row, rowsTable, type Target, targetsTable, writeBenchmarksDoc } from './report.ts';
import { findPostgres, procMemory, REPO, startCeiling, startGstgate } from './servers.ts';

const started = performance.now();
const loadAtStart = loadavg();

const int = (min: number) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`a whole number ≥ ${min}`);
  return Number(value);
};

const program = new Command('npm run bench --')
  .description('issue 9: IRN throughput against the ceiling, latency, e-way bills, GSTIN lookups and memory, over HTTP')
  .option('--quick', 'a short run for development: 3 s a case, 10,000 taxpayers, 5 large invoices (not written to docs/ unless --write)')
  .option('--write', 'write the tables into docs/benchmarks.md (the default for a full run)')
  .option('--no-write', 'only print the tables')
  .option('--duration <s>', 'seconds of load a case (default 10, quick 3)', int(1))
  .option('--warmup <s>', 'seconds of load before each case, not counted (default 3, quick 1)', int(0))
  .option('--connections <list>', 'connection counts tried for each peak; the best counts (default 8,32,64; quick 32)')
  .option('--count <n>', 'synthetic taxpayers in the registry (default 100,000, quick 10,000)', int(1))
  .option('--large-runs <n>', 'generates of the 1,000-line invoice, one at a time (default 20, quick 5)', int(1))
  .option('--databases <list>', 'pglite, postgres or both', 'pglite,postgres')
  .option('--keep', 'keep the temp dir (server logs, PGlite data) and print its path')
  .parse();
const opts = program.opts<{
  quick?: boolean;
  write?: boolean;
  duration?: number;
  warmup?: number;
  connections?: string;
  count?: number;
  largeRuns?: number;
  databases: string;
  keep?: boolean;
}>();
const quick = opts.quick === true;
const seconds = opts.duration ?? (quick ? 3 : 10);
const warmup = opts.warmup ?? (quick ? 1 : 3);
const count = opts.count ?? (quick ? 10_000 : 100_000);
const largeRuns = opts.largeRuns ?? (quick ? 5 : 20);
const connectionCounts = (opts.connections ?? (quick ? '32' : '8,32,64')).split(',').map((c) => Number(c.trim()));
if (connectionCounts.some((c) => !Number.isSafeInteger(c) || c < 1)) program.error('--connections: whole numbers ≥ 1, comma-separated');
// commander: --write → true, --no-write → false, neither → undefined (full runs write, quick runs do not).
const explicitWrite = process.argv.includes('--write') ? true : process.argv.includes('--no-write') ? false : undefined;
const write = explicitWrite ?? !quick;
const databases = opts.databases.split(',').map((s) => s.trim());
for (const d of databases) if (d !== 'pglite' && d !== 'postgres') program.error(`unknown database ${d} (pglite, postgres)`);

/** Synthetic registry seed (as `gstgate taxpayers seed` defaults to). */
const SEED = 1;

const elapsed = () => {
  const s = Math.round((performance.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const phase = (message: string) => process.stderr.write(`[${elapsed()}] ${message}\n`);
const summary = (r: LoadResult) =>
  `${Math.round(r.perSecond).toLocaleString('en-US')}/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms` +
  (r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors: ${r.samples[0] ?? ''}` : '');

const docDate = formatIstDate(new Date());
const invoice10 = invoiceTemplate({ items: 10, docDate });
const invoice1000 = invoiceTemplate({ items: 1000, docDate });
const ewayBill = withDocNo((docNo) => sampleEwbRequest('intra', { docNo, docDate }));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const otherCounts = (r: LoadResult | Peak) =>
  'tried' in r && r.tried.length > 1
    ? `best of ${r.tried
        .map(
          (t) =>
            `${t.connections} → ${Math.round(t.perSecond).toLocaleString('en-US')}/s${t.non2xx + t.errors ? ` (${t.non2xx + t.errors} failed)` : ''}`,
        )
        .join(', ')}`
    : undefined;

const loadRow = (name: string, r: LoadResult | Peak, note?: string): Row => ({
  case: name,
  connections: r.connections,
  ok: r.ok,
  non2xx: r.non2xx,
  errors: r.errors,
  perSecond: r.perSecond,
  p50: r.p50,
  p99: r.p99,
  max: r.max,
  note: [note, otherCounts(r), ...(r.samples.length ? [`first failure: ${r.samples[0].slice(0, 120)}`] : [])].filter(Boolean).join('; '),
});

/** The best of the connection counts tried (after one warm-up), with the others for the note. */
type Peak = LoadResult & { tried: LoadResult[] };
let runTag = 0;

async function peak(name: string, spec: (connections: number, tag: string) => LoadSpec): Promise<Peak> {
  // Every load gets its own document-number prefix: numbers stay unique across cases.
  const tag = () => `R${(++runTag).toString(36).toUpperCase()}`;
  if (warmup > 0) await load({ ...spec(connectionCounts.at(-1) ?? 32, tag()), seconds: warmup });
  const tried: LoadResult[] = [];
  for (const connections of connectionCounts) {
    phase(`${name}, ${seconds} s at ${connections} connections`);
    const result = await load(spec(connections, tag()));
    phase(`  ${summary(result)}`);
    tried.push(result);
  }
  const best = tried.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  return { ...best, tried };
}

// ---- 1. the ceiling
async function benchCeiling(dir: string): Promise<Peak> {
  phase('ceiling server: starting');
  const server = await startCeiling(dir);
  try {
    return await peak('ceiling server: POST /', (connections, tag) => ({
      url: server.url,
      method: 'POST',
      headers: {},
      path: () => '/',
      body: (i) => invoice10.body(`${tag}-${i}`),
      connections,
      seconds,
    }));
  } finally {
    await server.stop();
  }
}

// ---- 2–6. gstgate on one database
interface DatabaseResult {
  kind: 'pglite' | 'postgres';
  irn: Peak;
  halfPeak: LoadResult;
  large: Awaited<ReturnType<typeof sequential>>;
  ewb: Peak;
  gstin: Peak;
  seed: { inserted: number; seconds: number };
  startSeconds: number;
  hwmMb: number;
  sampledPeakMb: number;
  idleMb: number;
}

async function benchGstgate(kind: 'pglite' | 'postgres', dir: string, postgresUrl?: string): Promise<DatabaseResult> {
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const gstgate = await startGstgate({ kind, dir, postgresUrl, count, seed: SEED, log: phase });
  const { server, headers, seed, startSeconds } = gstgate;
  try {
    const irnSpec = (connections: number, tag: string): LoadSpec => ({
      url: server.url,
      headers,
      connections,
      seconds,
      method: 'POST',
      path: () => '/v1/einvoice/generate',
      body: (i) => invoice10.body(`${tag}-${i}`),
    });
    // Memory before any load: what the process holds for itself (module graph, reference data, caches).
    const idleMb = procMemory(server.pid)?.rssMb ?? Number.NaN;
    server.resetSampledPeak();
    const irn = await peak(`${label}: POST /v1/einvoice/generate`, irnSpec);

    const rate = Math.max(1, Math.round(irn.perSecond / 2));
    phase(`${label}: the same at half that rate (${rate}/s, at most ${irn.connections} connections)`);
    const halfPeak = await paced({ ...irnSpec(irn.connections, 'H'), overallRate: rate });
    phase(`  ${summary(halfPeak)}`);

    phase(`${label}: a ${kb(invoice1000.bytes)} invoice of 1,000 lines, ${largeRuns} generates one at a time`);
    const sendLarge = (tag: string) => (i: number) =>
      fetch(`${server.url}/v1/einvoice/generate`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: invoice1000.body(`${tag}-${i}`),
      });
    await sequential(2, sendLarge('KW'));
    const large = await sequential(largeRuns, sendLarge('K'));
    phase(`  p50 ${ms(large.p50)} ms, max ${ms(large.max)} ms${large.non2xx ? `, ${large.non2xx} failed: ${large.samples[0]}` : ''}`);

    const ewb = await peak(`${label}: POST /v1/ewaybill/generate`, (connections, tag) => ({
      url: server.url,
      headers,
      connections,
      seconds,
      method: 'POST',
      path: () => '/v1/ewaybill/generate',
      body: (i) => ewayBill.body(`${tag}-${i}`),
    }));

    // Random existing GSTINs of the synthetic registry, picked before timing.
    const rnd = prng(42);
    const now = new Date();
    const gstins = Array.from(
      { length: Math.min(5000, count) },
      () => syntheticTaxpayer(Math.floor(rnd() * count), { seed: SEED, now }).gstin,
    );
    const gstin = await peak(`${label}: GET /v1/gstin/{gstin}`, (connections) => ({
      url: server.url,
      headers,
      connections,
      seconds,
      method: 'GET',
      path: (i) => `/v1/gstin/${gstins[i % gstins.length]}`,
    }));

    const sampledPeakMb = server.sampledPeakMb();
    const hwmMb = server.hwmMb();
    phase(
      `  RSS: peak ${hwmMb.toFixed(0)} MB (VmHWM), ${sampledPeakMb.toFixed(0)} MB sampled under load, ${idleMb.toFixed(0)} MB idle after start`,
    );
    return { kind, irn, halfPeak, large, ewb, gstin, seed, startSeconds, hwmMb, sampledPeakMb, idleMb };
  } finally {
    await gstgate.close();
  }
}

function databaseRows(r: DatabaseResult, half: number): Row[] {
  const registry = `${count.toLocaleString('en-US')} taxpayers`;
  return [
    loadRow('POST /v1/einvoice/generate, 10 lines — peak', r.irn),
    loadRow(`POST /v1/einvoice/generate at ${half}/s (half of peak)`, r.halfPeak, 'open loop: latency from when each request was due'),
    {
      case: 'POST /v1/einvoice/generate, 1,000 lines, one at a time',
      connections: 1,
      ok: r.large.ok,
      non2xx: r.large.non2xx,
      errors: 0,
      p50: r.large.p50,
      max: r.large.max,
      note: `${kb(invoice1000.bytes)} body${r.large.samples.length ? `; first failure: ${r.large.samples[0].slice(0, 120)}` : ''}`,
    },
    loadRow('POST /v1/ewaybill/generate — peak', r.ewb),
    loadRow(`GET /v1/gstin/{gstin}, ${registry} — peak`, r.gstin, 'random existing GSTINs, taxpayer cache off'),
    {
      case: 'server RSS (MB): VmHWM / sampled peak under load / idle after start',
      note: `${r.hwmMb.toFixed(0)} / ${r.sampledPeakMb.toFixed(0)} / ${r.idleMb.toFixed(0)}`,
    },
    {
      case: `setup: seed ${registry}; start gstgate`,
      note: `${r.seed.seconds.toFixed(1)} s (${Math.round(r.seed.inserted / r.seed.seconds).toLocaleString('en-US')}/s); ${r.startSeconds.toFixed(1)} s`,
    },
  ];
}

const fails = (...rs: LoadResult[]) => rs.reduce((s, r) => s + r.non2xx + r.errors, 0);

function targets(ceiling: LoadResult, results: Map<string, DatabaseResult>, pgSkipped?: string): Target[] {
  const list: Target[] = [];
  const label = (k: string) => (k === 'pglite' ? 'PGlite' : 'PostgreSQL');
  const per = (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`;
  const missing = (k: string) => (k === 'postgres' ? (pgSkipped ?? 'not run') : 'not run');
  for (const [k, limit] of [
    ['postgres', 0.7],
    ['pglite', 0.5],
  ] as const) {
    const r = results.get(k);
    list.push({
      figure: `IRN/s on ${label(k)} ÷ ceiling`,
      target: `≥ ${limit.toFixed(1)}`,
      measured: r ? `${per(r.irn.perSecond)} ÷ ${per(ceiling.perSecond)} = ${(r.irn.perSecond / ceiling.perSecond).toFixed(2)}` : '',
      value: r ? r.irn.perSecond / ceiling.perSecond : undefined,
      limit,
      kind: 'atLeast',
      failures: r ? fails(r.irn, ceiling) : 0,
      missing: r ? undefined : missing(k),
    });
  }
  const each = (make: (k: string, r: DatabaseResult | undefined) => Target) => {
    for (const k of ['pglite', 'postgres']) list.push(make(k, results.get(k)));
  };
  each((k, r) => ({
    figure: `p99 latency at half peak, ${label(k)}`,
    target: '≤ 25 ms',
    measured: r ? `${ms(r.halfPeak.p99)} ms at ${per(r.halfPeak.perSecond)} (p50 ${ms(r.halfPeak.p50)} ms)` : '',
    value: r?.halfPeak.p99,
    limit: 25,
    kind: 'atMost',
    failures: r ? fails(r.halfPeak) : 0,
    missing: r ? undefined : missing(k),
  }));
  each((k, r) => ({
    figure: `1,000-line invoice, one generate, ${label(k)}`,
    target: '≤ 60 ms',
    measured: r ? `p50 ${ms(r.large.p50)} ms, max ${ms(r.large.max)} ms (${r.large.all.length} in a row)` : '',
    value: r?.large.p50,
    limit: 60,
    kind: 'atMost',
    failures: r?.large.non2xx,
    missing: r ? undefined : missing(k),
  }));
  each((k, r) => ({
    figure: `e-way bills/s ÷ IRN/s, ${label(k)}`,
    target: '≥ 2',
    measured: r ? `${per(r.ewb.perSecond)} ÷ ${per(r.irn.perSecond)} = ${(r.ewb.perSecond / r.irn.perSecond).toFixed(2)}` : '',
    value: r ? r.ewb.perSecond / r.irn.perSecond : undefined,
    limit: 2,
    kind: 'atLeast',
    failures: r ? fails(r.ewb, r.irn) : 0,
    missing: r ? undefined : missing(k),
  }));
  each((k, r) => ({
    figure: `GSTIN lookups/s, ${count.toLocaleString('en-US')} taxpayers, ${label(k)}`,
    target: '≥ 5,000/s',
    measured: r ? per(r.gstin.perSecond) : '',
    value: r?.gstin.perSecond,
    limit: 5000,
    kind: 'atLeast',
    failures: r ? fails(r.gstin) : 0,
    missing: r ? undefined : missing(k),
  }));
  const pg = results.get('postgres');
  list.push({
    figure: 'server RSS under load, PostgreSQL',
    target: '≤ 400 MB',
    measured: pg ? `${pg.hwmMb.toFixed(0)} MB (VmHWM of the Node process)` : '',
    value: pg?.hwmMb,
    limit: 400,
    kind: 'atMost',
    missing: pg ? undefined : missing('postgres'),
  });
  return list;
}

function machineFacts(pgVersion: string | undefined): string[] {
  const cpu = cpus();
  const pkg = (name: string) => {
    try {
      return JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version as string;
    } catch {
      return '?';
    }
  };
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? '?'}; RAM ${(totalmem() / 2 ** 30).toFixed(0)} GB; ${type()} ${release()}`,
    `- Node ${process.version}; PGlite ${pkg('@electric-sql/pglite')}; PostgreSQL ${pgVersion ?? '(not run)'} on the same machine; ` +
      `fastify ${pkg('fastify')}, autocannon ${pkg('autocannon')}; commit ${commit}`,
    `- Load average at start: ${loadAtStart.map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min)`,
  ];
}

// ---- the run
const dir = mkdtempSync(join(tmpdir(), 'gstgate-bench-'));
let exitCode = 0;
try {
  const pgFound = databases.includes('postgres') ? await findPostgres(loadConfig().DATABASE_URL) : { skipped: 'not requested' };
  const pgSkipped = 'skipped' in pgFound ? pgFound.skipped : undefined;
  const pgUrl = 'url' in pgFound ? pgFound.url : undefined;
  phase(
    `gstgate bench${quick ? ' (QUICK)' : ''}: ${seconds} s a case after ${warmup} s of warm-up, ${connectionCounts.join('/')} connections, ` +
      `${count.toLocaleString('en-US')} taxpayers; invoice ${kb(invoice10.bytes)}; PostgreSQL ${pgUrl ?? `skipped: ${pgSkipped}`}`,
  );
  const ceiling = await benchCeiling(dir);
  const results = new Map<string, DatabaseResult>();
  for (const kind of databases as ('pglite' | 'postgres')[]) {
    if (kind === 'postgres' && pgSkipped) continue;
    results.set(kind, await benchGstgate(kind, dir, kind === 'postgres' ? pgUrl : undefined));
  }
  const runSeconds = (performance.now() - started) / 1000;

  const args = process.argv.slice(2);
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const lines: string[] = [
    `## HTTP throughput, latency and memory (issue 9)${quick ? ' — QUICK RUN, not for comparison' : ''}`,
    '',
    `Command: \`${command}\`${pgUrl ? ` (PostgreSQL: ${pgUrl.replace(/\/\/[^@/]*@/, '//…@')})` : ''}; ` +
      `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; the whole run took ${Math.floor(runSeconds / 60)} min ${Math.round(runSeconds % 60)} s.`,
    '',
    ...machineFacts('version' in pgFound ? pgFound.version : undefined),
    `- Load: autocannon over loopback from the benchmark's process, keep-alive connections; each peak ` +
      `${connectionCounts.length > 1 ? `is the best of ${connectionCounts.join(', ')} connections` : `at ${connectionCounts[0]} connections`}, ` +
      `${seconds} s each after ${warmup} s of warm-up; every server in its own process (gstgate as \`npm start\` runs it, log level warn, sandbox provider).`,
    `- Invoice: B2B intra-state, 10 lines, ${kb(invoice10.bytes)} of JSON, a unique DocDtls.No per request (bench/invoice.ts); ` +
      `registry of ${count.toLocaleString('en-US')} synthetic taxpayers plus the demo ones; latencies from autocannon are whole milliseconds.`,
    ...(quick
      ? [
          `- QUICK: ${seconds} s cases, ${count.toLocaleString('en-US')} taxpayers, ${largeRuns} large invoices — figures for development only.`,
        ]
      : []),
    '',
    '### Targets',
    '',
    targetsTable(targets(ceiling, results, pgSkipped)),
    '',
    '### Ceiling: node:http, JSON.parse, SHA-256, two RS256 signatures (bench/ceiling-server.ts)',
    '',
    rowsTable([loadRow('POST / (10-line invoice) — peak', ceiling)]),
  ];
  for (const [kind, r] of results) {
    lines.push('', `### gstgate on ${kind === 'pglite' ? 'PGlite (embedded, temp data dir)' : 'PostgreSQL (fresh schema)'}`, '');
    lines.push(rowsTable(databaseRows(r, Math.max(1, Math.round(r.irn.perSecond / 2)))));
  }
  if (pgSkipped && databases.includes('postgres')) lines.push('', `PostgreSQL rows skipped: ${pgSkipped}.`);
  const block = lines.join('\n');
  console.log(`\n${block}\n`);
  if (write) {
    writeBenchmarksDoc(join(REPO, 'docs', 'benchmarks.md'), block);
    phase('written to docs/benchmarks.md');
  } else {
    phase(`not written to docs/benchmarks.md (${quick ? 'quick run; add --write' : '--no-write'})`);
  }
  phase(`done in ${runSeconds.toFixed(0)} s`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  exitCode = 1;
} finally {
  if (opts.keep) phase(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
