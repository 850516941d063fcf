/**
 * buildTestApp(): the real app on a fresh database — in-memory PGlite, or, when DATABASE_URL is set
 * (CI's second run), its own new PostgreSQL schema — seeded like a first start, with a token of the
 * demo user ready. Built on openApp() (support.ts), which also exposes the database. No mocks.
 */
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { type OwnApp, openApp } from './support.ts';

export interface TestApp extends OwnApp {
  /** Bearer token of the seeded demo user (29AAFCD5862R1ZR). */
  demoToken: string;
  /** Adds an API user for a registry GSTIN through the admin API; returns its token. */
  tenant(gstin: string, username?: string): Promise<string>;
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const own = await openApp({ env });
  const demoToken = await own.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
  return Object.assign(own, {
    demoToken,
    async tenant(gstin: string, username = 'user1') {
      const res = await own.app.inject({
        method: 'POST',
        url: '/v1/sandbox/users',
        headers: { 'x-admin-key': own.adminKey },
        payload: { gstin, username, password: 'Password@123' },
      });
      if (res.statusCode !== 201) throw new Error(`user creation failed: ${res.body}`);
      return own.login(gstin, username, 'Password@123');
    },
  });
}
