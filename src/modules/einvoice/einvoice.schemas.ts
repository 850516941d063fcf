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
    info: z.array(z.object({ InfCd: z.string(), Desc: z.unknown() })).optional(),
  })
  .describe('The registered e-invoice');

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
