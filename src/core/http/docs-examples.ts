/**
 * Request and response examples for the OpenAPI document (Scalar shows them on /docs). A route
 * attaches them with `.meta(examples(...))`: @fastify/swagger turns a schema's `x-examples` into
 * the media type's named `examples`, and `.meta()` returns a copy that validates exactly as the
 * original. Problem (error) examples are shared, in openapi.ts.
 *
 * Dates: the INV-01 example is test/fixtures/invoices/b2b-intra.json as it is (dated 01/04/2026),
 * valid for the seeded demo GSTIN, which has no reporting time limit (DOC_REPORTING_LIMIT);
 * test/docs.test.ts posts it and expects 200. The e-way bill system refuses a document date more
 * than 180 days old (820), so the GENEWAYBILL example says to put today's date in docDate.
 */
import { type SampleInvoiceKind, sampleInvoiceJson } from '../../domain/invoice/fixtures.ts';

interface Example {
  summary: string;
  description?: string;
  value: unknown;
}

/** Meta for a zod schema: named examples (`x-examples`, see the header). */
export const examples = (named: Record<string, Example>) => ({ 'x-examples': named });

const IRN = '50ad7d3efc87595cc489fd363b3abd3dab5ed4fd934557fa1148bc20b2f4efd3';
const JWS = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjNFNjI4RTZEQkQ3MzA4QkZFNjZFMDQwODNFQzc3QTRENkEzRUNGM0UiLCJ0eXAiOiJKV1QifQ.eyJkYXRhIjoi…';
const JWS_NOTE = 'Signed JWTs shortened here';

const invoice = (kind: SampleInvoiceKind) => JSON.parse(sampleInvoiceJson(kind));

export const authenticateExamples = examples({
  demo: {
    summary: 'The seeded demo user',
    value: { gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'Demo@12345' },
  },
});

export const tokenExamples = examples({
  token: {
    summary: 'A bearer token for 6 hours',
    value: { token: '51lP8o0oz3Rsgrr6gBSv15xhGjzoLLRwThhhoGKO-Rs', token_type: 'Bearer', expires_in: 21600 },
  },
});

export const generateExamples = examples({
  b2bIntra: {
    summary: 'B2B intra-state invoice (INV-01 v1.1), Karnataka to Karnataka, CGST + SGST',
    description:
      'A valid invoice of the demo GSTIN 29AAFCD5862R1ZR. Change DocDtls.No for each new document: the same number again answers 409 2150 (DUPIRN).',
    value: invoice('b2b-intra'),
  },
  b2bInter: {
    summary: 'B2B inter-state invoice (INV-01 v1.1), IGST',
    value: invoice('b2b-inter'),
  },
});

export const irnDocumentExamples = examples({
  registered: {
    summary: 'Registered (Status ACT)',
    description: JWS_NOTE,
    value: {
      Irn: IRN,
      AckNo: 132610000000001,
      AckDt: '2026-04-01 11:16:26',
      SignedInvoice: JWS,
      SignedQRCode: JWS,
      Status: 'ACT',
      EwbNo: null,
      EwbDt: null,
      EwbValidTill: null,
      Remarks: null,
    },
  },
});

export const einvoiceCancelExamples = examples({
  dataEntryMistake: { summary: 'Reason 2: data entry mistake', value: { Irn: IRN, CnlRsn: '2', CnlRem: 'Data entry mistake' } },
});

export const einvoiceCancelResponseExamples = examples({
  cancelled: { summary: 'Cancelled', value: { Irn: IRN, CancelDate: '2026-04-01 15:02:10' } },
});

