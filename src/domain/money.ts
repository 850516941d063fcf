/**
 * Amount arithmetic for the IRP value checks (reference nic-einvoice.md §5.7/§5.8: amounts 2 decimals,
 * Qty/UnitPrice/rates 3; §7.3 tolerances). Rounding works on the decimal a value prints as, so 1.005
 * rounds to 1.01 although its binary value is 1.00499999999999989….
 */

/** Half-up (away from zero) to `dp` decimals on the printed decimal value, after removing float noise. */
function roundTo(n: number, dp: number): number {
  if (!Number.isFinite(n)) return n;
  let abs = Math.abs(n);
  // Clear noise beyond 15 significant digits (0.1 * 3 → 0.3) where that keeps the decisive digit.
  if (abs < 10 ** (14 - dp)) abs = Number(abs.toPrecision(15));
  const [int, frac = ''] = (abs < 1e-6 ? abs.toFixed(20) : String(abs)).split('.');
  let r = abs;
  if (abs < 1e21 && frac.length > dp) {
    r = Number(`${int}.${frac.slice(0, dp)}`);
    if (frac[dp] >= '5') r = Number((r + 10 ** -dp).toFixed(dp));
  }
  return r === 0 ? 0 : Math.sign(n) * r;
}

/** §5.7/§5.8 amounts: 2 decimals, half-up, robust to float noise (1.005 → 1.01, 0.285 → 0.29). */
export function round2(n: number): number {
  return roundTo(n, 2);
}

/** §5.7 Qty / UnitPrice / rates: 3 decimals, half-up. */
export function round3(n: number): number {
  return roundTo(n, 3);
}

/** §7.3 value checks: |a − b| ≤ tolerance, with a 1e-9 epsilon so a 1.00 tolerance is inclusive. */
export function nearlyEqual(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** §5.7 decimals limits: decimal places of a number as JSON writes it (1.005 → 3, 1e-7 → 7, 100 → 0). */
export function decimals(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const [mantissa, exp = '0'] = String(Math.abs(n)).split('e');
  const frac = mantissa.split('.')[1] ?? '';
  return Math.max(0, frac.length - Number(exp));
}
