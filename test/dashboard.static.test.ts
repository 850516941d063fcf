/**
 * The dashboard's file serving (src/modules/dashboard): files of the build, the SPA fallback to
 * index.html, no escape from the build directory, and 503 DASHBOARD_NOT_BUILT without a build.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerProblemHandler } from '../src/core/http/problem.ts';
import { dashboardRoutes } from '../src/modules/dashboard/dashboard.plugin.ts';

async function appServing(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  registerProblemHandler(app, 1 << 20);
  await app.register(dashboardRoutes(root));
  app.get('/secret.txt', async () => 'outside');
  return app;
}

describe('dashboard file serving', () => {
  let dir: string;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gstgate-web-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(join(dir, 'dist', 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    app = await appServing(join(dir, 'dist'));
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the shell at /app/ and redirects /app to it', async () => {
    const res = await app.inject({ method: 'GET', url: '/app/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /shell/);
    const redirect = await app.inject({ method: 'GET', url: '/app' });
    assert.equal(redirect.statusCode, 302);
    assert.equal(redirect.headers.location, '/app/');
  });

  it('serves built files (hashed assets cached for good) and falls back to the shell for app routes', async () => {
    const js = await app.inject({ method: 'GET', url: '/app/assets/app-1234.js' });
    assert.equal(js.statusCode, 200);
    assert.match(js.headers['content-type'] as string, /javascript/);
    assert.match(js.headers['cache-control'] as string, /immutable/);
    const route = await app.inject({ method: 'GET', url: '/app/documents/abc' });
    assert.equal(route.statusCode, 200);
    assert.match(route.body, /shell/);
    assert.match(route.headers['cache-control'] as string, /no-cache|max-age=0/);
  });

  it('never serves a file outside the build', async () => {
    for (const url of ['/app/../secret.txt', '/app/%2e%2e/secret.txt', '/app/..%2fsecret.txt', '/app/assets/../../secret.txt']) {
      const res = await app.inject({ method: 'GET', url });
      assert.doesNotMatch(res.body, /do not serve/, url);
    }
  });

  it('answers 503 DASHBOARD_NOT_BUILT when there is no build', async () => {
    const bare = await appServing(join(dir, 'missing'));
    try {
      for (const url of ['/app/', '/app/documents']) {
        const res = await bare.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 503);
        assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
        assert.equal(res.json().code, 'DASHBOARD_NOT_BUILT');
        assert.match(res.json().errors[0].message, /npm run build:web/);
      }
    } finally {
      await bare.close();
    }
  });
});
