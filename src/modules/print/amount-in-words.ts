/**
 * Amounts as Indian invoices print them: figures grouped the Indian way (1,18,000.00: thousands, then
 * pairs of digits for lakh and crore) and in words with lakh and crore ("Rupees One Lakh Eighteen
 * Thousand Only"). Paise are rounded half-up from the printed decimal (round2), so 0.285 is 29 paise.
 * Above 99 crore the crore count is itself read in lakh and thousand ("One Lakh Crore"), as Indian
 * cheques and invoices do; INV-01's largest total (99,99,99,99,99,999.99) stays within that.
 */
import { round2 } from '../../domain/money.ts';

const ONES = [
  'Zero',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
  'Thirteen',
  'Fourteen',
  'Fifteen',
  'Sixteen',
  'Seventeen',
  'Eighteen',
  'Nineteen',
];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

/** 1–99 in words. */
function belowHundred(n: number): string {
  if (n < 20) return ONES[n];
  const rest = n % 10;
  return rest === 0 ? TENS[Math.floor(n / 10)] : `${TENS[Math.floor(n / 10)]} ${ONES[rest]}`;
}

/** 1–999 in words ("One Hundred Five"; no "and", as GST invoices print it). */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} Hundred`);
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(' ');
}

/** A whole number ≥ 1 in words with the Indian units: crore (10^7), lakh (10^5), thousand, hundred. */
function indianWords(n: number): string {
  const crore = Math.floor(n / 10_000_000);
  const lakh = Math.floor((n % 10_000_000) / 100_000);
  const thousand = Math.floor((n % 100_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (crore > 0) parts.push(`${indianWords(crore)} Crore`);
  if (lakh > 0) parts.push(`${belowHundred(lakh)} Lakh`);
  if (thousand > 0) parts.push(`${belowHundred(thousand)} Thousand`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** Whole rupees and paise of an amount, rounded half-up to the paisa. */
function rupeesAndPaise(amount: number): { negative: boolean; rupees: number; paise: number } {
  const total = Math.round(Math.abs(round2(amount)) * 100);
  return { negative: amount < 0 && total > 0, rupees: Math.floor(total / 100), paise: total % 100 };
}

/**
 * 118000 → "Rupees One Lakh Eighteen Thousand Only"; 12345678.5 → "Rupees One Crore Twenty Three Lakh
 * Forty Five Thousand Six Hundred Seventy Eight and Fifty Paise Only"; 0.5 → "Rupees Zero and Fifty
 * Paise Only"; 0 → "Rupees Zero Only".
 */
export function amountInWords(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  const { negative, rupees, paise } = rupeesAndPaise(amount);
  const words = rupees === 0 ? 'Zero' : indianWords(rupees);
  const paiseWords = paise > 0 ? ` and ${belowHundred(paise)} Paise` : '';
  return `${negative ? 'Minus ' : ''}Rupees ${words}${paiseWords} Only`;
}

/** 118000 → "1,18,000.00"; 12345678.5 → "1,23,45,678.50"; -1.5 → "-1.50". */
export function formatIndianAmount(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  const { negative, rupees, paise } = rupeesAndPaise(amount);
  const digits = String(rupees);
  const last3 = digits.slice(-3);
  const head = digits.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${last3}` : last3;
  return `${negative ? '-' : ''}${grouped}.${String(paise).padStart(2, '0')}`;
}

/** With the rupee sign: "₹ 1,18,000.00". */
export function formatRupees(amount: number): string {
  return `₹ ${formatIndianAmount(amount)}`;
}

/** A quantity or rate with Indian grouping and only the decimals it has, up to `maxDecimals`: 1234.5 → "1,234.5". */
export function formatIndianNumber(value: number, maxDecimals = 3): string {
  if (!Number.isFinite(value)) return '';
  const fixed = Math.abs(value)
    .toFixed(maxDecimals)
    .replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.');
  const last3 = int.slice(-3);
  const head = int.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${last3}` : last3;
  return `${value < 0 && fixed !== '0' ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
