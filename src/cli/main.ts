/**
 * The `gstgate` command line (bin/gstgate.mjs, or `npm run cli -- <command>`). Two kinds of commands:
 * - local ones that open the configured database exactly as the server does (context.ts): serve,
 *   migrate / db migrate, seed, taxpayers seed|import|export (issue 4), users add|list;
 * - server ones that call a running gstgate through the SDK (commands/*.ts, issue 8): login/logout,
 *   gstin verify, einvoice …, ewaybill …, qr verify, bulk upload, sandbox clock|fault.
 * Progress bars go to stderr and only on a terminal. Exit codes: exit-codes.ts (and `--help`).
 *
 *   db migrate                                                   create / update the tables
 *   taxpayers seed   [--count N] [--seed S] [--start-index I]   synthetic taxpayers, idempotent
 *   taxpayers import <file.csv|file.json>                        validated, batch by batch (exit 2: records left out)
 *   taxpayers export [--format csv|json] [--out file]            streamed in GSTIN order
 *   users add <gstin> <username>                                 an API user (password from stdin or env)
 *   users list [--gstin G]                                       the API users, without secrets
 */
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseGstin } from '../domain/gstin.ts';
import type { ExportFormat, ImportResult } from '../modules/taxpayer/taxpayer.io.ts';
import { registerBulkCommands } from './commands/bulk.ts';
import { registerEinvoiceCommands } from './commands/einvoice.ts';
import { registerEwaybillCommands } from './commands/ewaybill.ts';
import { registerGstinCommands } from './commands/gstin.ts';
import { registerQrCommands } from './commands/qr.ts';
import { registerSandboxCommands } from './commands/sandbox.ts';
import { registerServerCommands } from './commands/server.ts';
import { registerSessionCommands } from './commands/session.ts';
import { firstLineOfStdin, seconds, withContext } from './context.ts';
import { EXIT, EXIT_CODES_HELP, exitCodeOf } from './exit-codes.ts';
import { problemOf } from './output.ts';
import { progressBar } from './progress.ts';

/** The taxpayer import/export functions, loaded by the commands that use them (start-up time of the others). */
const taxpayerIo = () => import('../modules/taxpayer/taxpayer.io.ts');

const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

function positiveInt(name: string, min = 1) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return Number(value);
  };
}

async function writeAll(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', done));
}

const program = new Command('gstgate')
  .description(
    'gstgate command line. Local commands use GSTGATE_DATA_DIR (embedded database) or DATABASE_URL; server commands take --url (GSTGATE_URL) and a token (--token, GSTGATE_TOKEN, GSTGATE_GSTIN/USERNAME/PASSWORD, or `gstgate login`).',
  )
  .version(VERSION)
  .showHelpAfterError()
  .addHelpText('after', `\n${EXIT_CODES_HELP}`);
// Usage errors become exit 64 (and the others keep their code) in the catch at the end, for every subcommand.
program.exitOverride();

registerServerCommands(program);

program
  .command('db')
  .description('the database')
  .command('migrate')
  .description('create the database (PGlite data dir) or bring its tables up to date; the server also does this at start')
  .action(async () => {
    await withContext(async ({ where, taxpayers }) => {
      console.log(`${where} is up to date (${await taxpayers.count()} taxpayers)`);
    });
  });

const taxpayersCmd = program.command('taxpayers').description('the sandbox taxpayer registry');

taxpayersCmd
  .command('seed')
  .description('add synthetic taxpayers (valid GSTINs for real states, addresses with PINs of their state, jurisdictions, histories)')
  .option('-n, --count <n>', 'how many taxpayers', positiveInt('--count'), 300)
  .option('--seed <s>', 'seed of the generator: the same seed and indexes give the same taxpayers', positiveInt('--seed', 0), 1)
  .option(
    '--start-index <i>',
    'index of the first taxpayer (run again with a new start index to add more)',
    positiveInt('--start-index', 0),
    0,
  )
  .option('-q, --quiet', 'no progress bar')
  .action(async (opts: { count: number; seed: number; startIndex: number; quiet?: boolean }) => {
    await withContext(async ({ taxpayers, govClock, where }) => {
      const started = performance.now();
      const bar = progressBar(opts.count, 'taxpayers', opts);
      const { seedSynthetic } = await taxpayerIo();
      const result = await seedSynthetic(taxpayers, {
        count: opts.count,
        seed: opts.seed,
        startIndex: opts.startIndex,
        now: govClock.now(),
        onProgress: ({ done }) => bar?.update(done),
      });
      bar?.stop();
      const total = await taxpayers.count();
      const last = opts.startIndex + opts.count - 1;
      console.log(
        `seeded ${result.generated} synthetic taxpayers (indexes ${opts.startIndex}–${last}, seed ${opts.seed}) into ${where} in ${seconds(started)}: ` +
          `${result.inserted} new, ${result.skipped} already present; the registry holds ${total} taxpayers`,
      );
    });
  });

