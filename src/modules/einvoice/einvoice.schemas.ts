import { z } from 'zod';

export const IrnDocumentSchema = z
  .object({
    Irn: z.string().describe('64-char IRN: SHA-256 of seller GSTIN + FY + doc type + doc number'),
    AckNo: z.number().int().describe('IRP acknowledgement number (15 digits)'),
    AckDt: z.string().describe('yyyy-MM-dd HH:mm:ss IST'),
    SignedInvoice: z.string().describe('RS256 JWS; payload {data: invoice JSON text, iss}'),
    SignedQRCode: z.string().describe('RS256 JWS of the QR payload; print it as the QR code'),
    Status: z.enum(['ACT', 'CNL']),
    EwbNo: z.number().int().nullable(),
    EwbDt: z.string().nullable(),
    EwbValidTill: z.string().nullable(),
    Remarks: z.string().nullable(),
    info: z
      .array(z.object({ InfCd: z.string(), Desc: z.unknown() }))
      .optional()
      .describe('DUPIRN, or for EwbDtls: EWBPPD (distance computed) or EWBERR (the IRN is registered, the e-way bill failed: its errors)'),
  })
  .describe('The registered e-invoice');

const InfoDtlsSchema = z.array(z.object({ InfCd: z.string(), Desc: z.unknown() }));

/** NIC clients send codes as strings or numbers ("1" or 1); both bind to the string. */
const codeText = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const optionalText = z.string().nullish();

/** §4.5 ExpShipDtls / DispDtls: PIN as a number, or a six-digit string (like INV-01). */
const pin = z
  .union([z.number().int().min(100000).max(999999), z.string().regex(/^[1-9][0-9]{5}$/)])
  .transform((v) => Number(v))
  .describe('PIN code, 100000–999999');
const ewbAddress = {
  Addr1: z.string().min(1).max(100).nullish(),
  Addr2: z.string().max(100).nullish(),
  Loc: z.string().max(100).nullish(),
  Pin: pin,
  Stcd: codeText.pipe(z.string().regex(/^[0-9]{1,2}$/)).describe('State code'),
};

/**
 * §4.5 Generate e-way bill by IRN. Types and lengths are checked here; formats and combinations (vehicle
 * number, transporter ID, dates, modes) are the IRP's rules and answer with its codes 4000–4040.
 */
export const EwbByIrnBody = z
  .object({
    Irn: z.string().length(64).describe('The 64-character IRN'),
    Distance: z.number().int().min(0).describe('km; 0 lets the IRP compute the PIN-to-PIN distance (EWBPPD in info)'),
    TransMode: codeText
      .pipe(z.enum(['1', '2', '3', '4']))
      .nullish()
      .describe('1 Road, 2 Rail, 3 Air, 4 Ship (string or number)'),
    TransId: z.string().max(15).nullish().describe('Transporter GSTIN or TRANSIN; alone (no VehNo/TransDocNo) gives a Part-A slip'),
    TransName: z.string().max(100).nullish(),
    TransDocNo: z.string().max(15).nullish().describe('Transport document (LR/RR/AWB/BL) number; required for rail and air'),
    TransDocDt: optionalText.describe('dd/mm/yyyy, not in the future nor before the invoice date'),
    VehNo: z.string().max(20).nullish().describe('Vehicle number; required for road'),
    VehType: optionalText.describe('R regular, O over-dimensional cargo'),
    ExpShipDtls: z
      .object(ewbAddress)
      .nullish()
      .describe('Ship-to address for the e-way bill (an export ships to the port); else ShipDtls, else the buyer'),
    DispDtls: z
      .object({ Nm: z.string().max(100).nullish(), ...ewbAddress })
      .nullish()
      .describe("Dispatch-from address; else the invoice's DispDtls, else the seller"),
  })
  .describe('E-way bill for a registered IRN (NIC EWB by IRN v1.03)');

