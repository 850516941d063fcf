/**
 * Duplicate-IRN recovery (issue 6), the pure part: when generation timed out or met 2150 without the
 * gateway's own copy, the registered document is fetched and its SignedInvoice payload (the INV-01
 * JSON as the IRP registered it, reference nic-einvoice.md §6.3) is compared with the request on the
 * buyer GSTIN (BuyerDtls.Gstin) and total invoice value (ValDtls.TotInvVal). EinvoiceService does
 * the calls.
 */
import { GstError, problem } from '../../core/errors.ts';
import type { Inv01 } from '../../domain/invoice/inv01.schema.ts';
import type { InfoDtl, IrnDocument } from '../../providers/types.ts';

/** The InfCd of the info entry that marks a recovered document (and sets X-Gstgate-Recovered). */
export const RECOVERED_INFO_CODE = 'RECOVERED';

export type RecoveryCause = 'timeout' | 'duplicate';

/** The parts of the registered INV-01 the comparison and the gateway's copy need. */
export interface RegisteredInvoice {
  /** The INV-01 JSON as signed, without the IRP's AckNo, AckDt and Irn. */
  invoice: Record<string, unknown>;
  docType: string;
  docNo: string;
  docDate: string;
  buyerGstin: string;
  totalValue: number;
}

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * The INV-01 inside a SignedInvoice: a JWS whose payload is `{ data: "<invoice JSON text>", iss }`.
 * Only decoded, not verified: it comes from the provider, not from a client. Undefined when it is not
 * such a JWS or lacks the compared fields.
 */
export function registeredInvoiceOf(signedInvoice: string): RegisteredInvoice | undefined {
  try {
    const payload = record(JSON.parse(Buffer.from(signedInvoice.split('.')[1] ?? '', 'base64url').toString('utf8')));
    const data = record(typeof payload.data === 'string' ? JSON.parse(payload.data) : payload.data);
    const { AckNo: _ackNo, AckDt: _ackDt, Irn: _irn, ...invoice } = data;
    const doc = record(invoice.DocDtls);
    const buyer = record(invoice.BuyerDtls);
    const total = Number(record(invoice.ValDtls).TotInvVal);
    if (typeof buyer.Gstin !== 'string' || !Number.isFinite(total)) return undefined;
    return {
      invoice,
      docType: String(doc.Typ ?? ''),
      docNo: String(doc.No ?? ''),
      docDate: String(doc.Dt ?? ''),
      buyerGstin: buyer.Gstin.toUpperCase(),
      totalValue: total,
    };
  } catch {
    return undefined;
  }
}

/** Paise, so 1180 and 1180.00 compare equal. */
const paise = (v: number) => Math.round(v * 100);

/** True when the registered document has the request's buyer GSTIN and total value. */
export function matchesRequest(registered: RegisteredInvoice, request: Inv01): boolean {
  return (
    registered.buyerGstin === request.BuyerDtls.Gstin.toUpperCase() && paise(registered.totalValue) === paise(request.ValDtls.TotInvVal)
  );
}

/** NIC's DUPIRN info entry for a registered document (reference §4.1). */
export function dupIrnInfo(doc: Pick<IrnDocument, 'AckNo' | 'AckDt' | 'Irn'>): InfoDtl {
  return { InfCd: 'DUPIRN', Desc: { AckNo: doc.AckNo, AckDt: doc.AckDt, Irn: doc.Irn } };
}

/** The IRN named by a 2150's DUPIRN info, if any. */
export function dupIrnOf(info: readonly unknown[] | undefined): string | undefined {
  for (const entry of info ?? []) {
    const e = record(entry);
    const irn = record(e.Desc).Irn;
    if (e.InfCd === 'DUPIRN' && typeof irn === 'string') return irn.toLowerCase();
  }
  return undefined;
}

/** 2150 with the registered document in DUPIRN: a genuine duplicate, the gateway already handed it out. */
export function duplicateError(doc: IrnDocument): GstError {
  return new GstError([problem('2150')], { info: [dupIrnInfo(doc)] });
}

/** 409: 2150 and RECOVERY_MISMATCH saying what the IRP holds and what was sent. */
export function mismatchError(doc: IrnDocument, registered: RegisteredInvoice, request: Inv01): GstError {
  const held = `${registered.docType || request.DocDtls.Typ} ${registered.docNo || request.DocDtls.No} dated ${registered.docDate || request.DocDtls.Dt}`;
  return new GstError(
    [
      problem('2150'),
      problem('RECOVERY_MISMATCH', [
        held,
        registered.buyerGstin,
        registered.totalValue,
        request.BuyerDtls.Gstin.toUpperCase(),
        request.ValDtls.TotInvVal,
      ]),
    ],
    { info: [dupIrnInfo(doc)] },
  );
}

export function recoveredInfo(cause: RecoveryCause): InfoDtl {
  return {
    InfCd: RECOVERED_INFO_CODE,
    Desc:
      cause === 'timeout'
        ? 'The IRP had registered this invoice, but its answer was lost (the IRP did not answer in time); this is the registered document, ' +
          "which matches this request's buyer GSTIN and total value."
        : "The IRP had already registered this invoice (2150) and the gateway held no copy: an earlier attempt's answer was lost. " +
          "This is the registered document, which matches this request's buyer GSTIN and total value.",
  };
}

/** True for a generate answer produced by recovery (routes set X-Gstgate-Recovered; audit and jobs can read it). */
export function isRecovered(response: { info?: readonly InfoDtl[] }): boolean {
  return response.info?.some((i) => i.InfCd === RECOVERED_INFO_CODE) ?? false;
}
