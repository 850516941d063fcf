/**
 * buildTestApp(): the real app on a fresh database — in-memory PGlite, or, when DATABASE_URL is set
 * (CI's second run), its own new PostgreSQL schema — seeded like a first start. No mocks.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SandboxClock } from '../src/core/clock.ts';
import { loadOrCreateSigner, type Signer } from '../src/core/crypto/signer.ts';
import { dropSchema, openDatabase } from '../src/core/db.ts';
import { DEMO_USER, seedSandbox } from '../src/modules/sandbox/sandbox.seed.ts';

export interface TestApp {
  app: FastifyInstance;
  adminKey: string;
  clock: SandboxClock;
  /** Bearer token of the seeded demo user (29AAFCD5862R1ZR). */
  demoToken: string;
  login(gstin: string, username: string, password: string): Promise<string>;
  /** Adds a taxpayer and an API user for it through the admin API; returns a token. */
  tenant(gstin: string, username?: string): Promise<string>;
  close(): Promise<void>;
}

let signerPromise: Promise<Signer> | undefined;

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.DATABASE_URL;
  const config = loadConfig({
    GSTGATE_ADMIN_KEY: 'test-admin-key-0123456789',
    ...env,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const schemaName = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined;
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://', schemaName });
  signerPromise ??= loadOrCreateSigner(undefined);
  const clock = new SandboxClock();
  const adminKey = config.GSTGATE_ADMIN_KEY as string;
  const app = await buildApp({ config, database, signer: await signerPromise, govClock: clock, adminKey });
  await seedSandbox(app.services.sandbox, async () => true);

  const login = async (gstin: string, username: string, password: string) => {
    const res = await app.inject({ method: 'POST', url: '/v1/authenticate', payload: { gstin, username, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
    return res.json().token as string;
  };

  return {
    app,
    adminKey,
    clock,
    demoToken: await login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password),
    login,
    async tenant(gstin, username = 'user1') {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/sandbox/users',
        headers: { 'x-admin-key': adminKey },
        payload: { gstin, username, password: 'Password@123' },
      });
      if (res.statusCode !== 201) throw new Error(`user creation failed: ${res.body}`);
      return login(gstin, username, 'Password@123');
    },
    async close() {
      await app.close();
      await database.close();
      if (databaseUrl && schemaName) await dropSchema(databaseUrl, schemaName);
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const admin = (key: string) => ({ 'x-admin-key': key });
