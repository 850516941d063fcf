/**
 * How a module reaches a government system. `sandbox` is the in-process emulator; `nic` (the
 * wire-protocol issue) talks to NIC over HTTP. Both throw GstError with the official codes.
 */

import type {
  CancelEwbRequest,
  ConsolidateRequest,
  EwayBillDetails,
  EwbListRow,
  ExtendRequest,
  GenerateEwbRequest,
  GenerateEwbResult,
  MultiVehicleAddRequest,
  MultiVehicleChangeRequest,
  MultiVehicleInitiateRequest,
  PartBRequest,
  RegenerateTripSheetRequest,
  RejectEwbRequest,
  TransporterUpdateRequest,
  TripSheet,
} from '../domain/ewaybill/types.ts';
import type { Inv01 } from '../domain/invoice/inv01.schema.ts';
import type { Filing } from '../domain/taxpayer/returns.ts';
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

/** E-way bill by IRN (reference nic-einvoice.md §4.5), the same fields as INV-01 EwbDtls plus Irn. */
export interface EwbByIrnRequest {
  Irn: string;
  Distance: number;
  TransMode?: string | null;
  TransId?: string | null;
  TransName?: string | null;
  TransDocDt?: string | null;
  TransDocNo?: string | null;
  VehNo?: string | null;
  VehType?: string | null;
  ExpShipDtls?: { Addr1?: string | null; Addr2?: string | null; Loc?: string | null; Pin: number; Stcd: string } | null;
  DispDtls?: { Nm?: string | null; Addr1?: string | null; Addr2?: string | null; Loc?: string | null; Pin: number; Stcd: string } | null;
}

/** §4.5 success: dates in the IRP's `yyyy-MM-dd HH:mm:ss`; EwbValidTill null for a Part-A slip. */
export interface EwbByIrnResult {
  EwbNo: number;
  EwbDt: string;
  EwbValidTill: string | null;
  info?: InfoDtl[];
}

/** §4.6 Get e-way bill by IRN. */
export interface EwbOfIrn {
  EwbNo: number;
  Status: string;
  GenGstin: string;
  EwbDt: string;
  EwbValidTill: string | null;
}

export interface EinvoiceProvider {
  /** §4.5: the IRP asks the e-way bill system for an e-way bill of a registered IRN (IRP codes 4000–4040). */
  generateEwbByIrn(session: ProviderSession, req: EwbByIrnRequest): Promise<EwbByIrnResult>;
  /** §4.6 (4005 when none). */
  getEwbByIrn(session: ProviderSession, irn: string): Promise<EwbOfIrn>;
  generateIrn(session: ProviderSession, invoice: Inv01): Promise<{ document: IrnDocument; info?: InfoDtl[] }>;
  cancelIrn(session: ProviderSession, req: CancelIrnRequest): Promise<CancelIrnResult>;
  getByIrn(session: ProviderSession, irn: string): Promise<IrnDocument>;
  getByDocument(session: ProviderSession, key: DocumentKey): Promise<IrnDocument>;
  getGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster>;
  syncGstinDetails(session: ProviderSession, gstin: string): Promise<IrpGstinMaster>;
}

/** Roles for the date lists (A2.2): what the caller generated, what it carries, what others generated on it. */
export type EwbListRole = 'generator' | 'transporter' | 'other-party';

/**
 * The NIC e-way bill system (reference nic-ewaybill-gst.md Part A). The session's GSTIN is the NIC
 * header `gstin`: the acting consignor, consignee or transporter. Errors carry NIC's 3-digit codes.
 */
