/**
 * How a module reaches a government system. `sandbox` is the in-process emulator; `nic` (the
 * wire-protocol issue) talks to NIC over HTTP. Both throw GstError with the official codes.
 */
import type { Inv01 } from '../domain/invoice/inv01.schema.ts';
import type { IrpGstinMaster } from '../modules/taxpayer/registry.ts';

/** The authenticated caller: the GSTIN the request acts for. */
export interface ProviderSession {
  gstin: string;
}

/** NIC InfoDtls entry (reference §2.5). */
export interface InfoDtl {
  InfCd: string;
  Desc: unknown;
}

/** The IRP's answer for a registered document (reference §4.1/§4.3). */
export interface IrnDocument {
  AckNo: number;
  AckDt: string;
  Irn: string;
  SignedInvoice: string;
  SignedQRCode: string;
  Status: 'ACT' | 'CNL';
  EwbNo: number | null;
  EwbDt: string | null;
  EwbValidTill: string | null;
  Remarks: string | null;
}

/** The stored columns both the IRP registry and the gateway's copy keep for a document. */
export interface StoredIrnFields {
  ackNo: number | string;
  ackDt: string;
  irn: string;
  signedInvoice: string;
  signedQrCode: string;
  status: string;
  ewbNo: number | string | null;
  ewbDt: string | null;
  ewbValidTill: string | null;
  remarks?: string | null;
}

/** A stored row as the IRP answers it (bigint columns may come back as strings from node-postgres). */
export function irnDocumentOf(row: StoredIrnFields): IrnDocument {
  return {
    AckNo: Number(row.ackNo),
    AckDt: row.ackDt,
    Irn: row.irn,
    SignedInvoice: row.signedInvoice,
    SignedQRCode: row.signedQrCode,
    Status: row.status as IrnDocument['Status'],
    EwbNo: row.ewbNo === null ? null : Number(row.ewbNo),
    EwbDt: row.ewbDt,
    EwbValidTill: row.ewbValidTill,
    Remarks: row.remarks ?? null,
  };
}

export interface CancelIrnRequest {
  Irn: string;
  CnlRsn: string;
  CnlRem: string;
}

export interface CancelIrnResult {
  Irn: string;
  CancelDate: string;
}

export interface DocumentKey {
  docType: string;
  docNo: string;
  /** dd/mm/yyyy */
  docDate: string;
}

export interface ProviderHealth {
  name: 'sandbox' | 'nic';
  status: 'up' | 'down';
  detail?: string;
}

export interface EinvoiceProvider {
  generateIrn(session: ProviderSession, invoice: Inv01): Promise<{ document: IrnDocument; info?: InfoDtl[] }>;
  cancelIrn(session: ProviderSession, req: CancelIrnRequest): Promise<CancelIrnResult>;
  getByIrn(session: ProviderSession, irn: string): Promise<IrnDocument>;
  getByDocument(session: ProviderSession, key: DocumentKey): Promise<IrnDocument>;
  getGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster>;
  syncGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster>;
}

export interface Provider {
  name: 'sandbox' | 'nic';
  einvoice: EinvoiceProvider;
  health(): Promise<ProviderHealth>;
}
