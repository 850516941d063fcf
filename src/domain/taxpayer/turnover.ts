/**
 * Aggregate turnover band of a PAN (AATO is computed per PAN across all its registrations, so every
 * GSTIN of one PAN shares the band). Both the synthetic registry (e-invoicing, 30-day reporting limit,
 * composition) and the filing histories (QRMP eligibility, GSTR-9 optional) read it, so they agree.
 *  - micro:  AATO ≤ ₹1.5 crore (composition allowed, Section 10; GSTR-9 optional ≤ ₹2 crore)
 *  - small:  ≤ ₹5 crore (QRMP allowed, Rule 61A)
 *  - medium: > ₹5 crore and < ₹10 crore (e-invoicing since 01-08-2023, Notification 10/2023-CT)
 *  - large:  ≥ ₹10 crore (30-day IRP reporting limit since 01-04-2025)
 */
import { hashString, unit } from './prng.ts';

export type TurnoverTier = 'micro' | 'small' | 'medium' | 'large';

// Cumulative thresholds per PAN holder type (PAN 4th character): companies are larger than proprietors.
const BANDS: Record<string, [number, number, number]> = {
  C: [0.35, 0.65, 0.8],
  F: [0.6, 0.85, 0.93],
  P: [0.86, 0.97, 0.99],
};
const DEFAULT_BANDS: [number, number, number] = [0.7, 0.88, 0.94];

/** Deterministic from the PAN (or the PAN part, chars 3–12, of a GSTIN). */
export function turnoverTier(pan: string): TurnoverTier {
  const [a, b, c] = BANDS[pan[3]] ?? DEFAULT_BANDS;
  const u = unit(hashString(pan, 0x7a70));
  return u < a ? 'micro' : u < b ? 'small' : u < c ? 'medium' : 'large';
}
