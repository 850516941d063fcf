/**
 * GSTGATE_PROVIDER=nic over real HTTP (issue 5): a SANDBOX gstgate listens on loopback and answers
 * NIC's wire protocol under /nic; a second gstgate with provider nic points at it. What the nic app
 * answers through its REST routes must equal what the sandbox answers directly; tokens are reused,
 * refreshed after expiry (1005), and transport failures map to 503/504. Runs on PGlite and, with
 * DATABASE_URL, on PostgreSQL (each app its own schema).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { GstError } from '../src/core/errors.ts';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import { gstinCheckChar } from '../src/domain/gstin.ts';
import { computeIrn } from '../src/domain/irn.ts';
import type { NicProvider } from '../src/providers/nic/nic.provider.ts';
import { admin, bearer, call, DEMO_GSTIN, docNo, expectProblem, govDate, invoice, type OwnApp, openApp, sqlRows } from './support.ts';

const DEMO = { gstin: DEMO_GSTIN, username: 'demo', password: 'Demo@12345' };
const OTHER_GSTIN = '29AAACW4202F1ZM'; // a seeded demo taxpayer without NIC credentials in the nic app

async function listen(app: OwnApp['app']): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

function nicEnv(urls: { einvoice: string; ewaybill: string; commonapi: string }, pem: string, extra: Record<string, string> = {}) {
  return {
    GSTGATE_PROVIDER: 'nic',
    GSTGATE_NIC_EINVOICE_URL: urls.einvoice,
    GSTGATE_NIC_EWAYBILL_URL: urls.ewaybill,
    GSTGATE_NIC_COMMONAPI_URL: urls.commonapi,
    GSTGATE_NIC_PUBLIC_KEY: pem,
    GSTGATE_SECRETS_KEY: randomBytes(32).toString('base64'),
    ...extra,
  };
}

/** The problem of a GstError thrown by a provider called directly, as the REST answer would carry it. */
async function directFailure(p: Promise<unknown>): Promise<{ codes: string[]; messages: string[]; info?: unknown[] }> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GstError, String(e));
    return { codes: e.errors.map((x) => x.code), messages: e.errors.map((x) => x.message), info: e.info };
  }
  assert.fail('expected a failure');
}

