/**
 * Printable documents (issue 7): GET /v1/einvoice/irn/{irn}/pdf and GET /v1/ewaybill/{ewbNo}/pdf.
 * Each PDF is read back the way a person or a scanner would: its text through poppler's pdftotext,
 * its first page rendered by pdftoppm at 150 dpi and the QR code decoded from the pixels with jsqr.
 * Needs Debian's poppler-utils (pdftotext, pdftoppm, pdfinfo).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { sampleEwbRequest, UNIVERSAL_GSTIN, WESTERN_GSTIN } from '../src/domain/ewaybill/fixtures.ts';
import type { Inv01 } from '../src/domain/invoice/index.ts';
import { code128 } from '../src/modules/print/ewaybill.pdf.ts';
import { buildTestApp, type TestApp } from './helpers.ts';
import { bearer, call, DEMO_GSTIN, docNo, expectProblem, govDate, invoice } from './support.ts';

const run = promisify(execFile);
// jsqr is CommonJS with `exports.default`: under Node's ESM the default import is the exports object.
const jsQR = jsqrModule.default;
const OTHER_GSTIN = '29AAACW4202F1ZM';
const TRANSPORTER = '29AAECS4417K1Z2';

let dir: string;
let files = 0;

/** Writes the PDF to a temp file; returns its path. */
function save(pdf: Buffer): string {
  files += 1;
  const path = join(dir, `doc-${files}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

async function pageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** Page 1 rendered at `dpi`, optionally only its top `height` pixels, as RGBA pixels. */
async function firstPage(path: string, dpi = 150, height?: number): Promise<PNG> {
  const prefix = path.replace(/\.pdf$/, '');
  const crop = height ? ['-x', '0', '-y', '0', '-W', String(Math.ceil((595.28 * dpi) / 72)), '-H', String(height)] : [];
  await run('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', ...crop, '-singlefile', path, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** The top of page 1 at 150 dpi, where the QR code and the barcode are. */
const pageTop = (path: string) => firstPage(path, 150, 600);
/** Page 1 at 40 dpi: enough to see the stamp. */
const pageThumb = (path: string) => firstPage(path, 40);

function decodeQr(png: PNG): string | undefined {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

/** Pixels of the translucent red stamp: clearly red-tinted, neither black, grey nor white. */
function stampPixels(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 200 && r - g > 40 && r - b > 40) count++;
  }
  return count;
}

/**
 * True when some pixel row of the page holds exactly this Code128 symbol: its bars and spaces (bwip-js's
 * encoding of `text`) as runs of dark and light pixels, `px` pixels per module.
 */
function hasCode128(png: PNG, text: string, px: number): boolean {
  const want = code128(text).map((w) => w * px);
  for (let y = 0; y < png.height; y++) {
    const dark = (x: number) => png.data[(y * png.width + x) * 4] < 128;
    let x = 0;
    while (x < png.width) {
      while (x < png.width && !dark(x)) x++;
      const start = x;
      const runs: number[] = [];
      while (x < png.width && runs.length <= want.length) {
        const d = dark(x);
        let w = 0;
        while (x < png.width && dark(x) === d) {
          x++;
          w++;
        }
        runs.push(w);
      }
      // The symbol, then a quiet zone wider than any module run.
      if (runs.length > want.length && want.every((w, i) => runs[i] === w) && runs[want.length] >= 10 * px) return true;
      x = start + 1;
      while (x < png.width && dark(x)) x++;
    }
  }
  return false;
}

/** An inter-state invoice of ₹1,18,000.00: goods 59,000 at 12% and a service 44,000 at 18% (IGST). */
function invoice118000(prefix: string, today: string): Inv01 {
  const inv = invoice('b2b-inter', { docNo: docNo(prefix), docDate: today });
  const [goods, service] = inv.ItemList;
  Object.assign(goods, { Qty: 59, UnitPrice: 1000, TotAmt: 59000, AssAmt: 59000, GstRt: 12, IgstAmt: 7080, TotItemVal: 66080 });
  Object.assign(service, { UnitPrice: 44000, TotAmt: 44000, AssAmt: 44000, IgstAmt: 7920, TotItemVal: 51920 });
  Object.assign(inv.ValDtls, { AssVal: 103000, IgstVal: 15000, TotInvVal: 118000 });
  return inv;
}

/** `count` lines of ₹100 + 18% IGST. */
function manyItems(prefix: string, today: string, count: number): Inv01 {
  const inv = invoice('b2b-inter', { docNo: docNo(prefix), docDate: today });
  const line = inv.ItemList[0];
  inv.ItemList = Array.from({ length: count }, (_, i) => ({
    ...line,
    SlNo: String(i + 1),
    PrdDesc: `Bearing type ${i + 1}`,
    Qty: 1,
    UnitPrice: 100,
    TotAmt: 100,
    AssAmt: 100,
    IgstAmt: 18,
    TotItemVal: 118,
  }));
  Object.assign(inv.ValDtls, { AssVal: 100 * count, IgstVal: 18 * count, TotInvVal: 118 * count });
  return inv;
}

describe('printable documents', () => {
  let t: TestApp;
  let otherToken: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gstgate-pdf-'));
    t = await buildTestApp();
    otherToken = await t.tenant(OTHER_GSTIN);
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const today = () => govDate(t.clock);
  const get = (url: string, token = t.demoToken) => call(t.app, { method: 'GET', url, headers: bearer(token) });
  const post = (url: string, payload: unknown, token = t.demoToken) =>
    call(t.app, { method: 'POST', url, headers: bearer(token), payload: payload as object });

  async function generate(inv: Inv01) {
    const res = await post('/v1/einvoice/generate', inv);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { Irn: string; AckNo: number; AckDt: string; SignedQRCode: string; EwbNo: number | null; EwbValidTill: string };
  }

  /** Fetches a PDF, checks the HTTP answer, saves it; returns the file's path. */
  async function fetchPdf(url: string, filename: string, token = t.demoToken): Promise<string> {
    const res = await get(url, token);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['content-disposition'], `inline; filename="${filename}"`);
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    return save(res.rawPayload);
  }

  it('openapi.json documents both routes: bearer token, 200 application/pdf (binary), problems as JSON', async () => {
    const res = await call(t.app, { method: 'GET', url: '/openapi.json' });
    const doc = res.json();
    for (const path of ['/v1/einvoice/irn/{irn}/pdf', '/v1/ewaybill/{ewbNo}/pdf']) {
      const op = doc.paths[path]?.get;
      assert.ok(op, `${path} missing`);
      assert.deepEqual(op.security, [{ bearerAuth: [] }]);
      assert.deepEqual(op.responses['200'].content, { 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
      assert.ok(op.responses['404'].content['application/json']);
    }
  });

  describe('e-invoice', () => {
    let doc: Awaited<ReturnType<typeof generate>>;
    let inv: Inv01;
    let path: string;

    before(async () => {
      inv = invoice118000('PDF', today());
      inv.EwbDtls = { TransId: TRANSPORTER, TransName: 'Swift Roadways', TransMode: '1', Distance: 0, VehNo: 'KA01AB1234', VehType: 'R' };
      doc = await generate(inv);
      assert.ok(doc.EwbNo);
      path = await fetchPdf(`/v1/einvoice/irn/${doc.Irn}/pdf`, `einvoice-${inv.DocDtls.No.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf`);
    });

    it('prints the IRN, Ack No and date, parties, items, tax summary, totals in figures and words, and the e-way bill', async () => {
      const text = await pdfText(path);
      for (const expected of [
        'e-Invoice',
        'Tax Invoice',
        doc.Irn,
        String(doc.AckNo),
        doc.AckDt,
        inv.DocDtls.No,
        inv.DocDtls.Dt,
        inv.SellerDtls.Gstin,
        inv.SellerDtls.LglNm,
        inv.BuyerDtls.Gstin,
        'Ship to',
        'Deep groove ball bearing 6205',
        '84821011',
        '66,080.00', // the first line's total
        '4. Tax summary by GST rate',
        '₹ 1,03,000.00', // taxable value
        '₹ 15,000.00', // IGST
        '₹ 1,18,000.00', // the embedded font maps ₹, so it survives extraction
        'Rupees One Lakh Eighteen Thousand Only',
        String(doc.EwbNo),
        doc.EwbValidTill,
        'Active',
      ]) {
        assert.ok(text.includes(expected), `the PDF text lacks ${JSON.stringify(expected)}`);
      }
      assert.ok(!text.includes('CANCELLED'));
      // The tax summary: one row per rate (taxable, CGST, SGST, IGST, cess, total tax), then the total.
      const row = (...cells: string[]) => new RegExp(cells.map((c) => c.replace(/[.%]/g, '\\$&')).join('\\s+'));
      assert.match(text, row('12%', '59,000.00', '0.00', '0.00', '7,080.00', '0.00', '7,080.00'));
      assert.match(text, row('18%', '44,000.00', '0.00', '0.00', '7,920.00', '0.00', '7,920.00'));
      assert.match(text, row('Total', '1,03,000.00', '0.00', '0.00', '15,000.00', '0.00', '15,000.00'));
    });

    it("page 1's QR code, decoded from a 150 dpi rendering, is SignedQRCode exactly", async () => {
      assert.equal(decodeQr(await pageTop(path)), doc.SignedQRCode);
      assert.ok(doc.SignedQRCode.length > 600, 'a realistic, long SignedQRCode');
      assert.equal(stampPixels(await pageThumb(path)), 0, 'no stamp on an active document');
    });

    it('another GSTIN gets what GET by IRN gives it (2148); a malformed IRN 2145; no token 401', async () => {
      const json = expectProblem(await get(`/v1/einvoice/irn/${doc.Irn}`, otherToken), 404, '2148');
      const pdf = expectProblem(await get(`/v1/einvoice/irn/${doc.Irn}/pdf`, otherToken), 404, '2148');
      assert.deepEqual(pdf.errors, json.errors);
      expectProblem(await get('/v1/einvoice/irn/not-an-irn/pdf'), 400, '2145');
      expectProblem(await call(t.app, { method: 'GET', url: `/v1/einvoice/irn/${doc.Irn}/pdf` }), 401, 'UNAUTHORIZED');
    });
  });

  it('a cancelled e-invoice is stamped CANCELLED, with the cancellation date', async () => {
    const inv = invoice118000('PDC', today());
    const doc = await generate(inv);
    const active = await firstPage(
      await fetchPdf(`/v1/einvoice/irn/${doc.Irn}/pdf`, `einvoice-${inv.DocDtls.No.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf`),
    );
    assert.equal(stampPixels(active), 0);

    const cancel = await post('/v1/einvoice/cancel', { Irn: doc.Irn, CnlRsn: '2', CnlRem: 'Wrong entry' });
    assert.equal(cancel.statusCode, 200, cancel.body);
    const path = await fetchPdf(`/v1/einvoice/irn/${doc.Irn}/pdf`, `einvoice-${inv.DocDtls.No.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf`);
    const text = await pdfText(path);
    assert.ok(text.includes(`CANCELLED on ${cancel.json().CancelDate}`), text.slice(0, 2000));
    assert.ok(stampPixels(await pageThumb(path)) > 1500, 'the red diagonal stamp is on the page');
  });

  it('a 1,000-line invoice runs over several pages, every line and the totals printed', async () => {
    const inv = manyItems('PDM', today(), 1000);
    const doc = await generate(inv);
    const path = await fetchPdf(`/v1/einvoice/irn/${doc.Irn}/pdf`, `einvoice-${inv.DocDtls.No.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf`);
    const pages = await pageCount(path);
    assert.ok(pages > 10, `${pages} pages`);
    const text = await pdfText(path);
    assert.ok(text.includes('Bearing type 1000'));
    assert.ok(text.includes('(continued)'));
    assert.ok(text.includes(`Page ${pages} of ${pages}`));
    assert.ok(text.includes('₹ 1,18,000.00'));
    assert.ok(text.includes('Rupees One Lakh Eighteen Thousand Only'));
    // Every line once: "Bearing type N" for N = 1..1000.
    const lines = new Set([...text.matchAll(/Bearing type (\d+)/g)].map((m) => Number(m[1])));
    assert.equal(lines.size, 1000);
  });

  describe('e-way bill', () => {
    let ewb: { ewayBillNo: number; ewayBillDate: string; validUpto: string };
    let path: string;

    before(async () => {
      const res = await post('/v1/ewaybill/generate', sampleEwbRequest('inter', { docNo: docNo('PEW'), docDate: today() }));
      assert.equal(res.statusCode, 200, res.body);
      ewb = res.json();
      const partB = await post('/v1/ewaybill/update-partb', {
        ewbNo: ewb.ewayBillNo,
        vehicleNo: 'KA05MN4321',
        fromPlace: 'Tumakuru',
        fromState: 29,
        reasonCode: '1',
        reasonRem: 'Vehicle broke down',
        transMode: '1',
        vehicleType: 'R',
      });
      assert.equal(partB.statusCode, 200, partB.body);
      path = await fetchPdf(`/v1/ewaybill/${ewb.ewayBillNo}/pdf`, `ewaybill-${ewb.ewayBillNo}.pdf`);
    });

    it('prints the number, Part-A, the validity and the Part-B history', async () => {
      const text = await pdfText(path);
      for (const expected of [
        'e-Way Bill',
        String(ewb.ewayBillNo),
        ewb.ewayBillDate,
        ewb.validUpto,
        DEMO_GSTIN,
        UNIVERSAL_GSTIN,
        'Outward - Supply',
        'Tax Invoice',
        '84713010',
        '₹ 1,18,000.00',
        'KA01AB1234',
        'KA05MN4321',
        'Tumakuru',
        'Road',
        'Active',
      ]) {
        assert.ok(text.includes(expected), `the PDF text lacks ${JSON.stringify(expected)}`);
      }
      // Newest first, as VehiclListDetails.
      assert.ok(text.indexOf('KA05MN4321') < text.lastIndexOf('KA01AB1234'));
    });

    it('its QR code decodes to the number, generator GSTIN and date; its barcode is the number in Code128', async () => {
      const png = await pageTop(path);
      assert.equal(decodeQr(png), `${ewb.ewayBillNo}/${DEMO_GSTIN}/${ewb.ewayBillDate}`);
      assert.ok(hasCode128(png, String(ewb.ewayBillNo), 2), 'the Code128 barcode of the number');
      assert.ok(!hasCode128(png, String(ewb.ewayBillNo + 1), 2), 'and not of another number');
    });

    it('a party outside the bill gets what GET gives it (357); a malformed number 395', async () => {
      const stranger = await t.tenant(WESTERN_GSTIN, 'western');
      const json = expectProblem(await get(`/v1/ewaybill/${ewb.ewayBillNo}`, stranger), 403, '357');
      const pdf = expectProblem(await get(`/v1/ewaybill/${ewb.ewayBillNo}/pdf`, stranger), 403, '357');
      assert.deepEqual(pdf.errors, json.errors);
      expectProblem(await get('/v1/ewaybill/12AB/pdf'), 400, '395');
    });

    it('a cancelled e-way bill is stamped CANCELLED', async () => {
      const res = await post('/v1/ewaybill/generate', sampleEwbRequest('intra', { docNo: docNo('PEC'), docDate: today() }));
      assert.equal(res.statusCode, 200, res.body);
      const { ewayBillNo } = res.json();
      const cancel = await post('/v1/ewaybill/cancel', { ewbNo: ewayBillNo, cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' });
      assert.equal(cancel.statusCode, 200, cancel.body);
      const cancelled = await fetchPdf(`/v1/ewaybill/${ewayBillNo}/pdf`, `ewaybill-${ewayBillNo}.pdf`);
      assert.ok((await pdfText(cancelled)).includes('CANCELLED'));
      assert.ok(stampPixels(await pageThumb(cancelled)) > 1500);
      assert.ok(!(await pdfText(path)).includes('CANCELLED'));
    });
  });
});
