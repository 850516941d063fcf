/**
 * The IRP's own wire protocol under /nic/einvoice (issue 5; reference nic-einvoice.md §2–4, §8–9),
 * driven by a client written only from the reference with node:crypto — not with our nic-crypto —
 * the way an ERP's NIC integration would call it: RSA-PKCS#1 credentials with the PEM from
 * /nic/public-key, the SEK unwrapped with our AppKey, AES-256-ECB payloads, the Status/Data/
 * ErrorDetails/InfoDtls envelope. Each wire-level failure is checked with NIC's code.
 */
import assert from 'node:assert/strict';
import { constants, createCipheriv, createDecipheriv, publicEncrypt, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { formatIstDateTime } from '../src/domain/dates.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, bearer, DEMO_GSTIN, docNo, govDate, invoice } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka, regular
const TRANSPORTER = '29AAECS4417K1Z2'; // seeded Swift Roadways
const BASE = '/nic/einvoice';
const MINUTE = 60;

interface Envelope {
  Status: number;
  Data: unknown;
  ErrorDetails: { ErrorCode: string; ErrorMessage: string }[] | null;
  InfoDtls: { InfCd: string; Desc: unknown }[] | null;
}

// ---- The client, from the reference only (§2.4, §3.2, §3.3) ----
const aesEncrypt = (key: Buffer, plain: Buffer) => {
  const c = createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(plain), c.final()]).toString('base64');
};
const aesDecrypt = (key: Buffer, b64: string) => {
  const d = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([d.update(Buffer.from(b64, 'base64')), d.final()]);
};
const rsa = (pem: string, data: Buffer) => publicEncrypt({ key: pem, padding: constants.RSA_PKCS1_PADDING }, data).toString('base64');

interface Session {
  token: string;
  sek: Buffer;
  expiry: string;
  user: string;
  gstin: string;
}

