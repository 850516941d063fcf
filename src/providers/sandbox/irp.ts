/**
 * The emulated Invoice Registration Portal (reference nic-einvoice.md §4–§7): validates INV-01 with
 * NIC's codes, computes the IRN (§6.1), numbers the acknowledgement (§6.2), signs the invoice and
 * the QR payload (§6.3) and keeps its own registry with NIC's windows (24 h cancel, 2-day get).
 * E-way bills with the IRN (EwbDtls, §4.1) or by IRN (§4.5, §4.6) are checked here with the IRP's
 * codes 4000–4040 (§7.4, domain/ewaybill/irn.ts) and registered in the emulated e-way bill system.
 */
import type { Clock } from '../../core/clock.ts';
import type { Signer } from '../../core/crypto/signer.ts';
import { fail, GstError, problem } from '../../core/errors.ts';
import { formatAckNo } from '../../domain/ack.ts';
import { financialYear, formatIstDateTime, parseNicDate } from '../../domain/dates.ts';
import {
  type EwbDetails,
  type EwbOverrides,
  ewbReferencedGstins,
  ewbRequestFromInvoice,
  validateEwbForIrn,
} from '../../domain/ewaybill/irn.ts';
import { isGstinFormat } from '../../domain/gstin.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import { referencedGstins, validateInvoice } from '../../domain/invoice/rules.ts';
import { computeIrn, irnDocKey, isIrnFormat } from '../../domain/irn.ts';
import { buildQrPayload } from '../../domain/qr.ts';
import { toIrpGstinMaster, toRegistryEntry } from '../../modules/taxpayer/registry.ts';
import type { TaxpayerRepository } from '../../modules/taxpayer/taxpayer.repository.ts';
import {
  type CancelIrnRequest,
  type CancelIrnResult,
  type DocumentKey,
  type EinvoiceProvider,
  type EwbByIrnRequest,
  type EwbByIrnResult,
  type EwbOfIrn,
  type InfoDtl,
  type IrnDocument,
  irnDocumentOf,
  type ProviderSession,
} from '../types.ts';
import type { SandboxEwb } from './ewb.ts';
import type { IrpRepository } from './irp.repository.ts';
import type { IrpDocumentRow } from './irp.tables.ts';

export interface IrpOptions {
  /** yyyy-mm-dd: from this (government-clock) date the document number is upper-cased before hashing. */
  upperCaseDocNoFrom: string;
  issuer: string;
  getWindowDays: number;
}

const HOUR_MS = 3600_000;

export class SandboxIrp implements EinvoiceProvider {
  constructor(
    private readonly repo: IrpRepository,
    private readonly taxpayers: TaxpayerRepository,
    private readonly signer: Signer,
    private readonly clock: Clock,
    private readonly options: IrpOptions,
    private readonly ewb: SandboxEwb,
  ) {}

  /**
   * E-way bill by IRN (reference §4.5): unknown IRN 4003, not the caller's 4037, cancelled 4000, one
   * live e-way bill per IRN 4002 (one cancelled in the e-way bill system frees the IRN for a new one),
   * then every §7.4 rule at once.
   */
  async generateEwbByIrn(session: ProviderSession, req: EwbByIrnRequest): Promise<EwbByIrnResult> {
    if (!isIrnFormat(req.Irn)) fail('2145', [], 'Irn');
    const row = await this.repo.findByIrn(req.Irn.toLowerCase());
    if (!row) fail('4003', [], 'Irn');
    if (!this.mayAccess(session, row)) fail('4037');
    if (row.status !== 'ACT') fail('4000', [], 'Irn');
    if (row.ewbNo !== null && (await this.ewb.isActive(Number(row.ewbNo)))) fail('4002');
    const { Irn: _irn, DispDtls, ExpShipDtls, ...transport } = req;
    // The registered invoice as the IRP stored it (the signed sections, §6.3).
    const invoice = row.document as Inv01;
    return this.issueEwb(session, invoice, transport, { irn: row.irn, irnStatus: row.status, overrides: { DispDtls, ExpShipDtls } });
  }

  /**
   * Get e-way bill by IRN (reference §4.6), as the e-way bill system has it now (cancelled there →
   * CNL). Another GSTIN's IRN 4037; no e-way bill (or unknown IRN) 4005.
   */
  async getEwbByIrn(session: ProviderSession, irn: string): Promise<EwbOfIrn> {
    if (!isIrnFormat(irn)) fail('2145', [], 'irn');
    const row = await this.repo.findByIrn(irn.toLowerCase());
    if (row && !this.mayAccess(session, row)) fail('4037');
    const bill = row ? await this.ewb.findByIrn(row.irn) : undefined;
    if (!bill) fail('4005');
    return {
      EwbNo: bill.ewbNo,
      Status: bill.status,
      GenGstin: bill.generatorGstin,
      EwbDt: formatIstDateTime(bill.generatedAt),
      EwbValidTill: bill.validUntil ? formatIstDateTime(bill.validUntil) : null,
    };
  }

