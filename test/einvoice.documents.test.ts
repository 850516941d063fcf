/**
 * GET /v1/einvoice/documents (the dashboard's list): the caller's own copies only (as supplier or as
 * filer), newest first, with the date, status, buyer, value and search filters and paging.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, DEMO_GSTIN, docNo, expectProblem, govDate, invoice, type Party } from './support.ts';

const OTHER_GSTIN = '29AAACW4202F1ZM'; // seeded, Karnataka: the fixtures' buyer
const ECO_GSTIN = '29AAFCB7707D1C1'; // seeded e-commerce operator
const INTER_BUYER = '27AAPFU0939F1ZV'; // the b2b-inter fixture's buyer (Maharashtra)
const OTHER: Party = { gstin: OTHER_GSTIN, stcd: '29', pin: 560001 };

interface Summary {
  Irn: string;
  DocNo: string;
  DocDt: string;
  SellerGstin: string;
  BuyerGstin: string | null;
  TotInvVal: number;
  Status: string;
}

describe('GET /v1/einvoice/documents', () => {
  let t: TestApp;
  let otherToken: string;
  let ecoToken: string;
  const docs: Record<string, { irn: string; no: string; value: number; date: string }> = {};

  const generate = async (token: string, key: string, inv: ReturnType<typeof invoice>) => {
    const res = await call(t.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: inv });
    assert.equal(res.statusCode, 200, res.body);
    docs[key] = { irn: res.json().Irn, no: inv.DocDtls.No, value: inv.ValDtls.TotInvVal, date: inv.DocDtls.Dt };
  };
  const list = async (query: string, token = t.demoToken) => {
    const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/documents${query}`, headers: bearer(token) });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { documents: Summary[]; nextBefore: string | null };
  };
  const irns = (r: { documents: Summary[] }) => r.documents.map((d) => d.Irn);

  before(async () => {
    t = await buildTestApp();
    otherToken = await t.tenant(OTHER_GSTIN);
    ecoToken = await t.tenant(ECO_GSTIN, 'eco');
    const today = govDate(t.clock);
    const yesterday = govDate(t.clock, -1);
    // Oldest first: the list answers newest first.
    await generate(t.demoToken, 'old', invoice('b2b-intra', { docNo: docNo('LST'), docDate: yesterday }));
    await generate(t.demoToken, 'sez', invoice('b2b-inter', { docNo: docNo('LST'), docDate: today }));
    await generate(t.demoToken, 'cancelled', invoice('b2b-intra', { docNo: docNo('LSTC'), docDate: today }));
    await generate(ecoToken, 'eco', invoice('b2b-intra', { docNo: docNo('ECO'), docDate: today, ecmGstin: ECO_GSTIN }));
    await generate(
      otherToken,
      'foreign',
      invoice('b2b-intra', { docNo: docNo('OTH'), docDate: today, seller: OTHER, buyer: { gstin: DEMO_GSTIN, stcd: '29', pin: 560001 } }),
    );
    const cnl = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/cancel',
      headers: bearer(t.demoToken),
      payload: { Irn: docs.cancelled.irn, CnlRsn: '2', CnlRem: 'wrong rate' },
    });
    assert.equal(cnl.statusCode, 200, cnl.body);
  });
  after(async () => {
    await t.close();
  });

  it("lists the caller's documents, newest first, with the summary fields; another GSTIN's are absent", async () => {
    const r = await list('');
    assert.deepEqual(irns(r), [docs.eco.irn, docs.cancelled.irn, docs.sez.irn, docs.old.irn]);
    assert.equal(r.nextBefore, null);
    const sez = r.documents.find((d) => d.Irn === docs.sez.irn) as Summary;
    assert.equal(sez.SellerGstin, DEMO_GSTIN);
    assert.equal(sez.BuyerGstin, INTER_BUYER);
    assert.equal(sez.DocNo, docs.sez.no);
    assert.equal(sez.TotInvVal, docs.sez.value);
    assert.equal(sez.Status, 'ACT');
    assert.equal(r.documents.find((d) => d.Irn === docs.cancelled.irn)?.Status, 'CNL');
    // The other GSTIN sees its own document (where the demo GSTIN is only the buyer), not the demo's.
    assert.deepEqual(irns(await list('', otherToken)), [docs.foreign.irn]);
    // The e-commerce operator sees what it filed for the supplier.
    assert.deepEqual(irns(await list('', ecoToken)), [docs.eco.irn]);
  });

  it('filters by status, buyer, value, date and a search', async () => {
    assert.deepEqual(irns(await list('?status=CNL')), [docs.cancelled.irn]);
    assert.deepEqual(irns(await list('?status=ACT')), [docs.eco.irn, docs.sez.irn, docs.old.irn]);
    assert.deepEqual(irns(await list(`?buyer=${INTER_BUYER.slice(0, 10).toLowerCase()}`)), [docs.sez.irn]);
    const v = docs.old.value;
    const byValue = await list(`?minValue=${v}&maxValue=${v}`);
    assert.ok(byValue.documents.length >= 1);
    assert.ok(byValue.documents.every((d) => d.TotInvVal === v));
    assert.deepEqual(irns(await list(`?minValue=${v + 0.01}&maxValue=${v + 0.01}`)), []);
    const iso = (d: string) => d.split('/').reverse().join('-');
    assert.deepEqual(irns(await list(`?to=${iso(docs.old.date)}`)), [docs.old.irn]);
    assert.deepEqual(irns(await list(`?from=${iso(docs.sez.date)}&to=${iso(docs.sez.date)}&status=ACT`)), [docs.eco.irn, docs.sez.irn]);
    assert.deepEqual(irns(await list(`?q=${encodeURIComponent('LSTC/')}`)), [docs.cancelled.irn]);
    assert.deepEqual(irns(await list(`?q=${docs.sez.irn.slice(10, 30).toUpperCase()}`)), [docs.sez.irn]);
    // LIKE wildcards are matched literally.
    assert.deepEqual(irns(await list('?q=%25')), []);
  });

  it('pages with limit and before', async () => {
    const first = await list('?limit=3');
    assert.deepEqual(irns(first), [docs.eco.irn, docs.cancelled.irn, docs.sez.irn]);
    assert.ok(first.nextBefore);
    const second = await list(`?limit=3&before=${encodeURIComponent(first.nextBefore as string)}`);
    assert.deepEqual(irns(second), [docs.old.irn]);
    assert.equal(second.nextBefore, null);
  });

  it('rejects bad filters (400) and anonymous callers (401)', async () => {
    expectProblem(
      await call(t.app, { method: 'GET', url: '/v1/einvoice/documents?status=XYZ', headers: bearer(t.demoToken) }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call(t.app, { method: 'GET', url: '/v1/einvoice/documents?from=01/04/2026', headers: bearer(t.demoToken) }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call(t.app, { method: 'GET', url: '/v1/einvoice/documents?limit=0', headers: bearer(t.demoToken) }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/einvoice/documents' }), 401, 'UNAUTHORIZED');
  });
});
