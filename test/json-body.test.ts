/**
 * The JSON body parser (app.ts): Fastify's, with its "__proto__"/"constructor" scans run only when
 * the body could hold such a key (issue 9). Those keys are still refused (400 INVALID_JSON), in
 * plain or \u-escaped spelling; everything else parses as before.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice } from './support.ts';

describe('JSON request bodies', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('a "__proto__" or "constructor" key is refused, however it is spelled; the same words as values are not', async () => {
    const headers = { 'content-type': 'application/json' };
    for (const payload of [
      '{"username": "demo", "__proto__": {"polluted": true}}',
      '{"username": "demo", "\\u005f_proto__": {"polluted": true}}',
      '{"username": "demo", "__pr\\u006fto__" : {}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      '{"c\\u006Fnstructor": {"prototype": {}}}',
    ]) {
      expectProblem(await call(t.app, { method: 'POST', url: '/v1/authenticate', headers, payload }), 400, 'INVALID_JSON');
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    // Not keys: parsed, then refused by the route's own validation (not as JSON).
    for (const payload of ['{"username": "__proto__", "password": "constructor"}', '{"username": "caf\\u00e9"}']) {
      const res = await call(t.app, { method: 'POST', url: '/v1/authenticate', headers, payload });
      assert.notEqual(res.json().code, 'INVALID_JSON', res.body);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, res.body);
    }
  });

  it('an empty or broken body is INVALID_JSON; a valid invoice (with a \\u escape in it) is registered', async () => {
    const headers = { 'content-type': 'application/json', ...bearer(t.demoToken) };
    expectProblem(await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers, payload: '' }), 400, 'INVALID_JSON');
    expectProblem(await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers, payload: '{"a":1' }), 400, 'INVALID_JSON');
    const inv = invoice('b2b-intra', { docNo: docNo('JSN'), docDate: govDate(t.clock) });
    const payload = JSON.stringify(inv).replace(`"LglNm":"${inv.BuyerDtls.LglNm}"`, `"LglNm":"${inv.BuyerDtls.LglNm} \\u00e9"`);
    assert.ok(payload.includes('\\u00e9'));
    const res = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers, payload });
    assert.equal(res.statusCode, 200, res.body);
  });
});