  /**
   * §7.4 checks, then the e-way bill system registers it (a document that already has one there: 604
   * → 4026 with its number); the IRP keeps EwbNo/EwbDt/EwbValidTill (`yyyy-MM-dd HH:mm:ss`, validity
   * null for a Part-A slip) on the IRN. Throws GstError with every problem.
   */
  private async issueEwb(
    session: ProviderSession,
    invoice: Inv01,
    dtls: EwbDetails,
    ctx: { irn: string; irnStatus: string; overrides?: EwbOverrides },
  ): Promise<EwbByIrnResult> {
    const rows = await this.taxpayers.findRegistryFields(ewbReferencedGstins(invoice, dtls));
    const registry = new Map(rows.map((r) => [r.gstin, toRegistryEntry(r)]));
    const overrides = ctx.overrides ?? {};
    const checked = validateEwbForIrn(invoice, dtls, { now: this.clock.now(), registry, irnStatus: ctx.irnStatus }, overrides);
    if (checked.problems.length > 0) throw new GstError(checked.problems);

    const request = ewbRequestFromInvoice(invoice, dtls, overrides);
    const issued = await this.ewb
      .registerFromIrn({ request, generatorGstin: session.gstin, irn: ctx.irn, actualDist: checked.actualDist })
      .catch((e: unknown) => {
        if (e instanceof GstError && e.code === '604') {
          const existing = (e.info?.[0] as { ewayBillNo?: number } | undefined)?.ewayBillNo;
          fail('4026', [existing ?? '']);
        }
        throw e;
      });
    const result: EwbByIrnResult = {
      EwbNo: issued.ewbNo,
      EwbDt: formatIstDateTime(issued.generatedAt),
      EwbValidTill: issued.validUpto ? formatIstDateTime(issued.validUpto) : null,
    };
    await this.repo.setEwayBill(ctx.irn, { ewbNo: result.EwbNo, ewbDt: result.EwbDt, ewbValidTill: result.EwbValidTill });
    return checked.info.length > 0 ? { ...result, info: checked.info } : result;
  }

  /**
   * EwbDtls of Generate IRN (reference §2.5, §4.1): the IRN stays registered whatever happens to the
   * e-way bill; its failures come back as InfoDtls EWBERR (all of them; anything unexpected as 4001).
   */
  private async ewbWithIrn(session: ProviderSession, invoice: Inv01, dtls: EwbDetails, irn: string) {
    try {
      const { info, ...ewb } = await this.issueEwb(session, invoice, dtls, { irn, irnStatus: 'ACT' });
      return { ewb, info: info ?? [] };
    } catch (e) {
      const errors = e instanceof GstError ? e.errors : [problem('4001')];
      const info: InfoDtl[] = [{ InfCd: 'EWBERR', Desc: errors.map((p) => ({ ErrorCode: p.code, ErrorMessage: p.message })) }];
      return { ewb: undefined, info };
    }
  }

  /** GSTN advisory of 4 Apr 2025: case-insensitive document numbers from 1 Jun 2025 (reference §6.1). */
  private upperCaseDocNo(now: Date): boolean {
    return formatIstDateTime(now).slice(0, 10) >= this.options.upperCaseDocNoFrom;
  }

