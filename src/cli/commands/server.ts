/**
 * serve, migrate, seed: the server and its database on this machine. `serve` runs src/main.ts itself
 * (the one start-up path: config, database, migrations, keys, seed, graceful shutdown on SIGTERM), with
 * the flags passed on as the environment loadConfig() reads.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { seconds, withContext } from '../context.ts';
import { progressBar } from '../progress.ts';

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return Number(value);
  };
}

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description(
      'start the server (as `npm start`): embedded database in GSTGATE_DATA_DIR, or DATABASE_URL; stops cleanly on SIGTERM/SIGINT',
    )
    .option('-p, --port <port>', 'port (env PORT, default 8080)', wholeNumber('--port', 0))
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--data-dir <dir>', 'data directory (env GSTGATE_DATA_DIR, default ./data)')
    .action(async (opts: { port?: number; host?: string; dataDir?: string }) => {
      if (opts.port !== undefined) process.env.PORT = String(opts.port);
      if (opts.host) process.env.HOST = opts.host;
      if (opts.dataDir) process.env.GSTGATE_DATA_DIR = opts.dataDir;
      // main.ts starts the server when it is loaded and exits on its own (signals, start-up failure).
      await import('../../main.ts');
    });

  program
    .command('migrate')
    .description('create the database or bring its tables up to date (the same as `db migrate`; the server also does it at start)')
    .action(async () => {
      await withContext(async ({ where, taxpayers }) => {
        console.log(`${where} is up to date (${await taxpayers.count()} taxpayers)`);
      });
    });

  program
    .command('seed')
    .description('add the sandbox demo taxpayers and the demo user (README "Demo data"), and optionally synthetic taxpayers; idempotent')
    .option('--taxpayers <n>', 'also add this many synthetic taxpayers (as `taxpayers seed --count N`)', wholeNumber('--taxpayers', 1))
    .option('-q, --quiet', 'no progress bar')
    .action(async (opts: { taxpayers?: number; quiet?: boolean }) => {
      const [{ seedSandbox }, { seedSynthetic }] = await Promise.all([
        import('../../modules/sandbox/sandbox.seed.ts'),
        import('../../modules/taxpayer/taxpayer.io.ts'),
      ]);
      await withContext(async ({ sandbox, taxpayers, govClock, where }) => {
        const started = performance.now();
        const before = await taxpayers.count();
        // Unlike a first start, seed even a registry that has data: missing demo rows are added, existing ones and the user kept.
        await seedSandbox(sandbox, async () => true);
        let synthetic = '';
        if (opts.taxpayers) {
          const bar = progressBar(opts.taxpayers, 'taxpayers', opts);
          const result = await seedSynthetic(taxpayers, {
            count: opts.taxpayers,
            seed: 1,
            startIndex: 0,
            now: govClock.now(),
            onProgress: ({ done }) => bar?.update(done),
          });
          bar?.stop();
          synthetic = ` and ${result.generated} synthetic taxpayers (${result.inserted} new)`;
        }
        const after = await taxpayers.count();
        console.log(
          `seeded the demo taxpayers and the demo user (29AAFCD5862R1ZR / demo)${synthetic} into ${where} in ${seconds(started)}: ` +
            `${after - before} new taxpayers, ${after} in the registry`,
        );
      });
    });
}
