/**
 * Profiling driver (issue 9): starts bench/profile/server.ts (or ceiling.ts) as a child
 * process, loads it over loopback with autocannon and prints req/s, latency, the server's CPU time
 * per request, PostgreSQL's, and the SQL statements per request with their time at the driver.
 *   node --import tsx bench/profile/drive.ts --db pglite|pg --case generate|ewb|gstin|big|ceiling
 *        [--items 10] [--duration 10] [--connections 16] [--rate N] [--prof] [--logsql] [--env K=V]
 * --db pg uses PERF_PG_URL or postgres://postgres@127.0.0.1:5432/test, in a fresh perf_* schema
 * (dropped after). --prof writes a CPU profile of the timed window to bench/profile/out/ (top.ts
 * reads it). PERF_ROOT=<checkout> runs another checkout's app through this server (before/after).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { sampleEwbRequest } from '../../src/domain/ewaybill/fixtures.ts';
import { invoiceTemplate as benchInvoiceTemplate } from '../invoice.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT = join(HERE, 'out');
const { values: a } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    case: { type: 'string', default: 'generate' },
    items: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    rate: { type: 'string' },
    warmup: { type: 'string', default: '3' },
    prof: { type: 'boolean', default: false },
    logsql: { type: 'boolean', default: false },
    port: { type: 'string', default: String(3900 + Math.floor(Math.random() * 1000)) },
    keep: { type: 'boolean', default: false },
    log: { type: 'string', default: 'info' },
    env: { type: 'string', multiple: true, default: [] },
    // --case big with npm run bench's 1,000-line invoice (bench/invoice.ts, 726 KB) instead of this file's lighter lines.
    'bench-invoice': { type: 'boolean', default: false },
  },
});
const PG_URL = process.env.PERF_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const port = Number(a.port);
const base = `http://127.0.0.1:${port}`;
const schema = `perf_${randomBytes(4).toString('hex')}`;

function startServer(): Promise<ChildProcess> {
  const script = a.case === 'ceiling' ? join(HERE, 'ceiling.ts') : join(HERE, 'server.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'perf-'));
  const extra = Object.fromEntries(a.env.map((kv) => kv.split('=', 2) as [string, string]));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PERF_PORT: String(port),
    GSTGATE_DATA_DIR: dataDir,
    GSTGATE_RATE_LIMIT_PER_MINUTE: '100000000',
    GSTGATE_LOG_LEVEL: a.log,
    PERF_LOG_SQL: a.logsql ? '1' : '0',
    ...extra,
  };
  delete env.DATABASE_URL;
  if (a.db === 'pg') Object.assign(env, { DATABASE_URL: PG_URL, GSTGATE_DATABASE_SCHEMA: schema });
  const nodeArgs = ['--import', 'tsx'];
  if (a.prof) {
    mkdirSync(OUT, { recursive: true });
    env.PERF_PROFILE = join(OUT, `${a.case}-${a.db}-${Date.now()}.cpuprofile`);
  }
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env,
    cwd: process.env.PERF_ROOT ?? join(HERE, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('READY')) {
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume(); // discard request logs
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

function today(): string {
  const ist = new Date(Date.now() + 5.5 * 3600_000);
  return `${String(ist.getUTCDate()).padStart(2, '0')}/${String(ist.getUTCMonth() + 1).padStart(2, '0')}/${ist.getUTCFullYear()}`;
}

function invoiceTemplate(items: number): string {
  const line = {
    PrdDesc: 'Deep groove ball bearing 6205',
    IsServc: 'N',
    HsnCd: '84821011',
    Qty: 10,
    Unit: 'NOS',
    UnitPrice: 1000,
    TotAmt: 10000,
    Discount: 0,
    AssAmt: 10000,
    GstRt: 18,
    IgstAmt: 0,
    CgstAmt: 900,
    SgstAmt: 900,
    CesRt: 0,
    CesAmt: 0,
    CesNonAdvlAmt: 0,
    StateCesRt: 0,
    StateCesAmt: 0,
    StateCesNonAdvlAmt: 0,
    OthChrg: 0,
    TotItemVal: 11800,
  };
  const inv = {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
    DocDtls: { Typ: 'INV', No: '@@DOCNO@@', Dt: today() },
    SellerDtls: {
      Gstin: '29AAFCD5862R1ZR',
      LglNm: 'Deccan Components Private Limited',
      TrdNm: 'Deccan Components',
      Addr1: '14, Mahatma Gandhi Road',
      Addr2: 'Ashok Nagar',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: '29',
      Ph: '08041234567',
      Em: 'billing@deccan-components.example',
    },
    BuyerDtls: {
      Gstin: '29AAACW4202F1ZM',
      LglNm: 'Westgate Retail Private Limited',
      TrdNm: 'Westgate Retail',
      Pos: '29',
      Addr1: '22, Brigade Road',
      Addr2: 'Shanthala Nagar',
      Loc: 'Bengaluru',
      Pin: 560001,
      Stcd: '29',
      Ph: '08049876543',
      Em: 'accounts@westgate-retail.example',
    },
    ItemList: Array.from({ length: items }, (_, i) => ({ SlNo: String(i + 1), ...line, PrdDesc: `Bearing type ${i + 1}` })),
    ValDtls: {
      AssVal: 10000 * items,
      CgstVal: 900 * items,
      SgstVal: 900 * items,
      IgstVal: 0,
      CesVal: 0,
      StCesVal: 0,
      Discount: 0,
      OthChrg: 0,
      RndOffAmt: 0,
      TotInvVal: 11800 * items,
    },
  };
  return JSON.stringify(inv);
}

/** The e-way bill the bench sends too (the intra-state sample of the route tests), numbered per request. */
function ewbTemplate(): string {
  return JSON.stringify(sampleEwbRequest('intra', { docNo: '@@DOCNO@@', docDate: today() }));
}