  async generateIrn(session: ProviderSession, invoice: Inv01): Promise<{ document: IrnDocument; info?: InfoDtl[] }> {
    const now = this.clock.now();
    const upper = this.upperCaseDocNo(now);
    const seller = invoice.SellerDtls.Gstin;
    const { DocDtls: doc } = invoice;
    const date = parseNicDate(doc.Dt);
    if (!date) fail('2144', [], 'DocDtls.Dt');
    const fy = financialYear(date);
    const docKey = irnDocKey(doc.No, upper);

    // A registered document answers 2150 with the first registration in DUPIRN, or 2278 when it was
    // cancelled (reference §4.1, §7.1 item 6) — checked before the business rules, so a retry after
    // a lost response always finds its IRN. Since 1 Jun 2025 in any letter case, also against
    // documents registered before that date with a mixed-case number.
    // Only to whom may see it: the supplier or whoever filed it; anyone else goes through the rules
    // (an e-commerce operator that may file for this supplier still meets 2150 at the insert below).
    // One statement reads the exact-key registration, the parties' registry rows and the next AckNo.
    const before = await this.repo.beforeSigning(seller, fy, doc.Typ, docKey, referencedGstins(invoice));
    const existing = before.existing ?? (await this.findLegacyRegistration(seller, fy, doc.Typ, docKey, upper));
    if (existing && (session.gstin === seller || session.gstin === existing.submitterGstin)) throw duplicateError(existing);

    const registry = new Map(before.registry.map((r) => [r.gstin, toRegistryEntry(r)]));
    const problems = validateInvoice(invoice, { now, submitterGstin: session.gstin, registry });
    if (problems.length > 0) throw new GstError(problems);

    const irn = computeIrn({ sellerGstin: seller, docDate: doc.Dt, docType: doc.Typ, docNo: doc.No, upperCaseDocNo: upper });
    const ackNo = formatAckNo(before.nextAck ?? (await this.repo.nextAckSequence()), now);
    const ackDt = formatIstDateTime(now);
    const signedJson = JSON.stringify({ AckNo: ackNo, AckDt: ackDt, Irn: irn, ...withItemNumbers(invoice) });
    const [signedInvoice, signedQr] = await Promise.all([
      this.signer.signData(signedJson, this.options.issuer),
      this.signer.signData(JSON.stringify(buildQrPayload(invoice, { Irn: irn, AckDt: ackDt })), this.options.issuer),
    ]);

    const inserted = await this.repo.insert(
      {
        irn,
        sellerGstin: seller,
        submitterGstin: session.gstin,
        fy,
        docType: doc.Typ,
        docKey,
        docNo: doc.No,
        docDate: doc.Dt,
        buyerGstin: invoice.BuyerDtls.Gstin,
        totalValue: String(invoice.ValDtls.TotInvVal),
        ackNo,
        ackDt,
        status: 'ACT',
        signedInvoice,
        signedQrCode: signedQr,
        generatedAt: now,
      },
      signedJson,
    );
    if (!inserted) {
      // Lost a race with an identical request: exactly one registration wins, the rest get 2150.
      const winner = await this.findRegistration(seller, fy, doc.Typ, docKey, upper);
      if (winner) throw duplicateError(winner);
      fail('2139');
    }
    const { ewb, info } = invoice.EwbDtls ? await this.ewbWithIrn(session, invoice, invoice.EwbDtls, irn) : { ewb: undefined, info: [] };
    return {
      info: info.length > 0 ? info : undefined,
      document: {
        AckNo: ackNo,
        AckDt: ackDt,
        Irn: irn,
        SignedInvoice: signedInvoice,
        SignedQRCode: signedQr,
        Status: 'ACT',
        EwbNo: ewb?.EwbNo ?? null,
        EwbDt: ewb?.EwbDt ?? null,
        EwbValidTill: ewb?.EwbValidTill ?? null,
        Remarks: null,
      },
    };
  }

  /**
   * Cancel (reference §4.2, §7.5): owner only (2143), active only (9999), within 24 h (2270), not while
   * its e-way bill is active in the e-way bill system (2230): cancel that there first.
   */
  async cancelIrn(session: ProviderSession, req: CancelIrnRequest): Promise<CancelIrnResult> {
    if (!isIrnFormat(req.Irn)) fail('2145', [], 'Irn');
    const row = await this.repo.findByIrn(req.Irn.toLowerCase());
    if (!row) fail('2154', [], 'Irn');
    if (!this.mayAccess(session, row)) fail('2143');
    if (row.status !== 'ACT') fail('9999');
    const now = this.clock.now();
    if (now.getTime() - row.generatedAt.getTime() > 24 * HOUR_MS) fail('2270');
    if (row.ewbNo !== null && (await this.ewb.isActive(Number(row.ewbNo)))) fail('2230');
    const cancelDate = formatIstDateTime(now);
    const done = await this.repo.cancel(row.irn, now, cancelDate, req.CnlRsn, req.CnlRem);
    if (!done) fail('9999');
    return { Irn: row.irn, CancelDate: cancelDate };
  }

  /** Get by IRN (reference §4.3): only within the IRP's window after generation (2283). */
  async getByIrn(session: ProviderSession, irn: string): Promise<IrnDocument> {
    if (!isIrnFormat(irn)) fail('2145', [], 'irn');
    const row = await this.repo.findByIrn(irn.toLowerCase());
    if (!row) fail('2148');
    if (!this.mayAccess(session, row)) fail('2226');
    this.assertWithinGetWindow(row);
    return irnDocumentOf(row);
  }

