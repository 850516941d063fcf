/**
 * The servers under load, each in its own process so it does not share a thread with the load
 * generator: the ceiling server and gstgate started as `npm start` starts it (`node --import tsx
 * src/main.ts`; tsx compiles each module once, at load). Output goes to a log file, shown when a
 * server fails to start. RSS is read from /proc/<pid>/status: VmRSS sampled every 250 ms and the
 * kernel's high-water mark VmHWM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropSchema } from '../src/core/db.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));

/** A free TCP port on 127.0.0.1 (the OS picks it; released just before the child binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Memory of a process in MB from /proc (Linux); undefined elsewhere or once it has exited. */
export function procMemory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  try {
    const text = readFileSync(file, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export interface ServerProcess {
  url: string;
  pid: number;
  logFile: string;
  /** Highest VmRSS sampled so far (MB). */
  sampledPeakMb(): number;
  /** Clears the sampled peak (to measure one phase). */
  resetSampledPeak(): void;
  /** The kernel's high-water mark of RSS since the process started (MB). */
  hwmMb(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Environment of a child without the caller's gstgate settings, so only what the bench sets applies. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('GSTGATE_') || ['DATABASE_URL', 'REDIS_URL', 'PORT', 'HOST', 'NODE_ENV'].includes(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs `node --import tsx <script> …args` to completion; its stdout on success, the log on failure. */
export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<string> {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', fd] });
  closeSync(fd);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  if (code !== 0) throw new Error(`${script} exited with ${code}:\n${out}${tail(logFile)}`);
  return out;
}

/**
 * Starts `node --import tsx <script>` and waits until `GET <healthPath>` answers 200 (or the child
 * exits, or `timeoutMs` passes: then the log's tail is in the error).
 */
export async function startServer(opts: {
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  healthPath: string;
  logFile: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const fd = openSync(opts.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', opts.script, ...(opts.args ?? [])], {
    cwd: REPO,
    env: opts.env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${opts.script}`);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : null);
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`${opts.script} exited (${exited}) before it was ready:\n${tail(opts.logFile)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.script} not ready after ${opts.timeoutMs ?? 60_000} ms:\n${tail(opts.logFile)}`);
    }
    try {
      const res = await fetch(url + opts.healthPath, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let peak = 0;
  let lastHwm = 0;
  const sample = () => {
    const m = procMemory(pid);
    if (!m) return;
    peak = Math.max(peak, m.rssMb);
    lastHwm = m.hwmMb;
  };
  sample();
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    url,
    pid,
    logFile: opts.logFile,
    sampledPeakMb: () => {
      sample();
      return peak;
    },
    resetSampledPeak: () => {
      peak = 0;
    },
    hwmMb: () => {
      sample();
      return lastHwm;
    },
    async stop(graceMs = 15_000) {
      clearInterval(timer);
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(killer);
    },
  };
}

/** The PostgreSQL to use: DATABASE_URL, else the usual local test database when it answers; with its version. */
export async function findPostgres(envUrl: string | undefined): Promise<{ url: string; version: string } | { skipped: string }> {
  const url = envUrl ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { url, version: rows[0].server_version.split(' ')[0] };
  } catch (err) {
    return { skipped: `${envUrl ? 'DATABASE_URL' : url} did not answer (${(err as Error).message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

export const logPath = (dir: string, name: string) => join(dir, `${name}.log`);

/** The ceiling server (bench/ceiling-server.ts), ready. */
export async function startCeiling(dir: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    script: 'bench/ceiling-server.ts',
    args: [String(port)],
    env: cleanEnv({}),
    port,
    healthPath: '/public-key',
    logFile: logPath(dir, 'ceiling'),
  });
}

export interface Gstgate {
  server: ServerProcess;
  /** Authorization header of the demo user. */
  headers: Record<string, string>;
  seed: { inserted: number; seconds: number };
  startSeconds: number;
  /** Stops the server and drops the PostgreSQL schema. */
  close(): Promise<void>;
}

/**
 * gstgate as `npm start` runs it, on a fresh database: PGlite in `<dir>/data-pglite`, or a new
 * PostgreSQL schema `bench_<random>` (the data dir then only holds the keys). The database is seeded
 * first (bench/seed-registry.ts: demo data and `count` synthetic taxpayers); the demo user is logged in.
 */
export async function startGstgate(opts: {
  kind: 'pglite' | 'postgres';
  dir: string;
  postgresUrl?: string;
  count: number;
  seed: number;
  log(message: string): void;
}): Promise<Gstgate> {
  const { kind, dir, postgresUrl } = opts;
  const dataDir = join(dir, `data-${kind}`);
  mkdirSync(dataDir, { recursive: true });
  const schema = kind === 'postgres' ? `bench_${randomBytes(6).toString('hex')}` : undefined;
  if (kind === 'postgres' && !postgresUrl) throw new Error('PostgreSQL needs a URL');
  const port = await freePort();
  const env = cleanEnv({
    GSTGATE_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    GSTGATE_PROVIDER: 'sandbox',
    // Quiet: at info, pino writes a line per request.
    GSTGATE_LOG_LEVEL: 'warn',
    GSTGATE_RATE_LIMIT_PER_MINUTE: '1000000000',
    GSTGATE_ADMIN_KEY: randomBytes(16).toString('hex'),
    GSTGATE_SHUTDOWN_GRACE_MS: '2000',
    NODE_ENV: 'production',
    ...(postgresUrl && schema
      ? { DATABASE_URL: postgresUrl, GSTGATE_DATABASE_SCHEMA: schema, GSTGATE_SECRETS_KEY: randomBytes(32).toString('base64') }
      : {}),
  });
  const dropIt = async () => {
    if (postgresUrl && schema)
      await dropSchema(postgresUrl, schema).catch((err) => opts.log(`could not drop schema ${schema}: ${err.message}`));
  };
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  try {
    opts.log(`${label}: seeding the demo data and ${opts.count.toLocaleString('en-US')} synthetic taxpayers`);
    const out = await runScript('bench/seed-registry.ts', [String(opts.count), String(opts.seed)], env, logPath(dir, `seed-${kind}`));
    const seed = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { inserted: number; seconds: number };
    opts.log(`  ${seed.inserted.toLocaleString('en-US')} taxpayers in ${seed.seconds.toFixed(1)} s`);

    opts.log(`${label}: starting gstgate`);
    const startAt = performance.now();
    const server = await startServer({
      script: 'src/main.ts',
      env,
      port,
      healthPath: '/v1/health',
      logFile: logPath(dir, `gstgate-${kind}`),
    });
    const startSeconds = (performance.now() - startAt) / 1000;
    try {
      const login = await fetch(`${server.url}/v1/authenticate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO_USER),
      });
      if (login.status !== 200) throw new Error(`login of the demo user: ${login.status} ${await login.text()}`);
      const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
      return {
        server,
        headers,
        seed,
        startSeconds,
        close: async () => {
          await server.stop();
          await dropIt();
        },
      };
    } catch (err) {
      await server.stop();
      throw err;
    }
  } catch (err) {
    await dropIt();
    throw err;
  }
}