describe('NIC e-invoice wire protocol (/nic/einvoice)', () => {
  let t: TestApp;
  let pem: string;
  let clientId: string;
  let clientSecret: string;
  let s: Session; // the demo user's session

  before(async () => {
    t = await buildTestApp();
    const key = await t.app.inject({ method: 'GET', url: '/nic/public-key' });
    pem = key.body;
    const client = await t.app.inject({ method: 'POST', url: '/v1/sandbox/clients', headers: admin() });
    assert.equal(client.statusCode, 201, client.body);
    ({ clientId, clientSecret } = client.json());
    await t.tenant(OTHER_GSTIN, 'other'); // user "other" of another GSTIN, password Password@123
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const clientHeaders = (over: Record<string, string | undefined> = {}) =>
    Object.fromEntries(
      Object.entries({ client_id: clientId, client_secret: clientSecret, ...over }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;

  async function auth104(
    creds: { user?: string; password?: string; force?: boolean; gstin?: string; appKey?: Buffer } = {},
    headers: Record<string, string | undefined> = {},
  ) {
    const appKey = creds.appKey ?? randomBytes(32);
    const plain = {
      UserName: creds.user ?? DEMO_USER.username,
      Password: creds.password ?? DEMO_USER.password,
      AppKey: appKey.toString('base64'),
      ForceRefreshAccessToken: creds.force ?? false,
    };
    const data = rsa(pem, Buffer.from(Buffer.from(JSON.stringify(plain), 'utf8').toString('base64'), 'ascii'));
    const res = await t.app.inject({
      method: 'POST',
      url: `${BASE}/eivital/v1.04/auth`,
      headers: clientHeaders({ Gstin: creds.gstin ?? DEMO_GSTIN, 'content-type': 'application/json', ...headers }),
      payload: JSON.stringify({ Data: data }),
    });
    return { res, env: res.json() as Envelope, appKey };
  }

  async function login(creds: Parameters<typeof auth104>[0] = {}): Promise<Session> {
    const { res, env, appKey } = await auth104(creds);
    assert.equal(env.Status, 1, res.body);
    const d = env.Data as Record<string, string>;
    return {
      token: d.AuthToken,
      sek: aesDecrypt(appKey, d.Sek),
      expiry: d.TokenExpiry,
      user: creds.user ?? DEMO_USER.username,
      gstin: creds.gstin ?? DEMO_GSTIN,
    };
  }

  const sessionHeaders = (session: Session, over: Record<string, string | undefined> = {}) =>
    clientHeaders({ Gstin: session.gstin, user_name: session.user, AuthToken: session.token, ...over });

  async function post(
    path: string,
    body: unknown,
    session = s,
    over: { headers?: Record<string, string | undefined>; data?: string } = {},
  ) {
    const data = over.data ?? aesEncrypt(session.sek, Buffer.from(JSON.stringify(body)));
    const res = await t.app.inject({
      method: 'POST',
      url: `${BASE}${path}`,
      headers: { ...sessionHeaders(session, over.headers), 'content-type': 'application/json' },
      payload: JSON.stringify({ Data: data }),
    });
    return res;
  }
  const get = (path: string, session = s, headers: Record<string, string | undefined> = {}) =>
    t.app.inject({ method: 'GET', url: `${BASE}${path}`, headers: sessionHeaders(session, headers) });

  /** The decrypted Data of a success envelope. */
  function ok<T = Record<string, unknown>>(res: LightMyRequestResponse, session = s): { data: T; env: Envelope } {
    assert.equal(res.statusCode, 200, res.body);
    const env = res.json() as Envelope;
    assert.equal(env.Status, 1, res.body);
    assert.equal(env.ErrorDetails, null);
    assert.equal(typeof env.Data, 'string');
    return { data: JSON.parse(aesDecrypt(session.sek, env.Data as string).toString('utf8')) as T, env };
  }

  /** A failure envelope (HTTP 200, Status 0, Data null); returns the codes in order. */
  function failed(res: LightMyRequestResponse): { codes: string[]; env: Envelope } {
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const env = res.json() as Envelope;
    assert.equal(env.Status, 0, res.body);
    assert.equal(env.Data, null);
    assert.ok(Array.isArray(env.ErrorDetails) && env.ErrorDetails.length > 0);
    for (const e of env.ErrorDetails) assert.ok(typeof e.ErrorCode === 'string' && e.ErrorMessage.length > 0);
    return { codes: env.ErrorDetails.map((e) => e.ErrorCode), env };
  }

  const today = () => govDate(t.clock);
  const newInvoice = (prefix: string) => invoice('b2b-inter', { docNo: docNo(prefix), docDate: today() });

  it('serves the public key as PEM and keeps /nic out of the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/nic/public-key' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    assert.match(res.body, /^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.deepEqual(
      Object.keys(doc.paths).filter((p) => p.startsWith('/nic')),
      [],
    );
  });

  it('v1.04 auth: token, SEK wrapped with the AppKey, expiry 360 minutes on the government clock', async () => {
    const before = t.clock.now();
    const { res, env, appKey } = await auth104();
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.Status, 1);
    assert.equal(env.ErrorDetails, null);
    const d = env.Data as Record<string, string>;
    assert.deepEqual(Object.keys(d).sort(), ['AuthToken', 'ClientId', 'Sek', 'TokenExpiry', 'UserName']);
    assert.equal(d.ClientId, clientId);
    assert.equal(d.UserName, DEMO_USER.username);
    assert.match(d.AuthToken, /^[A-Za-z0-9]{25}$/);
    assert.equal(Buffer.from(d.Sek, 'base64').length, 48); // AES of 32 bytes: 64 base64 characters
    assert.equal(aesDecrypt(appKey, d.Sek).length, 32);
    const expiry = new Date(`${d.TokenExpiry.replace(' ', 'T')}+05:30`).getTime();
    assert.match(d.TokenExpiry, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.ok(Math.abs(expiry - (before.getTime() + 360 * 60_000)) < 5_000, `${d.TokenExpiry} vs ${formatIstDateTime(before)}`);
    s = await login();
  });

  it('auth again within validity returns the same token and SEK; ForceRefresh is ignored before the last 10 minutes', async () => {
    const again = await login();
    assert.equal(again.token, s.token);
    assert.ok(again.sek.equals(s.sek));
    assert.equal(again.expiry, s.expiry);
    const forced = await login({ force: true });
    assert.equal(forced.token, s.token);
  });

  it('v1.03 auth: Password and AppKey RSA-encrypted one by one, no Gstin header', async () => {
    const appKey = randomBytes(32);
    const res = await t.app.inject({
      method: 'POST',
      url: `${BASE}/eivital/v1.03/auth`,
      headers: clientHeaders(),
      payload: {
        data: {
          UserName: DEMO_USER.username,
          Password: rsa(pem, Buffer.from(DEMO_USER.password)),
          AppKey: rsa(pem, appKey),
          ForceRefreshAccessToken: false,
        },
      },
    });
    const env = res.json() as Envelope;
    assert.equal(env.Status, 1, res.body);
    const d = env.Data as Record<string, string>;
    assert.equal(d.AuthToken, s.token, 'the same API user and client: the same token');
    assert.ok(aesDecrypt(appKey, d.Sek).equals(s.sek));

    const tampered = await t.app.inject({
      method: 'POST',
      url: `${BASE}/eivital/v1.03/auth`,
      headers: clientHeaders(),
      payload: { data: { UserName: DEMO_USER.username, Password: Buffer.alloc(256, 7).toString('base64'), AppKey: rsa(pem, appKey) } },
    });
    assert.deepEqual(failed(tampered).codes, ['1013']);
    const badAppKey = await t.app.inject({
      method: 'POST',
      url: `${BASE}/eivital/v1.03/auth`,
      headers: clientHeaders(),
      payload: { data: { UserName: DEMO_USER.username, Password: rsa(pem, Buffer.from(DEMO_USER.password)), AppKey: 'AAAA' } },
    });
    assert.deepEqual(failed(badAppKey).codes, ['1016']);
  });

  let generated: Record<string, unknown>;
  let generatedInvoice: ReturnType<typeof newInvoice>;

  it('generates an IRN (§4.1) and answers a second submission with 2150 and DUPIRN', async () => {
    generatedInvoice = newInvoice('NIC');
    const { data, env } = ok(await post('/eicore/v1.03/Invoice', generatedInvoice));
    assert.deepEqual(Object.keys(data).sort(), [
      'AckDt',
      'AckNo',
      'EwbDt',
      'EwbNo',
      'EwbValidTill',
      'Irn',
      'Remarks',
      'SignedInvoice',
      'SignedQRCode',
      'Status',
    ]);
    assert.equal(data.Status, 'ACT');
    assert.match(String(data.Irn), /^[0-9a-f]{64}$/);
    assert.equal(typeof data.AckNo, 'number');
    assert.equal(env.InfoDtls, null);
    generated = data;

    const dup = await post('/eicore/v1.03/Invoice', generatedInvoice);
    const { codes, env: dupEnv } = failed(dup);
    assert.deepEqual(codes, ['2150']);
    assert.equal(dupEnv.ErrorDetails?.[0].ErrorMessage, 'Duplicate IRN');
    assert.deepEqual(dupEnv.InfoDtls, [{ InfCd: 'DUPIRN', Desc: { AckNo: data.AckNo, AckDt: data.AckDt, Irn: data.Irn } }]);
  });

  it('returns every validation failure at once with the IRP codes', async () => {
    const inv = newInvoice('NICV') as unknown as Record<string, Record<string, unknown>>;
    inv.DocDtls.Dt = '2026-04-01'; // 2144
    (inv.ItemList as unknown as Record<string, unknown>[])[0].Unit = 'XYZ'; // 2177
    delete inv.SellerDtls.LglNm; // 5002 required
    const { codes } = failed(await post('/eicore/v1.03/Invoice', inv));
    assert.ok(codes.length >= 3, codes.join(','));
    for (const code of ['2144', '2177', '5002']) assert.ok(codes.includes(code), codes.join(','));
    assert.deepEqual(failed(await post('/eicore/v1.03/Invoice', {})).codes, ['2255']);
  });

  it('reads by IRN (§4.3) and by document details (§4.4)', async () => {
    const { data } = ok(await get(`/eicore/v1.03/Invoice/irn/${generated.Irn}`));
    assert.deepEqual(data, generated);
    const { DocDtls } = generatedInvoice;
    const byDoc = ok(
      await get(
        `/eicore/v1.03/Invoice/irnbydocdetails?doctype=${DocDtls.Typ}&docnum=${encodeURIComponent(DocDtls.No)}&docdate=${DocDtls.Dt}`,
      ),
    );
    assert.equal(byDoc.data.Irn, generated.Irn);
    assert.deepEqual(failed(await get(`/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV&docnum=NOPE-1&docdate=${DocDtls.Dt}`)).codes, [
      '2154',
    ]);
    assert.deepEqual(failed(await get(`/eicore/v1.03/Invoice/irn/${'0'.repeat(64)}`)).codes, ['2148']);
  });

  it('generates and reads the e-way bill of an IRN (§4.5, §4.6)', async () => {
    const { data: doc } = ok(await post('/eicore/v1.03/Invoice', newInvoice('NICE')));
    const request = {
      Irn: doc.Irn,
      Distance: 0,
      TransMode: '1',
      TransId: TRANSPORTER,
      TransName: 'Swift Roadways',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    };
    const { data: ewb, env } = ok(await post('/eiewb/v1.03/ewaybill', request));
    assert.match(String(ewb.EwbNo), /^\d{12}$/);
    assert.match(String(ewb.EwbDt), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.equal(env.InfoDtls?.[0].InfCd, 'EWBPPD');
    assert.equal(ewb.Remarks, env.InfoDtls?.[0].Desc);
    const { data: read } = ok(await get(`/eiewb/v1.03/ewaybill/irn/${doc.Irn}`));
    assert.deepEqual(read, { EwbNo: ewb.EwbNo, Status: 'ACT', GenGstin: DEMO_GSTIN, EwbDt: ewb.EwbDt, EwbValidTill: ewb.EwbValidTill });
    // An e-way bill already exists for it: the IRP's 4002.
    assert.deepEqual(failed(await post('/eiewb/v1.03/ewaybill', request)).codes, ['4002']);
    // Schema failures of the request: 5002 naming the field.
    const bad = failed(await post('/eiewb/v1.03/ewaybill', { Irn: doc.Irn, Distance: -5 }));
    assert.deepEqual(bad.codes, ['5002']);
    assert.match(bad.env.ErrorDetails?.[0].ErrorMessage ?? '', /^Distance: /);
  });

  it('cancels an IRN (§4.2); the IRP then answers CNL', async () => {
    const { data: doc } = ok(await post('/eicore/v1.03/Invoice', newInvoice('NICC')));
    const { data } = ok(await post('/eicore/v1.03/Invoice/Cancel', { Irn: doc.Irn, CnlRsn: '1 ', CnlRem: 'Wrong entry' }));
    assert.equal(data.Irn, doc.Irn);
    assert.match(String(data.CancelDate), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.equal(ok(await get(`/eicore/v1.03/Invoice/irn/${doc.Irn}`)).data.Status, 'CNL');
    assert.deepEqual(failed(await post('/eicore/v1.03/Invoice/Cancel', { Irn: doc.Irn, CnlRsn: '2', CnlRem: 'again' })).codes, ['9999']);
    assert.deepEqual(failed(await post('/eicore/v1.03/Invoice/Cancel', { Irn: doc.Irn, CnlRsn: '7', CnlRem: '' })).codes, ['5002', '5002']);
  });

  it('GSTIN master and sync (§4.8, §4.9), v1.03 and v1.04 paths', async () => {
    const { data } = ok(await get(`/eivital/v1.03/Master/gstin/${OTHER_GSTIN}`));
    assert.equal(data.Gstin, OTHER_GSTIN);
    assert.equal(data.Status, 'ACT');
    assert.equal(typeof data.StateCode, 'number');
    const synced = ok(await get(`/eivital/v1.04/Master/syncgstin/${OTHER_GSTIN}`)).data;
    assert.equal(synced.Gstin, OTHER_GSTIN);
    assert.equal(ok(await get(`/eivital/v1.04/Master/gstin/${OTHER_GSTIN}`)).data.Gstin, OTHER_GSTIN);
    assert.deepEqual(failed(await get('/eivital/v1.03/Master/gstin/29AAAAA0000A1Z5')).codes, ['3001']);
  });

  it('accepts text/plain bodies and a lower-case `data`', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${BASE}/eicore/v1.03/Invoice`,
      headers: { ...sessionHeaders(s), 'content-type': 'text/plain' },
      payload: JSON.stringify({ data: aesEncrypt(s.sek, Buffer.from(JSON.stringify(newInvoice('NICT')))) }),
    });
    assert.equal(ok(res).data.Status, 'ACT');
  });

  describe('wire-level failures with NIC codes (§9.1)', () => {
    it('client credentials: 1011 / 1012 missing, 1010 wrong secret or unknown client', async () => {
      assert.deepEqual(failed((await auth104({}, { client_secret: 'wrong-secret' })).res).codes, ['1010']);
      assert.deepEqual(failed((await auth104({}, { client_id: 'NOSUCHCLIENT' })).res).codes, ['1010']);
      assert.deepEqual(failed((await auth104({}, { client_id: undefined })).res).codes, ['1011']);
      assert.deepEqual(failed((await auth104({}, { client_secret: undefined })).res).codes, ['1012']);
      assert.deepEqual(failed(await get(`/eicore/v1.03/Invoice/irn/${generated.Irn}`, s, { client_secret: 'wrong-secret' })).codes, [
        '1010',
      ]);
    });

    it('user: 1019 wrong password, 1017 unknown user, 1015 a user of another GSTIN, 1004 no Gstin header', async () => {
      assert.deepEqual(failed((await auth104({ password: 'Wrong@12345' })).res).codes, ['1019']);
      assert.deepEqual(failed((await auth104({ user: 'nobody' })).res).codes, ['1017']);
      assert.deepEqual(failed((await auth104({ user: 'other', password: 'Password@123' })).res).codes, ['1015']);
      assert.deepEqual(failed((await auth104({}, { Gstin: undefined })).res).codes, ['1004']);
      assert.deepEqual(failed((await auth104({ password: '' })).res).codes, ['1008']);
      // the same user under its own GSTIN is fine
      const other = await login({ user: 'other', password: 'Password@123', gstin: OTHER_GSTIN });
      assert.notEqual(other.token, s.token);
    });

    it('payload crypto: tampered auth Data and tampered payloads get 1020, a bad AppKey 1016, no Data 5003', async () => {
      const { res } = await auth104();
      assert.equal(res.json().Status, 1);
      // tamper with an RSA block: flip a byte of the ciphertext
      const plain = { UserName: DEMO_USER.username, Password: DEMO_USER.password, AppKey: randomBytes(32).toString('base64') };
      const cipher = Buffer.from(rsa(pem, Buffer.from(Buffer.from(JSON.stringify(plain)).toString('base64'))), 'base64');
      cipher[10] ^= 0xff;
      const tamperedAuth = await t.app.inject({
        method: 'POST',
        url: `${BASE}/eivital/v1.04/auth`,
        headers: clientHeaders({ Gstin: DEMO_GSTIN }),
        payload: { Data: cipher.toString('base64') },
      });
      assert.deepEqual(failed(tamperedAuth).codes, ['1020']);
      assert.deepEqual(failed((await auth104({ appKey: randomBytes(16) })).res).codes, ['1016']);

      const good = Buffer.from(aesEncrypt(s.sek, Buffer.from(JSON.stringify(newInvoice('NICX')))), 'base64');
      good[good.length - 1] ^= 0x55; // the padding block
      assert.deepEqual(failed(await post('/eicore/v1.03/Invoice', null, s, { data: good.toString('base64') })).codes, ['1020']);
      const wrongKey = aesEncrypt(randomBytes(32), Buffer.from(JSON.stringify(newInvoice('NICY'))));
      assert.deepEqual(failed(await post('/eicore/v1.03/Invoice', null, s, { data: wrongKey })).codes, ['1020']);
      const noData = await t.app.inject({ method: 'POST', url: `${BASE}/eicore/v1.03/Invoice`, headers: sessionHeaders(s), payload: {} });
      assert.deepEqual(failed(noData).codes, ['5003']);
    });

    it("session headers: 1015 Gstin not the token's, 1005 bad token or another user, 1006 / 1004 missing", async () => {
      const path = `/eicore/v1.03/Invoice/irn/${generated.Irn}`;
      assert.deepEqual(failed(await get(path, s, { Gstin: OTHER_GSTIN })).codes, ['1015']);
      assert.deepEqual(failed(await get(path, s, { AuthToken: 'NotARealToken0000000000000' })).codes, ['1005']);
      assert.deepEqual(failed(await get(path, s, { AuthToken: undefined })).codes, ['1005']);
      assert.deepEqual(failed(await get(path, s, { user_name: 'other' })).codes, ['1005']);
      assert.deepEqual(failed(await get(path, s, { user_name: undefined })).codes, ['1006']);
      assert.deepEqual(failed(await get(path, s, { Gstin: undefined })).codes, ['1004']);
      // header names are case-insensitive (clients send `authtoken`)
      const lower = await t.app.inject({
        method: 'GET',
        url: `${BASE}${path}`,
        headers: { client_id: clientId, client_secret: clientSecret, gstin: DEMO_GSTIN, user_name: s.user, authtoken: s.token },
      });
      assert.equal(ok(lower).data.Irn, generated.Irn);
      // our own bearer token is not a NIC token
      const bearerOnly = await t.app.inject({
        method: 'GET',
        url: `${BASE}${path}`,
        headers: { ...bearer(t.demoToken), ...clientHeaders() },
      });
      assert.deepEqual(failed(bearerOnly).codes, ['1004']);
    });

    it('an unknown /nic route answers the envelope, not problem+json', async () => {
      const res = await t.app.inject({ method: 'GET', url: `${BASE}/eicore/v1.03/Nothing` });
      assert.equal(res.statusCode, 404);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(res.json().Status, 0);
    });
  });

  describe('on the government clock (runs last: moves the clock)', () => {
    it('ForceRefreshAccessToken gives a new token only in the last 10 minutes', async () => {
      t.clock.advance(345 * MINUTE); // 15 minutes left
      assert.equal((await login({ force: true })).token, s.token);
      t.clock.advance(6 * MINUTE); // 9 minutes left
      const same = await login();
      assert.equal(same.token, s.token, 'without ForceRefresh: the same token');
      const fresh = await login({ force: true });
      assert.notEqual(fresh.token, s.token);
      assert.ok(!fresh.sek.equals(s.sek));
      assert.ok(fresh.expiry > s.expiry);
      // the old token still works until it expires; re-auth now returns the new one
      ok(await get(`/eivital/v1.03/Master/gstin/${OTHER_GSTIN}`));
      assert.equal((await login()).token, fresh.token);
      t.clock.advance(10 * MINUTE); // the old token has expired
      assert.deepEqual(failed(await get(`/eivital/v1.03/Master/gstin/${OTHER_GSTIN}`)).codes, ['1005']);
      s = fresh;
      ok(await get(`/eivital/v1.03/Master/gstin/${OTHER_GSTIN}`));
    });

    it('a token expires after 360 minutes: 1005; auth again gives a new one', async () => {
      s = await login();
      t.clock.advance(361 * MINUTE);
      assert.deepEqual(failed(await get(`/eicore/v1.03/Invoice/irn/${generated.Irn}`)).codes, ['1005']);
      const next = await login();
      assert.notEqual(next.token, s.token);
      s = next;
    });

    it('the IRP answers get-by-IRN only for 2 days (2283), while the gateway keeps its copy', async () => {
      t.clock.reset();
      s = await login();
      const { data: doc } = ok(await post('/eicore/v1.03/Invoice', newInvoice('NICW')));
      t.clock.advance(2 * 24 * 60 * MINUTE + MINUTE);
      s = await login(); // the earlier token has expired meanwhile
      const { codes, env } = failed(await get(`/eicore/v1.03/Invoice/irn/${doc.Irn}`));
      assert.deepEqual(codes, ['2283']);
      assert.equal(env.ErrorDetails?.[0].ErrorMessage, 'IRN details cannot be provided as it is generated more than 2 days ago');
      // /nic calls the IRP itself, so the gateway has no copy of this document: its read goes to the IRP too
      const viaGateway = await t.app.inject({ method: 'GET', url: `/v1/einvoice/irn/${doc.Irn}`, headers: bearer(t.demoToken) });
      assert.equal(viaGateway.json().code, '2283');
    });
  });
});
