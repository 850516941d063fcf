/**
 * Bulk upload (issue 7) on the real app and database: a CSV of good and bad invoices gives the right
 * per-invoice statuses and NIC codes and the good ones become readable e-invoices; the template (CSV
 * and XLSX) is the documented layout and registers as it is; JSON arrays; results as CSV and XLSX;
 * the file-level errors; tenant isolation; and a 10,000-row file completes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { parseCsv, writeCsv } from '../src/modules/bulk/bulk.files.ts';
import { templateExamples } from '../src/modules/bulk/bulk.template.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, docNo, expectProblem, govDate, invoice, withBadCheckChar } from './support.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BUYER = '29AAACW4202F1ZM';

/** The column names of docs/bulk-columns.md's table, in order. */
function documentedColumns(): string[] {
  const md = readFileSync(new URL('../docs/bulk-columns.md', import.meta.url), 'utf8');
  return [...md.matchAll(/^\| `(\w+)` \| (?:invoice|item) \|/gm)].map((m) => m[1]);
}

interface BatchView {
  batchId: string;
  state: string;
  total: number;
  validated: number;
  invalid: number;
  generated: number;
  failed: number;
  duplicate: number;
  progress: number;
}
interface RowView {
  rowNo: number;
  lastRowNo: number;
  docNo: string | null;
  status: string;
  irn: string | null;
  ackNo: number | null;
  ackDt: string | null;
  errors: { code: string; message: string; field?: string; column?: string }[];
}

