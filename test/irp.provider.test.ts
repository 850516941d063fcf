/**
 * The emulated IRP behind the gateway (src/providers/sandbox/irp.ts), called as the provider:
 * the rules that gstgate's own API hides behind its copy of each document — NIC's 2-day get window
 * (2283), the IRP's own ownership answer (2226) — and cancel while an e-way bill is live (2230).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { GstError } from '../src/core/errors.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, DEMO_GSTIN, docNo, govDate, invoice } from './support.ts';

describe('sandbox IRP (provider level)', () => {
  let t: TestApp;
  const demo = { gstin: DEMO_GSTIN };

  before(async () => {
    t = await buildTestApp();
  });
  after(async () => {
    t.clock.reset();
    await t.close();
  });

  async function registered(prefix: string) {
    const no = docNo(prefix);
    const res = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: bearer(t.demoToken),
      payload: invoice('b2b-intra', { docNo: no, docDate: govDate(t.clock) }),
    });
    assert.equal(res.statusCode, 200, res.body);
    return { no, date: govDate(t.clock), irn: res.json().Irn as string };
  }

  const irp = () => t.app.services.provider.einvoice;
  const codeOf = (err: unknown) => (err instanceof GstError ? err.code : String(err));

  it('answers get by IRN and by document within 2 days of generation, then 2283', async () => {
    const { no, date, irn } = await registered('WIN');
    assert.equal((await irp().getByIrn(demo, irn)).Irn, irn);
    assert.equal((await irp().getByDocument(demo, { docType: 'INV', docNo: no, docDate: date })).Irn, irn);
    t.clock.advance(2 * 86_400 + 60);
    try {
      await assert.rejects(irp().getByIrn(demo, irn), (e) => codeOf(e) === '2283');
      await assert.rejects(irp().getByDocument(demo, { docType: 'INV', docNo: no, docDate: date }), (e) => codeOf(e) === '2283');
      // gstgate's own API still has the document.
      const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${irn}`, headers: bearer(t.demoToken) });
      assert.equal(res.statusCode, 200, res.body);
    } finally {
      t.clock.reset();
    }
  });

  it("answers another GSTIN's IRN with 2226", async () => {
    const { irn } = await registered('OWN');
    await assert.rejects(irp().getByIrn({ gstin: '29AAACW4202F1ZM' }, irn), (e) => codeOf(e) === '2226');
  });

  it('refuses to cancel an IRN whose e-way bill is live: 2230', async () => {
    const { irn } = await registered('EWB');
    const ewb = await irp().generateEwbByIrn(demo, { Irn: irn, Distance: 8, TransId: '29AAECS4417K1Z2' });
    await assert.rejects(irp().cancelIrn(demo, { Irn: irn, CnlRsn: '1', CnlRem: 'Duplicate' }), (e) => codeOf(e) === '2230');
    // A number the e-way bill system does not hold as active does not block it (§7.5).
    await t.database.db.execute(sql`update irp_documents set ewb_no = 391009149369 where irn = ${irn}`);
    assert.equal((await irp().cancelIrn(demo, { Irn: irn, CnlRsn: '1', CnlRem: 'Duplicate' })).Irn, irn);
    assert.match(String(ewb.EwbNo), /^[0-9]{12}$/);
  });
});