taxpayersCmd
  .command('import')
  .description(
    'import taxpayers from a .csv or .json file (columns and fields: src/modules/taxpayer/taxpayer.io.ts); invalid records are reported by line and left out',
  )
  .argument('<file>', 'a .csv or .json file')
  .addOption(new Option('--format <format>', 'file format (default: from the extension)').choices(['csv', 'json']))
  .option('-q, --quiet', 'no progress bar')
  .action(async (file: string, opts: { format?: ExportFormat; quiet?: boolean }) => {
    const format =
      opts.format ?? (extname(file).toLowerCase() === '.json' ? 'json' : extname(file).toLowerCase() === '.csv' ? 'csv' : undefined);
    if (!format) throw new Error(`cannot tell the format of ${file}: name it .csv or .json, or give --format`);
    const size = statSync(file).size;
    const { CsvSyntaxError, csvRecords, importTaxpayers, jsonRecords } = await taxpayerIo();
    await withContext(async ({ database, sandbox, where }) => {
      const started = performance.now();
      const toRow = sandbox.toRow.bind(sandbox);
      const run = async (): Promise<ImportResult> => {
        if (format === 'json') {
          const records = jsonRecords(await readFile(file, 'utf8'));
          const bar = progressBar(records.length, 'records', opts);
          const result = await importTaxpayers(database.db, records, { toRow, onProgress: (r) => bar?.update(r.read) });
          bar?.stop();
          return result;
        }
        const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
        const bar = progressBar(size, 'bytes', opts);
        try {
          return await importTaxpayers(database.db, csvRecords(stream), { toRow, onProgress: () => bar?.update(stream.bytesRead) });
        } finally {
          bar?.stop();
          stream.destroy();
        }
      };
      let result: ImportResult;
      try {
        result = await run();
      } catch (err) {
        // A CSV syntax error stops the import: still show the invalid records before it.
        if (err instanceof CsvSyntaxError && err.partial) reportInvalid(err.partial);
        throw err;
      }
      reportInvalid(result);
      console.log(
        `imported ${file} into ${where} in ${seconds(started)}: ${result.read} records, ${result.inserted} new, ` +
          `${result.skipped} already present, ${result.invalid} invalid`,
      );
      if (result.invalid > 0) process.exitCode = 2;
    });
  });

/** Invalid records to stderr, by line (the first 100). */
function reportInvalid(result: ImportResult): void {
  const shown = result.errors.slice(0, 100);
  for (const e of shown) console.error(`line ${e.line}: ${e.messages.join('; ')}`);
  if (result.invalid > shown.length) console.error(`… and ${result.invalid - shown.length} more invalid records`);
}

taxpayersCmd
  .command('export')
  .description('export every taxpayer in GSTIN order, streamed page by page')
  .addOption(new Option('--format <format>', 'csv or json (default: from --out, else csv)').choices(['csv', 'json']))
  .option('-o, --out <file>', 'write to this file instead of stdout')
  .option('-q, --quiet', 'no progress bar or summary')
  .action(async (opts: { format?: ExportFormat; out?: string; quiet?: boolean }) => {
    const format: ExportFormat = opts.format ?? (opts.out && extname(opts.out).toLowerCase() === '.json' ? 'json' : 'csv');
    await withContext(async ({ database, taxpayers, where }) => {
      const started = performance.now();
      const total = await taxpayers.count();
      const bar = progressBar(total, 'taxpayers', { quiet: opts.quiet || !opts.out });
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      let rows = 0;
      const { exportTaxpayers } = await taxpayerIo();
      for await (const chunk of exportTaxpayers(database.db, {
        format,
        onProgress: (n) => {
          rows = n;
          bar?.update(n);
        },
      })) {
        await writeAll(out, chunk);
      }
      bar?.stop();
      if (opts.out) await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
      if (!opts.quiet)
        console.error(`exported ${rows} taxpayers from ${where} as ${format} to ${opts.out ?? 'stdout'} in ${seconds(started)}`);
    });
  });

const usersCmd = program
  .command('users')
  .description('API users: who may call /v1 for a GSTIN (with GSTGATE_PROVIDER=nic this is the way to make them)');

usersCmd
  .command('add')
  .description(
    'add an API user for a GSTIN; the password comes from GSTGATE_USER_PASSWORD or the first line of stdin, never from the command line (it would show in ps and shell history)',
  )
  .argument('<gstin>', 'the GSTIN the user acts for (checked: format and check character)')
  .argument('<username>', '3–100 of A–Z a–z 0–9 _ . @ -')
  .action(async (gstin: string, username: string) => {
    const password = process.env.GSTGATE_USER_PASSWORD ?? (await firstLineOfStdin());
    const { CreateUserBody } = await import('../modules/sandbox/sandbox.schemas.ts');
    const parsed = CreateUserBody.safeParse({ gstin: gstin.toUpperCase(), username, password });
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    problems.unshift(...parseGstin(gstin).problems.map((p) => `gstin: ${p.message} (${p.code})`));
    if (problems.length > 0) throw new Error(problems.join('; '));
    await withContext(async ({ auth, where }) => {
      const user = await auth.createUser(gstin, username, password);
      console.log(`added API user ${user.username} (id ${user.id}) for ${user.gstin} in ${where}`);
    });
  });

usersCmd
  .command('list')
  .description('list API users (no passwords or tokens)')
  .option('--gstin <gstin>', 'only the users of this GSTIN')
  .option('--json', 'JSON instead of a table')
  .action(async (opts: { gstin?: string; json?: boolean }) => {
    await withContext(async ({ users }) => {
      const rows = await users.listUsers(opts.gstin?.toUpperCase());
      if (opts.json) console.log(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) console.log('no API users');
      else console.table(rows);
    });
  });

// `gstgate … export | head` closes stdout early: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

registerSessionCommands(program);
registerGstinCommands(program);
registerEinvoiceCommands(program);
registerEwaybillCommands(program);
registerQrCommands(program);
registerBulkCommands(program);
registerSandboxCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  // Commander printed its own message (usage errors, --help, --version) before throwing; a script that
  // asked for --json still gets its one JSON document.
  if (err instanceof CommanderError) {
    const code = exitCodeOf(err);
    if (code === EXIT.USAGE && process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(problemOf(err), null, 2)}\n`);
    process.exit(code);
  }
  console.error(`gstgate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(EXIT.REFUSED);
});
