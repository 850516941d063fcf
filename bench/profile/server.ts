/**
 * Profiling server (issue 9; drive.ts starts it): the app as src/main.ts builds it (sandbox provider,
 * seeded), plus /perf/start and /perf/stats: the server's CPU time per request, and the SQL
 * statements each request sent, counted and timed at the driver (pg's `query`, PGlite's `query` and
 * `execProtocol`). PERF_PROFILE=<file>: a V8 CPU profile of the window between the two.
 * Env: PERF_PORT, DATABASE_URL (+ GSTGATE_DATABASE_SCHEMA), GSTGATE_DATA_DIR, PERF_SEED=<n> synthetic
 * taxpayers, PERF_LOG_SQL=1 prints every statement, PERF_ROOT=<checkout> runs another checkout's app
 * (a before/after comparison), this one by default.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = process.env.PERF_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));
const { buildApp, REDACT_PATHS } = await import(`${ROOT}/src/app.ts`);
const { loadConfig } = await import(`${ROOT}/src/config.ts`);
const { resolveAdminKey } = await import(`${ROOT}/src/core/admin-key.ts`);
const { SandboxClock } = await import(`${ROOT}/src/core/clock.ts`);
const { loadOrCreateSigner } = await import(`${ROOT}/src/core/crypto/signer.ts`);
const { openDatabase } = await import(`${ROOT}/src/core/db.ts`);
const { resolveSecretsKey } = await import(`${ROOT}/src/core/secrets-key.ts`);
const { warmDistances } = await import(`${ROOT}/src/domain/ewaybill/distance.ts`);
const { warmPincodes } = await import(`${ROOT}/src/domain/pincode.ts`);
const { seedSandbox } = await import(`${ROOT}/src/modules/sandbox/sandbox.seed.ts`);
const { loadOrCreateNicKeys } = await import(`${ROOT}/src/nic/nic.keys.ts`);

const config = loadConfig();
const dataDir = resolve(config.GSTGATE_DATA_DIR);
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir, schemaName: config.GSTGATE_DATABASE_SCHEMA });

// Count statements at the driver (every drizzle query and pg-boss's go through client.query).
const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } }).$client;
const stats = { queries: 0, byText: new Map<string, number>(), msByText: new Map<string, number>(), requests: 0 };
let counting = false;
const origQuery = client.query.bind(client);
const logSql = process.env.PERF_LOG_SQL === '1';
client.query = (...args: unknown[]) => {
  if (counting) {
    stats.queries++;
    const q = args[0] as string | { text?: string };
    const text = (typeof q === 'string' ? q : (q?.text ?? '?')).replace(/\s+/g, ' ').slice(0, 160);
    stats.byText.set(text, (stats.byText.get(text) ?? 0) + 1);
    if (logSql) console.error('SQL', text);
    const t0 = performance.now();
    const p = origQuery(...args) as Promise<unknown>;
    p.then(
      () => stats.msByText.set(text, (stats.msByText.get(text) ?? 0) + performance.now() - t0),
      () => {},
    );
    return p;
  }
  return origQuery(...args);
};

// PGlite hot statements (core/db.ts preparedStatement) go through execProtocol in one message.
const anyClient = client as unknown as { execProtocol?: (m: Uint8Array, o?: unknown) => Promise<unknown> };
if (anyClient.execProtocol && database.kind === 'pglite') {
  const orig = anyClient.execProtocol.bind(client);
  anyClient.execProtocol = (m: Uint8Array, o?: unknown) => {
    if (!counting) return orig(m, o);
    stats.queries++;
    // Parse message: 'P', int32 len, name\0, text\0
    let text = '?';
    if (m[0] === 0x42) {
      const portalEnd = m.indexOf(0, 5);
      const end = m.indexOf(0, portalEnd + 1);
      text = 'BIND ' + Buffer.from(m.subarray(portalEnd + 1, end)).toString();
    } else if (m[0] === 0x50) {
      const start = 5 + m.indexOf(0, 5) - 5 + 1;
      const end = m.indexOf(0, start);
      text = Buffer.from(m.subarray(start, end)).toString().replace(/\s+/g, ' ').slice(0, 160);
    }
    stats.byText.set(text, (stats.byText.get(text) ?? 0) + 1);
    const t0 = performance.now();
    const p = orig(m, o);
    p.then(
      () => stats.msByText.set(text, (stats.msByText.get(text) ?? 0) + performance.now() - t0),
      () => {},
    );
    return p;
  };
}
const signer = await loadOrCreateSigner(dataDir);
const admin = resolveAdminKey(config.GSTGATE_ADMIN_KEY, dataDir);
const govClock = new SandboxClock();
const nicKeys = await loadOrCreateNicKeys(dataDir);
const app = await buildApp({
  config,
  database,
  signer,
  govClock,
  adminKey: admin.key,
  nicKeys,
  secretsKey: resolveSecretsKey(config.GSTGATE_SECRETS_KEY, dataDir),
  logger: { level: config.GSTGATE_LOG_LEVEL, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
});
warmPincodes();
warmDistances();
await app.services.sandbox.loadClock();
await seedSandbox(app.services.sandbox, async () => (await app.services.taxpayers.count()) === 0);

const seedCount = Number(process.env.PERF_SEED ?? 0);
const { seedSynthetic } = await import(`${ROOT}/src/modules/taxpayer/taxpayer.io.ts`);
if (seedCount > 0 && (await app.services.taxpayers.count()) < seedCount) {
  const t0 = performance.now();
  await seedSynthetic(app.services.taxpayers, { count: seedCount, seed: 7, now: govClock.now() });
  console.error(`seeded ${seedCount} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
app.get('/perf/gstins', async () => {
  const rows = await app.services.taxpayers.pageAfter(undefined, 100000);
  const out: string[] = [];
  for (let i = 0; i < 5000 && rows.length > 0; i++) out.push(rows[Math.floor(Math.random() * rows.length)].gstin);
  return out;
});
app.addHook('onResponse', async (req: { url: string }) => {
  if (counting && !req.url.startsWith('/perf')) stats.requests++;
});
let cpu0 = process.cpuUsage();
const profilePath = process.env.PERF_PROFILE;
const session = profilePath ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}
app.post('/perf/start', async () => {
  stats.queries = 0;
  stats.requests = 0;
  stats.byText.clear();
  stats.msByText.clear();
  counting = true;
  cpu0 = process.cpuUsage();
  if (session) await session.post('Profiler.start');
  return { ok: true };
});
app.get('/perf/stats', async () => {
  const cpu = process.cpuUsage(cpu0);
  counting = false;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profilePath as string, JSON.stringify(profile));
  }
  const top = [...stats.byText.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([t, n]) => [t, n, (stats.msByText.get(t) ?? 0) / n]);
  return {
    requests: stats.requests,
    queries: stats.queries,
    cpuMs: (cpu.user + cpu.system) / 1000,
    sysShare: cpu.system / (cpu.user + cpu.system),
    cpuMsPerReq: stats.requests ? (cpu.user + cpu.system) / 1000 / stats.requests : null,
    queriesPerReq: stats.requests ? stats.queries / stats.requests : null,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    mem: Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, Math.round(v / 1e6)])),
    top,
  };
});
app.post('/perf/exit', async () => {
  setTimeout(async () => {
    await app.close();
    await database.close();
    process.exit(0);
  }, 10);
  return { ok: true };
});
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
await app.listen({ port: Number(process.env.PERF_PORT ?? 3900), host: '127.0.0.1' });
console.log('READY');
