/**
 * The local side of the CLI: commands that work on the database directly (db migrate, seed,
 * taxpayers, users) open it exactly as the server does (loadConfig → openDatabase, which migrates):
 * the PGlite data dir GSTGATE_DATA_DIR, or PostgreSQL when DATABASE_URL is set.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { SandboxClock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import type { AuthRepository } from '../modules/auth/auth.repository.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { SandboxService } from '../modules/sandbox/sandbox.service.ts';
import type { TaxpayerRepository } from '../modules/taxpayer/taxpayer.repository.ts';

/** The services a command needs, wired like createServices() but without the HTTP app. */
export interface Context {
  database: Database;
  where: string;
  taxpayers: TaxpayerRepository;
  sandbox: SandboxService;
  govClock: SandboxClock;
  auth: AuthService;
  users: AuthRepository;
}

export async function withContext<T>(fn: (ctx: Context) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the database stack costs ~0.5 s of start-up that the server commands never need.
  const [
    { loadConfig },
    { SandboxClock, systemClock },
    { openDatabase },
    { AuthRepository },
    { AuthService },
    { SandboxRepository },
    { SandboxService },
    { TaxpayerRepository },
  ] = await Promise.all([
    import('../config.ts'),
    import('../core/clock.ts'),
    import('../core/db.ts'),
    import('../modules/auth/auth.repository.ts'),
    import('../modules/auth/auth.service.ts'),
    import('../modules/sandbox/sandbox.repository.ts'),
    import('../modules/sandbox/sandbox.service.ts'),
    import('../modules/taxpayer/taxpayer.repository.ts'),
  ]);
  const config = loadConfig();
  const dataDir = resolve(config.GSTGATE_DATA_DIR);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir,
    schemaName: config.GSTGATE_DATABASE_SCHEMA,
    poolSize: 2,
  });
  try {
    const db = database.db;
    const taxpayers = new TaxpayerRepository(db);
    const govClock = new SandboxClock();
    const users = new AuthRepository(db);
    const auth = new AuthService(users, systemClock, config.GSTGATE_TOKEN_TTL_SECONDS);
    const sandbox = new SandboxService(new SandboxRepository(db), taxpayers, auth, govClock);
    await sandbox.loadClock();
    const where = database.kind === 'pglite' ? `the embedded database in ${dataDir}` : 'PostgreSQL (DATABASE_URL)';
    return await fn({ database, where, taxpayers, sandbox, govClock, auth, users });
  } finally {
    await database.close();
  }
}

/** The first line of stdin (a pipe or a file); on a terminal, a prompt. Passwords come this way, never from argv. */
export async function firstLineOfStdin(prompt = 'password: '): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
