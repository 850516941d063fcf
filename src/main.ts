/** loadConfig → open db → migrate → buildApp → listen; graceful close on SIGINT/SIGTERM. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp, REDACT_PATHS, VERSION } from './app.ts';
import { loadConfig } from './config.ts';
import { resolveAdminKey } from './core/admin-key.ts';
import { SandboxClock } from './core/clock.ts';
import { loadOrCreateSigner } from './core/crypto/signer.ts';
import { openDatabase } from './core/db.ts';
import { resolveSecretsKey } from './core/secrets-key.ts';
import { warmDistances } from './domain/ewaybill/distance.ts';
import { loadHsnMaster } from './domain/hsn.ts';
import { warmPincodes } from './domain/pincode.ts';
import { seedSandbox } from './modules/sandbox/sandbox.seed.ts';
import { loadOrCreateNicKeys } from './nic/nic.keys.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(config.GSTGATE_DATA_DIR);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir, schemaName: config.GSTGATE_DATABASE_SCHEMA });
  const signer = await loadOrCreateSigner(dataDir);
  const admin = resolveAdminKey(config.GSTGATE_ADMIN_KEY, dataDir);
  const govClock = new SandboxClock();
  const nicKeys = config.GSTGATE_PROVIDER === 'sandbox' ? await loadOrCreateNicKeys(dataDir) : undefined;
  const pretty = config.NODE_ENV === 'development';
  const app = await buildApp({
    config,
    database,
    signer,
    govClock,
    adminKey: admin.key,
    nicKeys,
    // Seals webhook secrets: GSTGATE_SECRETS_KEY, else a key kept in the data dir (instances must share it).
    secretsKey: resolveSecretsKey(config.GSTGATE_SECRETS_KEY, dataDir),
    logger: {
      level: config.GSTGATE_LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // The access line (app.ts's onResponse hook): the path only, so a query string's values never reach the logs.
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?', 1)[0] }) },
      ...(pretty ? { transport: { target: 'pino-pretty' } } : {}),
    },
  });
  if (config.DATABASE_URL && !config.GSTGATE_SECRETS_KEY) {
    app.log.warn(
      "GSTGATE_SECRETS_KEY is unset: webhook secrets are sealed with this data dir's key; every instance on this database needs the same key",
    );
  }
  warmPincodes();
  warmDistances();
  if (config.GSTGATE_HSN_MASTER_CSV) {
    const count = loadHsnMaster(readFileSync(config.GSTGATE_HSN_MASTER_CSV, 'utf8'));
    app.log.info({ count }, 'loaded the HSN/SAC master');
  }
  if (config.GSTGATE_PROVIDER === 'sandbox') {
    await app.services.sandbox.loadClock();
    if (config.GSTGATE_SEED && (await seedSandbox(app.services.sandbox, async () => (await app.services.taxpayers.count()) === 0))) {
      app.log.info('seeded the sandbox with demo taxpayers and the demo user (see README)');
    }
  }

  // Graceful shutdown (issue 6): stop accepting connections, let in-flight requests finish, then
  // (Fastify's onClose) let running jobs finish for GSTGATE_SHUTDOWN_GRACE_MS and release the rest to
  // another instance, and only then close the database, so nothing is half-written. A second
  // signal, or the grace time plus the upstream timeout, forces the exit.
  let closing = false;
  const close = async (signal: string) => {
    if (closing) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests and running jobs');
    const deadlineMs = config.GSTGATE_SHUTDOWN_GRACE_MS + config.GSTGATE_NIC_TIMEOUT_MS + 5000;
    setTimeout(() => {
      app.log.error({ deadlineMs }, 'shutdown took too long: exiting');
      process.exit(1);
    }, deadlineMs).unref();
    try {
      await app.close();
      await database.close();
      app.log.info('shut down');
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const base = `http://${config.HOST}:${config.PORT}`;
  console.log(
    `\ngstgate ${VERSION} on ${base} — ${database.kind === 'pglite' ? `embedded database in ${dataDir}` : 'PostgreSQL'}, provider ${config.GSTGATE_PROVIDER}`,
  );
  console.log(`  API docs: ${base}/docs`);
  // The admin key guards the sandbox control routes, and with provider nic the NIC credentials routes.
  const adminShown = admin.generated || !config.GSTGATE_ADMIN_KEY ? admin.key : '(from GSTGATE_ADMIN_KEY)';
  if (config.GSTGATE_PROVIDER === 'sandbox') console.log(`  sandbox admin key (X-Admin-Key): ${adminShown}`);
  else console.log(`  admin key (X-Admin-Key, PUT /v1/nic/credentials/{gstin}): ${adminShown}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
