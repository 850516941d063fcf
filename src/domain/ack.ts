/**
 * AckNo (reference nic-einvoice.md §6.2): `${prefix}${yy}1${seq padded to 10}` as a JSON number,
 * yy = IST year of generation. 15 digits stay below 2^53, so the number is exact in JSON.
 * The meaning of the 2-digit prefix is UNCONFIRMED (IRP/instance?); we use 13, as seen on the 2023
 * sandbox (`132310046063601`).
 */
import { istParts } from './dates.ts';

/** §6.2: AckNo for the seq-th acknowledgement generated at `generatedAt`. */
export function formatAckNo(seq: number, generatedAt: Date, prefix = '13'): number {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= 1e10) throw new RangeError(`AckNo sequence out of range: ${seq}`);
  if (!/^[1-9][0-9]$/.test(prefix)) throw new RangeError(`AckNo prefix must be two digits: ${prefix}`);
  const yy = String(istParts(generatedAt).y % 100).padStart(2, '0');
  return Number(`${prefix}${yy}1${String(seq).padStart(10, '0')}`);
}
