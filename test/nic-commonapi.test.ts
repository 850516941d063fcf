/**
 * The GST common portal's public taxpayer APIs as GSPs call them, under /nic/commonapi (issue 5;
 * reference nic-ewaybill-gst.md B0–B4): search (action=TP), returns (RETTRACK), filing preference
 * (GETPREF), the emulator's TPPAN extension, the `{status_cd, data | error}` envelope, RET13510 for
 * no records, malformed GSTINs and the client headers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, DEMO_GSTIN, validGstin, withBadCheckChar } from './support.ts';

const BASE = '/nic/commonapi';

interface Envelope {
  status_cd: string;
  data?: Record<string, unknown>;
  error?: { error_cd: string; message: string };
}

describe('NIC common portal public APIs (/nic/commonapi)', () => {
  let t: TestApp;
  let headers: Record<string, string>;

  before(async () => {
    t = await buildTestApp();
    const client = (await t.app.inject({ method: 'POST', url: '/v1/sandbox/clients', headers: admin() })).json();
    headers = { 'client-id': client.clientId, 'client-secret': client.clientSecret };
  });
  after(async () => {
    await t.close();
  });

  async function get(path: string, query: Record<string, string>, h: Record<string, string> = headers) {
    const res = await t.app.inject({ method: 'GET', url: `${BASE}${path}?${new URLSearchParams(query)}`, headers: h });
    assert.match(String(res.headers['content-type']), /^application\/json/);
    return { res, env: res.json() as Envelope };
  }
  async function ok(path: string, query: Record<string, string>) {
    const { res, env } = await get(path, query);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.status_cd, '1', res.body);
    return env.data as Record<string, unknown>;
  }
  async function error(path: string, query: Record<string, string>, h?: Record<string, string>) {
    const { res, env } = await get(path, query, h);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.status_cd, '0', res.body);
    assert.equal(typeof env.error?.message, 'string');
    return env.error?.error_cd;
  }

  it('search TP: the B1 fields of the registry taxpayer, as the REST API shows them', async () => {
    const data = await ok('/v1.1/search', { action: 'TP', gstin: DEMO_GSTIN });
    assert.deepEqual(Object.keys(data).sort(), [
      'adadr',
      'ctb',
      'ctj',
      'ctjCd',
      'cxdt',
      'dty',
      'einvoiceStatus',
      'gstin',
      'lgnm',
      'lstupdt',
      'nba',
      'pradr',
      'rgdt',
      'stj',
      'stjCd',
      'sts',
      'tradeNam',
    ]);
    assert.equal(data.gstin, DEMO_GSTIN);
    assert.equal(data.lgnm, 'DEMO COMPUTERS PRIVATE LIMITED');
    assert.equal(data.sts, 'Active');
    assert.equal(data.rgdt, '01/07/2017');
    assert.deepEqual((data.pradr as { addr: Record<string, string> }).addr.stcd, 'Karnataka');
    const rest = await t.app.inject({ method: 'GET', url: `/v1/gstin/${DEMO_GSTIN}`, headers: { authorization: `Bearer ${t.demoToken}` } });
    assert.deepEqual(data, rest.json());
  });

  it('v1.3 and v0.3 too; paths, action and query names in any case; TaxPro’s searchgstin', async () => {
    for (const path of ['/v1.3/search', '/v0.3/SEARCH/', '/commonapi/v1.1/search']) {
      assert.equal((await ok(path, { Action: 'tp', GSTIN: DEMO_GSTIN.toLowerCase() })).gstin, DEMO_GSTIN, path);
    }
    assert.equal((await ok('/v1.1/search', { action: 'TP', gstin: DEMO_GSTIN, searchgstin: '27AAPFU0939F1ZV' })).gstin, '27AAPFU0939F1ZV');
  });

  it('RETTRACK: the FY’s filings in EFiledlist; `type` filters (R1 → GSTR1)', async () => {
    const data = await ok('/v1.0/returns', { action: 'RETTRACK', gstin: DEMO_GSTIN, fy: '2024-25' });
    const list = data.EFiledlist as Array<Record<string, string>>;
    assert.ok(list.length > 0);
    assert.deepEqual(Object.keys(list[0]), ['valid', 'mof', 'dof', 'rtntype', 'ret_prd', 'arn', 'status']);
    assert.ok(new Set(list.map((f) => f.rtntype)).has('GSTR3B'));
    const r1 = (await ok('/v1.0/returns', { action: 'RETTRACK', gstin: DEMO_GSTIN, fy: '2024-25', type: 'R1' })).EFiledlist as Array<{
      rtntype: string;
    }>;
    assert.ok(r1.length > 0 && r1.every((f) => f.rtntype === 'GSTR1'));
  });

  it('RET13510 when no filing matches: a taxpayer without filings, an FY before its registration', async () => {
    const quiet = await t.app.inject({
      method: 'POST',
      url: '/v1/sandbox/taxpayers',
      headers: admin(),
      payload: { stateCode: '27', legalName: 'QUIET TRADERS', rgdt: '01/04/2020' },
    });
    assert.equal(quiet.statusCode, 201, quiet.body);
    const { env } = await get('/v1.0/returns', { action: 'RETTRACK', gstin: quiet.json().gstin, fy: '2024-25' });
    assert.deepEqual(env, { status_cd: '0', error: { error_cd: 'RET13510', message: 'No Record found for the provided Inputs' } });
    assert.equal(await error('/v1.0/returns', { action: 'RETTRACK', gstin: DEMO_GSTIN, fy: '2016-17' }), 'RET13510');
  });

  it('GETPREF: one preference per quarter', async () => {
    const data = await ok('/v1.0/returns', { action: 'GETPREF', gstin: DEMO_GSTIN, fy: '2024-25' });
    const response = data.response as Array<{ quarter: string; preference: string }>;
    assert.deepEqual(
      response.map((r) => r.quarter),
      ['Q1', 'Q2', 'Q3', 'Q4'],
    );
    for (const r of response) assert.ok(['M', 'Q'].includes(r.preference));
  });

  it('malformed GSTIN: the rule that failed; a registered NIC test identity is still served; unknown GSTIN NOT_FOUND', async () => {
    assert.equal(await error('/v1.1/search', { action: 'TP', gstin: withBadCheckChar(DEMO_GSTIN) }), 'INVALID_GSTIN_CHECKSUM');
    assert.equal(await error('/v1.1/search', { action: 'TP', gstin: '29AAFCD5862' }), 'INVALID_GSTIN_LENGTH');
    assert.equal(await error('/v1.1/search', { action: 'TP', gstin: '29AAFCD5862R1Z!' }), 'INVALID_GSTIN_FORMAT');
    assert.equal(
      await error('/v1.0/returns', { action: 'RETTRACK', gstin: withBadCheckChar(DEMO_GSTIN), fy: '2024-25' }),
      'INVALID_GSTIN_CHECKSUM',
    );
    assert.equal((await ok('/v1.1/search', { action: 'TP', gstin: '29AWGPV7107B1Z1' })).gstin, '29AWGPV7107B1Z1');
    assert.equal(await error('/v1.1/search', { action: 'TP', gstin: validGstin('27', 'AAAAA0000A') }), 'NOT_FOUND');
    assert.equal(await error('/v1.0/returns', { action: 'GETPREF', gstin: validGstin('27', 'AAAAA0000A'), fy: '2024-25' }), 'NOT_FOUND');
  });

  it('parameters: fy YYYY-YY, gstin and a known action required (VALIDATION_FAILED)', async () => {
    assert.equal(await error('/v1.0/returns', { action: 'RETTRACK', gstin: DEMO_GSTIN, fy: '2024' }), 'VALIDATION_FAILED');
    assert.equal(await error('/v1.0/returns', { action: 'GETPREF', gstin: DEMO_GSTIN }), 'VALIDATION_FAILED');
    assert.equal(await error('/v1.1/search', { action: 'TP' }), 'VALIDATION_FAILED');
    assert.equal(await error('/v1.1/search', { action: 'XYZ', gstin: DEMO_GSTIN }), 'VALIDATION_FAILED');
    assert.equal(await error('/v1.0/returns', { gstin: DEMO_GSTIN, fy: '2024-25' }), 'VALIDATION_FAILED');
  });

  it('TPPAN (emulator extension): every registration of a PAN, optionally in one state', async () => {
    const pan = DEMO_GSTIN.slice(2, 12);
    const data = await ok('/v1.1/search', { action: 'TPPAN', pan });
    assert.deepEqual(data.gstinResList, [{ gstin: DEMO_GSTIN, authStatus: 'Active', stateCd: '29' }]);
    assert.equal(await error('/v1.1/search', { action: 'TPPAN', pan, state: '27' }), 'NOT_FOUND');
    assert.equal(await error('/v1.1/search', { action: 'TPPAN', pan: 'ABC' }), 'INVALID_PAN');
  });

  it('client headers are required (UNAUTHORIZED); GSTN’s `clientid` spelling works; unknown paths 404 in the envelope', async () => {
    assert.equal(await error('/v1.1/search', { action: 'TP', gstin: DEMO_GSTIN }, {}), 'UNAUTHORIZED');
    assert.equal(
      await error('/v1.1/search', { action: 'TP', gstin: DEMO_GSTIN }, { ...headers, 'client-secret': 'wrong' }),
      'UNAUTHORIZED',
    );
    const { env } = await get(
      '/v1.1/search',
      { action: 'TP', gstin: DEMO_GSTIN },
      { clientid: headers['client-id'], 'client-secret': headers['client-secret'] },
    );
    assert.equal(env.status_cd, '1');
    const res = await t.app.inject({ method: 'GET', url: `${BASE}/v1.1/nothing`, headers });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().status_cd, '0');
    assert.equal(res.json().error.error_cd, 'ROUTE_NOT_FOUND');
  });
});
