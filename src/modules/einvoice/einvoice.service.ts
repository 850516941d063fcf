/**
 * The gateway side of e-invoicing (api.md §4): tenant checks, the call to the provider (sandbox
 * IRP or NIC), and the gateway's own copy so reads work for a document's whole life.
 */
import { fail } from '../../core/errors.ts';
import { parseNicDate } from '../../domain/dates.ts';
import { parseGstin } from '../../domain/gstin.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import { computeIrn, isIrnFormat } from '../../domain/irn.ts';
import {
  type CancelIrnRequest,
  type CancelIrnResult,
  type EinvoiceProvider,
  type EwbByIrnRequest,
  type EwbByIrnResult,
  type EwbOfIrn,
  type InfoDtl,
  type IrnDocument,
  irnDocumentOf,
} from '../../providers/types.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import type { EinvoiceRepository } from './einvoice.repository.ts';
import type { EinvoiceRow } from './einvoice.tables.ts';

const DOC_TYPES = new Set(['INV', 'CRN', 'DBN']);

export type EinvoiceResponse = IrnDocument & { info?: InfoDtl[] };

export class EinvoiceService {
  constructor(
    private readonly repo: EinvoiceRepository,
    private readonly provider: EinvoiceProvider,
  ) {}

  async generate(auth: AuthContext, invoice: Inv01): Promise<EinvoiceResponse> {
    // A token files only for its own GSTIN: as the supplier, or as the e-commerce operator named
    // in the invoice (api.md §3; NIC 2169).
    const seller = invoice.SellerDtls.Gstin;
    if (seller !== auth.gstin && invoice.TranDtls.EcmGstin !== auth.gstin) {
      // An e-commerce operator (TCS registration) that left out EcmGstin gets NIC's 2197.
      if (!invoice.TranDtls.EcmGstin && parseGstin(auth.gstin).kind === 'tcs') fail('2197', [], 'TranDtls.EcmGstin');
      fail('2169', [], 'SellerDtls.Gstin');
    }
    const { document, info } = await this.provider.generateIrn({ gstin: auth.gstin }, invoice);
    await this.repo.save({
      irn: document.Irn,
      gstin: seller,
      filedBy: auth.gstin,
      docType: invoice.DocDtls.Typ,
      docNo: invoice.DocDtls.No,
      docDate: invoice.DocDtls.Dt,
      buyerGstin: invoice.BuyerDtls.Gstin,
      totalValue: String(invoice.ValDtls.TotInvVal),
      ackNo: document.AckNo,
      ackDt: document.AckDt,
      status: document.Status,
      signedInvoice: document.SignedInvoice,
      signedQrCode: document.SignedQRCode,
      ewbNo: document.EwbNo,
      ewbDt: document.EwbDt,
      ewbValidTill: document.EwbValidTill,
      remarks: document.Remarks,
      payload: invoice,
    });
    return info && info.length > 0 ? { ...document, info } : document;
  }

  async getByIrn(auth: AuthContext, irn: string): Promise<IrnDocument> {
    if (!isIrnFormat(irn)) fail('2145', [], 'irn');
    const row = await this.repo.findByIrn(irn.toLowerCase());
    if (row) {
      // Another GSTIN's document is invisible: the same answer as an unknown IRN.
      if (!mayAccess(auth, row)) fail('2148');
      return irnDocumentOf(row);
    }
    return this.provider.getByIrn({ gstin: auth.gstin }, irn);
  }

  async getByDocument(auth: AuthContext, docType: string, docNo: string, docDate: string): Promise<IrnDocument> {
    if (!DOC_TYPES.has(docType)) fail('2161', [], 'type');
    if (!parseNicDate(docDate)) fail('2144', [], 'date');
    // The IRN is a function of (GSTIN, FY, type, number): look the copy up by it, for numbers hashed
    // as given (before 1 Jun 2025) and upper-cased (after).
    const candidates = [false, true].map((upperCaseDocNo) =>
      computeIrn({ sellerGstin: auth.gstin, docDate, docType, docNo, upperCaseDocNo }),
    );
    const rows = await this.repo.findByIrns([...new Set(candidates)]);
    const row = rows.find((r) => r.gstin === auth.gstin && r.docDate === docDate);
    if (row) return irnDocumentOf(row);
    return this.provider.getByDocument({ gstin: auth.gstin }, { docType, docNo, docDate });
  }

  async cancel(auth: AuthContext, req: CancelIrnRequest): Promise<CancelIrnResult> {
    if (!isIrnFormat(req.Irn)) fail('2145', [], 'Irn');
    const irn = req.Irn.toLowerCase();
    const row = await this.repo.findByIrn(irn);
    if (row && !mayAccess(auth, row)) fail('2143');
    const result = await this.provider.cancelIrn({ gstin: auth.gstin }, { ...req, Irn: irn });
    await this.repo.markCancelled(irn, result.CancelDate, req.CnlRsn, req.CnlRem);
    return result;
  }

  /**
   * E-way bill by IRN (reference §4.5): another GSTIN's IRN gets the same answer as getByIrn (2148);
   * the IRP's codes 4000–4040 otherwise. The copy records the e-way bill.
   */
  async generateEwayBill(auth: AuthContext, req: EwbByIrnRequest): Promise<EwbByIrnResult> {
    const irn = await this.accessibleIrn(auth, req.Irn);
    const result = await this.provider.generateEwbByIrn({ gstin: auth.gstin }, { ...req, Irn: irn });
    await this.repo.setEwayBill(irn, { ewbNo: result.EwbNo, ewbDt: result.EwbDt, ewbValidTill: result.EwbValidTill });
    return result;
  }

  /** §4.6: the e-way bill of an IRN as the e-way bill system has it now (4005 when none). */
  async getEwayBill(auth: AuthContext, irn: string): Promise<EwbOfIrn> {
    return this.provider.getEwbByIrn({ gstin: auth.gstin }, await this.accessibleIrn(auth, irn));
  }

  /** A well-formed IRN (2145) that, when the gateway holds a copy, belongs to the caller (2148 otherwise). */
  private async accessibleIrn(auth: AuthContext, raw: string): Promise<string> {
    if (!isIrnFormat(raw)) fail('2145', [], 'irn');
    const irn = raw.toLowerCase();
    const row = await this.repo.findByIrn(irn);
    if (row && !mayAccess(auth, row)) fail('2148');
    return irn;
  }

  async gstinDetails(auth: AuthContext, gstin: string) {
    return this.provider.getGstinDetails({ gstin: auth.gstin }, gstin.toUpperCase());
  }

  async syncGstin(auth: AuthContext, gstin: string) {
    return this.provider.syncGstinDetails({ gstin: auth.gstin }, gstin.toUpperCase());
  }
}

/** The supplier, and the e-commerce operator that filed it (reference §2.2 sup_gstin), may see and cancel a document. */
function mayAccess(auth: AuthContext, row: EinvoiceRow): boolean {
  return row.gstin === auth.gstin || row.filedBy === auth.gstin;
}
