/**
 * IRN (reference nic-einvoice.md §6.1, verified against 5 recorded NIC sandbox responses):
 * lowercase hex SHA-256 of SellerGstin + FY(DocDtls.Dt) + Typ + No, no separators.
 * Since 1 June 2025 the IRP upper-cases the document number first (§5.2, GSTN advisory 4 Apr 2025);
 * the caller decides through `upperCaseDocNo` (by submission date / configuration).
 */
import { createHash } from 'node:crypto';
import { financialYear, parseNicDate } from './dates.ts';

/** §5.2 / §6.1: the document number as it enters the IRN (and the duplicate-IRN key, NIC 2150). */
export function irnDocKey(docNo: string, upperCaseDocNo: boolean): string {
  return upperCaseDocNo ? docNo.toUpperCase() : docNo;
}

/** §6.1: IRN = sha256(Gstin + FY + Typ + No); Typ is always upper-cased. Throws on a bad `docDate`. */
export function computeIrn(input: {
  sellerGstin: string;
  docDate: string;
  docType: string;
  docNo: string;
  upperCaseDocNo: boolean;
}): string {
  const date = parseNicDate(input.docDate);
  if (!date) throw new Error(`computeIrn: document date must be dd/mm/yyyy, got ${input.docDate}`);
  const text = input.sellerGstin + financialYear(date) + input.docType.toUpperCase() + irnDocKey(input.docNo, input.upperCaseDocNo);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** §4.3 / NIC 2145 "IRN is not valid": 64 hex characters (either case). */
export function isIrnFormat(s: string): boolean {
  return typeof s === 'string' && /^[0-9a-fA-F]{64}$/.test(s);
}
