/**
 * Sandbox fault injection and duplicate-IRN recovery (issue 6), end to end on the real app: the
 * /v1/sandbox/faults routes; each fault kind on e-invoice, e-way bill and taxpayer calls; the
 * recovery a timeout or a 2150 without the gateway's copy triggers (RECOVERED, RECOVERY_MISMATCH,
 * genuine duplicates unchanged); the /nic surface's 503/504; faults shared by two instances on one
 * database, consumed exactly once each.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after as afterAll, afterEach, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SandboxClock } from '../src/core/clock.ts';
import { sampleEwbRequest } from '../src/domain/ewaybill/fixtures.ts';
import type { Inv01 } from '../src/domain/invoice/inv01.schema.ts';
import { computeIrn } from '../src/domain/irn.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { SandboxFaultsRepository } from '../src/modules/sandbox/sandbox-faults.repository.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import {
  ADMIN_KEY,
  admin,
  bearer,
  call,
  codesOf,
  DEMO_GSTIN,
  docNo,
  expectProblem,
  govDate,
  invoice,
  type OwnApp,
  openApp,
  sqlRows,
} from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, the b2b-intra fixture's buyer
/**
 * A short upstream timeout and recovery wait keep the suite fast (the timeout still lets real loopback
 * calls of the nic front finish on a loaded machine); 503/504 answered, not queued (retry queue).
 */
const ENV = { GSTGATE_NIC_TIMEOUT_MS: '1500', GSTGATE_RECOVERY_WAIT_MS: '300', GSTGATE_QUEUE_WHEN_DOWN: 'false' };

type Fault = { gstin: string; kind: string; count?: number; delayMs?: number };

