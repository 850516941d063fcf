/**
 * The in-process benchmarks (issue 4), through app.inject without a socket:
 * `node --import tsx bench/in-process.ts [--only taxpayer-lookup] [--count N] [--ops N] [--concurrency N]`
 * runs every section on a temp PGlite data dir, and on a fresh PostgreSQL schema when DATABASE_URL
 * is set, and prints one Markdown table per section and database. Add a benchmark by writing a
 * BenchSection in bench/sections/ and listing it below (see bench/README.md). `npm run bench`
 * (bench/run.ts) is the HTTP benchmark of issue 9.
 */
import { cpus } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config.ts';
import { type BenchSection, table, targets } from './harness.ts';
import { taxpayerLookup } from './sections/taxpayer-lookup.ts';

const SECTIONS: BenchSection[] = [taxpayerLookup];

const int = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return Number(value);
};

const opts = new Command('bench/in-process.ts')
  .option('--only <sections>', `comma-separated sections (${SECTIONS.map((s) => s.name).join(', ')})`)
  .option('--count <n>', 'taxpayers in the registry', int, 100_000)
  .option('--ops <n>', 'timed operations per case', int, 5_000)
  .option('--concurrency <n>', 'requests in flight for the throughput cases', int, 16)
  .parse()
  .opts<{ only?: string; count: number; ops: number; concurrency: number }>();

const only = opts.only?.split(',').map((s) => s.trim());
const sections = only ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS;
if (sections.length === 0) throw new Error(`no section named ${opts.only}`);

const config = loadConfig();
console.log(
  `gstgate bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; ` +
    `${opts.count.toLocaleString('en-US')} taxpayers, ${opts.ops.toLocaleString('en-US')} operations a case\n`,
);
for (const target of targets(config)) {
  const log = (message: string) => process.stderr.write(`[${target.name}] ${message}\n`);
  log('opening the app');
  const { ctx, close } = await target.open();
  try {
    for (const section of sections) {
      const rows = await section.run({ ...ctx, opts: { count: opts.count, ops: opts.ops, concurrency: opts.concurrency }, log });
      console.log(`### ${section.title} — ${target.name === 'pglite' ? 'PGlite (embedded, temp data dir)' : 'PostgreSQL'}\n`);
      console.log(`${table(rows)}\n`);
    }
  } finally {
    await close();
  }
}
