/**
 * The e-invoice and e-way bill layouts on cases the route tests do not build: an intra-state invoice
 * (CGST + SGST) with cess, a discount, other charges, round-off, a dispatch-from address and a
 * cancellation; a Part-A-only e-way bill with a long Part-B history. Read back with pdftotext
 * (Debian's poppler-utils).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import type { EwayBillDetails } from '../../domain/ewaybill/types.ts';
import { sampleInvoice } from '../../domain/invoice/fixtures.ts';
import { renderEinvoicePdf, type SignedInvoiceData, taxSummary } from './einvoice.pdf.ts';
import { ewaybillQrText, renderEwaybillPdf } from './ewaybill.pdf.ts';

/** pdftotext -layout of a PDF given on stdin. */
async function text(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-layout', '-', '-'], { maxBuffer: 16 * 1024 * 1024 }, (err, out) =>
      err ? reject(err) : resolve(out),
    );
    child.stdin?.end(pdf);
  });
}

async function pages(pdf: Buffer): Promise<number> {
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
    const child = execFile('pdfinfo', ['-'], (err, out) => (err ? reject(err) : resolve({ stdout: out })));
    child.stdin?.end(pdf);
  });
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

const IRN = 'a'.repeat(64);

describe('e-invoice layout', () => {
  it('intra-state: CGST and SGST per line and in the summary, cess, discount, other charges, round off, dispatch from', async () => {
    const inv = sampleInvoice('b2b-intra', { docNo: 'LAY/1', docDate: '01/04/2026' }) as unknown as SignedInvoiceData;
    inv.ItemList = [inv.ItemList[0]];
    Object.assign(inv.ItemList[0], { Discount: 500, AssAmt: 9500, CgstAmt: 855, SgstAmt: 855, CesRt: 1, CesAmt: 95, TotItemVal: 11305 });
    Object.assign(inv.ValDtls, {
      AssVal: 9500,
      CgstVal: 855,
      SgstVal: 855,
      CesVal: 95,
      Discount: 100,
      OthChrg: 50,
      RndOffAmt: -0.5,
      TotInvVal: 11254.5,
    });
    inv.DispDtls = { Nm: 'Deccan Warehouse', Addr1: 'Peenya Industrial Area', Loc: 'Bengaluru', Pin: 560058, Stcd: '29' };
    const pdf = await renderEinvoicePdf({
      document: {
        Irn: IRN,
        AckNo: 112010000002315,
        AckDt: '2026-04-01 10:00:00',
        SignedInvoice: '',
        SignedQRCode: 'x'.repeat(900),
        Status: 'CNL',
        EwbNo: null,
        EwbDt: null,
        EwbValidTill: null,
        Remarks: null,
      },
      invoice: inv,
      cancelDate: '2026-04-01 12:00:00',
    });
    const t = await text(pdf);
    for (const expected of [
      'CGST 855.00',
      'SGST 855.00',
      'Cess 95.00',
      'Discount 500.00',
      'Dispatch from',
      'Deccan Warehouse',
      'Peenya Industrial Area',
      '29 Karnataka',
      '₹ -100.00', // invoice-level discount, subtracted
      '₹ 50.00',
      '₹ -0.50',
      '₹ 11,254.50',
      'Rupees Eleven Thousand Two Hundred Fifty Four and Fifty Paise Only',
      'CANCELLED on 2026-04-01 12:00:00',
    ]) {
      assert.ok(t.includes(expected), `lacks ${JSON.stringify(expected)}`);
    }
    assert.ok(!t.includes('e-Way bill'), 'no e-way bill section without one');
  });

  it('taxSummary groups by rate, lowest first, with a total row', () => {
    const line = (GstRt: number, AssAmt: number, igst: number, cess = 0) => ({ GstRt, AssAmt, IgstAmt: igst, CesAmt: cess, TotItemVal: 0 });
    assert.deepEqual(taxSummary([line(18, 100, 18), line(5, 1000, 50), line(18, 200, 36, 2)]), [
      ['5%', '1,000.00', '0.00', '0.00', '50.00', '0.00', '50.00'],
      ['18%', '300.00', '0.00', '0.00', '54.00', '2.00', '56.00'],
      ['Total', '1,300.00', '0.00', '0.00', '104.00', '2.00', '106.00'],
    ]);
  });
});

