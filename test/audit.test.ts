/**
 * The audit log (issue 6): who did what to which document, when, with the request id — written by
 * the routes' activity hook for every document action (successes with the document id, failures
 * with their code) and readable through GET /v1/audit for one's own GSTIN only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { parseIstDateTime } from '../src/domain/dates.ts';
import { sampleEwbRequest, TRANSPORTER_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import type { AuditEntryView } from '../src/modules/audit/activity.service.ts';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice, sqlRows } from './support.ts';

type Entry = Omit<AuditEntryView, 'detail'> & { detail: Record<string, unknown> | null };

describe('audit log', () => {
  let t: TestApp;
  let otherToken: string;

  before(async () => {
    t = await buildTestApp({ GSTGATE_EWB_SCAN_SECONDS: '0' });
    otherToken = await t.tenant(TRANSPORTER_GSTIN, 'swift');
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  const post = (url: string, payload: unknown, token = t.demoToken, headers: Record<string, string> = {}) =>
    call(t.app, { method: 'POST', url, headers: { ...bearer(token), ...headers }, payload: payload as object });
  const audit = async (query: Record<string, string> = {}, token = t.demoToken) => {
    const res = await call(t.app, { method: 'GET', url: '/v1/audit', query, headers: bearer(token) });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { entries: Entry[]; next?: string };
  };
  const requestIdOf = (res: { headers: Record<string, unknown> }) => String(res.headers['x-request-id']);

  it('records e-invoice generate and cancel with actor, action, document id and the request id', async () => {
    const gen = await post('/v1/einvoice/generate', invoice('b2b-intra', { docNo: docNo('AU'), docDate: govDate(t.clock) }));
    assert.equal(gen.statusCode, 200, gen.body);
    const irn = gen.json().Irn as string;
    const cnl = await post('/v1/einvoice/cancel', { Irn: irn, CnlRsn: '2', CnlRem: 'Data entry mistake' });
    assert.equal(cnl.statusCode, 200, cnl.body);

    const { entries } = await audit({ docId: irn });
    assert.deepEqual(
      entries.map((e) => [e.action, e.actor, e.docType, e.docId, e.outcome, e.requestId]),
      [
        ['einvoice.cancel', DEMO_USER.username, 'einvoice', irn, 'success', requestIdOf(cnl)],
        ['einvoice.generate', DEMO_USER.username, 'einvoice', irn, 'success', requestIdOf(gen)],
      ],
    );
    assert.equal(entries[1].detail?.docNo !== undefined, true);
    assert.ok(Date.parse(entries[0].at) >= Date.parse(entries[1].at));
  });

  it('records a failure with its code, without an event; a caller-chosen X-Request-Id is the one recorded', async () => {
    const unknownIrn = 'a'.repeat(64);
    const res = await post('/v1/einvoice/cancel', { Irn: unknownIrn, CnlRsn: '1', CnlRem: 'x' }, t.demoToken, {
      'x-request-id': 'erp-42.cancel',
    });
    assert.ok(res.statusCode >= 400, res.body);
    const code = res.json().code as string;
    const { entries } = await audit({ docId: unknownIrn });
    assert.equal(entries.length, 1);
    assert.equal(entries[0].outcome, 'failure');
    assert.equal(entries[0].requestId, 'erp-42.cancel');
    assert.equal(entries[0].detail?.code, code);
    assert.equal(entries[0].detail?.status, res.statusCode);

    // A body that fails validation: every code is kept, the document number is named.
    const no = docNo('BAD');
    const inv = invoice('b2b-intra', { docNo: no, docDate: govDate(t.clock) });
    (inv.ValDtls as { TotInvVal: number }).TotInvVal += 1000;
    const bad = await post('/v1/einvoice/generate', inv);
    assert.equal(bad.statusCode, 400, bad.body);
    const failed = (await audit({ action: 'einvoice.generate' })).entries.find((e) => e.requestId === requestIdOf(bad));
    assert.equal(failed?.outcome, 'failure');
    assert.equal(failed?.detail?.code, bad.json().code);
    assert.equal(failed?.detail?.docNo, no);
    assert.equal(failed?.docId, null);
  });

  it('records the e-way bill actions: generate, Part-B, transporter, cancel; and a failure by e-way bill number', async () => {
    const gen = await post('/v1/ewaybill/generate', sampleEwbRequest('intra', { docNo: docNo('AUE'), docDate: govDate(t.clock) }));
    assert.equal(gen.statusCode, 200, gen.body);
    const ewbNo = String(gen.json().ewayBillNo);
    const partB = await post('/v1/ewaybill/update-partb', {
      ewbNo,
      vehicleNo: 'KA01AB9999',
      fromPlace: 'Bengaluru',
      fromState: 29,
      reasonCode: '1',
      reasonRem: 'Break down',
      transMode: '1',
      vehicleType: 'R',
    });
    assert.equal(partB.statusCode, 200, partB.body);
    const tr = await post('/v1/ewaybill/update-transporter', { ewbNo, transporterId: TRANSPORTER_GSTIN });
    assert.equal(tr.statusCode, 200, tr.body);
    const cnl = await post('/v1/ewaybill/cancel', { ewbNo, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' });
    assert.equal(cnl.statusCode, 200, cnl.body);
    const again = await post('/v1/ewaybill/cancel', { ewbNo, cancelRsnCode: '2', cancelRmrk: 'Order cancelled' });
    assert.ok(again.statusCode >= 400);

    const { entries } = await audit({ docId: ewbNo });
    assert.deepEqual(
      entries.map((e) => [e.action, e.outcome, e.requestId]),
      [
        ['ewaybill.cancel', 'failure', requestIdOf(again)],
        ['ewaybill.cancel', 'success', requestIdOf(cnl)],
        ['ewaybill.update-transporter', 'success', requestIdOf(tr)],
        ['ewaybill.update-partb', 'success', requestIdOf(partB)],
        ['ewaybill.generate', 'success', requestIdOf(gen)],
      ],
    );
    assert.equal(entries[0].detail?.code, again.json().code);
    assert.equal(entries[3].detail?.validUpto, partB.json().validUpto);
    for (const e of entries) assert.equal(e.docType, 'ewaybill');
  });

  it('records the e-way bill generated by IRN', async () => {
    const gen = await post('/v1/einvoice/generate', invoice('b2b-inter', { docNo: docNo('AUI'), docDate: govDate(t.clock) }));
    assert.equal(gen.statusCode, 200, gen.body);
    const irn = gen.json().Irn as string;
    const ewb = await post('/v1/einvoice/ewaybill', {
      Irn: irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    assert.equal(ewb.statusCode, 200, ewb.body);
    const { entries } = await audit({ docId: String(ewb.json().EwbNo) });
    assert.equal(entries.length, 1);
    assert.equal(entries[0].action, 'ewaybill.generate-by-irn');
    assert.equal(entries[0].detail?.irn, irn);
    assert.equal(entries[0].requestId, requestIdOf(ewb));
  });

  it('generate with EwbDtls records the e-way bill too, and watches its validity', async () => {
    const inv = invoice('b2b-inter', { docNo: docNo('AUW'), docDate: govDate(t.clock) });
    inv.EwbDtls = { TransId: TRANSPORTER_GSTIN, TransMode: '1', Distance: 0, VehNo: 'KA01AB1234', VehType: 'R' } as typeof inv.EwbDtls;
    const gen = await post('/v1/einvoice/generate', inv);
    assert.equal(gen.statusCode, 200, gen.body);
    const { Irn, EwbNo, EwbValidTill } = gen.json();
    assert.ok(EwbNo, gen.body);
    const [row] = (await audit({ docId: String(EwbNo) })).entries;
    assert.deepEqual(
      [row.action, row.docType, row.requestId, row.detail],
      ['ewaybill.generate', 'ewaybill', requestIdOf(gen), { irn: Irn, via: 'einvoice' }],
    );
    const watched = await sqlRows<{ valid_upto: Date; gstin: string }>(
      t.database,
      sql`SELECT valid_upto, gstin FROM ewaybill_watch WHERE ewb_no = ${String(EwbNo)}`,
    );
    assert.equal(watched.length, 1);
    assert.equal(new Date(watched[0].valid_upto).toISOString(), parseIstDateTime(EwbValidTill)?.toISOString());
  });

  it('an idempotent replay is not recorded twice', async () => {
    const body = invoice('b2b-intra', { docNo: docNo('IDM'), docDate: govDate(t.clock) });
    const key = { 'idempotency-key': `audit-${process.pid}-${Date.now()}` };
    const first = await post('/v1/einvoice/generate', body, t.demoToken, key);
    assert.equal(first.statusCode, 200, first.body);
    const replay = await post('/v1/einvoice/generate', body, t.demoToken, key);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.json().Irn, first.json().Irn);
    const { entries } = await audit({ docId: first.json().Irn });
    assert.deepEqual(
      entries.map((e) => e.requestId),
      [requestIdOf(first)],
    );
  });

  it('pages newest first with next/before; filters by action and time; invalid filters are 400', async () => {
    const all = (await audit({ limit: '200' })).entries;
    assert.ok(all.length >= 8, `entries: ${all.length}`);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].id > all[i].id, 'newest first');

    const page1 = await audit({ limit: '3' });
    assert.equal(page1.entries.length, 3);
    assert.ok(page1.next);
    const page2 = await audit({ limit: '3', before: page1.next as string });
    assert.deepEqual(
      [...page1.entries, ...page2.entries].map((e) => e.id),
      all.slice(0, 6).map((e) => e.id),
    );

    const cancels = (await audit({ action: 'einvoice.cancel' })).entries;
    assert.ok(cancels.length >= 2 && cancels.every((e) => e.action === 'einvoice.cancel'));
    const future = new Date(Date.now() + 3_600_000).toISOString();
    assert.deepEqual((await audit({ from: future })).entries, []);
    assert.equal((await audit({ to: future, limit: '200' })).entries.length, all.length);

    expectProblem(
      await call(t.app, { method: 'GET', url: '/v1/audit?from=yesterday', headers: bearer(t.demoToken) }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/audit?limit=0', headers: bearer(t.demoToken) }), 400, 'VALIDATION_FAILED');
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/audit' }), 401, 'UNAUTHORIZED');
  });

  it("shows one GSTIN's entries only", async () => {
    const mine = (await audit({ limit: '200' })).entries;
    const theirs = (await audit({ limit: '200' }, otherToken)).entries;
    assert.ok(mine.length > 0);
    const mineIds = new Set(mine.map((e) => e.id));
    assert.ok(theirs.every((e) => !mineIds.has(e.id)));
    // Their own action shows for them, not for the demo GSTIN.
    const res = await post('/v1/ewaybill/reject', { ewbNo: '999999999999' }, otherToken);
    assert.ok(res.statusCode >= 400);
    const after = (await audit({ docId: '999999999999' }, otherToken)).entries;
    assert.equal(after.length, 1);
    assert.equal(after[0].actor, 'swift');
    assert.deepEqual((await audit({ docId: '999999999999' })).entries, []);
    const irn = mine.find((e) => e.action === 'einvoice.generate' && e.docId)?.docId as string;
    assert.deepEqual((await audit({ docId: irn }, otherToken)).entries, []);
  });
});