  /** Get by document details (reference §4.4): 2154 when not registered. */
  async getByDocument(session: ProviderSession, key: DocumentKey): Promise<IrnDocument> {
    const date = parseNicDate(key.docDate);
    if (!date) fail('2144', [], 'docdate');
    const fy = financialYear(date);
    // Registered before or after the 1 Jun 2025 case rule: try the number as given, then upper-cased.
    const row =
      (await this.repo.findByDocument(session.gstin, fy, key.docType, irnDocKey(key.docNo, false))) ??
      (await this.repo.findByDocument(session.gstin, fy, key.docType, irnDocKey(key.docNo, true)));
    if (!row || row.docDate !== key.docDate) fail('2154');
    this.assertWithinGetWindow(row);
    return irnDocumentOf(row);
  }

  /**
   * 2150/2278 lookup. Since 1 Jun 2025 numbers are compared in any case (reference §7.1 item 6): keys
   * registered since then are upper case, so the exact key finds them; a financial year that began
   * before that date may also hold mixed-case keys from earlier, which only a case-insensitive look finds.
   */
  private async findRegistration(seller: string, fy: string, docType: string, docKey: string, upper: boolean) {
    const exact = await this.repo.findRegistration(seller, fy, docType, docKey);
    return exact ?? this.findLegacyRegistration(seller, fy, docType, docKey, upper);
  }

  /** The case-insensitive half of findRegistration, for when the exact key found nothing. */
  private async findLegacyRegistration(seller: string, fy: string, docType: string, docKey: string, upper: boolean) {
    if (!upper || fy > this.lastCaseSensitiveFy) return undefined;
    return this.repo.findRegistration(seller, fy, docType, docKey, true);
  }

  /** FY of the last day on which numbers were still hashed as given. */
  private get lastCaseSensitiveFy(): string {
    const dayBefore = new Date(Date.parse(`${this.options.upperCaseDocNoFrom}T00:00:00Z`) - 86_400_000);
    return financialYear({ y: dayBefore.getUTCFullYear(), m: dayBefore.getUTCMonth() + 1 });
  }

  async getGstinDetails(_session: ProviderSession, gstin: string) {
    if (!isGstinFormat(gstin)) fail('3030', [], 'gstin');
    const row = await this.taxpayers.findByGstin(gstin);
    if (!row) fail('3001');
    return toIrpGstinMaster(row);
  }

  /** Sync from the common portal (reference §4.9): the emulated portal is the registry itself. */
  async syncGstinDetails(session: ProviderSession, gstin: string) {
    const master = await this.getGstinDetails(session, gstin);
    await this.taxpayers.touch(gstin);
    return master;
  }

  private mayAccess(session: ProviderSession, row: IrpDocumentRow): boolean {
    return row.sellerGstin === session.gstin || row.submitterGstin === session.gstin;
  }

  private assertWithinGetWindow(row: IrpDocumentRow): void {
    const days = this.options.getWindowDays;
    if (this.clock.now().getTime() - row.generatedAt.getTime() > days * 24 * HOUR_MS) fail('2283', [days]);
  }
}

function duplicateError(row: Pick<IrpDocumentRow, 'irn' | 'status' | 'ackNo' | 'ackDt'>): GstError {
  if (row.status === 'CNL') return GstError.of('2278');
  return new GstError([problem('2150')], {
    info: [{ InfCd: 'DUPIRN', Desc: { AckNo: Number(row.ackNo), AckDt: row.ackDt, Irn: row.irn } }],
  });
}

/**
 * The invoice as NIC stores and signs it: sections in schema order, each item gaining `ItemNo` before
 * `SlNo` (reference §6.3). NIC re-serialises items in its own class order, which puts `IsServc` before
 * `PrdDesc` (every SignedInvoice recorded in [IC], 2022 and 2023), unlike the schema's request order.
 */
function withItemNumbers(inv: Inv01): Record<string, unknown> {
  const order = [
    'Version',
    'TranDtls',
    'DocDtls',
    'SellerDtls',
    'BuyerDtls',
    'DispDtls',
    'ShipDtls',
    'ItemList',
    'ValDtls',
    'PayDtls',
    'RefDtls',
    'AddlDocDtls',
    'ExpDtls',
    'EwbDtls',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const value = (inv as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    out[key] = key === 'ItemList' ? inv.ItemList.map(({ SlNo, IsServc, ...rest }) => ({ ItemNo: 0, SlNo, IsServc, ...rest })) : value;
  }
  return out;
}
