/**
 * The e-way bill system's own wire protocol under /nic/ewaybill (issue 5; reference
 * nic-ewaybill-gst.md A1, A2, A5, A9), driven by a client written only from the reference with
 * node:crypto — not with our nic-crypto: RSA-PKCS#1 credentials with the PEM from /nic/public-key,
 * the SEK unwrapped with our app_key, AES-256-ECB payloads, REK unwrap and HMAC check on GETs, and
 * the base64 error-code lists. Every action of A2.1 and the GET APIs of A2.2 are exercised; each
 * wire-level failure is checked with NIC's code.
 */
import assert from 'node:assert/strict';
import { constants, createCipheriv, createDecipheriv, createHmac, publicEncrypt, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sampleEwbRequest, TRANSPORTER_GSTIN, UNIVERSAL_GSTIN, WESTERN_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { admin, DEMO_GSTIN, docNo, govDate } from './support.ts';

const BASE = '/nic/ewaybill';
const PASSWORD = 'Password@123';

// ---- The client, from the reference only (A1.2, A1.4, A1.5) ----
const aesEncrypt = (key: Buffer, plain: Buffer) => {
  const c = createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(plain), c.final()]).toString('base64');
};
const aesDecrypt = (key: Buffer, b64: string) => {
  const d = createDecipheriv('aes-256-ecb', key, null);
  return Buffer.concat([d.update(Buffer.from(b64, 'base64')), d.final()]);
};
const rsa = (pem: string, data: Buffer) => publicEncrypt({ key: pem, padding: constants.RSA_PKCS1_PADDING }, data).toString('base64');
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const unb64 = (s: string) => JSON.parse(Buffer.from(s, 'base64').toString('utf8'));

/** A1.4: the decrypted text is JSON, or Base64 of it (the doc's double encoding). */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  }
}

interface Session {
  token: string;
  sek: Buffer;
  gstin: string;
}

interface Envelope {
  status: string;
  data?: string;
  rek?: string;
  hmac?: string;
  error?: string;
  info?: string | null;
  authtoken?: string;
  sek?: string;
}

/** The decoded error of a failure envelope: `{"errorCodes":"702,"}` → "702,". */
const codesOf = (env: Envelope): string => {
  assert.equal(env.status, '0', JSON.stringify(env));
  return unb64(env.error as string).errorCodes;
};

