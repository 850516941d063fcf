/**
 * GST rates accepted in `GstRt` (reference nic-einvoice.md §10.4; NIC error 2240 "Invalid GST rate").
 * The IRP does not publish its list. We take the integrators' list (0 … 28) plus 40: the slab created
 * by the rate rationalisation of 22-Sep-2025. Whether the IRP accepts 40 is UNCONFIRMED in the
 * reference; we accept it because invoices at 40 % are legal since that date.
 */

/** §10.4 (+ 40 % from 22-Sep-2025, UNCONFIRMED for the IRP): combined rate (IGST, or CGST + SGST). */
export const GST_RATES: readonly number[] = Object.freeze([0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40]);

/** NIC 2240: the rate is one of GST_RATES, tolerating float noise (e.g. 0.1 + 0.15 for 0.25). */
export function isValidGstRate(rate: number): boolean {
  return typeof rate === 'number' && GST_RATES.some((r) => Math.abs(r - rate) < 1e-6);
}