async function json(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

let seq = 0;
const run = `${process.pid % 100}${randomBytes(2).toString('hex')}`.toUpperCase();
const nextDocNo = () => `P${run}-${++seq}`.slice(0, 16);

let gstins: string[] = [];
let gi = 0;
async function load(
  path: string,
  method: 'POST' | 'GET',
  template: string | undefined,
  token: string,
  seconds: number,
  opts: { rate?: number } = {},
) {
  const inst = autocannon({
    url: base + path,
    method,
    connections: Number(a.connections),
    duration: seconds,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) =>
          template
            ? { ...req, body: template.replace('@@DOCNO@@', nextDocNo()) }
            : gstins.length > 0
              ? { ...req, path: `/v1/gstin/${gstins[gi++ % gstins.length]}` }
              : req,
      },
    ],
  });
  return await inst;
}

/** Machine busy jiffies (all CPUs) and postgres processes' CPU jiffies (USER_HZ = 100: 10 ms). */
let childPid = 0;
function childJiffies(): number {
  const st = readFileSync(`/proc/${childPid}/stat`, 'utf8');
  const parts = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return Number(parts[11]) + Number(parts[12]);
}
function cpuSnapshot() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const busy = f.reduce((x, y) => x + y, 0) - f[3] - f[4];
  let pgJ = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (!st.includes('(postgres)')) continue;
      const parts = st.slice(st.lastIndexOf(')') + 2).split(' ');
      pgJ += Number(parts[11]) + Number(parts[12]);
    } catch {}
  }
  return { busy, pgJ, child: childJiffies() };
}

