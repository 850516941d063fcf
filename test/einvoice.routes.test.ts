/**
 * The e-Invoice routes (api.md §4) on the real app and database: generate (shape, IRN, signatures,
 * signed invoice and QR payload), every NIC error path through the route, reads, cancellation,
 * tenant isolation and the GSTIN master. The domain tests cover each rule; these cover the wiring.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import { computeIrn } from '../src/domain/irn.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, codesOf, DEMO_GSTIN, docNo, expectProblem, govDate, invoice, type Party, validGstin } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka, regular
const ECO_GSTIN = '29AAFCB7707D1C1'; // seeded e-commerce operator (TCS)
const CANCELLED: Party = { gstin: '24ACPPM5624F1ZK', stcd: '24', pin: 380001 }; // cancelled 31/03/2024
const SUSPENDED: Party = { gstin: '08AAAAD1307N1ZW', stcd: '08', pin: 302001 };
const SEZ_UNIT: Party = { gstin: '27AAJCS5738D1Z6', stcd: '27', pin: 400096 };
const LARGE: Party = { gstin: '33GSPTN0791G1Z5', stcd: '33', pin: 600001 }; // 30-day reporting limit
const DEMO: Party = { gstin: DEMO_GSTIN, stcd: '29', pin: 560001 };

const RESPONSE_KEYS = ['AckDt', 'AckNo', 'EwbDt', 'EwbNo', 'EwbValidTill', 'Irn', 'Remarks', 'SignedInvoice', 'SignedQRCode', 'Status'];
const QR_KEYS = ['SellerGstin', 'BuyerGstin', 'DocNo', 'DocTyp', 'DocDt', 'TotInvVal', 'ItemCnt', 'MainHsnCode', 'Irn', 'IrnDt'];
const ACK_DT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** yyyy-MM-dd HH:mm:ss IST → instant. */
const istInstant = (s: string) => new Date(`${s.replace(' ', 'T')}+05:30`);

/** Payload of a JWS without verifying it (for tests that only read it). */
function jwsData(jws: string): Record<string, unknown> {
  const payload = JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));
  return JSON.parse(payload.data);
}

function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nullPaths(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nullPaths(v, path ? `${path}.${k}` : k));
  return [];
}

