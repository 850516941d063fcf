/**
 * The HTTP foundation (api.md §2): request ids, problem+json for every failure (unknown routes,
 * invalid JSON, wrong media type, oversized bodies, the item limit), no stack traces, health,
 * the API reference and the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice } from './support.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** An invoice with `count` copies of the fixture's first line (SlNo 1..count) and matching totals. */
function invoiceWithItems(count: number, no: string, date: string) {
  const inv = invoice('b2b-intra', { docNo: no, docDate: date });
  const line = inv.ItemList[0];
  inv.ItemList = Array.from({ length: count }, (_, i) => ({ ...line, SlNo: String(i + 1) }));
  inv.ValDtls = {
    ...inv.ValDtls,
    AssVal: line.AssAmt * count,
    CgstVal: (line.CgstAmt ?? 0) * count,
    SgstVal: (line.SgstAmt ?? 0) * count,
    IgstVal: 0,
    TotInvVal: line.TotItemVal * count,
  };
  return inv;
}

describe('HTTP foundation', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  describe('X-Request-Id', () => {
    it('every response carries one; a fresh UUID per request when none is given', async () => {
      const seen = new Set<string>();
      const requests: InjectOptions[] = [
        { method: 'GET', url: '/v1/health' },
        { method: 'GET', url: '/v1/nowhere' },
        { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV' },
        { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers: bearer(t.demoToken) },
        { method: 'POST', url: '/v1/authenticate', payload: '{', headers: { 'content-type': 'application/json' } },
        { method: 'GET', url: '/.well-known/jwks.json' },
      ];
      for (const req of requests) {
        const res = await call(t.app, req);
        const id = String(res.headers['x-request-id']);
        assert.match(id, UUID, `${req.url}: ${id}`);
        seen.add(id);
      }
      assert.equal(seen.size, requests.length, 'request ids must not repeat');
    });

    it('echoes a valid incoming X-Request-Id, on success and on errors, and in the problem body', async () => {
      const ok = await call(t.app, { method: 'GET', url: '/v1/health', headers: { 'x-request-id': 'erp-batch-42.7_A' } });
      assert.equal(ok.headers['x-request-id'], 'erp-batch-42.7_A');
      const err = await call(t.app, { method: 'GET', url: '/v1/nowhere', headers: { 'x-request-id': 'trace-0001' } });
      assert.equal(err.headers['x-request-id'], 'trace-0001');
      assert.equal(err.json().requestId, 'trace-0001');
    });

    it('replaces an incoming id that is too long or has odd characters', async () => {
      for (const given of ['has spaces in it', 'x'.repeat(101), 'semi;colon', '<script>']) {
        const res = await call(t.app, { method: 'GET', url: '/v1/health', headers: { 'x-request-id': given } });
        assert.match(String(res.headers['x-request-id']), UUID, given);
      }
    });
  });

  describe('problem+json for transport failures', () => {
    it('an unknown route is 404 ROUTE_NOT_FOUND naming the method and path (not the query)', async () => {
      const p = expectProblem(await call(t.app, { method: 'GET', url: '/v1/no/such/route?token=secret' }), 404, 'ROUTE_NOT_FOUND');
      assert.equal(p.errors[0].message, 'Route GET /v1/no/such/route not found');
      expectProblem(await call(t.app, { method: 'DELETE', url: '/v1/einvoice/generate' }), 404, 'ROUTE_NOT_FOUND');
      expectProblem(await call(t.app, { method: 'GET', url: '/' }), 404, 'ROUTE_NOT_FOUND');
    });

    it('a body that is not JSON is 400 INVALID_JSON', async () => {
      const headers = { 'content-type': 'application/json' };
      for (const payload of ['{', '{"gstin": }', "{'a': 1}", 'not json']) {
        expectProblem(await call(t.app, { method: 'POST', url: '/v1/authenticate', headers, payload }), 400, 'INVALID_JSON');
      }
      const authed = { ...headers, ...bearer(t.demoToken) };
      expectProblem(
        await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: authed, payload: '{"Version":' }),
        400,
        'INVALID_JSON',
      );
    });

    it('a body that is not JSON by media type is 415 (application/xml, form data)', async () => {
      for (const type of ['application/xml', 'application/x-www-form-urlencoded']) {
        const res = await call(t.app, { method: 'POST', url: '/v1/authenticate', headers: { 'content-type': type }, payload: 'a=b' });
        expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      }
    });

    it('a text/plain body is 415, not parsed as a string', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/v1/authenticate',
        headers: { 'content-type': 'text/plain' },
        payload: '{"gstin":"29AAFCD5862R1ZR","username":"demo","password":"Demo@12345"}',
      });
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      const gen = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: { 'content-type': 'text/plain', ...bearer(t.demoToken) },
        payload: JSON.stringify(invoice('b2b-intra', { docNo: docNo('TXT'), docDate: govDate(t.clock) })),
      });
      expectProblem(gen, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('a body over the limit (5 MB by default) is 413 PAYLOAD_TOO_LARGE', async () => {
      const payload = JSON.stringify({ gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'x'.repeat(5 * 1024 * 1024) });
      const headers = { 'content-type': 'application/json' };
      expectProblem(await call(t.app, { method: 'POST', url: '/v1/authenticate', headers, payload }), 413, 'PAYLOAD_TOO_LARGE');
      const gen = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: { ...headers, ...bearer(t.demoToken) },
        payload,
      });
      expectProblem(gen, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('the 413 message names the limit in bytes', async () => {
      const payload = JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) });
      const res = await call(t.app, { method: 'POST', url: '/v1/authenticate', headers: { 'content-type': 'application/json' }, payload });
      const p = expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
      assert.equal(p.errors[0].message, 'Request body exceeds the limit of 5242880 bytes');
    });

    it('malformed bodies of every JSON kind are 4xx problems, never 5xx', async () => {
      const headers = { 'content-type': 'application/json', ...bearer(t.demoToken) };
      const bodies = [
        '[]',
        '123',
        '"text"',
        'null',
        'true',
        '{"__proto__": {"polluted": true}}',
        '{"constructor": {"prototype": {"polluted": true}}}',
        '{"ItemList": "x", "DocDtls": [], "SellerDtls": 5}',
        '{"Version": "1.1", "ItemList": [null, 1, "a"]}',
        JSON.stringify({ Version: { $gt: '' }, DocDtls: { No: 'A'.repeat(10_000) } }),
      ];
      for (const payload of bodies) {
        for (const url of ['/v1/einvoice/generate', '/v1/einvoice/cancel', '/v1/authenticate']) {
          const res = await call(t.app, { method: 'POST', url, headers, payload });
          assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url} ${payload.slice(0, 40)} → ${res.statusCode} ${res.body}`);
        }
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  });

  describe('problem fields', () => {
    it('a failure of the body as a whole names no field rather than an empty one', async () => {
      const headers = { 'content-type': 'application/json' };
      for (const payload of ['[]', '123', '"text"']) {
        const res = await call(t.app, { method: 'POST', url: '/v1/authenticate', headers, payload });
        const p = expectProblem(res, 400, 'VALIDATION_FAILED');
        for (const e of p.errors) assert.notEqual(e.field, '', `${payload}: ${res.body}`);
      }
    });
  });

  describe('item limit', () => {
    it('an invoice with 1,000 items is registered; with 1,001 it is 400 2173', { timeout: 60_000 }, async () => {
      const date = govDate(t.clock);
      const ok = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(t.demoToken),
        payload: invoiceWithItems(1000, docNo('ITEMS'), date),
      });
      assert.equal(ok.statusCode, 200, ok.body.slice(0, 500));
      const tooMany = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(t.demoToken),
        payload: invoiceWithItems(1001, docNo('ITEMS'), date),
      });
      const p = expectProblem(tooMany, 400, '2173');
      assert.equal(p.errors[0].field, 'ItemList');
    });
  });

  describe('GET /v1/health', () => {
    it('answers 200 without a token, with the database kind and the provider', async () => {
      const res = await call(t.app, { method: 'GET', url: '/v1/health' });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.version, VERSION);
      assert.deepEqual(body.database, { kind: process.env.DATABASE_URL ? 'postgres' : 'pglite', status: 'up' });
      assert.equal(body.provider.name, 'sandbox');
      assert.equal(body.provider.status, 'up');
      assert.equal(typeof body.uptimeSeconds, 'number');
    });
  });

  describe('API reference', () => {
    it('/docs serves the HTML reference', async () => {
      let res = await call(t.app, { method: 'GET', url: '/docs' });
      if (res.statusCode >= 300 && res.statusCode < 400) {
        const location = String(res.headers.location);
        assert.match(location, /^\/docs\/?$/);
        res = await call(t.app, { method: 'GET', url: location });
      }
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.body, /<html/i);
    });

    it('/openapi.json lists every route of api.md §3, §4 (so far) and §7 with its security', async () => {
      const res = await call(t.app, { method: 'GET', url: '/openapi.json' });
      assert.equal(res.statusCode, 200);
      const doc = res.json();
      assert.match(doc.openapi, /^3\.1/);
      assert.equal(doc.info.version, VERSION);
      const expected: [string, string, 'bearer' | 'admin' | 'none'][] = [
        ['post', '/v1/authenticate', 'none'],
        ['get', '/v1/health', 'none'],
        ['post', '/v1/einvoice/generate', 'bearer'],
        ['get', '/v1/einvoice/irn/{irn}', 'bearer'],
        ['get', '/v1/einvoice/document', 'bearer'],
        ['post', '/v1/einvoice/cancel', 'bearer'],
        ['get', '/v1/einvoice/gstin/{gstin}', 'bearer'],
        ['post', '/v1/einvoice/gstin/{gstin}/sync', 'bearer'],
        ['get', '/.well-known/jwks.json', 'none'],
        ['post', '/v1/sandbox/taxpayers', 'admin'],
        ['post', '/v1/sandbox/users', 'admin'],
        ['post', '/v1/sandbox/clients', 'admin'],
        ['get', '/v1/sandbox/clock', 'admin'],
        ['post', '/v1/sandbox/clock', 'admin'],
        ['delete', '/v1/sandbox/clock', 'admin'],
      ];
      for (const [method, path, security] of expected) {
        const op = doc.paths?.[path]?.[method];
        assert.ok(op, `${method.toUpperCase()} ${path} missing from openapi.json`);
        const schemes = (op.security ?? []).flatMap((s: Record<string, unknown>) => Object.keys(s));
        if (security === 'bearer') assert.deepEqual(schemes, ['bearerAuth'], `${method} ${path}`);
        if (security === 'admin') assert.deepEqual(schemes, ['adminKey'], `${method} ${path}`);
        if (security === 'none') assert.deepEqual(schemes, [], `${method} ${path}`);
      }
      assert.ok(doc.components.securitySchemes.bearerAuth);
      assert.ok(doc.components.securitySchemes.adminKey);
      // The problem+json shape is documented on the error answers.
      assert.ok(doc.paths['/v1/einvoice/generate'].post.responses['409'], 'generate documents its 409 (2150)');
    });
  });
});