async function main() {
  const child = await startServer();
  childPid = child.pid as number;
  try {
    let token = '';
    if (a.case !== 'ceiling') {
      const login = await json('POST', '/v1/authenticate', { gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'Demo@12345' });
      token = login.body.token;
    }
    let path = '/v1/einvoice/generate';
    let method: 'POST' | 'GET' = 'POST';
    let template: string | undefined = a['bench-invoice']
      ? benchInvoiceTemplate({ items: Number(a.items), docDate: today() }).body('@@DOCNO@@')
      : invoiceTemplate(Number(a.items));
    if (a.case === 'ewb') {
      path = '/v1/ewaybill/generate';
      template = ewbTemplate();
    } else if (a.case === 'gstin') {
      path = '/v1/gstin/29AAACW4202F1ZM';
      method = 'GET';
      template = undefined;
      gstins = (await json('GET', '/perf/gstins')).body;
      console.log(`${gstins.length} random GSTINs`);
    } else if (a.case === 'ceiling') {
      path = '/sign';
    }
    // One request by hand: it must succeed.
    if (template) {
      const probe = await json(method, path, template.replace('@@DOCNO@@', nextDocNo()), { authorization: `Bearer ${token}` });
      if (probe.status !== 200) throw new Error(`probe ${probe.status}: ${JSON.stringify(probe.body).slice(0, 600)}`);
    }
    if (a.case === 'big') {
      // Latency of single large invoices, one at a time.
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        if (i === 5) await json('POST', '/perf/start', {});
        const t0 = performance.now();
        const r = await json('POST', path, template?.replace('@@DOCNO@@', nextDocNo()), { authorization: `Bearer ${token}` });
        if (r.status !== 200) throw new Error(`big ${r.status}`);
        if (i >= 5) times.push(performance.now() - t0);
      }
      const st = (await json('GET', '/perf/stats')).body;
      console.log(
        `  server: ${st.requests} req, cpu ${st.cpuMsPerReq?.toFixed(2)} ms/req, ${st.queriesPerReq?.toFixed(2)} queries/req, rss ${st.rssMb} MB`,
      );
      for (const [text, n, ms] of st.top.slice(0, 8))
        console.log(`   ${(n / st.requests).toFixed(2)} x ${ms.toFixed(2)} ms  ${text.slice(0, 110)}`);
      times.sort((x, y) => x - y);
      console.log(
        `big ${a.items} items: p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}`,
      );
      return;
    }
    await load(path, method, template, token, Number(a.warmup));
    if (a.case !== 'ceiling') await json('POST', '/perf/start', {});
    const c0 = cpuSnapshot();
    const r = await load(path, method, template, token, Number(a.duration), { rate: a.rate ? Number(a.rate) : undefined });
    const c1 = cpuSnapshot();
    const stats = a.case !== 'ceiling' ? (await json('GET', '/perf/stats')).body : undefined;
    const non2xx = r.non2xx;
    console.log(
      `${a.case} db=${a.db} items=${a.items} conns=${a.connections}${a.rate ? ` rate=${a.rate}` : ''}: ${r.requests.average.toFixed(0)} req/s, ` +
        `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non2xx ${non2xx}, errors ${r.errors}`,
    );
    const nreq = r.requests.total;
    console.log(
      `  machine: ${((10 * (c1.busy - c0.busy)) / nreq).toFixed(2)} ms busy CPU/req (all processes), postgres ${((10 * (c1.pgJ - c0.pgJ)) / nreq).toFixed(2)} ms/req, server process ${((10 * (c1.child - c0.child)) / nreq).toFixed(2)} ms/req`,
    );
    if (stats) {
      console.log(
        `  server: ${stats.requests} req, cpu ${stats.cpuMsPerReq?.toFixed(2)} ms/req, ${stats.queriesPerReq?.toFixed(2)} queries/req, rss ${stats.rssMb} MB, system share ${stats.sysShare.toFixed(2)} ${JSON.stringify(stats.mem)}`,
      );
      for (const [text, n, ms] of stats.top.slice(0, 14))
        console.log(`   ${(n / stats.requests).toFixed(2)} x ${ms.toFixed(2)} ms  ${text.slice(0, 110)}`);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (a.db === 'pg' && !a.keep) {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