describe('NIC e-way bill wire protocol (/nic/ewaybill)', () => {
  let t: TestApp;
  let pem: string;
  let clientId: string;
  let clientSecret: string;

  before(async () => {
    t = await buildTestApp();
    pem = (await t.app.inject({ method: 'GET', url: '/nic/public-key' })).body;
    assert.match(pem, /BEGIN PUBLIC KEY/);
    const client = await t.app.inject({ method: 'POST', url: '/v1/sandbox/clients', headers: admin() });
    assert.equal(client.statusCode, 201, client.body);
    ({ clientId, clientSecret } = client.json());
    for (const [gstin, username] of [
      [TRANSPORTER_GSTIN, 'swift'],
      [UNIVERSAL_GSTIN, 'universal'],
      [WESTERN_GSTIN, 'western'],
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/sandbox/users',
        headers: admin(),
        payload: { gstin, username, password: PASSWORD },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const headersFor = (gstin: string, over: Record<string, string | undefined> = {}) =>
    Object.fromEntries(
      Object.entries({ 'client-id': clientId, 'client-secret': clientSecret, gstin, ...over }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;

  /** POST /auth; the raw envelope and the app_key used. */
  async function authRaw(
    creds: { username: string; password: string; gstin: string; action?: string },
    over: Record<string, string | undefined> = {},
    path = '/auth',
  ) {
    const appKey = randomBytes(32);
    const plain = {
      action: creds.action ?? 'ACCESSTOKEN',
      username: creds.username,
      password: creds.password,
      app_key: appKey.toString('base64'),
    };
    // A1.2: JSON → Base64 → RSA with the EWB public key, sent as {"Data": …}.
    const Data = rsa(pem, Buffer.from(Buffer.from(JSON.stringify(plain)).toString('base64')));
    const res = await t.app.inject({ method: 'POST', url: BASE + path, headers: headersFor(creds.gstin, over), payload: { Data } });
    return { res, env: res.json() as Envelope, appKey };
  }

  async function auth(username: string, password: string, gstin: string): Promise<Session> {
    const { res, env, appKey } = await authRaw({ username, password, gstin });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.status, '1', res.body);
    const sek = aesDecrypt(appKey, env.sek as string);
    assert.equal(sek.length, 32);
    return { token: env.authtoken as string, sek, gstin };
  }
  const demo = () => auth(DEMO_USER.username, DEMO_USER.password, DEMO_GSTIN);
  const swift = () => auth('swift', PASSWORD, TRANSPORTER_GSTIN);
  const universal = () => auth('universal', PASSWORD, UNIVERSAL_GSTIN);

  const sessionHeaders = (s: Session, over: Record<string, string | undefined> = {}) =>
    headersFor(s.gstin, { authtoken: s.token, ...over });

  /** POST /ewayapi {action, data}; `data` as given when a string, else AES(SEK, JSON). */
  async function actRaw(
    s: Session,
    action: string,
    payload: unknown,
    opts: { headers?: Record<string, string | undefined>; url?: string } = {},
  ) {
    const data = typeof payload === 'string' ? payload : aesEncrypt(s.sek, Buffer.from(JSON.stringify(payload)));
    const res = await t.app.inject({
      method: 'POST',
      url: opts.url ?? `${BASE}/ewayapi`,
      headers: sessionHeaders(s, opts.headers),
      payload: { action, data },
    });
    return { res, env: res.json() as Envelope };
  }

  /** A successful action's decrypted data. */
  async function act<T = Record<string, unknown>>(s: Session, action: string, payload: unknown): Promise<T> {
    const { res, env } = await actRaw(s, action, payload);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.status, '1', `${action}: ${env.error ? unb64(env.error).errorCodes : res.body}`);
    return jsonOf(aesDecrypt(s.sek, env.data as string).toString('utf8')) as T;
  }

  async function readRaw(
    s: Session,
    path: string,
    query: Record<string, string | number> = {},
    headers?: Record<string, string | undefined>,
  ) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const res = await t.app.inject({ method: 'GET', url: `${BASE}${path}${qs ? `?${qs}` : ''}`, headers: sessionHeaders(s, headers) });
    return { res, env: res.json() as Envelope };
  }

  /** A1.5: REK = AES-decrypt(rek, SEK); text = AES-decrypt(data, REK); hmac = HMAC-SHA256(REK, text); JSON = Base64-decode(text). */
  async function read<T = Record<string, unknown>>(s: Session, path: string, query: Record<string, string | number> = {}): Promise<T> {
    const { res, env } = await readRaw(s, path, query);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(env.status, '1', `${path}: ${env.error ? unb64(env.error).errorCodes : res.body}`);
    const rek = aesDecrypt(s.sek, env.rek as string);
    assert.equal(rek.length, 32);
    const text = aesDecrypt(rek, env.data as string).toString('utf8');
    assert.equal(createHmac('sha256', rek).update(text).digest('base64'), env.hmac, 'hmac');
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as T;
  }

  const today = () => govDate(t.clock);
  async function generate(s: Session, kind: 'intra' | 'inter' | 'part-a', over: Record<string, unknown> = {}) {
    return act<{ ewayBillNo: number; ewayBillDate: string; validUpto: string | null; alert: string }>(s, 'GENEWAYBILL', {
      ...sampleEwbRequest(kind, { docNo: docNo('NIC'), docDate: today() }),
      ...over,
    });
  }

  describe('auth (A1.2)', () => {
    it('answers {status, authtoken (UUID), sek} and a new token on each auth; lower-case `data` and `Data` both accepted', async () => {
      const a = await demo();
      const b = await demo();
      assert.match(a.token, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.notEqual(a.token, b.token);
      // The older token still works (older sessions are not revoked: our choice).
      await read(a, '/Master/GetErrorList');
      const appKey = randomBytes(32);
      const plain = {
        action: 'ACCESSTOKEN',
        username: DEMO_USER.username,
        password: DEMO_USER.password,
        app_key: appKey.toString('base64'),
      };
      const res = await t.app.inject({
        method: 'POST',
        url: `${BASE}/ewaybillapi/v1.03/AUTH/`, // NIC's full path, any case, trailing slash
        headers: headersFor(DEMO_GSTIN),
        payload: { data: rsa(pem, Buffer.from(JSON.stringify(plain))) }, // raw JSON inside the RSA block
      });
      assert.equal(res.json().status, '1', res.body);
      assert.equal(aesDecrypt(appKey, res.json().sek).length, 32);
    });

    it('v1.02 /authenticate: clear JSON with password and app_key RSA-encrypted one by one', async () => {
      const appKey = randomBytes(32);
      const res = await t.app.inject({
        method: 'POST',
        url: `${BASE}/authenticate`,
        headers: headersFor(DEMO_GSTIN),
        payload: {
          action: 'ACCESSTOKEN',
          username: DEMO_USER.username,
          password: rsa(pem, Buffer.from(DEMO_USER.password)),
          app_key: rsa(pem, Buffer.from(appKey.toString('base64'))),
        },
      });
      const env = res.json();
      assert.equal(env.status, '1', res.body);
      const s = { token: env.authtoken, sek: aesDecrypt(appKey, env.sek), gstin: DEMO_GSTIN };
      assert.ok((await read<unknown[]>(s, '/Master/GetErrorList')).length > 100);
    });

    it('wrong client-secret 110, unknown client 110, wrong password 108, unknown user 108, user of another GSTIN 108', async () => {
      const demoCreds = { username: DEMO_USER.username, password: DEMO_USER.password, gstin: DEMO_GSTIN };
      assert.equal(codesOf((await authRaw(demoCreds, { 'client-secret': 'wrong-secret' })).env), '110,');
      assert.equal(codesOf((await authRaw(demoCreds, { 'client-id': 'NOSUCHCLIENT' })).env), '110,');
      assert.equal(codesOf((await authRaw(demoCreds, { 'client-id': undefined, 'client-secret': undefined })).env), '110,');
      assert.equal(codesOf((await authRaw({ ...demoCreds, password: 'Wrong@12345' })).env), '108,');
      assert.equal(codesOf((await authRaw({ ...demoCreds, username: 'nobody' })).env), '108,');
      assert.equal(codesOf((await authRaw({ ...demoCreds, gstin: WESTERN_GSTIN })).env), '108,');
      // The raw failure is NIC's: HTTP 200, base64 of {"errorCodes":"108,"}.
      const { res, env } = await authRaw({ ...demoCreds, password: 'Wrong@12345' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(unb64(env.error as string), { errorCodes: '108,' });
    });

    it('an auth payload that is not RSA ciphertext 109, no Data 115, another action 239, a bad app_key 109', async () => {
      const post = (payload: unknown) =>
        t.app.inject({ method: 'POST', url: `${BASE}/auth`, headers: headersFor(DEMO_GSTIN), payload: payload as object });
      assert.equal(codesOf((await post({ Data: Buffer.from('not RSA at all').toString('base64') })).json()), '109,');
      assert.equal(codesOf((await post({ Data: '' })).json()), '115,');
      assert.equal(codesOf((await post({})).json()), '115,');
      const creds = { username: DEMO_USER.username, password: DEMO_USER.password, gstin: DEMO_GSTIN };
      assert.equal(codesOf((await authRaw({ ...creds, action: 'GENEWAYBILL' })).env), '239,');
      const plain = { action: 'ACCESSTOKEN', username: DEMO_USER.username, password: DEMO_USER.password, app_key: 'c2hvcnQ=' };
      const res = await post({ Data: rsa(pem, Buffer.from(b64(plain))) });
      assert.equal(codesOf(res.json()), '109,');
    });
  });

  describe('actions (A2.1) and reads (A2.2)', () => {
    it('generate → Part-B → transporter → consolidate → extend (clock moved), then GetEwayBill', async () => {
      t.clock.set(new Date('2025-06-02T04:30:00Z')); // 02/06/2025 10:00 AM IST
      try {
        let d = await demo();
        const a = await generate(d, 'inter');
        assert.match(String(a.ewayBillNo), /^[1-9][0-9]{11}$/);
        assert.equal(typeof a.ewayBillNo, 'number');
        assert.equal(a.ewayBillDate, '02/06/2025 10:00:00 AM');
        assert.equal(a.validUpto, '08/06/2025 11:59:00 PM');
        assert.equal(a.alert, ', Distance between these two pincodes is 1045, ');

        t.clock.advance(3600);
        const partB = await act(d, 'VEHEWB', {
          ewbNo: a.ewayBillNo,
          vehicleNo: 'KA05MN4321',
          fromPlace: 'Tumakuru',
          fromState: 29,
          reasonCode: '1',
          reasonRem: 'Vehicle broke down',
          transDocNo: '',
          transDocDate: '',
          transMode: '1',
          vehicleType: 'R',
        });
        assert.deepEqual(partB, { vehUpdDate: '02/06/2025 11:00:00 AM', validUpto: '08/06/2025 11:59:00 PM' });

        const tr = await act(d, 'UPDATETRANSPORTER', { ewbNo: String(a.ewayBillNo), transporterId: TRANSPORTER_GSTIN });
        assert.deepEqual(tr, {
          ewayBillNo: String(a.ewayBillNo),
          transporterId: TRANSPORTER_GSTIN,
          transUpdateDate: '02/06/2025 11:00:00 AM',
        });

        let s = await swift();
        const cewb = await act<{ cEwbNo: number; cEWBDate: string }>(s, 'GENCEWB', {
          fromPlace: 'Bengaluru',
          fromState: 29,
          vehicleNo: 'KA01TR7777',
          transMode: '1',
          transDocNo: 'LR-1',
          transDocDate: today(),
          tripSheetEwbBills: [{ ewbNo: String(a.ewayBillNo) }],
        });
        assert.match(String(cewb.cEwbNo), /^[1-9][0-9]{9}$/);
        assert.equal(cewb.cEWBDate, '02/06/2025 11:00:00 AM');
        const sheet = await read<{ tripSheetNo: number; tripSheetEwbBills: { ewbNo: number }[] }>(s, '/ewayapi/GetTripSheet', {
          tripSheetNo: cewb.cEwbNo,
        });
        assert.deepEqual(
          sheet.tripSheetEwbBills.map((b) => b.ewbNo),
          [a.ewayBillNo],
        );

        // Eight hours before expiry, the transporter extends (tokens live on the government clock: auth again).
        t.clock.set(new Date('2025-06-08T10:29:00Z')); // 08/06/2025 03:59 PM IST
        s = await swift();
        const ext = await act(s, 'EXTENDVALIDITY', {
          ewbNo: a.ewayBillNo,
          vehicleNo: 'KA01TR7777',
          fromPlace: 'Pune',
          fromState: 27,
          fromPincode: 411001,
          remainingDistance: 150,
          transDocNo: '',
          transDocDate: '',
          transMode: '1',
          extnRsnCode: '1',
          extnRemarks: 'Flood',
          consignmentStatus: 'M',
          transitType: '',
        });
        assert.deepEqual(ext, {
          ewayBillNo: String(a.ewayBillNo),
          updatedDate: '08/06/2025 03:59:00 PM',
          validUpto: '09/06/2025 11:59:00 PM',
        });

        d = await demo();
        const bill = await read<Record<string, unknown>>(d, '/ewayapi/GetEwayBill', { ewbNo: a.ewayBillNo });
        assert.equal(bill.ewbNo, a.ewayBillNo);
        assert.equal(bill.status, 'ACT');
        assert.equal(bill.subSupplyType, '1  ');
        assert.equal(bill.transporterId, TRANSPORTER_GSTIN);
        assert.equal(bill.extendedTimes, 1);
        assert.equal(bill.validUpto, '09/06/2025 11:59:00 PM');
        assert.equal((bill.VehiclListDetails as unknown[]).length, 4);
      } finally {
        t.clock.reset();
      }
    });

    it('accepts data encrypted as Base64 of the JSON too (A1.4: both inbound forms)', async () => {
      const d = await demo();
      const body = sampleEwbRequest('intra', { docNo: docNo('B64'), docDate: today() });
      const data = aesEncrypt(d.sek, Buffer.from(b64(body)));
      const out = await act<{ ewayBillNo: number }>(d, 'GENEWAYBILL', data);
      assert.match(String(out.ewayBillNo), /^[1-9][0-9]{11}$/);
    });

    it('CANEWB by the generator; REJEWB by the consignee; the bills show CNL and rejectStatus Y', async () => {
      const d = await demo();
      const c = await generate(d, 'intra');
      const cancelled = await act(d, 'CANEWB', { ewbNo: c.ewayBillNo, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' });
      assert.equal(cancelled.ewayBillNo, String(c.ewayBillNo));
      assert.match(String(cancelled.cancelDate), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:00 [AP]M$/);
      assert.equal((await read(d, '/ewayapi/GetEwayBill', { ewbNo: c.ewayBillNo })).status, 'CNL');

      const r = await generate(d, 'inter');
      const u = await universal();
      const rejected = await act(u, 'REJEWB', { ewbNo: String(r.ewayBillNo) });
      assert.equal(rejected.ewayBillNo, String(r.ewayBillNo));
      assert.ok(rejected.ewbRejectedDate);
      assert.equal((await read(u, '/ewayapi/GetEwayBill', { ewbNo: r.ewayBillNo })).rejectStatus, 'Y');
      // GetEwayBillsRejectedByOthers: the generator's bills of that date rejected by the other party.
      const rej = await read<{ ewbNo: number }[]>(d, '/ewayapi/GetEwayBillsRejectedByOthers', { date: today() });
      assert.ok(rej.some((row) => row.ewbNo === r.ewayBillNo));
      assert.ok(!rej.some((row) => row.ewbNo === c.ewayBillNo));
    });

    it('REGENTRIPSHEET: a new trip sheet number with the active bills', async () => {
      const d = await demo();
      const a = await generate(d, 'inter');
      const first = await act<{ cEwbNo: number }>(d, 'GENCEWB', {
        fromPlace: 'Bengaluru',
        fromState: 29,
        vehicleNo: 'KA01TR1111',
        transMode: '1',
        tripSheetEwbBills: [{ ewbNo: a.ewayBillNo }],
      });
      const regen = await act<{ tripSheetNo: number; tripSheetEwayBills: { ewbNo: number }[] }>(d, 'REGENTRIPSHEET', {
        tripSheetNo: first.cEwbNo,
        vehicleNo: 'KA01TR2222',
        fromPlace: 'Tumakuru',
        fromState: 29,
        transDocNo: '',
        transDocDate: '',
        transMode: '1',
        reasonCode: 1,
        reasonRem: 'Flood',
      });
      assert.notEqual(regen.tripSheetNo, first.cEwbNo);
      assert.deepEqual(regen.tripSheetEwayBills, [{ ewbNo: a.ewayBillNo }]);
      assert.equal((await read(d, '/ewayapi/GetTripSheet', { tripSheetNo: first.cEwbNo })).status, 'CNL');
    });

    it('MULTIVEHMOVINT → MULTIVEHADD → MULTIVEHUPD, quantities checked (400)', async () => {
      const d = await demo();
      const e = await generate(d, 'inter'); // 10 NOS
      const init = await act(d, 'MULTIVEHMOVINT', {
        ewbNo: e.ewayBillNo,
        reasonCode: '1',
        reasonRem: 'vehicle broke down',
        fromPlace: 'BANGALORE',
        fromState: 29,
        toPlace: 'Mumbai',
        toState: 27,
        transMode: '1',
        totalQuantity: 10,
        unitCode: 'NOS',
      });
      assert.deepEqual([init.ewbNo, init.groupNo], [String(e.ewayBillNo), '1']);
      const add = (vehicleNo: string, quantity: number) =>
        actRaw(d, 'MULTIVEHADD', { ewbNo: e.ewayBillNo, groupNo: '1', vehicleNo, transDocNo: '', transDocDate: '', quantity });
      assert.equal((await add('KA01MV0001', 6)).env.status, '1');
      assert.equal((await add('KA01MV0002', 4)).env.status, '1');
      assert.equal(codesOf((await add('KA01MV0003', 1)).env), '400,');
      const upd = await act(d, 'MULTIVEHUPD', {
        ewbNo: e.ewayBillNo,
        groupNo: 1,
        oldvehicleNo: 'KA01MV0002',
        newVehicleNo: 'KA01MV0009',
        oldTranNo: '',
        newTranNo: '',
        fromPlace: 'Hubballi',
        fromState: 29,
        reasonCode: '1',
        reasonRem: 'vehicle broke down',
      });
      assert.deepEqual([upd.ewbNo, upd.groupNo], [String(e.ewayBillNo), '1']);
      assert.ok(upd.vehUpdDate);
    });

    it('lists by date for the generator, the transporter (by GSTIN, by state) and the other party; by document', async () => {
      const d = await demo();
      const body = sampleEwbRequest('part-a', { docNo: docNo('LST'), docDate: today() });
      const e = await act<{ ewayBillNo: number }>(d, 'GENEWAYBILL', body);
      const has = (rows: { ewbNo: number }[]) => rows.some((r) => r.ewbNo === e.ewayBillNo);
      const date = today();
      assert.ok(has(await read(d, '/ewayapi/GetEwayBillsByDate', { date })));
      const s = await swift();
      assert.ok(has(await read(s, '/ewayapi/GetEwayBillsForTransporter', { date })));
      assert.ok(has(await read(s, '/ewayapi/GetEwayBillsForTransporterByGstin', { Gen_gstin: DEMO_GSTIN, date })));
      assert.ok(!has(await read(s, '/ewayapi/GetEwayBillsForTransporterByGstin', { Gen_gstin: WESTERN_GSTIN, date })));
      assert.ok(has(await read(s, '/ewayapi/GetEwayBillsForTransporterByState', { date, stateCode: 29 })));
      assert.ok(!has(await read(s, '/ewayapi/GetEwayBillsForTransporterByState', { date, stateCode: 27 })));
      const u = await universal();
      assert.ok(has(await read(u, '/ewayapi/GetEwayBillsofOtherParty', { date })));
      const row = (await read<Record<string, unknown>[]>(d, '/ewayapi/GetEwayBillsByDate', { date })).find((r) => r.ewbNo === e.ewayBillNo);
      assert.deepEqual(Object.keys(row ?? {}).sort(), [
        'delPinCode',
        'delPlace',
        'delStateCode',
        'docDate',
        'docNo',
        'ewbDate',
        'ewbNo',
        'extendedTimes',
        'genGstin',
        'rejectStatus',
        'status',
        'validUpto',
      ]);
      const byDoc = await read(d, '/ewayapi/GetEwayBillGeneratedByConsigner', { docType: 'INV', docNo: body.docNo as string });
      assert.equal(byDoc.ewayBillNo, e.ewayBillNo);
      // Paths and query names are case-insensitive (A2.2).
      const bill = await read(d, '/EWAYAPI/getewaybill/', { EWBNO: e.ewayBillNo });
      assert.equal(bill.ewbNo, e.ewayBillNo);
      assert.deepEqual(bill.VehiclListDetails, []);
    });

    it('read errors: 395, 301, 325, 357 (not a party), 387, 207, 204', async () => {
      const d = await demo();
      const e = await generate(d, 'part-a');
      const code = async (s: Session, path: string, q: Record<string, string | number>) => codesOf((await readRaw(s, path, q)).env);
      assert.equal(await code(d, '/ewayapi/GetEwayBill', { ewbNo: '12AB' }), '395,');
      assert.equal(await code(d, '/ewayapi/GetEwayBill', { ewbNo: '12345' }), '301,');
      assert.equal(await code(d, '/ewayapi/GetEwayBill', { ewbNo: '999999999999' }), '325,');
      const w = await auth('western', PASSWORD, WESTERN_GSTIN);
      assert.equal(await code(w, '/ewayapi/GetEwayBill', { ewbNo: e.ewayBillNo }), '357,');
      assert.equal(await code(d, '/ewayapi/GetTripSheet', { tripSheetNo: '12' }), '387,');
      assert.equal(await code(d, '/ewayapi/GetEwayBillsByDate', { date: '2025-06-02' }), '207,');
      assert.equal(await code(d, '/ewayapi/GetEwayBillGeneratedByConsigner', { docType: 'XYZ', docNo: '1' }), '204,');
    });

    it('masters: GetGSTINDetails, GetTransporterDetails, GetHsnDetailsByHsnCode, GetErrorList', async () => {
      const d = await demo();
      assert.deepEqual(await read(d, '/Master/GetGSTINDetails', { GSTIN: DEMO_GSTIN }), {
        gstin: DEMO_GSTIN,
        tradeName: 'Demo Computers',
        legalName: 'DEMO COMPUTERS PRIVATE LIMITED',
        address1: 'Prestige Meridian',
        address2: 'Mahatma Gandhi Road, MG Road, Bengaluru',
        stateCode: '29',
        pinCode: '560001',
        txpType: 'REG',
        status: 'ACT',
        blkStatus: 'U',
      });
      const tr = await read(d, '/master/gettransporterdetails', { trn_no: TRANSPORTER_GSTIN });
      assert.equal(tr.transin, TRANSPORTER_GSTIN);
      assert.deepEqual(Object.keys(tr).sort(), ['address1', 'address2', 'legalName', 'pinCode', 'stateCode', 'tradeName', 'transin']);
      assert.deepEqual(await read(d, '/Master/GetHsnDetailsByHsnCode', { hsncode: '1001' }), { hsnCode: '1001', hsnDesc: 'CEREALS' });
      const errors = await read<{ errorCode: string; errorDesc: string }[]>(d, '/Master/GetErrorList');
      const byCode = new Map(errors.map((e) => [e.errorCode, e.errorDesc]));
      assert.equal(byCode.get('238'), 'Invalid auth token');
      assert.equal(byCode.get('702'), 'The distance between the pincodes given is too high');
      assert.equal(byCode.get('604')?.startsWith('E-way bill(s) are already generated'), true);
      assert.ok(errors.every((e) => /^[0-9]{3}$/.test(e.errorCode)));
      assert.deepEqual(
        errors.map((e) => Number(e.errorCode)),
        [...errors.map((e) => Number(e.errorCode))].sort((a, b) => a - b),
      );
      const code = async (path: string, q: Record<string, string>) => codesOf((await readRaw(d, path, q)).env);
      assert.equal(await code('/Master/GetGSTINDetails', { GSTIN: '29AAAAA0000A1Z0' }), '326,');
      assert.equal(await code('/Master/GetGSTINDetails', { GSTIN: 'nonsense' }), '393,');
      assert.equal(await code('/Master/GetTransporterDetails', { trn_no: '29AAAAA0000A1Z0' }), '328,');
      assert.equal(await code('/Master/GetHsnDetailsByHsnCode', { hsncode: '7700' }), '337,');
    });
  });

  describe('wire-level failures (A9)', () => {
    it('702 with the portal distance in info, as "702," with a trailing comma', async () => {
      const d = await demo();
      const { env } = await actRaw(d, 'GENEWAYBILL', {
        ...sampleEwbRequest('inter', { docNo: docNo('FAR'), docDate: today() }),
        transDistance: 2000,
      });
      assert.equal(env.error, Buffer.from('{"errorCodes":"702,"}').toString('base64'));
      assert.deepEqual(unb64(env.info as string), { fromPinCode: '560001', toPinCode: '400001', distance: 1045 });
    });

    it('every failure of a payload at once, comma-joined; 358 for a payload userGstin that is not the header’s', async () => {
      const d = await demo();
      const bad = {
        ...sampleEwbRequest('intra', { docNo: docNo('BAD'), docDate: today() }),
        supplyType: 'X',
        fromPincode: 12,
        vehicleNo: 'K1',
      };
      const codes = codesOf((await actRaw(d, 'GENEWAYBILL', bad)).env);
      assert.match(codes, /^([0-9]{3},)+$/);
      for (const c of ['201', '210', '225']) assert.ok(codes.split(',').includes(c), `${c} in ${codes}`);
      const other = { ...sampleEwbRequest('intra', { docNo: docNo('HDR'), docDate: today() }), userGstin: WESTERN_GSTIN };
      assert.ok(
        codesOf((await actRaw(d, 'GENEWAYBILL', other)).env)
          .split(',')
          .includes('358'),
      );
      // A rule failure keeps its code: cancelling someone else's bill.
      const e = await generate(d, 'intra');
      const u = await universal();
      assert.equal(codesOf((await actRaw(u, 'CANEWB', { ewbNo: e.ewayBillNo, cancelRsnCode: '1', cancelRmrk: 'x' })).env), '312,');
    });

    it('wrong client-secret 110; a token of another client 116; no token or an unknown one 238', async () => {
      const d = await demo();
      const payload = { ewbNo: 111111111111 };
      assert.equal(codesOf((await actRaw(d, 'REJEWB', payload, { headers: { 'client-secret': 'wrong' } })).env), '110,');
      const other = (await t.app.inject({ method: 'POST', url: '/v1/sandbox/clients', headers: admin() })).json();
      const { env } = await actRaw(d, 'REJEWB', payload, { headers: { 'client-id': other.clientId, 'client-secret': other.clientSecret } });
      assert.equal(codesOf(env), '116,');
      assert.equal(codesOf((await actRaw(d, 'REJEWB', payload, { headers: { authtoken: undefined } })).env), '238,');
      assert.equal(
        codesOf((await actRaw(d, 'REJEWB', payload, { headers: { authtoken: '30431124-5cbd-4045-9840-4ebb18d70265' } })).env),
        '238,',
      );
      assert.equal(codesOf((await readRaw(d, '/ewayapi/GetEwayBill', { ewbNo: 111111111111 }, { 'client-secret': 'wrong' })).env), '110,');
    });

    it('a gstin header other than the token’s: 238', async () => {
      const d = await demo();
      assert.equal(codesOf((await actRaw(d, 'REJEWB', { ewbNo: 111111111111 }, { headers: { gstin: WESTERN_GSTIN } })).env), '238,');
      assert.equal(codesOf((await readRaw(d, '/Master/GetErrorList', {}, { gstin: WESTERN_GSTIN })).env), '238,');
      // Header names are case-insensitive: the same call with NIC's spellings works.
      const ok = await readRaw(
        d,
        '/Master/GetErrorList',
        {},
        { gstin: DEMO_GSTIN.toLowerCase(), AuthToken: d.token, authtoken: undefined },
      );
      assert.equal(ok.env.status, '1', ok.res.body);
    });

    it('an expired token (government clock past 6 hours): 238', async () => {
      const d = await demo();
      try {
        t.clock.advance(6 * 3600 - 60);
        assert.equal((await readRaw(d, '/Master/GetErrorList')).env.status, '1');
        t.clock.advance(120);
        assert.equal(codesOf((await readRaw(d, '/Master/GetErrorList')).env), '238,');
        assert.equal(codesOf((await actRaw(d, 'GENEWAYBILL', {})).env), '238,');
      } finally {
        t.clock.reset();
      }
    });

    it('tampered ciphertext or data under another key 109; empty data 115; unknown action 239; CLSEWB 239; not JSON 100', async () => {
      const d = await demo();
      const good = aesEncrypt(d.sek, Buffer.from(JSON.stringify({ ewbNo: 111111111111 })));
      const bytes = Buffer.from(good, 'base64');
      bytes[bytes.length - 1] ^= 0x5a; // last block: the padding breaks
      assert.equal(codesOf((await actRaw(d, 'REJEWB', bytes.toString('base64'))).env), '109,');
      const first = Buffer.from(good, 'base64');
      first[3] ^= 0x01; // first block: garbage JSON
      assert.equal(codesOf((await actRaw(d, 'REJEWB', first.toString('base64'))).env), '109,');
      assert.equal(codesOf((await actRaw(d, 'REJEWB', aesEncrypt(randomBytes(32), Buffer.from('{"ewbNo":1}')))).env), '109,');
      assert.equal(codesOf((await actRaw(d, 'REJEWB', 'not base64 ***')).env), '109,');
      assert.equal(codesOf((await actRaw(d, 'REJEWB', '')).env), '115,');
      assert.equal(codesOf((await actRaw(d, 'NOSUCHACTION', { ewbNo: 1 })).env), '239,');
      assert.equal(codesOf((await actRaw(d, 'CLSEWB', { ewbNo: 1 })).env), '239,');
      const res = await t.app.inject({
        method: 'POST',
        url: `${BASE}/ewayapi`,
        headers: { ...sessionHeaders(d), 'content-type': 'application/json' },
        payload: '{"action": "GENEWAYBILL", ',
      });
      assert.equal(res.statusCode, 200);
      assert.equal(codesOf(res.json()), '100,');
      const missing = await t.app.inject({
        method: 'POST',
        url: `${BASE}/ewayapi`,
        headers: sessionHeaders(d),
        payload: { action: 'GENEWAYBILL' },
      });
      assert.equal(codesOf(missing.json()), '115,');
    });

    it('unknown paths answer the NIC envelope (404, 239), never problem+json', async () => {
      const d = await demo();
      const res = await t.app.inject({ method: 'GET', url: `${BASE}/ewayapi/GetNothing`, headers: sessionHeaders(d) });
      assert.equal(res.statusCode, 404);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(codesOf(res.json()), '239,');
      const put = await t.app.inject({ method: 'PUT', url: `${BASE}/ewayapi`, headers: sessionHeaders(d), payload: {} });
      assert.equal(put.statusCode, 404);
      assert.equal(codesOf(put.json()), '239,');
    });
  });
});
