/**
 * Logs: secrets never reach them (REDACT_PATHS, as main.ts configures pino), and a 5xx is logged
 * with its cause while the client gets only a problem+json with the request id. The logger writes
 * into memory. To make the redaction check bite, the request serializer logs the headers and a
 * hook logs each request body — what a debugging deployment might well do.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { REDACT_PATHS } from '../src/app.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { admin, bearer, call, docNo, govDate, invoice, type OwnApp, openApp } from './support.ts';

class MemoryStream extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
  lines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  }
}

describe('logging', () => {
  const stream = new MemoryStream();
  let a: OwnApp;

  before(async () => {
    a = await openApp({
      logger: {
        level: 'info',
        stream,
        redact: { paths: REDACT_PATHS, censor: '[redacted]' },
        serializers: {
          req: (req: FastifyRequest) => ({ method: req.method, url: req.url, headers: req.headers }),
        },
      } as never,
    });
    a.app.addHook('preHandler', async (request) => {
      request.log.info({ body: request.body }, 'request body');
    });
  });
  after(() => a.close());

  it('the password, the bearer token and the admin key never appear in the logs', async () => {
    const before = stream.text.length;
    const login = await call(a.app, { method: 'POST', url: '/v1/authenticate', payload: { ...DEMO_USER } });
    assert.equal(login.statusCode, 200, login.body);
    const token: string = login.json().token;
    const wrong = await call(a.app, { method: 'POST', url: '/v1/authenticate', payload: { ...DEMO_USER, password: 'Wrong@Pass99' } });
    assert.equal(wrong.statusCode, 401);
    const authed = await call(a.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers: bearer(token) });
    assert.equal(authed.statusCode, 200);
    const user = await call(a.app, {
      method: 'POST',
      url: '/v1/sandbox/users',
      headers: admin(),
      payload: { gstin: '27AAPFU0939F1ZV', username: 'logged', password: 'NotInLogs@2026' },
    });
    assert.equal(user.statusCode, 201, user.body);
    const client = await call(a.app, { method: 'POST', url: '/v1/sandbox/clients', headers: admin() });
    const { clientSecret } = client.json();

    const logged = stream.text.slice(before);
    // The logs are not empty, and the headers and bodies were logged — redacted.
    assert.match(logged, /"url":"\/v1\/authenticate"/);
    assert.match(logged, /"url":"\/v1\/einvoice\/gstin\/27AAPFU0939F1ZV"/);
    assert.match(logged, /"authorization":"\[redacted\]"/);
    assert.match(logged, /"x-admin-key":"\[redacted\]"/);
    assert.match(logged, /"password":"\[redacted\]"/);
    assert.match(logged, /"username":"demo"/);
    for (const secret of [DEMO_USER.password, 'Wrong@Pass99', 'NotInLogs@2026', token, a.adminKey, clientSecret]) {
      assert.equal(logged.includes(secret), false, `a secret reached the logs: ${secret.slice(0, 4)}…`);
    }
  });

  it('a 5xx (the database gone) is logged with its cause; the client gets INTERNAL and the request id only', async () => {
    const token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
    await a.closeDatabase();
    const before = stream.text.length;
    const res = await call(a.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: { ...bearer(token), 'x-request-id': 'db-down-1' },
      payload: invoice('b2b-intra', { docNo: docNo('DOWN'), docDate: govDate(a.clock) }),
    });
    assert.equal(res.statusCode, 500, res.body);
    const body = res.json();
    assert.equal(body.code, 'INTERNAL');
    assert.equal(body.requestId, 'db-down-1');
    assert.deepEqual(Object.keys(body).sort(), ['code', 'errors', 'requestId', 'status', 'title', 'type']);
    assert.doesNotMatch(res.body, /select|insert|pglite|pool|postgres|stack/i);

    const errors = stream.lines().filter((l) => (l.level as number) >= 50 && l.reqId === 'db-down-1');
    assert.ok(errors.length >= 1, stream.text.slice(before));
    assert.ok((errors[0].err as { message?: string })?.message, 'the cause is logged');

    // Health says so too, with 503 (its own shape, not a problem).
    const health = await a.app.inject({ method: 'GET', url: '/v1/health' });
    assert.equal(health.statusCode, 503);
    assert.equal(health.json().status, 'degraded');
    assert.equal(health.json().database.status, 'down');
  });
});
