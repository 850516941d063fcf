/**
 * Prepares a benchmark database before gstgate starts on it, in its own process (PGlite allows one
 * process on a data dir): migrate, the sandbox's demo data (as the server seeds it on first start:
 * the demo taxpayers and the demo user), then `count` synthetic taxpayers with seedSynthetic — what
 * `gstgate taxpayers seed --count N` runs. The server, finding a registry that is not empty, seeds
 * nothing more. Uses the server's environment (GSTGATE_DATA_DIR, or DATABASE_URL and
 * GSTGATE_DATABASE_SCHEMA). Prints one JSON line: `{ inserted, seconds }`.
 *
 *   node --import tsx bench/seed-registry.ts <count> [seed]
 */
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { SandboxClock, systemClock } from '../src/core/clock.ts';
import { openDatabase } from '../src/core/db.ts';
import { AuthRepository } from '../src/modules/auth/auth.repository.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { SandboxRepository } from '../src/modules/sandbox/sandbox.repository.ts';
import { seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';
import { SandboxService } from '../src/modules/sandbox/sandbox.service.ts';
import { seedSynthetic } from '../src/modules/taxpayer/taxpayer.io.ts';
import { TaxpayerRepository } from '../src/modules/taxpayer/taxpayer.repository.ts';

const count = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isSafeInteger(count) || count < 0) throw new Error('usage: seed-registry.ts <count> [seed]');

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: resolve(config.GSTGATE_DATA_DIR),
  schemaName: config.GSTGATE_DATABASE_SCHEMA,
  poolSize: 2,
});
try {
  const taxpayers = new TaxpayerRepository(database.db);
  const govClock = new SandboxClock();
  const auth = new AuthService(new AuthRepository(database.db), systemClock, config.GSTGATE_TOKEN_TTL_SECONDS);
  const sandbox = new SandboxService(new SandboxRepository(database.db), taxpayers, auth, govClock);
  await sandbox.loadClock();
  await seedSandbox(sandbox, async () => (await taxpayers.count()) === 0);
  const started = performance.now();
  const result = await seedSynthetic(taxpayers, { count, seed, now: govClock.now() });
  console.log(JSON.stringify({ inserted: result.inserted, seconds: (performance.now() - started) / 1000 }));
} finally {
  await database.close();
}