describe('sandbox faults and duplicate-IRN recovery', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(ENV);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await call(t.app, { method: 'DELETE', url: '/v1/sandbox/faults', headers: admin() });
  });

  const addFault = async (body: Fault) => {
    const res = await call(t.app, { method: 'POST', url: '/v1/sandbox/faults', headers: admin(), payload: body });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const listFaults = async (query: Record<string, string> = {}) =>
    (await call(t.app, { method: 'GET', url: '/v1/sandbox/faults', query, headers: admin() })).json().faults as Array<
      Fault & { id: number; remaining: number }
    >;
  const generate = (body: object, token = t.demoToken, app = t.app) =>
    call(app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: body });
  const generateEwb = () =>
    call(t.app, {
      method: 'POST',
      url: '/v1/ewaybill/generate',
      headers: bearer(t.demoToken),
      payload: sampleEwbRequest('intra', { docNo: docNo('FEWB'), docDate: govDate(t.clock) }),
    });
  const lookup = (gstin: string = DEMO_GSTIN) => call(t.app, { method: 'GET', url: `/v1/gstin/${gstin}`, headers: bearer(t.demoToken) });
  const irpRows = (no: string) =>
    sqlRows<{ irn: string }>(t.database, sql`select irn from irp_documents where seller_gstin = ${DEMO_GSTIN} and doc_no = ${no}`);
  const copies = async (irn: string) =>
    Number((await sqlRows<{ n: number | string }>(t.database, sql`select count(*) as n from einvoices where irn = ${irn}`))[0].n);
  const newInvoice = (prefix: string) => invoice('b2b-intra', { docNo: docNo(prefix), docDate: govDate(t.clock) });
  /** Registers at the emulated IRP without the gateway keeping a copy: an attempt whose answer was lost. */
  const registerAtIrpOnly = (inv: Inv01) => t.app.services.provider.einvoice.generateIrn({ gstin: DEMO_GSTIN }, structuredClone(inv));
  const infoCodes = (body: { info?: { InfCd: string }[] }) => (body.info ?? []).map((i) => i.InfCd);

  describe('routes', () => {
    it('need the admin key: 401 ADMIN_KEY_REQUIRED', async () => {
      for (const [method, payload] of [
        ['POST', { gstin: DEMO_GSTIN, kind: 'down' }],
        ['GET', undefined],
        ['DELETE', undefined],
      ] as const) {
        const res = await call(t.app, { method, url: '/v1/sandbox/faults', headers: admin('wrong-key-0123456789'), payload });
        expectProblem(res, 401, 'ADMIN_KEY_REQUIRED');
      }
    });

    it('reject bad input with every failure at once', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/v1/sandbox/faults',
        headers: admin(),
        payload: { gstin: 'nope', kind: 'slow', count: 0 },
      });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      const fields = res.json().errors.map((e: { field?: string }) => e.field);
      assert.deepEqual([...fields].sort(), ['count', 'delayMs', 'gstin'], res.body);

      const kinds = await call(t.app, {
        method: 'POST',
        url: '/v1/sandbox/faults',
        headers: admin(),
        payload: { gstin: DEMO_GSTIN, kind: 'flaky' },
      });
      assert.equal(expectProblem(kinds, 400, 'VALIDATION_FAILED').errors[0].field, 'kind');
      const delayForDown = await call(t.app, {
        method: 'POST',
        url: '/v1/sandbox/faults',
        headers: admin(),
        payload: { gstin: DEMO_GSTIN, kind: 'down', delayMs: 100 },
      });
      assert.match(expectProblem(delayForDown, 400, 'VALIDATION_FAILED').errors[0].message, /only to kind slow/);
      const tooSlow = await call(t.app, {
        method: 'POST',
        url: '/v1/sandbox/faults',
        headers: admin(),
        payload: { gstin: DEMO_GSTIN, kind: 'slow', delayMs: 120_001 },
      });
      assert.equal(expectProblem(tooSlow, 400, 'VALIDATION_FAILED').errors[0].field, 'delayMs');
      assert.deepEqual(await listFaults(), []);
    });

    it('201 with the stored fault (count 1 by default); list, filter by GSTIN, clear one GSTIN, clear all', async () => {
      const first = await addFault({ gstin: DEMO_GSTIN.toLowerCase(), kind: 'down' });
      assert.equal(first.gstin, DEMO_GSTIN);
      assert.equal(first.kind, 'down');
      assert.equal(first.remaining, 1);
      assert.equal(first.delayMs, null);
      assert.ok(Number.isInteger(first.id));
      assert.ok(!Number.isNaN(Date.parse(first.createdAt)));
      const slow = await addFault({ gstin: OTHER_GSTIN, kind: 'slow', count: 3, delayMs: 50 });
      assert.deepEqual([slow.remaining, slow.delayMs], [3, 50]);

      assert.deepEqual(
        (await listFaults()).map((f) => [f.gstin, f.kind, f.remaining]),
        [
          [DEMO_GSTIN, 'down', 1],
          [OTHER_GSTIN, 'slow', 3],
        ],
      );
      assert.deepEqual(
        (await listFaults({ gstin: OTHER_GSTIN })).map((f) => f.id),
        [slow.id],
      );
      const one = await call(t.app, { method: 'DELETE', url: '/v1/sandbox/faults', query: { gstin: DEMO_GSTIN }, headers: admin() });
      assert.deepEqual(one.json(), { deleted: 1 });
      assert.deepEqual(
        (await listFaults()).map((f) => f.id),
        [slow.id],
      );
      // Cleared faults no longer apply.
      assert.equal((await lookup()).statusCode, 200);
      const all = await call(t.app, { method: 'DELETE', url: '/v1/sandbox/faults', headers: admin() });
      assert.deepEqual(all.json(), { deleted: 1 });
      assert.deepEqual(await listFaults(), []);
    });
  });

  describe('down', () => {
    it('count 2 on e-way bill generation: two 503 UPSTREAM_UNAVAILABLE, then success; the fault is used up', async () => {
      await addFault({ gstin: DEMO_GSTIN, kind: 'down', count: 2 });
      for (let i = 0; i < 2; i++) expectProblem(await generateEwb(), 503, 'UPSTREAM_UNAVAILABLE');
      const ok = await generateEwb();
      assert.equal(ok.statusCode, 200, ok.body);
      assert.ok(ok.json().ewayBillNo);
      assert.deepEqual(await listFaults(), []);
    });

    it('on a taxpayer lookup (the GSTIN looked up); other GSTINs unaffected', async () => {
      await addFault({ gstin: OTHER_GSTIN, kind: 'down' });
      assert.equal((await lookup(DEMO_GSTIN)).statusCode, 200);
      expectProblem(await lookup(OTHER_GSTIN), 503, 'UPSTREAM_UNAVAILABLE');
      assert.equal((await lookup(OTHER_GSTIN)).statusCode, 200);
    });

    it('on e-invoice generation: 503, nothing registered (no recovery: the IRP was never reached), then it registers', async () => {
      const inv = newInvoice('FDOWN');
      await addFault({ gstin: DEMO_GSTIN, kind: 'down', count: 2 });
      for (let i = 0; i < 2; i++) expectProblem(await generate(inv), 503, 'UPSTREAM_UNAVAILABLE');
      assert.equal((await irpRows(inv.DocDtls.No)).length, 0);
      const ok = await generate(inv);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.headers['x-gstgate-recovered'], undefined);
      assert.deepEqual(infoCodes(ok.json()), []);
    });

    it('faults of another GSTIN do not touch the caller', async () => {
      await addFault({ gstin: OTHER_GSTIN, kind: 'down', count: 5 });
      assert.equal((await generate(newInvoice('FOTHER'))).statusCode, 200);
      assert.equal((await listFaults())[0].remaining, 5);
    });
  });

  describe('slow', () => {
    it('below the upstream timeout: answered after the delay', async () => {
      await addFault({ gstin: DEMO_GSTIN, kind: 'slow', delayMs: 150 });
      const started = performance.now();
      const res = await generateEwb();
      const elapsed = performance.now() - started;
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(elapsed >= 145, `answered after ${elapsed} ms`);
    });

    it('beyond the upstream timeout (GSTGATE_NIC_TIMEOUT_MS): 504 UPSTREAM_TIMEOUT after the timeout', async () => {
      await addFault({ gstin: OTHER_GSTIN, kind: 'slow', delayMs: 60_000 });
      const started = performance.now();
      expectProblem(await lookup(OTHER_GSTIN), 504, 'UPSTREAM_TIMEOUT');
      assert.ok(performance.now() - started >= 395);
    });

    it('beyond the timeout on e-invoice generation: 504 (the invoice never reached the IRP: recovery finds nothing)', async () => {
      const inv = newInvoice('FSLOW');
      await addFault({ gstin: DEMO_GSTIN, kind: 'slow', delayMs: 10_000 });
      expectProblem(await generate(inv), 504, 'UPSTREAM_TIMEOUT');
      assert.equal((await irpRows(inv.DocDtls.No)).length, 0);
    });
  });

  describe('commit-then-timeout and recovery', () => {
    it('generate with EwbDtls: the recovered e-way bill is announced and watched for expiry like any other', async () => {
      const inv = invoice('b2b-inter', { docNo: docNo('FCTE'), docDate: govDate(t.clock) }) as Inv01;
      inv.EwbDtls = {
        TransId: '29AAECS4417K1Z2',
        TransName: 'Swift Roadways',
        TransMode: '1',
        Distance: 0,
        VehNo: 'KA01AB1234',
        VehType: 'R',
      };
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const res = await generate(inv);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-gstgate-recovered'], 'true');
      const ewbNo = String(res.json().EwbNo);
      assert.match(ewbNo, /^\d{12}$/);
      const watched = await sqlRows<{ gstin: string; valid_upto: unknown }>(
        t.database,
        sql`select gstin, valid_upto from ewaybill_watch where ewb_no = ${ewbNo}`,
      );
      assert.equal(watched.length, 1);
      assert.equal(watched[0].gstin, DEMO_GSTIN);
      assert.ok(watched[0].valid_upto);
      const audit = await sqlRows<{ action: string; detail: { recovered?: boolean } }>(
        t.database,
        sql`select action, detail from audit_log where doc_id = ${ewbNo}`,
      );
      assert.deepEqual(
        audit.map((a) => [a.action, a.detail.recovered]),
        [['ewaybill.generate', true]],
      );
    });

    it('generate: the IRP registers, the answer is lost, the gateway recovers it: 200 RECOVERED, one document', async () => {
      const inv = newInvoice('FCTT');
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const res = await generate(inv);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-gstgate-recovered'], 'true');
      const doc = res.json();
      assert.deepEqual(infoCodes(doc), ['RECOVERED']);
      assert.match(doc.info[0].Desc, /registered this invoice/);
      assert.equal(doc.Status, 'ACT');
      const expected = computeIrn({
        sellerGstin: DEMO_GSTIN,
        docDate: inv.DocDtls.Dt,
        docType: 'INV',
        docNo: inv.DocDtls.No,
        upperCaseDocNo: true,
      });
      assert.equal(doc.Irn, expected);
      assert.deepEqual(
        (await irpRows(inv.DocDtls.No)).map((r) => r.irn),
        [expected],
      );
      assert.equal(await copies(expected), 1);
      const got = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${expected}`, headers: bearer(t.demoToken) });
      assert.equal(got.statusCode, 200, got.body);
      const { info: _info, ...registered } = doc;
      assert.deepEqual(got.json(), registered);

      // The caller now has it: the same request again is a genuine duplicate, as without the fault.
      const again = await generate(inv);
      const dup = expectProblem(again, 409, '2150');
      assert.deepEqual(codesOf(again), ['2150']);
      assert.deepEqual(dup.info, [{ InfCd: 'DUPIRN', Desc: { AckNo: doc.AckNo, AckDt: doc.AckDt, Irn: expected } }]);
    });

    it('a retry after a lost answer (registered at the IRP, no gateway copy): 200 RECOVERED with the registered document', async () => {
      const inv = newInvoice('FLOST');
      const { document } = await registerAtIrpOnly(inv);
      assert.equal(await copies(document.Irn), 0);
      const res = await generate(inv);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-gstgate-recovered'], 'true');
      const doc = res.json();
      assert.deepEqual(
        [doc.Irn, doc.AckNo, doc.AckDt, doc.SignedInvoice],
        [document.Irn, document.AckNo, document.AckDt, document.SignedInvoice],
      );
      assert.deepEqual(infoCodes(doc), ['RECOVERED']);
      assert.match(doc.info[0].Desc, /2150/);
      assert.equal(await copies(document.Irn), 1);
      assert.equal((await irpRows(inv.DocDtls.No)).length, 1);
    });

    it('the same document number with another buyer and total: 409 2150 + RECOVERY_MISMATCH saying what differs', async () => {
      const no = docNo('FMIS');
      const date = govDate(t.clock);
      const { document } = await registerAtIrpOnly(invoice('b2b-inter', { docNo: no, docDate: date }));
      const mine = invoice('b2b-intra', { docNo: no, docDate: date });
      const res = await generate(mine);
      const p = expectProblem(res, 409, '2150');
      assert.deepEqual(codesOf(res), ['2150', 'RECOVERY_MISMATCH']);
      assert.equal(p.errors[0].message, 'Duplicate IRN');
      const text = p.errors[1].message;
      assert.ok(text.includes(no) && text.includes('27AAPFU0939F1ZV') && text.includes(OTHER_GSTIN), text);
      assert.ok(text.includes(String(mine.ValDtls.TotInvVal)), text);
      assert.deepEqual(p.info, [{ InfCd: 'DUPIRN', Desc: { AckNo: document.AckNo, AckDt: document.AckDt, Irn: document.Irn } }]);
      assert.equal(await copies(document.Irn), 0);
    });

    it('the mismatch is found after a timeout too', async () => {
      const no = docNo('FMIS2');
      const date = govDate(t.clock);
      await registerAtIrpOnly(invoice('b2b-inter', { docNo: no, docDate: date }));
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const res = await generate(invoice('b2b-intra', { docNo: no, docDate: date }));
      expectProblem(res, 409, '2150');
      assert.deepEqual(codesOf(res), ['2150', 'RECOVERY_MISMATCH']);
    });

    it('a genuine duplicate (the gateway has its copy) stays 409 2150 unchanged, without waiting', async () => {
      const inv = newInvoice('FGEN');
      const first = await generate(inv);
      assert.equal(first.statusCode, 200);
      const again = await generate(inv);
      expectProblem(again, 409, '2150');
      assert.deepEqual(codesOf(again), ['2150']);
      assert.equal(again.headers['x-gstgate-recovered'], undefined);
    });

    it('ten simultaneous identical generates, the first answer lost: still one 200 and nine 2150, one IRN', async () => {
      const inv = newInvoice('FRACE');
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const results = await Promise.all(Array.from({ length: 10 }, () => generate(inv)));
      const winners = results.filter((r) => r.statusCode === 200);
      assert.equal(winners.length, 1, results.map((r) => r.statusCode).join(','));
      const won = winners[0].json();
      for (const res of results.filter((r) => r.statusCode !== 200)) {
        const p = expectProblem(res, 409, '2150');
        assert.deepEqual(p.info?.[0].Desc, { AckNo: won.AckNo, AckDt: won.AckDt, Irn: won.Irn });
      }
      assert.equal((await irpRows(inv.DocDtls.No)).length, 1);
      assert.equal(await copies(won.Irn), 1);
    });

    it('the lookup still failing gives the original 504; a later retry recovers', async () => {
      const inv = newInvoice('FLATE');
      // Oldest first: generate meets commit-then-timeout, the recovery's lookup meets down.
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      await addFault({ gstin: DEMO_GSTIN, kind: 'down' });
      expectProblem(await generate(inv), 504, 'UPSTREAM_TIMEOUT');
      assert.equal((await irpRows(inv.DocDtls.No)).length, 1, 'registered at the IRP');
      assert.deepEqual(await listFaults(), []);
      const retry = await generate(inv);
      assert.equal(retry.statusCode, 200, retry.body);
      assert.equal(retry.headers['x-gstgate-recovered'], 'true');
    });

    it('e-way bill generation: committed, then 504; the retry meets the registered e-way bill (604)', async () => {
      const body = sampleEwbRequest('intra', { docNo: docNo('FCEWB'), docDate: govDate(t.clock) });
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const post = () => call(t.app, { method: 'POST', url: '/v1/ewaybill/generate', headers: bearer(t.demoToken), payload: body });
      expectProblem(await post(), 504, 'UPSTREAM_TIMEOUT');
      expectProblem(await post(), 409, '604');
    });
  });

  describe('the /nic surface', () => {
    it('answers HTTP 503 while down and 504 when too slow (common portal API)', async () => {
      const client = (await call(t.app, { method: 'POST', url: '/v1/sandbox/clients', headers: admin() })).json();
      const search = () =>
        t.app.inject({
          method: 'GET',
          url: `/nic/commonapi/v1.1/search?action=TP&gstin=${OTHER_GSTIN}`,
          headers: { 'client-id': client.clientId, 'client-secret': client.clientSecret },
        });
      await addFault({ gstin: OTHER_GSTIN, kind: 'down' });
      await addFault({ gstin: OTHER_GSTIN, kind: 'slow', delayMs: 5000 });
      const down = await search();
      assert.equal(down.statusCode, 503, down.body);
      assert.equal(down.json().error.error_cd, 'UPSTREAM_UNAVAILABLE');
      assert.equal((await search()).statusCode, 504);
      const ok = await search();
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().status_cd, '1');
    });
  });

  it('the atomic consume: concurrent takes use each fault exactly its count', async () => {
    const repo = new SandboxFaultsRepository(t.database.db);
    await repo.insert({ gstin: OTHER_GSTIN, kind: 'down', count: 2 });
    await repo.insert({ gstin: OTHER_GSTIN, kind: 'slow', count: 3, delayMs: 10 });
    const taken = await Promise.all(Array.from({ length: 9 }, () => repo.consume([OTHER_GSTIN])));
    assert.deepEqual(taken.map((f) => f?.kind ?? 'none').sort(), ['down', 'down', 'none', 'none', 'none', 'none', 'slow', 'slow', 'slow']);
    assert.deepEqual(await repo.list(), []);
  });
  describe('through the nic provider (a gstgate with GSTGATE_PROVIDER=nic in front of this sandbox)', () => {
    let front: OwnApp;
    let frontToken: string;

    before(async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/nic`;
      const client = (await call(t.app, { method: 'POST', url: '/v1/sandbox/clients', headers: admin() })).json();
      const pem = (await t.app.inject({ method: 'GET', url: '/nic/public-key' })).body;
      front = await openApp({
        env: {
          ...ENV,
          GSTGATE_PROVIDER: 'nic',
          GSTGATE_NIC_EINVOICE_URL: `${base}/einvoice`,
          GSTGATE_NIC_EWAYBILL_URL: `${base}/ewaybill`,
          GSTGATE_NIC_COMMONAPI_URL: `${base}/commonapi`,
          GSTGATE_NIC_PUBLIC_KEY: pem,
          GSTGATE_SECRETS_KEY: randomBytes(32).toString('base64'),
          GSTGATE_NIC_TIMEOUT_MS: '5000',
        },
      });
      const put = await call(front.app, {
        method: 'PUT',
        url: `/v1/nic/credentials/${DEMO_GSTIN}`,
        headers: admin(),
        payload: {
          clientId: client.clientId,
          clientSecret: client.clientSecret,
          username: DEMO_USER.username,
          password: DEMO_USER.password,
        },
      });
      assert.equal(put.statusCode, 204, put.body);
      frontToken = await front.login(DEMO_GSTIN, DEMO_USER.username, DEMO_USER.password);
    });
    afterAll(() => front?.close());

    it('the sandbox answers HTTP 504 on /nic; the nic provider reads UPSTREAM_TIMEOUT and the front recovers the invoice', async () => {
      const inv = newInvoice('FNIC');
      await addFault({ gstin: DEMO_GSTIN, kind: 'commit-then-timeout' });
      const res = await generate(inv, frontToken, front.app);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-gstgate-recovered'], 'true');
      assert.deepEqual(infoCodes(res.json()), ['RECOVERED']);
      assert.deepEqual(
        (await irpRows(inv.DocDtls.No)).map((r) => r.irn),
        [res.json().Irn],
      );
    });

    it('the sandbox answers HTTP 503 on /nic; the front answers 503 UPSTREAM_UNAVAILABLE', async () => {
      await addFault({ gstin: DEMO_GSTIN, kind: 'down' });
      const res = await call(front.app, {
        method: 'POST',
        url: '/v1/ewaybill/generate',
        headers: bearer(frontToken),
        payload: sampleEwbRequest('intra', { docNo: docNo('FNICE'), docDate: govDate(t.clock) }),
      });
      expectProblem(res, 503, 'UPSTREAM_UNAVAILABLE');
    });
  });

  describe('two instances on one database', () => {
    let b: FastifyInstance;
    let closeB: () => Promise<void>;

    before(async () => {
      if (process.env.DATABASE_URL) {
        // Its own pool on the same schema, as a second process would have.
        const other = await openApp({ env: ENV, schemaName: t.schemaName });
        b = other.app;
        closeB = () => other.close({ keepSchema: true });
      } else {
        // PGlite is one process's database: the second instance shares the handle.
        b = await buildApp({
          config: loadConfig({ GSTGATE_ADMIN_KEY: ADMIN_KEY, ...ENV }),
          database: t.database,
          signer: t.signer,
          govClock: new SandboxClock(),
          adminKey: ADMIN_KEY,
          nicKeys: t.nicKeys,
        });
        closeB = () => b.close();
      }
    });
    afterAll(() => closeB());

    const lookupOn = (app: FastifyInstance) => call(app, { method: 'GET', url: `/v1/gstin/${OTHER_GSTIN}`, headers: bearer(t.demoToken) });

    it('a fault posted on one instance is consumed exactly count times by calls spread over both', async () => {
      await addFault({ gstin: OTHER_GSTIN, kind: 'down', count: 7 });
      // b has made no government call yet: its first one reads the table and meets a's fault.
      expectProblem(await lookupOn(b), 503, 'UPSTREAM_UNAVAILABLE');
      const results = await Promise.all(Array.from({ length: 19 }, (_, i) => lookupOn(i % 2 === 0 ? t.app : b)));
      const statuses = results.map((r) => r.statusCode);
      assert.equal(statuses.filter((s) => s === 503).length, 6, statuses.join(','));
      assert.equal(statuses.filter((s) => s === 200).length, 13, statuses.join(','));
      const left = await call(b, { method: 'GET', url: '/v1/sandbox/faults', headers: admin() });
      assert.deepEqual(left.json().faults, []);
    });

    it('an instance that cached "no faults" sees another instance’s new fault shortly', async () => {
      assert.equal((await lookupOn(b)).statusCode, 200); // b now caches the (empty) set
      await addFault({ gstin: OTHER_GSTIN, kind: 'down', count: 1000 });
      const deadline = Date.now() + 5000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await lookupOn(b)).statusCode;
        if (status === 200) await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal(status, 503);
      // A DELETE on b applies on b at once.
      await call(b, { method: 'DELETE', url: '/v1/sandbox/faults', headers: admin() });
      assert.equal((await lookupOn(b)).statusCode, 200);
    });
  });
});
