/**
 * The gateway side of e-invoicing (api.md §4): tenant checks, the call to the provider (sandbox
 * IRP or NIC), and the gateway's own copy so reads work for a document's whole life.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, GstError } from '../../core/errors.ts';
import { parseNicDate } from '../../domain/dates.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import { filingProblem } from '../../domain/invoice/rules.ts';
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
  type ProviderSession,
} from '../../providers/types.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import {
  dupIrnOf,
  duplicateError,
  matchesRequest,
  mismatchError,
  type RecoveryCause,
  recoveredInfo,
  registeredInvoiceOf,
} from './einvoice.recovery.ts';
import type { DocumentFilters, EinvoiceRepository, NewEinvoiceRow } from './einvoice.repository.ts';
import type { EinvoiceRow } from './einvoice.tables.ts';

const DOC_TYPES = new Set(['INV', 'CRN', 'DBN']);

export type EinvoiceResponse = IrnDocument & { info?: InfoDtl[] };

export interface EinvoiceOptions {
  /** GSTGATE_RECOVERY_WAIT_MS: on 2150 without an own copy, how long to wait for a concurrent request's copy. */
  recoveryWaitMs?: number;
  /** How often to look for that copy meanwhile. */
  recoveryPollMs?: number;
}

export class EinvoiceService {
  private readonly recoveryWaitMs: number;
  private readonly recoveryPollMs: number;

  constructor(
    private readonly repo: EinvoiceRepository,
    private readonly provider: EinvoiceProvider,
    options: EinvoiceOptions = {},
  ) {
    this.recoveryWaitMs = options.recoveryWaitMs ?? 2000;
    this.recoveryPollMs = options.recoveryPollMs ?? 50;
  }

  async generate(auth: AuthContext, invoice: Inv01): Promise<EinvoiceResponse> {
    assertMayFile(auth, invoice);
    const session = { gstin: auth.gstin };
    let generated: Awaited<ReturnType<EinvoiceProvider['generateIrn']>>;
    try {
      generated = await this.provider.generateIrn(session, invoice);
    } catch (err) {
      return this.recover(session, invoice, err);
    }
    const { document, info } = generated;
    await this.repo.save(copyRow(session, invoice, document));
    return info && info.length > 0 ? { ...document, info } : document;
  }

  /**
   * Duplicate-IRN recovery (issue 6; README "Faults and duplicate-IRN recovery"). After a timeout
   * (the IRP may have registered the invoice and lost its answer) or a 2150 while the gateway holds
   * no copy of that IRN (an earlier attempt's answer was lost), fetch the registered document; if
   * its buyer GSTIN and total value are the request's, keep the copy and answer it, marked RECOVERED.
   * A 2150 for an IRN the gateway has a copy of (or gets one within recoveryWaitMs: a concurrent
   * identical request that won) stays a genuine duplicate. A failing lookup gives the original error.
   */
  private async recover(session: ProviderSession, invoice: Inv01, err: unknown): Promise<EinvoiceResponse> {
    if (!(err instanceof GstError) || (err.code !== 'UPSTREAM_TIMEOUT' && err.code !== '2150')) throw err;
    const cause: RecoveryCause = err.code === 'UPSTREAM_TIMEOUT' ? 'timeout' : 'duplicate';
    const dupIrn = cause === 'duplicate' ? dupIrnOf(err.info) : undefined;
    if (cause === 'duplicate' && (await this.waitForCopy(dupIrn ? [dupIrn] : irnCandidates(invoice)))) throw err;

    const document = await this.registeredDocument(session, invoice, dupIrn).catch(() => undefined);
    const registered = document && registeredInvoiceOf(document.SignedInvoice);
    if (!document || !registered) throw err;
    // After a timeout the call may have met a document registered before: cancelled (2278), or one
    // the gateway already answered for (2150), as without the timeout.
    if (document.Status === 'CNL') fail('2278');
    if (cause === 'timeout' && (await this.repo.findByIrn(document.Irn))) throw duplicateError(document);
    if (!matchesRequest(registered, invoice)) throw mismatchError(document, registered, invoice);
    const row = copyRow(session, invoice, document);
    // The registered data, not the request's: only buyer and total were compared.
    const saved = await this.repo.save({
      ...row,
      docType: registered.docType || row.docType,
      docNo: registered.docNo || row.docNo,
      docDate: registered.docDate || row.docDate,
      payload: registered.invoice,
    });
    // A concurrent request saved the copy first and answered it: this one is the duplicate.
    if (!saved) throw duplicateError(document);
    return { ...document, info: [recoveredInfo(cause)] };
  }