describe('provider nic against a sandbox over loopback HTTP (issue 5)', () => {
  let upstream: OwnApp;
  let nic: OwnApp;
  let base = '';
  let pem = '';
  let client: { clientId: string; clientSecret: string };
  let token = '';
  let upstreamToken = '';

  const provider = () => nic.app.services.provider as NicProvider;
  const upstreamIrp = () => upstream.app.services.provider.einvoice;
  const session = { gstin: DEMO.gstin };
  const today = () => govDate(upstream.clock);

  before(async () => {
    upstream = await openApp();
    base = await listen(upstream.app);
    const created = await call(upstream.app, { method: 'POST', url: '/v1/sandbox/clients', headers: admin() });
    assert.equal(created.statusCode, 201, created.body);
    client = created.json();
    pem = (await upstream.app.inject({ method: 'GET', url: '/nic/public-key' })).body;
    assert.match(pem, /BEGIN PUBLIC KEY/);
    upstreamToken = await upstream.login(DEMO.gstin, DEMO.username, DEMO.password);

    nic = await openApp({
      env: nicEnv({ einvoice: `${base}/nic/einvoice`, ewaybill: `${base}/nic/ewaybill`, commonapi: `${base}/nic/commonapi` }, pem, {
        GSTGATE_NIC_COMMONAPI_CLIENT_ID: client.clientId,
        GSTGATE_NIC_COMMONAPI_CLIENT_SECRET: client.clientSecret,
      }),
    });
    const put = await call(nic.app, {
      method: 'PUT',
      url: `/v1/nic/credentials/${DEMO.gstin}`,
      headers: admin(),
      payload: { clientId: client.clientId, clientSecret: client.clientSecret, username: DEMO.username, password: DEMO.password },
    });
    assert.equal(put.statusCode, 204, put.body);
    token = await nic.login(DEMO.gstin, DEMO.username, DEMO.password);
  });

  after(async () => {
    await nic?.close();
    await upstream?.close();
  });

  describe('credentials (admin, encrypted at rest)', () => {
    it('lists GSTINs and client ids only; needs X-Admin-Key; exists only with provider nic', async () => {
      const list = await call(nic.app, { method: 'GET', url: '/v1/nic/credentials', headers: admin() });
      assert.equal(list.statusCode, 200);
      const rows = list.json() as Array<Record<string, unknown>>;
      assert.deepEqual(
        rows.map((r) => [r.gstin, r.clientId]),
        [[DEMO.gstin, client.clientId]],
      );
      assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), ['clientId', 'gstin', 'updatedAt']);
      assert.doesNotMatch(list.body, new RegExp(`${DEMO.password}|${client.clientSecret}`));
      expectProblem(await call(nic.app, { method: 'GET', url: '/v1/nic/credentials' }), 401, 'ADMIN_KEY_REQUIRED');
      expectProblem(await call(upstream.app, { method: 'GET', url: '/v1/nic/credentials', headers: admin() }), 404, 'ROUTE_NOT_FOUND');
      // The sandbox control routes stay sandbox-only.
      expectProblem(await call(nic.app, { method: 'POST', url: '/v1/sandbox/clients', headers: admin() }), 404, 'ROUTE_NOT_FOUND');
    });

    it('validates the body and the GSTIN', async () => {
      const bad = await call(nic.app, {
        method: 'PUT',
        url: `/v1/nic/credentials/${DEMO.gstin}`,
        headers: admin(),
        payload: { clientId: 'x' },
      });
      assert.equal(bad.statusCode, 400);
      const badGstin = await call(nic.app, {
        method: 'PUT',
        url: '/v1/nic/credentials/NOT-A-GSTIN',
        headers: admin(),
        payload: { clientId: 'a', clientSecret: 'b', username: 'c', password: 'd' },
      });
      expectProblem(badGstin, 400, 'INVALID_GSTIN_FORMAT');
    });

    it('stores no plaintext secret: AES-GCM sealed values, a fresh IV each time', async () => {
      const rows = await sqlRows<Record<string, string>>(nic.database, sql`select * from nic_credentials`);
      assert.equal(rows.length, 1);
      const row = rows[0] as Record<string, string>;
      assert.equal(row.client_id, client.clientId);
      assert.equal(row.username, DEMO.username);
      const all = JSON.stringify(row);
      assert.ok(!all.includes(DEMO.password), 'no plaintext password');
      assert.ok(!all.includes(client.clientSecret), 'no plaintext client secret');
      assert.match(row.password_enc as string, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      assert.notEqual(row.password_enc, row.client_secret_enc);
    });

    it('a GSTIN without credentials: 403 NIC_CREDENTIALS_MISSING', async () => {
      await nic.app.services.auth.createUser(OTHER_GSTIN, 'western', 'Western@12345');
      const other = await nic.login(OTHER_GSTIN, 'western', 'Western@12345');
      const res = await call(nic.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(other),
        payload: invoice('b2b-intra', {
          docNo: docNo('NOCRED'),
          docDate: today(),
          seller: { gstin: OTHER_GSTIN, stcd: '29', pin: 560025 },
          buyer: { gstin: DEMO.gstin, stcd: '29', pin: 560001 },
        }),
      });
      const body = expectProblem(res, 403, 'NIC_CREDENTIALS_MISSING');
      assert.match(body.errors[0]?.message ?? '', new RegExp(OTHER_GSTIN));
    });
  });

  describe('e-Invoice through the IRP wire protocol', () => {
    let irn = '';
    let sent: ReturnType<typeof invoice>;
    let generated: Record<string, unknown>;

    it('generates an IRN: the IRN formula, and the document the sandbox IRP registered', async () => {
      sent = invoice('b2b-intra', { docNo: docNo('NIC'), docDate: today() });
      const res = await call(nic.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: sent });
      assert.equal(res.statusCode, 200, res.body);
      generated = res.json();
      irn = generated.Irn as string;
      const expected = [false, true].map((upperCaseDocNo) =>
        computeIrn({
          sellerGstin: DEMO.gstin,
          docDate: sent.DocDtls.Dt,
          docType: sent.DocDtls.Typ,
          docNo: sent.DocDtls.No,
          upperCaseDocNo,
        }),
      );
      assert.ok(expected.includes(irn), 'IRN = the §6.1 formula');
      const direct = await upstreamIrp().getByIrn(session, irn);
      const { info: _info, ...doc } = generated;
      assert.deepEqual(doc, direct);
      assert.equal(direct.Status, 'ACT');
    });

    it('reads it back: the gateway copy, and the IRP by IRN and by document over the wire, equal to the sandbox', async () => {
      const copy = await call(nic.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(token) });
      assert.equal(copy.statusCode, 200, copy.body);
      const direct = await upstreamIrp().getByIrn(session, irn);
      assert.deepEqual(copy.json(), direct);
      assert.deepEqual(await provider().einvoice.getByIrn(session, irn), direct);
      const key = { docType: sent.DocDtls.Typ, docNo: sent.DocDtls.No, docDate: sent.DocDtls.Dt };
      assert.deepEqual(await provider().einvoice.getByDocument(session, key), await upstreamIrp().getByDocument(session, key));
    });

    it('a duplicate: 409 2150 with InfoDtls DUPIRN as info, as the sandbox answers', async () => {
      const res = await call(nic.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: sent });
      const body = expectProblem(res, 409, '2150');
      const direct = await directFailure(upstreamIrp().generateIrn(session, sent));
      assert.deepEqual(
        body.errors.map((e) => e.code),
        direct.codes,
      );
      assert.deepEqual(
        body.errors.map((e) => e.message),
        direct.messages,
      );
      assert.deepEqual(body.info, direct.info);
      assert.equal((body.info?.[0]?.Desc as { Irn?: string } | undefined)?.Irn, irn);
    });

    it('validation failures: every NIC code, with NIC’s texts, as the sandbox REST API answers them', async () => {
      const bad = invoice('b2b-intra', { docNo: docNo('BAD'), docDate: today() });
      bad.ValDtls.TotInvVal += 1000; // 2189
      const item = bad.ItemList[0] as { IgstAmt?: number };
      item.IgstAmt = 5; // intra-state IGST: 2172 (and totals)
      const viaNic = await call(nic.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: bad });
      const viaSandbox = await call(upstream.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(upstreamToken),
        payload: bad,
      });
      assert.equal(viaNic.statusCode, viaSandbox.statusCode, viaNic.body);
      const strip = (b: { errors: Array<{ code: string; message: string }> }) => b.errors.map(({ code, message }) => ({ code, message }));
      assert.deepEqual(strip(viaNic.json()), strip(viaSandbox.json()));
      assert.ok(viaNic.json().errors.length >= 2);
    });

    it('GSTIN master over the wire equals the sandbox IRP', async () => {
      const res = await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${OTHER_GSTIN}`, headers: bearer(token) });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), await upstreamIrp().getGstinDetails(session, OTHER_GSTIN));
    });

    it('cancels: {Irn, CancelDate}; the IRP has it CNL', async () => {
      const res = await call(nic.app, {
        method: 'POST',
        url: '/v1/einvoice/cancel',
        headers: bearer(token),
        payload: { Irn: irn, CnlRsn: '2', CnlRem: 'Data entry mistake' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().Irn, irn);
      assert.match(res.json().CancelDate, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      assert.equal((await upstreamIrp().getByIrn(session, irn)).Status, 'CNL');
      const again = await call(nic.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(token) });
      assert.equal(again.json().Status, 'CNL');
    });

    it('one auth for all those calls: token and SEK reused (NIC best practice, §3.1)', async () => {
      assert.equal(provider().clients.einvoice.sessions.authCount, 1);
      const rows = await sqlRows<{ n: number }>(
        upstream.database,
        sql`select count(*)::int as n from nic_sessions where kind = 'einvoice'`,
      );
      assert.equal(rows[0]?.n, 1);
    });

    it('authenticates again once when the IRP says 1005 (token expired on its clock), then succeeds', async () => {
      upstream.clock.advance(6 * 3600 + 120); // past the 360-minute token
      try {
        const res = await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${DEMO.gstin}`, headers: bearer(token) });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(provider().clients.einvoice.sessions.authCount, 2);
        // And the new token is reused again.
        await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${OTHER_GSTIN}`, headers: bearer(token) });
        assert.equal(provider().clients.einvoice.sessions.authCount, 2);
      } finally {
        upstream.clock.advance(-(6 * 3600 + 120));
      }
    });

    it('credentials NIC refuses: NIC’s code (1019 wrong password) as 502 — the gateway’s credentials, not the caller’s token', async () => {
      const put = await call(nic.app, {
        method: 'PUT',
        url: `/v1/nic/credentials/${DEMO.gstin}`,
        headers: admin(),
        payload: { clientId: client.clientId, clientSecret: client.clientSecret, username: DEMO.username, password: 'Wrong@12345' },
      });
      assert.equal(put.statusCode, 204);
      try {
        const res = await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${DEMO.gstin}`, headers: bearer(token) });
        expectProblem(res, 502, '1019');
        const badSecret = await call(nic.app, {
          method: 'PUT',
          url: `/v1/nic/credentials/${DEMO.gstin}`,
          headers: admin(),
          payload: { clientId: client.clientId, clientSecret: 'not-the-secret', username: DEMO.username, password: DEMO.password },
        });
        assert.equal(badSecret.statusCode, 204);
        expectProblem(await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${DEMO.gstin}`, headers: bearer(token) }), 502, '1010');
      } finally {
        await call(nic.app, {
          method: 'PUT',
          url: `/v1/nic/credentials/${DEMO.gstin}`,
          headers: admin(),
          payload: { clientId: client.clientId, clientSecret: client.clientSecret, username: DEMO.username, password: DEMO.password },
        });
      }
      const ok = await call(nic.app, { method: 'GET', url: `/v1/einvoice/gstin/${DEMO.gstin}`, headers: bearer(token) });
      assert.equal(ok.statusCode, 200, ok.body);
    });
  });

  describe('e-Way bill through the EWB wire protocol', () => {
    const upstreamEwb = () => upstream.app.services.provider.ewaybill;
    let ewbNo = 0;
    let request: Record<string, unknown>;

    it('generates; the bill the sandbox e-way bill system holds equals GET through the wire', async () => {
      request = sampleEwbRequest('intra', { docNo: docNo('NEWB'), docDate: today() });
      const res = await call(nic.app, { method: 'POST', url: '/v1/ewaybill/generate', headers: bearer(token), payload: request });
      assert.equal(res.statusCode, 200, res.body);
      const made = res.json() as { ewayBillNo: number; ewayBillDate: string; validUpto: string | null; alert: string };
      ewbNo = made.ewayBillNo;
      assert.match(String(ewbNo), /^\d{12}$/);
      const direct = await upstreamEwb().getEwayBill(session, ewbNo);
      assert.equal(direct.ewayBillDate, made.ewayBillDate);
      const got = await call(nic.app, { method: 'GET', url: `/v1/ewaybill/${ewbNo}`, headers: bearer(token) });
      assert.equal(got.statusCode, 200, got.body);
      assert.deepEqual(got.json(), JSON.parse(JSON.stringify(direct)));
    });

    it('the same document again: 409 604 with the existing bill in info, as the sandbox answers', async () => {
      const res = await call(nic.app, { method: 'POST', url: '/v1/ewaybill/generate', headers: bearer(token), payload: request });
      const body = expectProblem(res, 409, '604');
      // The sandbox's own REST API on the same document.
      const viaSandbox = await call(upstream.app, {
        method: 'POST',
        url: '/v1/ewaybill/generate',
        headers: bearer(upstreamToken),
        payload: request,
      });
      const direct = expectProblem(viaSandbox, 409, '604');
      const strip = (b: { errors: Array<{ code: string; message: string }> }) => b.errors.map(({ code, message }) => ({ code, message }));
      assert.deepEqual(strip(body), strip(direct));
      assert.deepEqual(body.info, direct.info);
      assert.ok(body.info && body.info.length > 0, 'the existing bill in info');
    });

    it('one e-way bill auth for all calls; after the token expires (238) one re-auth', async () => {
      await call(nic.app, { method: 'GET', url: `/v1/ewaybill/${ewbNo}`, headers: bearer(token) });
      assert.equal(provider().clients.ewaybill.sessions.authCount, 1);
      upstream.clock.advance(6 * 3600 + 120);
      try {
        const res = await call(nic.app, { method: 'GET', url: `/v1/ewaybill/${ewbNo}`, headers: bearer(token) });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(provider().clients.ewaybill.sessions.authCount, 2);
      } finally {
        upstream.clock.advance(-(6 * 3600 + 120));
      }
    });

    it('cancels: {ewayBillNo, cancelDate}; the sandbox has it CNL', async () => {
      const res = await call(nic.app, {
        method: 'POST',
        url: '/v1/ewaybill/cancel',
        headers: bearer(token),
        payload: { ewbNo, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(String(res.json().ewayBillNo), String(ewbNo));
      assert.equal((await upstreamEwb().getEwayBill(session, ewbNo)).status, 'CNL');
    });
  });

  describe('GST taxpayer through the common portal API', () => {
    const portal = () => upstream.app.services.provider.taxpayer;

    it('search (TP) equals the sandbox portal', async () => {
      const res = await call(nic.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(token) });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), await portal().search(OTHER_GSTIN));
    });

    it('returns (RETTRACK) and preference (GETPREF) equal the sandbox portal', async () => {
      const fy = '2024-25';
      const returns = await call(nic.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}/returns?fy=${fy}`, headers: bearer(token) });
      assert.equal(returns.statusCode, 200, returns.body);
      assert.deepEqual(returns.json(), await portal().returns(OTHER_GSTIN, fy));
      assert.deepEqual(await provider().taxpayer.preference(OTHER_GSTIN, fy), await portal().preference(OTHER_GSTIN, fy));
    });

    it("status and GSTINs of a PAN (the sandbox portal's TPPAN extension); an unknown GSTIN is 404 NOT_FOUND", async () => {
      const status = await call(nic.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}/status`, headers: bearer(token) });
      assert.equal(status.statusCode, 200, status.body);
      const direct = await portal().status(OTHER_GSTIN);
      assert.equal(status.json().sts, direct.sts);
      assert.equal(status.json().einvoiceStatus, direct.einvoiceStatus);
      const pan = OTHER_GSTIN.slice(2, 12);
      const pans = await call(nic.app, { method: 'GET', url: `/v1/pan/${pan}/gstins`, headers: bearer(token) });
      assert.equal(pans.statusCode, 200, pans.body);
      assert.deepEqual(pans.json(), JSON.parse(JSON.stringify(await portal().gstinsOfPan(pan))));
      const unknown = '29ZZZZZ9999Z1Z';
      const res = await call(nic.app, { method: 'GET', url: `/v1/gstin/${unknown}${gstinCheckChar(unknown)}`, headers: bearer(token) });
      expectProblem(res, 404, 'NOT_FOUND');
    });
  });

  describe('upstream failures', () => {
    let broken: OwnApp;
    let hanging: Server;
    let brokenToken = '';

    before(async () => {
      hanging = createServer(() => {
        // never answers
      });
      await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const closedPort = (closed.address() as AddressInfo).port;
      await new Promise((r) => closed.close(r));
      broken = await openApp({
        env: nicEnv(
          {
            einvoice: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`,
            ewaybill: `http://127.0.0.1:${closedPort}/ewaybillapi/v1.03`,
            commonapi: `http://127.0.0.1:${closedPort}/commonapi`,
          },
          pem,
          // The provider's own mapping is under test here, so generate answers it rather than queueing (jobs.test.ts covers the queue).
          { GSTGATE_NIC_TIMEOUT_MS: '300', GSTGATE_QUEUE_WHEN_DOWN: 'false' },
        ),
      });
      await call(broken.app, {
        method: 'PUT',
        url: `/v1/nic/credentials/${DEMO.gstin}`,
        headers: admin(),
        payload: { clientId: client.clientId, clientSecret: client.clientSecret, username: DEMO.username, password: DEMO.password },
      });
      brokenToken = await broken.login(DEMO.gstin, DEMO.username, DEMO.password);
    });

    after(async () => {
      await broken?.close();
      hanging?.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    });

    it('a government system that does not answer in time: 504 UPSTREAM_TIMEOUT', async () => {
      const started = Date.now();
      const res = await call(broken.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        headers: bearer(brokenToken),
        payload: invoice('b2b-intra', { docNo: docNo('TMO'), docDate: today() }),
      });
      expectProblem(res, 504, 'UPSTREAM_TIMEOUT');
      assert.ok(Date.now() - started < 5000);
    });

    it('a government system that is down (closed port): 503 UPSTREAM_UNAVAILABLE', async () => {
      const res = await call(broken.app, { method: 'GET', url: '/v1/ewaybill/301002999920', headers: bearer(brokenToken) });
      expectProblem(res, 503, 'UPSTREAM_UNAVAILABLE');
      const tp = await call(broken.app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(brokenToken) });
      expectProblem(tp, 503, 'UPSTREAM_UNAVAILABLE');
    });

    it('health says nic, up (configured)', async () => {
      const res = await call(broken.app, { method: 'GET', url: '/v1/health' });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(res.body, /"nic"/);
    });
  });
});