describe('e-way bill layout', () => {
  const ewb = (over: Partial<EwayBillDetails>): EwayBillDetails => ({
    ewbNo: 291000000123,
    ewayBillDate: '01/04/2026 10:00:00 AM',
    genMode: 'API',
    userGstin: '29AAFCD5862R1ZR',
    supplyType: 'O',
    subSupplyType: '4  ',
    subSupplyDesc: '',
    docType: 'CHL',
    docNo: 'JW/1',
    docDate: '01/04/2026',
    fromGstin: '29AAFCD5862R1ZR',
    fromTrdName: 'Demo Computers',
    fromAddr1: 'Prestige Meridian',
    fromAddr2: '',
    fromPlace: 'Bengaluru',
    fromPincode: 560001,
    fromStateCode: 29,
    actFromStateCode: 29,
    toGstin: '29AAACW4202F1ZM',
    toTrdName: 'Western Trading',
    toAddr1: 'Mysuru Depot',
    toAddr2: '',
    toPlace: 'Mysuru',
    toPincode: 570001,
    toStateCode: 29,
    actToStateCode: 29,
    transactionType: 1,
    otherValue: 0,
    totalValue: 1000,
    cgstValue: 0,
    sgstValue: 0,
    igstValue: 0,
    cessValue: 0,
    cessNonAdvolValue: 0,
    totInvValue: 1000,
    transporterId: '29AAECS4417K1Z2',
    transporterName: 'Swift Roadways',
    status: 'ACT',
    actualDist: 158,
    noValidDays: 0,
    validUpto: null,
    extendedTimes: 0,
    rejectStatus: 'N',
    vehicleType: '',
    itemList: [{ itemNo: 1, productId: 0, productName: 'Dies', hsnCode: 84801000, quantity: 2, qtyUnit: 'NOS', taxableAmount: 1000 }],
    VehiclListDetails: [],
    ...over,
  });

  it('a Part-A slip says it may not move yet; the reason for transportation is read from the padded code', async () => {
    const t = await text(await renderEwaybillPdf(ewb({})));
    assert.ok(t.includes('Outward - Job Work'));
    assert.ok(t.includes('Delivery Challan - JW/1 - 01/04/2026'));
    assert.ok(t.includes('Part-A slip: not valid for movement until Part-B is entered'));
    assert.ok(t.includes('No Part-B entered'));
    assert.ok(t.includes('29AAECS4417K1Z2'));
    assert.equal(ewaybillQrText(ewb({})), '291000000123/29AAFCD5862R1ZR/01/04/2026 10:00:00 AM');
  });

  it('a long Part-B history continues on the next page, header repeated', async () => {
    const history = Array.from({ length: 60 }, (_, i) => ({
      updMode: 'API',
      vehicleNo: `KA01AB${String(1000 + i)}`,
      fromPlace: 'Bengaluru',
      fromState: 29,
      tripshtNo: 0,
      userGSTINTransin: '29AAECS4417K1Z2',
      enteredDate: '01/04/2026 10:00:00 AM',
      transMode: '1  ',
      transDocNo: '',
      transDocDate: null,
      groupNo: '0',
    }));
    const pdf = await renderEwaybillPdf(ewb({ VehiclListDetails: history, validUpto: '02/04/2026 11:59:00 PM' }));
    const n = await pages(pdf);
    assert.ok(n >= 2, `${n} pages`);
    const t = await text(pdf);
    assert.ok(t.includes('KA01AB1059'));
    assert.ok(t.includes('(continued)'));
    // The table's header on every page it runs over (it starts on page 1).
    assert.equal(t.match(/Entered date/g)?.length, n);
  });
});