export const ewbByIrnExamples = examples({
  road: {
    summary: 'By road, vehicle KA01AB1234 (regular)',
    value: { Irn: IRN, Distance: 10, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' },
  },
  partA: {
    summary: 'Part-A slip: transporter only, vehicle later',
    value: { Irn: IRN, Distance: 10, TransId: '29AAECS4417K1Z2', TransName: 'Swift Logistics' },
  },
});

export const ewbGenerateExamples = examples({
  outwardByRoad: {
    summary: 'Outward supply on a tax invoice, Bengaluru → Mumbai by road, with Part-B',
    description:
      'Put today’s date (dd/mm/yyyy) in docDate and a new docNo: the e-way bill system refuses documents older than 180 days (820) ' +
      'and a second e-way bill for the same document (604). transDistance "0" asks the portal for the PIN-to-PIN distance.',
    value: {
      supplyType: 'O',
      subSupplyType: '1',
      docType: 'INV',
      docNo: 'EWB-0042',
      docDate: '01/12/2026',
      transactionType: 1,
      fromGstin: '29AAFCD5862R1ZR',
      fromTrdName: 'Demo Computers',
      fromAddr1: 'Prestige Meridian',
      fromPlace: 'Bengaluru',
      fromPincode: 560001,
      fromStateCode: 29,
      actFromStateCode: 29,
      toGstin: '27AAPFU0939F1ZV',
      toTrdName: 'Universal Traders',
      toAddr1: 'Gold House',
      toPlace: 'Mumbai',
      toPincode: 400001,
      toStateCode: 27,
      actToStateCode: 27,
      totalValue: 100000,
      igstValue: 18000,
      totInvValue: 118000,
      transMode: '1',
      transDistance: '0',
      vehicleNo: 'KA01AB1234',
      vehicleType: 'R',
      itemList: [{ productName: 'Laptop', hsnCode: 84713010, quantity: 10, qtyUnit: 'NOS', taxableAmount: 100000, igstRate: 18 }],
    },
  },
});

export const ewbGenerateResponseExamples = examples({
  generated: {
    summary: '1045 km: 6 days of validity, ending 11:59 PM',
    value: {
      ewayBillNo: 310000000001,
      ewayBillDate: '01/12/2026 09:19:00 PM',
      validUpto: '07/12/2026 11:59:00 PM',
      alert: ', Distance between these two pincodes is 1045, ',
    },
  },
});

export const ewbPartBExamples = examples({
  breakdown: {
    summary: 'Vehicle broke down: the goods go on in another truck',
    value: {
      ewbNo: 310000000001,
      vehicleNo: 'KA05MN4321',
      fromPlace: 'Tumakuru',
      fromState: 29,
      reasonCode: '1',
      reasonRem: 'Vehicle broke down',
      transMode: '1',
      vehicleType: 'R',
    },
  },
});

export const ewbTransporterExamples = examples({
  assign: { summary: 'Assign a transporter', value: { ewbNo: 310000000001, transporterId: '29AAECS4417K1Z2' } },
});

export const ewbExtendExamples = examples({
  flood: {
    summary: 'In transit, 150 km to go (within 8 hours of the end of validity)',
    value: {
      ewbNo: 310000000001,
      vehicleNo: 'KA05MN4321',
      fromPlace: 'Pune',
      fromState: 27,
      fromPincode: 411001,
      remainingDistance: 150,
      transMode: '1',
      extnRsnCode: '1',
      extnRemarks: 'Flood on the highway',
      consignmentStatus: 'M',
    },
  },
});

export const ewbCancelExamples = examples({
  mistake: {
    summary: 'Reason 3: data entry mistake',
    value: { ewbNo: 310000000001, cancelRsnCode: '3', cancelRmrk: 'Data entry mistake' },
  },
});

export const ewbRejectExamples = examples({
  reject: { summary: 'Reject as the other party', value: { ewbNo: 310000000001 } },
});

export const qrVerifyExamples = examples({
  jws: { summary: 'A SignedQRCode (or SignedInvoice) from the generate response', value: { jws: JWS } },
  image: { summary: 'A photo or scan of the printed QR code, base64', value: { image: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA…' } },
});

export const gstinVerifyExamples = examples({
  one: { summary: 'One GSTIN', value: { gstin: '29AAACW4202F1ZM' } },
  many: { summary: 'Up to 100 GSTINs', value: { gstins: ['29AAACW4202F1ZM', '29AAECS4417K1Z2', '29AAACW4202F1ZN'] } },
});

export const webhookCreateExamples = examples({
  invoices: {
    summary: 'E-invoice events to your receiver',
    value: { url: 'https://erp.example.com/hooks/gstgate', events: ['einvoice.generated', 'einvoice.cancelled'], description: 'ERP' },
  },
});

export const clockExamples = examples({
  set: { summary: 'Jump to an instant (then keep running)', value: { now: '2026-04-02T10:00:00+05:30' } },
  advance: { summary: 'Move one day forward', value: { advanceSeconds: 86400 } },
});

export const faultExamples = examples({
  down: {
    summary: 'The next 2 government calls of the demo GSTIN answer 503',
    value: { gstin: '29AAFCD5862R1ZR', kind: 'down', count: 2 },
  },
  commitThenTimeout: {
    summary: 'Register, then time out (504): exercises duplicate-IRN recovery',
    value: { gstin: '29AAFCD5862R1ZR', kind: 'commit-then-timeout' },
  },
  slow: { summary: 'Answer after 5 seconds', value: { gstin: '29AAFCD5862R1ZR', kind: 'slow', delayMs: 5000 } },
});
