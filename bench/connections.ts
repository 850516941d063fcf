/**
 * How many connections give the peak? `node --import tsx bench/connections.ts [--list 8,16,32,64]
 * [--seconds 5] [--databases pglite,postgres]`: IRN generation (the 10-line invoice) against the
 * ceiling server and gstgate at each connection count, after a warm-up, one table on stdout. The
 * figure chosen for `npm run bench --connections` (default 32) comes from this; nothing is written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config.ts';
import { formatIstDate } from '../src/domain/dates.ts';
import { invoiceTemplate } from './invoice.ts';
import { type LoadResult, load } from './load.ts';
import { ms } from './report.ts';
import { findPostgres, type ServerProcess, startCeiling, startGstgate } from './servers.ts';

const opts = new Command('bench/connections.ts')
  .option('--list <n,n>', 'connection counts', '8,16,32,64')
  .option('--seconds <s>', 'seconds of load each', '5')
  .option('--databases <list>', 'pglite, postgres or both', 'pglite,postgres')
  .parse()
  .opts<{ list: string; seconds: string; databases: string }>();
const counts = opts.list.split(',').map(Number);
const seconds = Number(opts.seconds);
const invoice = invoiceTemplate({ items: 10, docDate: formatIstDate(new Date()) });
const log = (m: string) => process.stderr.write(`${m}\n`);

const rows: string[] = [];
let tag = 0;
async function sweep(name: string, server: ServerProcess, headers: Record<string, string>, path: string) {
  const spec = (connections: number, s: number) => ({
    url: server.url,
    method: 'POST' as const,
    headers,
    path: () => path,
    body: (() => {
      const prefix = `S${++tag}`;
      return (i: number) => invoice.body(`${prefix}-${i}`);
    })(),
    connections,
    seconds: s,
  });
  await load(spec(counts[0], 2));
  const results: LoadResult[] = [];
  for (const c of counts) {
    const r = await load(spec(c, seconds));
    log(`${name} ×${c}: ${Math.round(r.perSecond)}/s, p99 ${ms(r.p99)} ms, ${r.non2xx + r.errors} failed`);
    results.push(r);
  }
  rows.push(
    `| ${name} | ${results.map((r) => `${Math.round(r.perSecond)}/s (p99 ${ms(r.p99)} ms${r.non2xx + r.errors ? `, ${r.non2xx + r.errors} failed` : ''})`).join(' | ')} |`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'gstgate-bench-conn-'));
try {
  const ceiling = await startCeiling(dir);
  try {
    await sweep('ceiling', ceiling, {}, '/');
  } finally {
    await ceiling.stop();
  }
  const databases = opts.databases.split(',');
  const pgFound = databases.includes('postgres') ? await findPostgres(loadConfig().DATABASE_URL) : undefined;
  for (const kind of databases as ('pglite' | 'postgres')[]) {
    if (kind === 'postgres' && !(pgFound && 'url' in pgFound)) {
      log(`PostgreSQL skipped: ${pgFound && 'skipped' in pgFound ? pgFound.skipped : 'not found'}`);
      continue;
    }
    const gstgate = await startGstgate({
      kind,
      dir,
      postgresUrl: pgFound && 'url' in pgFound ? pgFound.url : undefined,
      count: 0,
      seed: 1,
      log,
    });
    try {
      await sweep(`gstgate, ${kind}`, gstgate.server, gstgate.headers, '/v1/einvoice/generate');
    } finally {
      await gstgate.close();
    }
  }
  console.log(`\n| server | ${counts.map((c) => `${c} connections`).join(' | ')} |`);
  console.log(`|---|${counts.map(() => '---:').join('|')}|`);
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
