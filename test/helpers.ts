/**
 * buildTestApp(): the real app on a fresh database — in-memory PGlite, or, when DATABASE_URL is set
 * (CI's second run), its own new PostgreSQL schema — seeded like a first start, with a token of the
 * demo user ready. Built on openApp() (support.ts), which also exposes the database. No mocks.
 *
 * With GSTGATE_TEST_PROVIDER=nic (`npm run test:nic`, issue 5's dual run) it builds TWO gstgates: a
 * sandbox BACKEND listening on loopback, and a FRONT with GSTGATE_PROVIDER=nic whose government base
 * URLs are the backend's /nic surface. `app` is then the front — every REST call of a suite goes
 * through the nic provider and NIC's wire protocol over real HTTP — while `clock` is the backend's
 * government clock and `adminApp` / `backend` reach the sandbox (its admin API and its registry).
 * In the default (sandbox) mode backend, adminApp and app are the one in-process app.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { type OwnApp, openApp } from './support.ts';

/** The provider the route suites run against: `sandbox` (in process) or `nic` (a front over loopback HTTP). */
export const TEST_PROVIDER: 'sandbox' | 'nic' = process.env.GSTGATE_TEST_PROVIDER === 'nic' ? 'nic' : 'sandbox';

const TENANT_PASSWORD = 'Password@123';

export interface TestApp extends OwnApp {
  /** Which provider `app` uses. */
  provider: 'sandbox' | 'nic';
  /** Bearer token of the seeded demo user (29AAFCD5862R1ZR). */
  demoToken: string;
  /** Adds an API user for a registry GSTIN through the admin API; returns its token. */
  tenant(gstin: string, username?: string): Promise<string>;
  /** The app that answers the sandbox control routes (/v1/sandbox/…): the sandbox itself. */
  adminApp: OwnApp['app'];
  /** The sandbox gstgate (the government side): `this` in sandbox mode, the loopback backend with nic. */
  backend: OwnApp;
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return TEST_PROVIDER === 'nic' ? buildNicTestApp(env) : buildSandboxTestApp(env);
}

async function createSandboxUser(sandbox: OwnApp, gstin: string, username: string): Promise<void> {
  const res = await sandbox.app.inject({
    method: 'POST',
    url: '/v1/sandbox/users',
    headers: { 'x-admin-key': sandbox.adminKey },
    payload: { gstin, username, password: TENANT_PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`user creation failed: ${res.body}`);
}

async function buildSandboxTestApp(env: Record<string, string>): Promise<TestApp> {
  const own = await openApp({ env });
  const demoToken = await own.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
  return Object.assign(own, {
    provider: 'sandbox' as const,
    demoToken,
    adminApp: own.app,
    backend: own,
    async tenant(gstin: string, username = 'user1') {
      await createSandboxUser(own, gstin, username);
      return own.login(gstin, username, TENANT_PASSWORD);
    },
  });
}

async function buildNicTestApp(env: Record<string, string>): Promise<TestApp> {
  const backend = await openApp({ env });
  await backend.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(backend.app.server.address() as AddressInfo).port}/nic`;
  const created = await backend.app.inject({ method: 'POST', url: '/v1/sandbox/clients', headers: { 'x-admin-key': backend.adminKey } });
  if (created.statusCode !== 201) throw new Error(`NIC client creation failed: ${created.body}`);
  const client = created.json() as { clientId: string; clientSecret: string };
  const pem = (await backend.app.inject({ method: 'GET', url: '/nic/public-key' })).body;

  const front = await openApp({
    env: {
      GSTGATE_PROVIDER: 'nic',
      GSTGATE_NIC_EINVOICE_URL: `${base}/einvoice`,
      GSTGATE_NIC_EWAYBILL_URL: `${base}/ewaybill`,
      GSTGATE_NIC_COMMONAPI_URL: `${base}/commonapi`,
      GSTGATE_NIC_COMMONAPI_CLIENT_ID: client.clientId,
      GSTGATE_NIC_COMMONAPI_CLIENT_SECRET: client.clientSecret,
      GSTGATE_NIC_PUBLIC_KEY: pem,
      GSTGATE_SECRETS_KEY: randomBytes(32).toString('base64'),
      // The suites change the sandbox registry between reads and expect fresh answers, as the
      // sandbox default (0) gives; nic's default (3600) would serve stale ones by design.
      GSTGATE_TAXPAYER_CACHE_SECONDS: '0',
      ...env,
    },
  });

  /** The GSTIN's NIC API user on the backend becomes its stored NIC credentials on the front. */
  const storeCredentials = async (gstin: string, username: string, password: string) => {
    const res = await front.app.inject({
      method: 'PUT',
      url: `/v1/nic/credentials/${gstin}`,
      headers: { 'x-admin-key': front.adminKey },
      payload: { clientId: client.clientId, clientSecret: client.clientSecret, username, password },
    });
    if (res.statusCode !== 204) throw new Error(`storing NIC credentials failed: ${res.body}`);
  };
  await storeCredentials(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
  const demoToken = await front.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);

  return {
    ...front,
    provider: 'nic',
    demoToken,
    clock: backend.clock,
    adminApp: backend.app,
    backend,
    async tenant(gstin: string, username = 'user1') {
      // The NIC API user, on the government side.
      await createSandboxUser(backend, gstin, username);
      // The gateway's own API user: with provider nic there is no admin route that creates one (the
      // sandbox control routes are sandbox-only), so the harness uses the front's AuthService.
      await front.app.services.auth.createUser(gstin, username, TENANT_PASSWORD);
      await storeCredentials(gstin.toUpperCase(), username, TENANT_PASSWORD);
      return front.login(gstin, username, TENANT_PASSWORD);
    },
    async close(opts) {
      try {
        await front.close(opts);
      } finally {
        await backend.close(opts);
      }
    },
  };
}