export const EwbByIrnResponse = z.object({
  EwbNo: z.number().int().describe('12-digit e-way bill number'),
  EwbDt: z.string().describe('yyyy-MM-dd HH:mm:ss IST'),
  EwbValidTill: z.string().nullable().describe('yyyy-MM-dd HH:mm:ss IST; null for a Part-A slip (no vehicle or transport document yet)'),
  info: InfoDtlsSchema.optional().describe('EWBPPD when the IRP computed the distance'),
});

export const EwbOfIrnResponse = z.object({
  EwbNo: z.number().int(),
  Status: z.string().describe('As the e-way bill system has it now: ACT, CNL (cancelled there), DIS (discarded Part-A slip)'),
  GenGstin: z.string().describe('GSTIN that generated the e-way bill'),
  EwbDt: z.string().describe('yyyy-MM-dd HH:mm:ss IST'),
  EwbValidTill: z.string().nullable(),
});

export const IrnParams = z.object({ irn: z.string().describe('The 64-character IRN') });

export const DocumentQuery = z.object({
  type: z.string().describe('INV, CRN or DBN'),
  number: z.string().min(1).max(16),
  date: z.string().describe('dd/mm/yyyy'),
});

export const CancelBody = z.object({
  Irn: z.string().length(64),
  CnlRsn: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.enum(['1', '2', '3', '4']))
    .describe('1 Duplicate, 2 Data entry mistake, 3 Order cancelled, 4 Others (NIC master)'),
  CnlRem: z.string().min(1).max(100),
});

export const CancelResponse = z.object({ Irn: z.string(), CancelDate: z.string().describe('yyyy-MM-dd HH:mm:ss IST') });

export const GstinParams = z.object({ gstin: z.string() });

export const GstinMasterSchema = z.object({
  Gstin: z.string(),
  TradeName: z.string().nullable(),
  LegalName: z.string(),
  AddrBnm: z.string().nullable(),
  AddrBno: z.string().nullable(),
  AddrFlno: z.string().nullable(),
  AddrSt: z.string().nullable(),
  AddrLoc: z.string().nullable(),
  StateCode: z.number().int(),
  AddrPncd: z.number().int().nullable(),
  TxpType: z.string(),
  Status: z.enum(['ACT', 'CNL', 'INA', 'PRO']),
  BlkStatus: z.enum(['B', 'U']),
  DtReg: z.string(),
  DtDReg: z.string().nullable(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const amount = z.coerce.number().min(0);

/** GET /v1/einvoice/documents: the caller's registered e-invoices (the dashboard's list). */
export const DocumentsQuery = z.object({
  from: isoDay.optional().describe('Document date on or after (yyyy-mm-dd)'),
  to: isoDay.optional().describe('Document date on or before (yyyy-mm-dd)'),
  status: z.enum(['ACT', 'CNL']).optional(),
  buyer: z.string().max(15).optional().describe('Buyer GSTIN (or part of it)'),
  minValue: amount.optional().describe('Total invoice value at least'),
  maxValue: amount.optional().describe('Total invoice value at most'),
  q: z.string().max(64).optional().describe('Search in document number, IRN and buyer GSTIN'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime({ offset: true }).optional().describe('Page cursor: `nextBefore` of the previous page'),
});

export const DocumentSummarySchema = z.object({
  Irn: z.string(),
  DocTyp: z.string(),
  DocNo: z.string(),
  DocDt: z.string().describe('dd/mm/yyyy'),
  SellerGstin: z.string(),
  BuyerGstin: z.string().nullable(),
  TotInvVal: z.number(),
  AckNo: z.number().int(),
  AckDt: z.string(),
  Status: z.enum(['ACT', 'CNL']),
  EwbNo: z.number().int().nullable(),
  CancelDate: z.string().nullable(),
  createdAt: z.string().describe('When the gateway registered it (ISO 8601)'),
});

export const DocumentsResponse = z.object({
  documents: z.array(DocumentSummarySchema),
  nextBefore: z.string().nullable().describe('Pass as `before` for the next page; null on the last page'),
});