describe('bulk upload', () => {
  let t: TestApp;
  let auth: Record<string, string>;

  before(async () => {
    t = await buildTestApp();
    auth = bearer(t.demoToken);
  });
  after(async () => {
    await t?.close();
  });

  const upload = (body: string | Buffer, contentType: string, url = '/v1/einvoice/bulk', headers = auth) =>
    call(t.app, { method: 'POST', url, headers: { ...headers, 'content-type': contentType }, payload: body });

  /** Polls the batch until completed; every view seen is returned (progress never goes back). */
  async function untilCompleted(batchId: string, pollMs = 100): Promise<BatchView[]> {
    const seen: BatchView[] = [];
    for (let i = 0; i < 600_000 / pollMs; i++) {
      const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/bulk/${batchId}`, headers: auth });
      assert.equal(res.statusCode, 200, res.body);
      const view = res.json() as BatchView;
      assert.ok(['validating', 'generating', 'completed'].includes(view.state));
      if (seen.length > 0) assert.ok(view.progress >= (seen.at(-1) as BatchView).progress, 'progress never goes back');
      seen.push(view);
      if (view.state === 'completed') return seen;
      await sleep(pollMs);
    }
    throw new Error(`batch ${batchId} did not complete`);
  }

  async function rowsOf(batchId: string, query = 'limit=1000'): Promise<RowView[]> {
    const res = await call(t.app, { method: 'GET', url: `/v1/einvoice/bulk/${batchId}/rows?${query}`, headers: auth });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().rows as RowView[];
  }

  /** Column-name records → CSV with the template's header. */
  async function templateHeader(): Promise<string[]> {
    const res = await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/template?format=csv', headers: auth });
    return parseCsv(res.body)[0];
  }
  const csvOf = (header: string[], records: Record<string, unknown>[]) =>
    writeCsv(
      header,
      records.map((r) => header.map((h) => r[h] ?? '')),
    );

  it('downloads the template: the documented columns, two examples, CSV and XLSX', async () => {
    const documented = documentedColumns();
    assert.ok(documented.length > 50, 'docs/bulk-columns.md lists the columns');
    const csv = await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/template?format=csv', headers: auth });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const records = parseCsv(csv.body);
    assert.deepEqual(records[0], documented);
    assert.equal(records.length, 3);
    const at = (name: string) => records[0].indexOf(name);
    assert.equal(records[1][at('SellerGstin')], '29AAFCD5862R1ZR');
    assert.equal(records[1][at('BuyerGstin')], BUYER);

    const xlsx = await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/template?format=xlsx', headers: auth });
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.headers['content-type'], XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), documented);
    assert.equal(sheet.actualRowCount, 3);
  });

  it('validates every invoice of a CSV, registers the good ones and reports each with its codes', async () => {
    const date = govDate(t.clock);
    // An invoice registered before the upload: in the file it is a duplicate (2150 with its IRN).
    const dupNo = docNo('BD');
    const registered = await call(t.app, {
      method: 'POST',
      url: '/v1/einvoice/generate',
      headers: auth,
      payload: invoice('b2b-intra', { docNo: dupNo, docDate: date }),
    });
    assert.equal(registered.statusCode, 200, registered.body);

    const [a, b] = templateExamples(date, docNo('BG')) as (Record<string, unknown> & { DocNo: string })[];
    const good1 = { ...a };
    // Two item rows of one document (invoice-level columns repeated, totals of both items).
    const totals = { AssVal: 11200, CgstVal: 972, SgstVal: 972, IgstVal: 0, TotInvVal: 13144 };
    const multiNo = docNo('BM');
    const multi1 = { ...a, DocNo: multiNo, ...totals };
    const multi2 = { ...b, DocNo: multiNo, SlNo: '2', ...totals };
    const badCheck = { ...b, DocNo: docNo('BC'), BuyerGstin: withBadCheckChar(BUYER) };
    // Intra-state (29 → POS 29) charged to IGST.
    const igst = { ...a, DocNo: docNo('BI'), IgstAmt: 1800, CgstAmt: 0, SgstAmt: 0, IgstVal: 1800, CgstVal: 0, SgstVal: 0 };
    const missing = { ...b, DocNo: docNo('BL'), SellerLglNm: '' };
    const dup = { ...a, DocNo: dupNo, BuyerLglNm: 'Westgate Retail Private Limited' };
    const conflictNo = docNo('BX');
    const conflict1 = { ...a, DocNo: conflictNo, ...totals };
    const conflict2 = { ...b, DocNo: conflictNo, SlNo: '2', ...totals, BuyerLglNm: 'Someone Else Limited' };
    const good2 = { ...b };

    const header = await templateHeader();
    const csv = csvOf(header, [good1, multi1, badCheck, igst, multi2, missing, dup, conflict1, conflict2, good2]);
    const res = await upload(csv, 'text/csv; charset=utf-8', '/v1/einvoice/bulk?filename=mixed.csv');
    assert.equal(res.statusCode, 202, res.body);
    const accepted = res.json();
    assert.equal(accepted.status, 'validating');
    assert.equal(accepted.rows, 8, 'ten item rows, eight invoices');
    assert.equal(accepted.fileRows, 10);
    assert.equal(accepted.statusUrl, `/v1/einvoice/bulk/${accepted.batchId}`);
    assert.equal(res.headers.location, accepted.statusUrl);

    const views = await untilCompleted(accepted.batchId);
    const last = views.at(-1) as BatchView;
    assert.equal(last.progress, 1);
    assert.deepEqual(
      {
        total: last.total,
        validated: last.validated,
        invalid: last.invalid,
        generated: last.generated,
        failed: last.failed,
        duplicate: last.duplicate,
      },
      { total: 8, validated: 8, invalid: 3, generated: 3, failed: 1, duplicate: 1 },
    );

    const rows = await rowsOf(accepted.batchId);
    const byNo = new Map(rows.map((r) => [r.docNo, r]));
    const codes = (no: string) => (byNo.get(no) as RowView).errors.map((e) => e.code);
    // File rows: header 1, data from 2.
    assert.deepEqual(
      rows.map((r) => [r.rowNo, r.lastRowNo, r.status]),
      [
        [2, 2, 'generated'],
        [3, 6, 'generated'],
        [4, 4, 'failed'],
        [5, 5, 'invalid'],
        [7, 7, 'invalid'],
        [8, 8, 'duplicate'],
        [9, 10, 'invalid'],
        [11, 11, 'generated'],
      ],
    );
    assert.deepEqual(codes(badCheck.DocNo), ['3028'], 'a buyer GSTIN failing its check character is unknown to the IRP');
    assert.ok(codes(igst.DocNo).includes('2172'), JSON.stringify(byNo.get(igst.DocNo)));
    const lgl = (byNo.get(missing.DocNo) as RowView).errors;
    assert.deepEqual(
      lgl.map((e) => [e.code, e.field, e.column]),
      [['5002', 'SellerDtls.LglNm', 'SellerLglNm']],
    );
    assert.deepEqual(codes(conflictNo), ['BULK_ROW_CONFLICT']);
    assert.equal((byNo.get(conflictNo) as RowView).errors[0].column, 'BuyerLglNm');
    const dupRow = byNo.get(dupNo) as RowView;
    assert.deepEqual(
      dupRow.errors.map((e) => e.code),
      ['2150'],
    );
    assert.equal(dupRow.irn, registered.json().Irn);
    assert.equal(dupRow.ackNo, registered.json().AckNo);

    // The generated invoices are e-invoices like any other.
    for (const row of rows.filter((r) => r.status === 'generated')) {
      const doc = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${row.irn}`, headers: auth });
      assert.equal(doc.statusCode, 200, doc.body);
      assert.equal(doc.json().AckNo, row.ackNo);
      assert.equal(doc.json().AckDt, row.ackDt);
    }
    const multi = await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${(byNo.get(multiNo) as RowView).irn}`, headers: auth });
    const signed = JSON.parse(JSON.parse(Buffer.from(multi.json().SignedInvoice.split('.')[1], 'base64url').toString()).data);
    assert.equal(signed.ItemList.length, 2);
    assert.equal(signed.ValDtls.TotInvVal, 13144);

    // Filters.
    assert.deepEqual(
      (await rowsOf(accepted.batchId, 'status=invalid')).map((r) => r.rowNo),
      [5, 7, 9],
    );
    assert.deepEqual(
      (await rowsOf(accepted.batchId, 'limit=2&offset=1')).map((r) => r.rowNo),
      [3, 4],
    );

    // Results as CSV and as XLSX: one line per invoice, its status, IRN and codes.
    const csvRes = await call(t.app, { method: 'GET', url: `/v1/einvoice/bulk/${accepted.batchId}/results?format=csv`, headers: auth });
    assert.equal(csvRes.statusCode, 200);
    assert.match(String(csvRes.headers['content-disposition']), /attachment/);
    const table = parseCsv(csvRes.body);
    assert.deepEqual(table[0], [
      'RowNo',
      'LastRowNo',
      'DocTyp',
      'DocNo',
      'DocDt',
      'Status',
      'Irn',
      'AckNo',
      'AckDt',
      'ErrorCodes',
      'ErrorMessages',
    ]);
    assert.equal(table.length, 9);
    const line = (no: string) => table.find((r) => r[3] === no) as string[];
    assert.equal(line(good1.DocNo)[5], 'generated');
    assert.equal(line(good1.DocNo)[6], (byNo.get(good1.DocNo) as RowView).irn);
    assert.equal(line(badCheck.DocNo)[9], '3028');
    assert.match(line(missing.DocNo)[10], /5002 \[SellerLglNm\]: The LglNm field is required/);
    assert.equal(line(dupNo)[6], registered.json().Irn);

    const xlsxRes = await call(t.app, { method: 'GET', url: `/v1/einvoice/bulk/${accepted.batchId}/results?format=xlsx`, headers: auth });
    assert.equal(xlsxRes.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxRes.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    assert.equal(sheet.actualRowCount, 9);
    const xrows = [] as unknown[][];
    sheet.eachRow((r) => {
      xrows.push((r.values as unknown[]).slice(1));
    });
    assert.deepEqual(
      xrows.slice(1).map((r) => r[5]),
      rows.map((r) => r.status),
    );
    assert.equal(xrows[1][6], (byNo.get(good1.DocNo) as RowView).irn);
  });

  it('registers both example invoices of the XLSX template uploaded as it is', async () => {
    const xlsx = await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/template?format=xlsx', headers: auth });
    const res = await upload(xlsx.rawPayload, XLSX, '/v1/einvoice/bulk?filename=template.xlsx');
    assert.equal(res.statusCode, 202, res.body);
    const last = (await untilCompleted(res.json().batchId)).at(-1) as BatchView;
    assert.equal(last.generated, 2, JSON.stringify(await rowsOf(res.json().batchId)));
    const rows = await rowsOf(res.json().batchId);
    assert.deepEqual(
      rows.map((r) => [r.rowNo, r.docNo, r.status]),
      [
        [2, 'BLK/DEMO/1', 'generated'],
        [3, 'BLK/DEMO/2', 'generated'],
      ],
    );
  });

  it('takes a JSON array of INV-01 invoices as they are', async () => {
    const date = govDate(t.clock);
    const good = invoice('b2b-inter', { docNo: docNo('BJ'), docDate: date });
    const bad = { ...invoice('b2b-intra', { docNo: docNo('BJ'), docDate: date }), Version: '1.0' };
    const res = await upload(JSON.stringify([good, bad]), 'application/json');
    assert.equal(res.statusCode, 202, res.body);
    await untilCompleted(res.json().batchId);
    const rows = await rowsOf(res.json().batchId);
    assert.deepEqual(
      rows.map((r) => [r.rowNo, r.status, r.errors.map((e) => e.code)]),
      [
        [1, 'generated', []],
        [2, 'invalid', ['5002']],
      ],
    );
    assert.equal(rows[1].errors[0].column, undefined, 'JSON rows name INV-01 fields, not columns');
    assert.equal(rows[1].errors[0].field, 'Version');
    // The generated invoice is in the audit log like any other, as `system` for the batch and its uploader.
    const audit = await call(t.app, { method: 'GET', url: `/v1/audit?docId=${rows[0].irn}`, headers: bearer(t.demoToken) });
    assert.deepEqual(
      audit
        .json()
        .entries.map((e: { actor: string; action: string; detail: Record<string, unknown> }) => [
          e.actor,
          e.action,
          e.detail.batchId,
          e.detail.row,
          e.detail.requestedBy,
        ]),
      [['system', 'einvoice.generate', res.json().batchId, 1, 'demo']],
    );
  });

  it('refuses unreadable files, other media types and too many rows with their codes', async () => {
    expectProblem(await upload('a,b', 'text/plain'), 415, 'BULK_UNSUPPORTED_FORMAT');
    expectProblem(await upload('{"not":"an array"}', 'application/json'), 400, 'BULK_FILE_INVALID');
    expectProblem(await upload('[', 'application/json'), 400, 'BULK_FILE_INVALID');
    expectProblem(await upload('not a workbook', XLSX), 400, 'BULK_FILE_INVALID');
    expectProblem(await upload('', 'text/csv'), 400, 'BULK_FILE_INVALID');
    const header = await templateHeader();
    const unknownCol = expectProblem(await upload(`${header.join(',')},Colour\r\n`, 'text/csv'), 400, 'BULK_FILE_INVALID');
    assert.match(unknownCol.errors[0].message, /unknown columns: Colour/);
    const missingCol = expectProblem(
      await upload(`${header.filter((h) => h !== 'TotInvVal').join(',')}\r\n`, 'text/csv'),
      400,
      'BULK_FILE_INVALID',
    );
    assert.match(missingCol.errors[0].message, /required columns missing: TotInvVal/);
    const noRows = expectProblem(await upload(`${header.join(',')}\r\n`, 'text/csv'), 400, 'BULK_FILE_INVALID');
    assert.match(noRows.errors[0].message, /no invoice rows/);
    // GSTGATE_BULK_MAX_ROWS (10,000): the rows are counted before anything is stored.
    const tooMany = expectProblem(await upload(`${header.join(',')}\r\n${'x\r\n'.repeat(10_001)}`, 'text/csv'), 413, 'BULK_TOO_MANY_ROWS');
    assert.match(tooMany.errors[0].message, /10001 data rows; at most 10000/);
    expectProblem(await upload(JSON.stringify(new Array(10_001).fill({})), 'application/json'), 413, 'BULK_TOO_MANY_ROWS');
    // GSTGATE_BULK_MAX_BYTES (20 MB) for this route only.
    expectProblem(await upload(Buffer.alloc(20 * 1024 * 1024 + 1, 0x20), 'text/csv'), 413, 'PAYLOAD_TOO_LARGE');
    // Without a token nothing is read.
    const anon = await call(t.app, { method: 'POST', url: '/v1/einvoice/bulk', headers: { 'content-type': 'text/csv' }, payload: 'x' });
    expectProblem(anon, 401, 'UNAUTHORIZED');
  });

  it("hides another GSTIN's batch (404)", async () => {
    const res = await upload(JSON.stringify([invoice('b2b-intra', { docNo: docNo('BT'), docDate: govDate(t.clock) })]), 'application/json');
    const id = res.json().batchId as string;
    await untilCompleted(id);
    const other = bearer(await t.tenant(BUYER, 'bulkother'));
    for (const url of [`/v1/einvoice/bulk/${id}`, `/v1/einvoice/bulk/${id}/rows`, `/v1/einvoice/bulk/${id}/results?format=csv`]) {
      expectProblem(await call(t.app, { method: 'GET', url, headers: other }), 404, 'NOT_FOUND');
    }
    expectProblem(await call(t.app, { method: 'GET', url: '/v1/einvoice/bulk/not-a-uuid', headers: auth }), 404, 'NOT_FOUND');
  });

  it('completes a 10,000-row file (one item per invoice)', async () => {
    const date = govDate(t.clock);
    const header = await templateHeader();
    const [example] = templateExamples(date);
    const prefix = docNo('BK');
    const lines = Array.from({ length: 10_000 }, (_, i) => ({ ...example, DocNo: `${prefix}/${i}` }));
    const csv = csvOf(header, lines);
    const started = Date.now();
    const res = await upload(csv, 'text/csv');
    assert.equal(res.statusCode, 202, res.body);
    assert.equal(res.json().rows, 10_000);
    // Polled once a second: on PGlite every status read waits for the one connection the run uses.
    const views = await untilCompleted(res.json().batchId, 1000);
    assert.ok(
      views.some((v) => v.state !== 'completed'),
      'progress readable while the batch runs',
    );
    const last = views.at(-1) as BatchView;
    // Reported, not asserted (no timed assertions).
    console.log(
      `# bulk: 10,000 invoices in ${((Date.now() - started) / 1000).toFixed(1)} s (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
    );
    assert.deepEqual([last.generated, last.invalid, last.failed, last.duplicate], [10_000, 0, 0, 0]);
  });
});
