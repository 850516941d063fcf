/**
 * Token expiry (api.md §3: 401 for an expired token), on an app whose tokens live one second
 * (GSTGATE_TOKEN_TTL_SECONDS=1). Its own file: one app per file, and this one needs its own config.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, expectProblem } from './support.ts';

describe('token expiry', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ GSTGATE_TOKEN_TTL_SECONDS: '1' });
  });
  after(() => t.close());

  it('a token works until its lifetime ends, then is 401 UNAUTHORIZED', async () => {
    const res = await call(t.app, { method: 'POST', url: '/v1/authenticate', payload: { ...DEMO_USER } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().expires_in, 1);
    const token = res.json().token;
    const probe = () => call(t.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers: bearer(token) });
    assert.equal((await probe()).statusCode, 200);
    await sleep(1_200);
    expectProblem(await probe(), 401, 'UNAUTHORIZED');
    // A fresh login gets a working token again.
    const again = await t.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
    assert.equal((await call(t.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV', headers: bearer(again) })).statusCode, 200);
  });
});
