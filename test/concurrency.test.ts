/**
 * Concurrency (the requirement): simultaneous identical generate calls register the document
 * exactly once — one 200, the rest 409 2150 pointing at that one IRN — and the tables hold one row;
 * simultaneous cancels cancel once; simultaneous distinct documents all register with distinct AckNos.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { DEMO_USER } from '../src/modules/sandbox/sandbox.seed.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice, type OwnApp, openApp, type ProblemJson, sqlRows } from './support.ts';

describe('concurrency', () => {
  let a: OwnApp;
  let token: string;
  before(async () => {
    a = await openApp();
    token = await a.login(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
  });
  after(() => a.close());

  const generate = (body: object) => call(a.app, { method: 'POST', url: '/v1/einvoice/generate', headers: bearer(token), payload: body });
  const count = async (table: 'irp_documents' | 'einvoices', irn: string) =>
    Number(
      (await sqlRows<{ n: number | string }>(a.database, sql`select count(*) as n from ${sql.identifier(table)} where irn = ${irn}`))[0].n,
    );

  /** One 200 and n-1 409 2150 whose DUPIRN all name the winner; returns the winner's body. */
  function exactlyOneWinner(results: Awaited<ReturnType<typeof generate>>[]) {
    const winners = results.filter((r) => r.statusCode === 200);
    const losers = results.filter((r) => r.statusCode !== 200);
    assert.equal(winners.length, 1, `winners: ${winners.length}; statuses ${results.map((r) => r.statusCode).join(',')}`);
    const won = winners[0].json();
    for (const res of losers) {
      const p: ProblemJson = expectProblem(res, 409, '2150');
      assert.equal(p.info?.[0].InfCd, 'DUPIRN');
      assert.deepEqual(p.info?.[0].Desc, { AckNo: won.AckNo, AckDt: won.AckDt, Irn: won.Irn });
    }
    return won;
  }

  it('twenty simultaneous generate calls for one document: one 200, nineteen 409 2150 naming that IRN', async () => {
    const no = docNo('RACE');
    const date = govDate(a.clock);
    const results = await Promise.all(Array.from({ length: 20 }, () => generate(invoice('b2b-intra', { docNo: no, docDate: date }))));
    const won = exactlyOneWinner(results);
    assert.equal(results.filter((r) => r.statusCode === 409).length, 19);

    assert.equal(await count('irp_documents', won.Irn), 1);
    assert.equal(await count('einvoices', won.Irn), 1);
    const docs = await sqlRows(a.database, sql`select irn from irp_documents where seller_gstin = ${DEMO_USER.gstin} and doc_no = ${no}`);
    assert.equal(docs.length, 1);

    const got = await call(a.app, {
      method: 'GET',
      url: '/v1/einvoice/document',
      query: { type: 'INV', number: no, date },
      headers: bearer(token),
    });
    assert.equal(got.statusCode, 200, got.body);
    assert.deepEqual(got.json(), won);
  });

  it('the same race with the number in different letter cases still registers once', async () => {
    const no = docNo('rAcE');
    const date = govDate(a.clock);
    const numbers = [no, no.toUpperCase(), no.toLowerCase()];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => generate(invoice('b2b-intra', { docNo: numbers[i % 3], docDate: date }))),
    );
    const won = exactlyOneWinner(results);
    const docs = await sqlRows(a.database, sql`select irn from irp_documents where upper(doc_no) = ${no.toUpperCase()}`);
    assert.equal(docs.length, 1);
    assert.equal(await count('einvoices', won.Irn), 1);
  });

  it('twenty simultaneous distinct documents all register, each with its own AckNo', async () => {
    const date = govDate(a.clock);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => generate(invoice('b2b-intra', { docNo: docNo('PAR'), docDate: date }))),
    );
    for (const res of results) assert.equal(res.statusCode, 200, res.body);
    const ackNos = new Set(results.map((r) => r.json().AckNo));
    const irns = new Set(results.map((r) => r.json().Irn));
    assert.equal(ackNos.size, 20);
    assert.equal(irns.size, 20);
  });

  it('ten simultaneous cancels of one IRN: one 200, the others 9999', async () => {
    const no = docNo('CRACE');
    const res = await generate(invoice('b2b-intra', { docNo: no, docDate: govDate(a.clock) }));
    assert.equal(res.statusCode, 200, res.body);
    const irn = res.json().Irn;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        call(a.app, {
          method: 'POST',
          url: '/v1/einvoice/cancel',
          headers: bearer(token),
          payload: { Irn: irn, CnlRsn: '1', CnlRem: 'Duplicate' },
        }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    assert.equal(ok.length, 1, results.map((r) => r.statusCode).join(','));
    for (const r of results.filter((x) => x.statusCode !== 200)) expectProblem(r, 400, '9999');
    const rows = await sqlRows<{ status: string; cancel_date: string }>(
      a.database,
      sql`select status, cancel_date from irp_documents where irn = ${irn}`,
    );
    assert.deepEqual(rows, [{ status: 'CNL', cancel_date: ok[0].json().CancelDate }]);
    const copy = await sqlRows<{ status: string; cancel_date: string }>(
      a.database,
      sql`select status, cancel_date from einvoices where irn = ${irn}`,
    );
    assert.deepEqual(copy, [{ status: 'CNL', cancel_date: ok[0].json().CancelDate }]);
  });
});