  /** The registered document: by the DUPIRN IRN, by document details (the supplier), or by the IRN (an e-commerce operator). */
  private async registeredDocument(session: ProviderSession, invoice: Inv01, dupIrn: string | undefined): Promise<IrnDocument> {
    if (dupIrn) return this.provider.getByIrn(session, dupIrn);
    const { Typ, No, Dt } = invoice.DocDtls;
    if (session.gstin === invoice.SellerDtls.Gstin) return this.provider.getByDocument(session, { docType: Typ, docNo: No, docDate: Dt });
    let last: unknown;
    for (const irn of irnCandidates(invoice)) {
      try {
        return await this.provider.getByIrn(session, irn);
      } catch (e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * A queued generate's retry that meets its own earlier attempt (issue 6): an attempt that saved the
   * copy and then died before the queue heard of it leaves the retry a 2150 for a document this GSTIN
   * filed with the same buyer and total. That is the job's own document, answered as recovered; any
   * other 2150 stays the answer. Only the job runner calls this, and only on a retry.
   */
  async ownEarlierAttempt(auth: AuthContext, invoice: Inv01, err: unknown): Promise<EinvoiceResponse | undefined> {
    if (!(err instanceof GstError) || err.code !== '2150') return undefined;
    const irn = dupIrnOf(err.info);
    const row = (await this.repo.findByIrns(irn ? [irn] : irnCandidates(invoice)))[0];
    if (!row || row.filedBy !== auth.gstin || row.status !== 'ACT') return undefined;
    const same =
      (row.buyerGstin ?? '').toUpperCase() === invoice.BuyerDtls.Gstin.toUpperCase() &&
      Math.round(Number(row.totalValue) * 100) === Math.round(invoice.ValDtls.TotInvVal * 100);
    return same ? { ...irnDocumentOf(row), info: [recoveredInfo('duplicate')] } : undefined;
  }

  /** True once the gateway holds a copy of one of these IRNs; polls up to recoveryWaitMs. */
  private async waitForCopy(irns: string[]): Promise<boolean> {
    const deadline = Date.now() + this.recoveryWaitMs;
    for (;;) {
      if ((await this.repo.findByIrns(irns)).length > 0) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await sleep(Math.min(this.recoveryPollMs, left));
    }
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

  /** The caller's own copies (supplier or filer), newest first, filtered (the dashboard's list). */
  async listDocuments(auth: AuthContext, filters: DocumentFilters) {
    const rows = await this.repo.list(auth.gstin, filters);
    return {
      documents: rows.map((r) => ({
        Irn: r.irn,
        DocTyp: r.docType,
        DocNo: r.docNo,
        DocDt: r.docDate,
        SellerGstin: r.gstin,
        BuyerGstin: r.buyerGstin,
        TotInvVal: Number(r.totalValue),
        AckNo: r.ackNo,
        AckDt: r.ackDt,
        Status: r.status as 'ACT' | 'CNL',
        EwbNo: r.ewbNo,
        CancelDate: r.cancelDate,
        createdAt: r.createdAt.toISOString(),
      })),
      nextBefore: rows.length === filters.limit ? rows[rows.length - 1].createdAt.toISOString() : null,
    };
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

/** The gateway's copy of a document the caller registered. */
function copyRow(session: ProviderSession, invoice: Inv01, document: IrnDocument): NewEinvoiceRow {
  return {
    irn: document.Irn,
    gstin: invoice.SellerDtls.Gstin,
    filedBy: session.gstin,
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
  };
}

/** The IRN of the invoice's document as hashed before and after the 1 Jun 2025 case rule (reference §6.1). */
function irnCandidates(invoice: Inv01): string[] {
  const { Typ, No, Dt } = invoice.DocDtls;
  const irns = [false, true].map((upperCaseDocNo) =>
    computeIrn({ sellerGstin: invoice.SellerDtls.Gstin, docDate: Dt, docType: Typ, docNo: No, upperCaseDocNo }),
  );
  return [...new Set(irns)];
}

/**
 * A token files only for its own GSTIN: as the supplier, or as the e-commerce operator named in the
 * invoice (api.md §3; NIC 2169, 2197: the domain rule filingProblem). Also checked before an
 * asynchronous generate is queued.
 */
export function assertMayFile(auth: AuthContext, invoice: Inv01): void {
  const filing = filingProblem(invoice, auth.gstin);
  if (filing) throw new GstError([filing]);
}

/** The supplier, and the e-commerce operator that filed it (reference §2.2 sup_gstin), may see and cancel a document. */
function mayAccess(auth: AuthContext, row: EinvoiceRow): boolean {
  return row.gstin === auth.gstin || row.filedBy === auth.gstin;
}