export interface EwaybillProvider {
  generate(session: ProviderSession, req: GenerateEwbRequest): Promise<GenerateEwbResult>;
  updatePartB(session: ProviderSession, req: PartBRequest): Promise<{ vehUpdDate: string; validUpto: string | null }>;
  updateTransporter(
    session: ProviderSession,
    req: TransporterUpdateRequest,
  ): Promise<{ ewayBillNo: string; transporterId: string; transUpdateDate: string }>;
  extend(session: ProviderSession, req: ExtendRequest): Promise<{ ewayBillNo: string; updatedDate: string; validUpto: string }>;
  cancel(session: ProviderSession, req: CancelEwbRequest): Promise<{ ewayBillNo: string; cancelDate: string }>;
  reject(session: ProviderSession, req: RejectEwbRequest): Promise<{ ewayBillNo: string; ewbRejectedDate: string }>;
  consolidate(session: ProviderSession, req: ConsolidateRequest): Promise<{ cEwbNo: number; cEwbDate: string }>;
  regenerateTripSheet(
    session: ProviderSession,
    req: RegenerateTripSheetRequest,
  ): Promise<{ cEwbNo: number; cEwbDate: string; tripSheetEwayBills: Array<{ ewbNo: number }> }>;
  initiateMultiVehicle(
    session: ProviderSession,
    req: MultiVehicleInitiateRequest,
  ): Promise<{ ewbNo: string; groupNo: string; createdDate: string }>;
  addMultiVehicle(session: ProviderSession, req: MultiVehicleAddRequest): Promise<{ ewbNo: string; groupNo: string; vehAddedDate: string }>;
  changeMultiVehicle(
    session: ProviderSession,
    req: MultiVehicleChangeRequest,
  ): Promise<{ ewbNo: string; groupNo: string; vehUpdDate: string }>;
  /** GetEwayBill: the consignor, the consignee or the transporter may read it (357 otherwise). */
  getEwayBill(session: ProviderSession, ewbNo: number): Promise<EwayBillDetails>;
  /** GetEwayBillsByDate / GetEwayBillsForTransporter / GetEwayBillsofOtherParty; date dd/mm/yyyy. */
  listByDate(session: ProviderSession, date: string, role: EwbListRole): Promise<EwbListRow[]>;
  /** GetEwayBillGeneratedByConsigner: the active e-way bill of one of the caller's documents. */
  getByDocument(session: ProviderSession, docType: string, docNo: string): Promise<GenerateEwbResult>;
  /** GetTripSheet. */
  getTripSheet(session: ProviderSession, tripSheetNo: number): Promise<TripSheet>;
}

/** B1 address object `addr`: `stcd` is the state NAME, `pncd` a string, `lt`/`lg` often "". */
export interface PortalAddress {
  bnm: string;
  bno: string;
  flno: string;
  st: string;
  loc: string;
  city: string;
  dst: string;
  stcd: string;
  pncd: string;
  lt: string;
  lg: string;
}

/** B1 `pradr` / `adadr` element: the address and its nature(s) of business, comma-joined. */
export interface PortalPlace {
  addr: PortalAddress;
  ntr: string;
}

/** Search Taxpayer (commonapi action=TP), reference B1, field for field. Dates dd/MM/yyyy. */
export interface TaxpayerSearchResult {
  gstin: string;
  lgnm: string;
  tradeNam: string;
  sts: string;
  rgdt: string;
  /** "" when not cancelled. */
  cxdt: string;
  lstupdt: string;
  ctb: string;
  dty: string;
  nba: string[];
  stj: string;
  stjCd: string;
  ctj: string;
  ctjCd: string;
  pradr: PortalPlace;
  adadr: PortalPlace[];
  einvoiceStatus: 'Yes' | 'No';
}

/** Registration status of a GSTIN: portal `sts`, e-invoice status, e-way bill blocking (IRP BlkStatus). */
export interface TaxpayerStatus {
  gstin: string;
  sts: string;
  einvoiceStatus: 'Yes' | 'No';
  blocked: boolean;
  /** ISO-8601 instant the registry record last changed. */
  lastUpdated: string;
}

/** A registration of a PAN (reference B4: the portal's gstinResList, renamed). */
export interface PanRegistration {
  gstin: string;
  stateCode: string;
  sts: string;
}

/**
 * The GST common portal's public taxpayer APIs (reference Part B). An unknown GSTIN or PAN throws
 * NOT_FOUND (404); the sandbox answers from the shared taxpayer registry.
 */
export interface TaxpayerProvider {
  /** B1 Search Taxpayer (action=TP). */
  search(gstin: string): Promise<TaxpayerSearchResult>;
  /**
   * Status fields (B1 `sts`, `einvoiceStatus`, the IRP master's BlkStatus). `session`: the caller,
   * whose e-way bill credentials read `blkStatus` where the public API carries none (provider nic).
   */
  status(gstin: string, session?: ProviderSession): Promise<TaxpayerStatus>;
  /** B2 Track returns (action=RETTRACK), filed in the FY `YYYY-YY` (by date of filing), sorted by period. Empty list when none. */
  returns(gstin: string, fy: string): Promise<{ EFiledlist: Filing[] }>;
  /** B3 Filing preference (action=GETPREF): one element per quarter of the FY. */
  preference(gstin: string, fy: string): Promise<{ response: Array<{ quarter: string; preference: string }> }>;
  /** B4 every registration of a PAN across states. */
  gstinsOfPan(pan: string): Promise<PanRegistration[]>;
}

export interface Provider {
  name: 'sandbox' | 'nic';
  einvoice: EinvoiceProvider;
  ewaybill: EwaybillProvider;
  taxpayer: TaxpayerProvider;
  health(): Promise<ProviderHealth>;
}