describe('e-Invoice routes', () => {
  let t: TestApp;
  let otherToken: string;
  let ecoToken: string;
  let suspendedToken: string;
  let sezToken: string;
  let largeToken: string;

  before(async () => {
    t = await buildTestApp();
    otherToken = await t.tenant(OTHER_GSTIN);
    ecoToken = await t.tenant(ECO_GSTIN, 'eco');
    suspendedToken = await t.tenant(SUSPENDED.gstin);
    sezToken = await t.tenant(SEZ_UNIT.gstin);
    largeToken = await t.tenant(LARGE.gstin);
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const generate = (token: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: body as object });
  const getIrn = (token: string, irn: string) => call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(token) });
  const getDoc = (token: string, query: Record<string, string>) =>
    call(t.app, { method: 'GET', url: '/v1/einvoice/document', query, headers: bearer(token) });
  const cancel = (token: string, body: Record<string, unknown>) =>
    call(t.app, { method: 'POST', url: '/v1/einvoice/cancel', headers: bearer(token), payload: body });
  const today = () => govDate(t.clock);

  /** Generates a valid intra-state invoice of the demo seller; returns the response body. */
  async function registered(prefix: string, date = today()) {
    const no = docNo(prefix);
    const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate: date }));
    assert.equal(res.statusCode, 200, res.body);
    return { no, date, doc: res.json() };
  }

  describe('POST /v1/einvoice/generate — a registered invoice', () => {
    // Mixed-case number (hashed upper-cased since 1 June 2025); the line with the highest taxable
    // value second (MainHsnCode must not just be the first line); nulls where NIC clients send them.
    const no = docNo('gEn');
    let sent: ReturnType<typeof invoice>;
    let res: LightMyRequestResponse;
    let body: Record<string, unknown> & { Irn: string; AckNo: number; AckDt: string; SignedInvoice: string; SignedQRCode: string };

    before(async () => {
      sent = invoice('b2b-intra', { docNo: no, docDate: today() });
      sent.ItemList.reverse();
      sent.ItemList.forEach((item, i) => {
        item.SlNo = String(i + 1);
      });
      const withNulls = {
        ...sent,
        TranDtls: { ...sent.TranDtls, EcmGstin: null },
        SellerDtls: { ...sent.SellerDtls, Addr2: null },
        PayDtls: null,
        RefDtls: null,
        EwbDtls: null,
      };
      res = await generate(t.demoToken, withNulls);
      assert.equal(res.statusCode, 200, res.body);
      body = res.json();
    });

    it('answers 200 with exactly the fields of api.md §4', () => {
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.deepEqual(Object.keys(body).sort(), RESPONSE_KEYS);
      assert.equal(body.Status, 'ACT');
      assert.equal(body.EwbNo, null);
      assert.equal(body.EwbDt, null);
      assert.equal(body.EwbValidTill, null);
      assert.equal(body.Remarks, null);
    });

    it('has the IRN of seller + FY + type + upper-cased number (reference §6.1)', () => {
      assert.match(body.Irn, /^[0-9a-f]{64}$/);
      const input = { sellerGstin: DEMO_GSTIN, docDate: sent.DocDtls.Dt, docType: 'INV', docNo: no };
      assert.equal(body.Irn, computeIrn({ ...input, upperCaseDocNo: true }));
      assert.notEqual(body.Irn, computeIrn({ ...input, upperCaseDocNo: false }));
    });

    it('has a 15-digit numeric AckNo and an IST AckDt from the government clock', () => {
      assert.equal(typeof body.AckNo, 'number');
      assert.ok(Number.isSafeInteger(body.AckNo));
      assert.match(String(body.AckNo), /^\d{15}$/);
      assert.match(body.AckDt, ACK_DT);
      const drift = Math.abs(istInstant(body.AckDt).getTime() - t.clock.now().getTime());
      assert.ok(drift < 60_000, `AckDt ${body.AckDt} is not the government clock's IST time`);
    });

    it('signs SignedInvoice and SignedQRCode with a key of /.well-known/jwks.json (RS256, NIC header)', async () => {
      const jwksRes = await call(t.app, { method: 'GET', url: '/.well-known/jwks.json' });
      assert.equal(jwksRes.statusCode, 200);
      const jwks = jwksRes.json() as JSONWebKeySet;
      assert.equal(jwks.keys.length, 1);
      const keySet = createLocalJWKSet(jwks);
      for (const jws of [body.SignedInvoice, body.SignedQRCode]) {
        const { payload, protectedHeader } = await jwtVerify(jws, keySet, { algorithms: ['RS256'] });
        assert.equal(protectedHeader.alg, 'RS256');
        assert.equal(protectedHeader.typ, 'JWT');
        assert.match(String(protectedHeader.kid), /^[0-9A-F]{40}$/);
        // x5t is the base64url of the same SHA-1 thumbprint that kid spells in hex (reference §6.3).
        assert.equal(protectedHeader.x5t, Buffer.from(String(protectedHeader.kid), 'hex').toString('base64url'));
        assert.equal(protectedHeader.kid, jwks.keys[0].kid);
        assert.equal(typeof payload.iss, 'string');
        assert.ok((payload.iss as string).length > 0);
        assert.equal(typeof payload.data, 'string');
      }
    });

    it('a JWS with a tampered payload does not verify (the check above is not vacuous)', async () => {
      const jwks = (await call(t.app, { method: 'GET', url: '/.well-known/jwks.json' })).json() as JSONWebKeySet;
      const [h, p, s] = body.SignedQRCode.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
      claims.data = claims.data.replace(/"TotInvVal":[0-9.]+/, '"TotInvVal":1');
      const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
      await assert.rejects(jwtVerify(forged, createLocalJWKSet(jwks)), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
      assert.equal(decodeProtectedHeader(forged).kid, decodeProtectedHeader(body.SignedQRCode).kid);
    });

    it('SignedInvoice data is the stored invoice: AckNo, AckDt, Irn first, ItemNo before SlNo, no nulls', () => {
      const data = jwsData(body.SignedInvoice);
      assert.deepEqual(Object.keys(data), [
        'AckNo',
        'AckDt',
        'Irn',
        'Version',
        'TranDtls',
        'DocDtls',
        'SellerDtls',
        'BuyerDtls',
        'ItemList',
        'ValDtls',
      ]);
      assert.equal(data.AckNo, body.AckNo);
      assert.equal(data.AckDt, body.AckDt);
      assert.equal(data.Irn, body.Irn);
      assert.equal(data.Version, '1.1');
      const items = data.ItemList as Record<string, unknown>[];
      assert.equal(items.length, 2);
      for (const item of items) {
        // NIC's own order, as in the recorded SignedInvoices: ItemNo, SlNo, IsServc, PrdDesc, HsnCd, Qty, Unit …
        assert.deepEqual(Object.keys(item).slice(0, 5), ['ItemNo', 'SlNo', 'IsServc', 'PrdDesc', 'HsnCd']);
        assert.equal(typeof item.ItemNo, 'number');
      }
      assert.deepEqual(
        items.map((i) => i.HsnCd),
        sent.ItemList.map((i) => i.HsnCd),
      );
      assert.deepEqual(nullPaths(data), [], 'null fields must be omitted');
      assert.equal('EcmGstin' in (data.TranDtls as object), false);
      assert.equal('Addr2' in (data.SellerDtls as object), false);
      assert.deepEqual(data.DocDtls, { Typ: 'INV', No: no, Dt: sent.DocDtls.Dt });
    });

    it("SignedQRCode data has NIC's ten fields in NIC's order with the invoice's values", () => {
      const qr = jwsData(body.SignedQRCode);
      assert.deepEqual(Object.keys(qr), QR_KEYS);
      assert.equal(qr.SellerGstin, DEMO_GSTIN);
      assert.equal(qr.BuyerGstin, OTHER_GSTIN);
      assert.equal(qr.DocNo, no);
      assert.equal(qr.DocTyp, 'INV');
      assert.equal(qr.DocDt, sent.DocDtls.Dt);
      assert.equal(qr.TotInvVal, 13144);
      assert.equal(qr.ItemCnt, 2);
      // The second line (AssAmt 10000) outweighs the first (1200).
      assert.equal(sent.ItemList[1].AssAmt > sent.ItemList[0].AssAmt, true);
      assert.equal(qr.MainHsnCode, sent.ItemList[1].HsnCd);
      assert.equal(qr.Irn, body.Irn);
      assert.equal(qr.IrnDt, body.AckDt);
    });
  });

  describe('POST /v1/einvoice/generate — who may generate', () => {
    it('an e-commerce operator generates for its supplier when EcmGstin is itself; the IRN is the supplier\u2019s', async () => {
      const no = docNo('ECO');
      const inv = invoice('b2b-intra', { docNo: no, docDate: today(), ecmGstin: ECO_GSTIN });
      const res = await generate(ecoToken, inv);
      assert.equal(res.statusCode, 200, res.body);
      const doc = res.json();
      assert.equal(
        doc.Irn,
        computeIrn({ sellerGstin: DEMO_GSTIN, docDate: inv.DocDtls.Dt, docType: 'INV', docNo: no, upperCaseDocNo: true }),
      );
      assert.equal(jwsData(doc.SignedQRCode).SellerGstin, DEMO_GSTIN);
      // The supplier sees the document the operator registered for it, and so does the operator.
      for (const token of [t.demoToken, ecoToken]) {
        const got = await getIrn(token, doc.Irn);
        assert.equal(got.statusCode, 200, got.body);
        assert.deepEqual(got.json(), doc);
      }
      // A third taxpayer does not.
      expectProblem(await getIrn(otherToken, doc.Irn), 404, '2148');
    });

    it('a duplicate reveals the first registration (DUPIRN) only to whom may file it', async () => {
      const { no, date, doc } = await registered('PEEK');
      // A regular taxpayer naming itself the e-commerce operator learns nothing: it fails the rules (2195).
      const peek = await generate(otherToken, invoice('b2b-intra', { docNo: no, docDate: date, ecmGstin: OTHER_GSTIN }));
      const problem = expectProblem(peek, 400, '2195');
      assert.equal(problem.info, undefined);
      assert.ok(!peek.body.includes(String(doc.AckNo)));
      // The registered e-commerce operator may file for the supplier, so it meets the duplicate.
      const eco = await generate(ecoToken, invoice('b2b-intra', { docNo: no, docDate: date, ecmGstin: ECO_GSTIN }));
      const dup = expectProblem(eco, 409, '2150');
      assert.deepEqual(dup.info, [{ InfCd: 'DUPIRN', Desc: { AckNo: doc.AckNo, AckDt: doc.AckDt, Irn: doc.Irn } }]);
    });

    it('the e-commerce operator that filed a document may cancel it; a third taxpayer may not', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('ECOC'), docDate: today(), ecmGstin: ECO_GSTIN });
      const res = await generate(ecoToken, inv);
      assert.equal(res.statusCode, 200, res.body);
      const irn = res.json().Irn;
      expectProblem(await cancel(otherToken, { Irn: irn, CnlRsn: '1', CnlRem: 'not mine' }), 403, '2143');
      const c = await cancel(ecoToken, { Irn: irn, CnlRsn: '3', CnlRem: 'Order cancelled on the platform' });
      assert.equal(c.statusCode, 200, c.body);
      assert.equal((await getIrn(t.demoToken, irn)).json().Status, 'CNL');
    });

    it('another taxpayer cannot generate for the demo seller: 403 2169', async () => {
      const res = await generate(otherToken, invoice('b2b-intra', { docNo: docNo('NOPE'), docDate: today() }));
      const p = expectProblem(res, 403, '2169');
      assert.equal(p.errors[0].field, 'SellerDtls.Gstin');
    });

    it('an e-commerce operator naming another EcmGstin cannot generate: 403 2169', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('ECO'), docDate: today(), ecmGstin: validGstin('29', 'AABCE1234F') });
      expectProblem(await generate(ecoToken, inv), 403, '2169');
    });

    it('an e-commerce operator that leaves out EcmGstin gets 2197 (e-commerce GSTIN is mandatory)', async () => {
      // rules.ts emits 2197 for a TCS submitter that is neither supplier nor EcmGstin and sent no
      // EcmGstin (reference §7.1 item 7); the route must let it through.
      const res = await generate(ecoToken, invoice('b2b-intra', { docNo: docNo('ECO'), docDate: today() }));
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().code, '2197');
    });
  });

  describe('POST /v1/einvoice/generate — NIC error codes through the route', () => {
    it('a payload with several schema failures answers all of them at once, each with its field', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('SCH'), docDate: today() }) as unknown as Record<string, Record<string, unknown>>;
      inv.DocDtls.Dt = '2026-04-01'; // 2144
      (inv.ItemList as unknown as Record<string, unknown>[])[0].Unit = 'XYZ'; // 2177
      delete inv.SellerDtls.LglNm; // 5002 required
      inv.BuyerDtls.Pin = 12; // 5002 range
      const res = await generate(t.demoToken, inv);
      const p = expectProblem(res, 400, res.json().errors[0].code);
      assert.ok(p.errors.length >= 4, res.body);
      for (const e of p.errors) assert.equal(typeof e.field, 'string', `no field on ${JSON.stringify(e)}`);
      const byField = Object.fromEntries(p.errors.map((e) => [e.field, e.code]));
      assert.equal(byField['DocDtls.Dt'], '2144');
      assert.equal(byField['ItemList[0].Unit'], '2177');
      assert.equal(byField['SellerDtls.LglNm'], '5002');
      assert.equal(byField['BuyerDtls.Pin'], '5002');
    });

    it('business-rule failures come back together too (2172 IGST on intra-state, 2189 total)', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('BIZ'), docDate: today() });
      inv.ItemList[0].IgstAmt = 5;
      inv.ValDtls.TotInvVal = 99999;
      const res = await generate(t.demoToken, inv);
      const p = expectProblem(res, 400, '2172');
      assert.equal(p.errors[0].field, 'ItemList[0].IgstAmt');
      assert.ok(codesOf(res).includes('2189'), res.body);
    });

    it('an empty body is 2255', async () => {
      expectProblem(await generate(t.demoToken, {}), 400, '2255');
    });

    it('the same document again is 409 2150 with the first registration in DUPIRN', async () => {
      const { no, date, doc } = await registered('DUP');
      const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate: date }));
      const p = expectProblem(res, 409, '2150');
      assert.equal(p.info?.[0].InfCd, 'DUPIRN');
      assert.deepEqual(p.info?.[0].Desc, { AckNo: doc.AckNo, AckDt: doc.AckDt, Irn: doc.Irn });
      // The first registration is untouched.
      const got = await getIrn(t.demoToken, doc.Irn);
      assert.equal(got.json().AckNo, doc.AckNo);
      assert.equal(got.json().SignedInvoice, doc.SignedInvoice);
    });

    it('the same number in another letter case is the same document since June 2025: 409 2150', async () => {
      const no = docNo('cAsE');
      const first = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate: today() }));
      assert.equal(first.statusCode, 200, first.body);
      const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: no.toUpperCase(), docDate: today() }));
      const p = expectProblem(res, 409, '2150');
      assert.deepEqual(p.info?.[0].Desc, { AckNo: first.json().AckNo, AckDt: first.json().AckDt, Irn: first.json().Irn });
    });

    it('a document whose IRN was cancelled cannot be registered again: 2278', async () => {
      const { no, date, doc } = await registered('RECNL');
      const c = await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn: '2', CnlRem: 'Data entry mistake' });
      assert.equal(c.statusCode, 200, c.body);
      const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate: date }));
      const p = expectProblem(res, 409, '2278');
      assert.equal(p.info, undefined);
    });

    it('a document dated tomorrow (government clock, IST) is 2163', async () => {
      const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: docNo('FUT'), docDate: govDate(t.clock, 1) }));
      const p = expectProblem(res, 400, '2163');
      assert.equal(p.errors[0].field, 'DocDtls.Dt');
    });

    it('a taxpayer under the 30-day reporting limit cannot report a 40-day-old document: DOC_REPORTING_LIMIT', async () => {
      const inv = invoice('b2b-inter', { docNo: docNo('OLD'), docDate: govDate(t.clock, -40), seller: LARGE });
      const p = expectProblem(await generate(largeToken, inv), 400, 'DOC_REPORTING_LIMIT');
      assert.equal(p.errors[0].field, 'DocDtls.Dt');
      assert.match(p.errors[0].message, /30 days/);
    });

    it('the same taxpayer reports a 20-day-old document, and other taxpayers have no limit', async () => {
      const recent = invoice('b2b-inter', { docNo: docNo('OLD'), docDate: govDate(t.clock, -20), seller: LARGE });
      assert.equal((await generate(largeToken, recent)).statusCode, 200);
      const old = invoice('b2b-intra', { docNo: docNo('OLD'), docDate: govDate(t.clock, -40) });
      assert.equal((await generate(t.demoToken, old)).statusCode, 200);
    });

    it('a buyer GSTIN that is not in the registry is 3028', async () => {
      const unknown: Party = { gstin: validGstin('29', 'ZZZCZ9999Z'), stcd: '29', pin: 560001 };
      const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: docNo('UNK'), docDate: today(), buyer: unknown }));
      const p = expectProblem(res, 400, '3028');
      assert.equal(p.errors[0].field, 'BuyerDtls.Gstin');
    });

    it('a buyer cancelled on 31/03/2024, on a later document, is 3074', async () => {
      const date = today();
      const res = await generate(t.demoToken, invoice('b2b-inter', { docNo: docNo('CNB'), docDate: date, buyer: CANCELLED }));
      const p = expectProblem(res, 400, '3074');
      assert.equal(p.errors[0].field, 'BuyerDtls.Gstin');
      assert.equal(
        p.errors[0].message,
        `GSTIN - ${CANCELLED.gstin} is cancelled and document date - ${date} is later than de-registration date`,
      );
    });

    it('the cancelled buyer is accepted on a document dated on its de-registration day', async () => {
      const res = await generate(t.demoToken, invoice('b2b-inter', { docNo: docNo('CNB'), docDate: '31/03/2024', buyer: CANCELLED }));
      assert.equal(res.statusCode, 200, res.body);
    });

    it('a suspended seller generating is rejected as inactive: 3076', async () => {
      const res = await generate(suspendedToken, invoice('b2b-inter', { docNo: docNo('SUS'), docDate: today(), seller: SUSPENDED }));
      const p = expectProblem(res, 400, '3076');
      assert.equal(p.errors[0].field, 'SellerDtls.Gstin');
      assert.match(p.errors[0].message, /08AAAAD1307N1ZW is inactive/);
    });

    it('an SEZ unit as supplier is 2231', async () => {
      const res = await generate(sezToken, invoice('b2b-inter', { docNo: docNo('SEZ'), docDate: today(), seller: SEZ_UNIT, buyer: DEMO }));
      const p = expectProblem(res, 400, '2231');
      assert.match(p.errors[0].message, /27AAJCS5738D1Z6 is SEZ/);
    });

    it('binds property names case-insensitively (GSTIN, POS) and signs them in canonical casing', async () => {
      const inv = invoice('b2b-intra', { docNo: docNo('KEYS'), docDate: today() }) as unknown as Record<string, Record<string, unknown>>;
      const rename = (o: Record<string, unknown>, from: string, to: string) => {
        o[to] = o[from];
        delete o[from];
      };
      rename(inv.SellerDtls, 'Gstin', 'GSTIN');
      rename(inv.BuyerDtls, 'Gstin', 'GSTIN');
      rename(inv.BuyerDtls, 'Pos', 'POS');
      rename(inv as unknown as Record<string, unknown>, 'DocDtls', 'docdtls');
      const res = await generate(t.demoToken, inv);
      assert.equal(res.statusCode, 200, res.body);
      const data = jwsData(res.json().SignedInvoice) as Record<string, Record<string, unknown>>;
      assert.equal(data.SellerDtls.Gstin, DEMO_GSTIN);
      assert.equal(data.BuyerDtls.Pos, '29');
      assert.equal('GSTIN' in data.BuyerDtls, false);
      assert.equal('POS' in data.BuyerDtls, false);
      assert.ok('DocDtls' in data);
    });

    it("NIC's own sample invoice (reference §5.14) registers as its sandbox test identity", async () => {
      const nicToken = await t.tenant('37ARZPT4384Q1MT', 'nic');
      const sample = JSON.parse(readFileSync(new URL('./fixtures/invoices/nic-sample.json', import.meta.url), 'utf8'));
      const res = await generate(nicToken, sample);
      assert.equal(res.statusCode, 200, res.body);
      const irn = computeIrn({
        sellerGstin: '37ARZPT4384Q1MT',
        docDate: '18/08/2020',
        docType: 'INV',
        docNo: 'DOC/001',
        upperCaseDocNo: true,
      });
      assert.equal(res.json().Irn, irn);
      assert.equal(jwsData(res.json().SignedQRCode).BuyerGstin, '29AWGPV7107B1Z1');
      // The sample asks for an e-way bill (EwbDtls, road, 100 km declared): generated with the IRN,
      // valid one day (reference §6.4); no info, as the distance was given.
      assert.match(String(res.json().EwbNo), /^[0-9]{12}$/);
      assert.match(res.json().EwbValidTill, / 23:59:00$/);
      assert.equal(res.json().info, undefined);
    });

    it('an invoice without EwbDtls carries no info', async () => {
      const { doc } = await registered('NOEWB');
      assert.equal(doc.info, undefined);
    });

    it('before 1 June 2025 (government clock) numbers were case-sensitive: aBc and ABC were two documents', async () => {
      const no = docNo('pRe');
      const docDate = '15/05/2025';
      try {
        t.clock.set(new Date('2025-05-15T06:00:00Z'));
        const lower = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate }));
        assert.equal(lower.statusCode, 200, lower.body);
        const asGiven = { sellerGstin: DEMO_GSTIN, docDate, docType: 'INV', docNo: no };
        assert.equal(lower.json().Irn, computeIrn({ ...asGiven, upperCaseDocNo: false }));
        const upper = await generate(t.demoToken, invoice('b2b-intra', { docNo: no.toUpperCase(), docDate }));
        assert.equal(upper.statusCode, 200, upper.body);
        assert.notEqual(upper.json().Irn, lower.json().Irn);
      } finally {
        t.clock.reset();
      }
      // Today both are still found by their own numbers.
      const lowerDoc = await getDoc(t.demoToken, { type: 'INV', number: no, date: docDate });
      assert.equal(lowerDoc.statusCode, 200, lowerDoc.body);
      const upperDoc = await getDoc(t.demoToken, { type: 'INV', number: no.toUpperCase(), date: docDate });
      assert.equal(upperDoc.statusCode, 200, upperDoc.body);
      assert.notEqual(lowerDoc.json().Irn, upperDoc.json().Irn);
    });

    it('since 1 June 2025 a number registered earlier in mixed case is a duplicate in any case: 2150 (§7.1 item 6)', async () => {
      const no = docNo('mIx');
      const docDate = '20/05/2025';
      let first: LightMyRequestResponse;
      try {
        t.clock.set(new Date('2025-05-20T06:00:00Z'));
        first = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate }));
        assert.equal(first.statusCode, 200, first.body);
      } finally {
        t.clock.reset();
      }
      // A retry of the same document today, and the number in upper case, find the first registration.
      for (const number of [no, no.toUpperCase()]) {
        const res = await generate(t.demoToken, invoice('b2b-intra', { docNo: number, docDate }));
        const p = expectProblem(res, 409, '2150');
        assert.deepEqual(p.info?.[0].Desc, { AckNo: first.json().AckNo, AckDt: first.json().AckDt, Irn: first.json().Irn });
      }
    });

    it('the e-invoice routes need a bearer token', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/v1/einvoice/generate',
        payload: invoice('b2b-intra', { docNo: docNo('ANON'), docDate: today() }),
      });
      expectProblem(res, 401, 'UNAUTHORIZED');
    });
  });

  describe('GET /v1/einvoice/irn/{irn} and /v1/einvoice/document', () => {
    it('both return the generate response for a registered document', async () => {
      const { no, date, doc } = await registered('GET');
      const byIrn = await getIrn(t.demoToken, doc.Irn);
      assert.equal(byIrn.statusCode, 200, byIrn.body);
      assert.deepEqual(byIrn.json(), doc);
      const byDoc = await getDoc(t.demoToken, { type: 'INV', number: no, date });
      assert.equal(byDoc.statusCode, 200, byDoc.body);
      assert.deepEqual(byDoc.json(), doc);
    });

    it('finds the document by its number in upper or lower case, and the type in lower case', async () => {
      const { no, date, doc } = await registered('mIxEd');
      for (const number of [no, no.toUpperCase(), no.toLowerCase()]) {
        const res = await getDoc(t.demoToken, { type: 'INV', number, date });
        assert.equal(res.statusCode, 200, `${number}: ${res.body}`);
        assert.equal(res.json().Irn, doc.Irn);
      }
      const lowerType = await getDoc(t.demoToken, { type: 'inv', number: no, date });
      assert.equal(lowerType.json().Irn, doc.Irn);
    });

    it('accepts the IRN in upper-case hex', async () => {
      const { doc } = await registered('UPIRN');
      const res = await getIrn(t.demoToken, doc.Irn.toUpperCase());
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().Irn, doc.Irn);
    });

    it('an unknown IRN is 404 2148; a malformed one 400 2145', async () => {
      expectProblem(await getIrn(t.demoToken, 'ab'.repeat(32)), 404, '2148');
      expectProblem(await getIrn(t.demoToken, 'not-an-irn'), 400, '2145');
      expectProblem(await getIrn(t.demoToken, 'g'.repeat(64)), 400, '2145');
    });

    it('a date not in dd/mm/yyyy is 400 2144; an unknown document 404 2154', async () => {
      expectProblem(await getDoc(t.demoToken, { type: 'INV', number: 'X1', date: '2026-04-01' }), 400, '2144');
      expectProblem(await getDoc(t.demoToken, { type: 'INV', number: 'X1', date: '31/02/2026' }), 400, '2144');
      expectProblem(await getDoc(t.demoToken, { type: 'INV', number: docNo('NONE'), date: today() }), 404, '2154');
    });

    it('an unknown document type is 400 2161', async () => {
      const { no, date } = await registered('TYP');
      const p = expectProblem(await getDoc(t.demoToken, { type: 'XYZ', number: no, date }), 400, '2161');
      assert.equal(p.errors[0].field, 'type');
    });

    it('a registered number with another date, or as another document type, is 404 2154', async () => {
      const { no, date } = await registered('OTHER');
      const [d, m, y] = date.split('/');
      const otherDay = `${d === '01' ? '02' : '01'}/${m}/${y}`;
      expectProblem(await getDoc(t.demoToken, { type: 'INV', number: no, date: otherDay }), 404, '2154');
      expectProblem(await getDoc(t.demoToken, { type: 'CRN', number: no, date }), 404, '2154');
    });

    it("still returns the document 3 days later, when the IRP's own 2-day window has closed", async () => {
      const { no, date, doc } = await registered('OLDGET');
      try {
        t.clock.advance(3 * 86_400);
        const byIrn = await getIrn(t.demoToken, doc.Irn);
        assert.equal(byIrn.statusCode, 200, byIrn.body);
        assert.deepEqual(byIrn.json(), doc);
        const byDoc = await getDoc(t.demoToken, { type: 'INV', number: no, date });
        assert.equal(byDoc.statusCode, 200, byDoc.body);
        assert.equal(byDoc.json().AckNo, doc.AckNo);
      } finally {
        t.clock.reset();
      }
    });
  });

  describe('POST /v1/einvoice/cancel', () => {
    it('cancels: {Irn, CancelDate}; the document then reads CNL by IRN and by document', async () => {
      const { no, date, doc } = await registered('CNL');
      const res = await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn: '1', CnlRem: 'Duplicate' });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['CancelDate', 'Irn']);
      assert.equal(body.Irn, doc.Irn);
      assert.match(body.CancelDate, ACK_DT);
      assert.ok(Math.abs(istInstant(body.CancelDate).getTime() - t.clock.now().getTime()) < 60_000);
      const byIrn = await getIrn(t.demoToken, doc.Irn);
      assert.equal(byIrn.json().Status, 'CNL');
      assert.equal(byIrn.json().AckNo, doc.AckNo);
      const byDoc = await getDoc(t.demoToken, { type: 'INV', number: no, date });
      assert.equal(byDoc.json().Status, 'CNL');
    });

    it('cancelling a cancelled IRN is 9999', async () => {
      const { doc } = await registered('CNL2');
      assert.equal((await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn: '3', CnlRem: 'Order cancelled' })).statusCode, 200);
      expectProblem(await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn: '3', CnlRem: 'Order cancelled' }), 400, '9999');
    });

    it('accepts CnlRsn with the trailing space of NIC\u2019s own sample ("1 ") and an upper-case IRN', async () => {
      const { doc } = await registered('CNL3');
      const res = await cancel(t.demoToken, { Irn: doc.Irn.toUpperCase(), CnlRsn: '1 ', CnlRem: 'Wrong entry' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().Irn, doc.Irn);
    });

    it('cancels within 24 hours of generation and not after (2270)', async () => {
      const early = await registered('CNL24');
      const late = await registered('CNL25');
      try {
        t.clock.advance(23 * 3600);
        assert.equal((await cancel(t.demoToken, { Irn: early.doc.Irn, CnlRsn: '4', CnlRem: 'Others' })).statusCode, 200);
        t.clock.advance(2 * 3600);
        expectProblem(await cancel(t.demoToken, { Irn: late.doc.Irn, CnlRsn: '4', CnlRem: 'Others' }), 400, '2270');
        assert.equal((await getIrn(t.demoToken, late.doc.Irn)).json().Status, 'ACT');
      } finally {
        t.clock.reset();
      }
    });

    it('a CnlRsn outside 1–4, or a missing remark, is 400 naming the field', async () => {
      const { doc } = await registered('CNLBAD');
      for (const CnlRsn of ['0', '5', 'X', '']) {
        const p = expectProblem(await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn, CnlRem: 'x' }), 400, 'VALIDATION_FAILED');
        assert.ok(
          p.errors.some((e) => e.field === 'CnlRsn'),
          JSON.stringify(p),
        );
      }
      const p = expectProblem(await cancel(t.demoToken, { Irn: doc.Irn, CnlRsn: '1' }), 400, 'VALIDATION_FAILED');
      assert.ok(p.errors.some((e) => e.field === 'CnlRem'));
      assert.equal((await getIrn(t.demoToken, doc.Irn)).json().Status, 'ACT');
    });

    it('an unknown IRN is 404 2154; a malformed one 400 2145', async () => {
      expectProblem(await cancel(t.demoToken, { Irn: 'cd'.repeat(32), CnlRsn: '1', CnlRem: 'x' }), 404, '2154');
      expectProblem(await cancel(t.demoToken, { Irn: 'z'.repeat(64), CnlRsn: '1', CnlRem: 'x' }), 400, '2145');
    });
  });

  describe('tenant isolation', () => {
    it("another taxpayer's token cannot see, find or cancel the demo seller's document", async () => {
      const { no, date, doc } = await registered('ISO');
      expectProblem(await getIrn(otherToken, doc.Irn), 404, '2148');
      expectProblem(await getDoc(otherToken, { type: 'INV', number: no, date }), 404, '2154');
      expectProblem(await cancel(otherToken, { Irn: doc.Irn, CnlRsn: '1', CnlRem: 'not mine' }), 403, '2143');
      const still = await getIrn(t.demoToken, doc.Irn);
      assert.equal(still.json().Status, 'ACT');
    });

    it("and the demo seller cannot see the other taxpayer's document", async () => {
      const no = docNo('ISO2');
      const inv = invoice('b2b-intra', {
        docNo: no,
        docDate: today(),
        seller: { gstin: OTHER_GSTIN, stcd: '29', pin: 560025 },
        buyer: DEMO,
      });
      const res = await generate(otherToken, inv);
      assert.equal(res.statusCode, 200, res.body);
      expectProblem(await getIrn(t.demoToken, res.json().Irn), 404, '2148');
      expectProblem(await getDoc(t.demoToken, { type: 'INV', number: no, date: inv.DocDtls.Dt }), 404, '2154');
      // The same number is free for the demo seller: documents are unique per supplier.
      const mine = await generate(t.demoToken, invoice('b2b-intra', { docNo: no, docDate: inv.DocDtls.Dt }));
      assert.equal(mine.statusCode, 200, mine.body);
      assert.notEqual(mine.json().Irn, res.json().Irn);
    });
  });

  describe('GET /v1/einvoice/gstin/{gstin} and POST …/sync', () => {
    const master = (gstin: string, token = t.demoToken) =>
      call(t.app, { method: 'GET', url: `/v1/einvoice/gstin/${gstin}`, headers: bearer(token) });

    it('answers the IRP master shape for an active taxpayer', async () => {
      const res = await master('27AAPFU0939F1ZV');
      assert.equal(res.statusCode, 200, res.body);
      const m = res.json();
      assert.deepEqual(
        Object.keys(m).sort(),
        [
          'AddrBnm',
          'AddrBno',
          'AddrFlno',
          'AddrLoc',
          'AddrPncd',
          'AddrSt',
          'BlkStatus',
          'DtDReg',
          'DtReg',
          'Gstin',
          'LegalName',
          'StateCode',
          'Status',
          'TradeName',
          'TxpType',
        ].sort(),
      );
      assert.equal(m.Gstin, '27AAPFU0939F1ZV');
      assert.equal(m.LegalName, 'UNIVERSAL TRADERS');
      assert.equal(m.StateCode, 27);
      assert.equal(m.AddrPncd, 400001);
      assert.equal(m.Status, 'ACT');
      assert.equal(m.BlkStatus, 'U');
      assert.equal(m.TxpType, 'REG');
      assert.equal(m.DtReg, '2017-07-01');
      assert.match(m.DtReg, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(m.DtDReg, null);
    });

    it('shows a cancelled taxpayer as CNL with its de-registration date', async () => {
      const m = (await master(CANCELLED.gstin)).json();
      assert.equal(m.Status, 'CNL');
      assert.equal(m.DtDReg, '2024-03-31');
    });

    it('maps taxpayer types and statuses: SEZ, TCS, COM, suspended INA, blocked B', async () => {
      assert.equal((await master(SEZ_UNIT.gstin)).json().TxpType, 'SEZ');
      assert.equal((await master(ECO_GSTIN)).json().TxpType, 'TCS');
      assert.equal((await master('36AASFP8573D2ZN')).json().TxpType, 'COM');
      assert.equal((await master(SUSPENDED.gstin)).json().Status, 'INA');
      assert.equal((await master('05AAACG2140A1ZL')).json().BlkStatus, 'B');
    });

    it("finds NIC's sandbox test identities, whose check digits fail", async () => {
      for (const gstin of ['37ARZPT4384Q1MT', '29AWGPV7107B1Z1']) {
        const res = await master(gstin);
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().Gstin, gstin);
        assert.equal(res.json().Status, 'ACT');
      }
    });

    it('accepts a lower-case GSTIN', async () => {
      const res = await master('27aapfu0939f1zv');
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().Gstin, '27AAPFU0939F1ZV');
    });

    it('an unknown well-formed GSTIN is 404 3001; a malformed one 400 3030', async () => {
      expectProblem(await master(validGstin('27', 'QQQPQ1234Q')), 404, '3001');
      expectProblem(await master('12345'), 400, '3030');
      expectProblem(await master('ABCDEFGHIJKLMNO'), 400, '3030');
    });

    it('POST sync answers the same shape and values', async () => {
      const get = (await master('27AAPFU0939F1ZV')).json();
      const res = await call(t.app, { method: 'POST', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV/sync', headers: bearer(t.demoToken) });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), get);
      const unknown = await call(t.app, {
        method: 'POST',
        url: `/v1/einvoice/gstin/${validGstin('27', 'QQQPQ1234Q')}/sync`,
        headers: bearer(t.demoToken),
      });
      expectProblem(unknown, 404, '3001');
    });

    it('needs a bearer token', async () => {
      expectProblem(await call(t.app, { method: 'GET', url: '/v1/einvoice/gstin/27AAPFU0939F1ZV' }), 401, 'UNAUTHORIZED');
    });
  });
});
