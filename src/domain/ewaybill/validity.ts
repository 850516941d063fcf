/**
 * E-way bill validity and time windows (reference nic-ewaybill-gst.md A6, Rule 138(10) as amended by
 * Notification 94/2020-CT). Pure: every function takes the government clock's instant.
 */
import { istDayNumber } from '../dates.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const IST_OFFSET_MS = (5 * 60 + 30) * MINUTE_MS;

/** A6.1: km covered per validity day — 200 for regular cargo, 20 for over-dimensional cargo (`vehicleType` O). */
export function kmPerDay(vehicleType: string | null | undefined): number {
  return vehicleType === 'O' ? 20 : 200;
}

/** A6.1: one day for the first slab and one for each further slab or part of it. */
export function validityDays(distanceKm: number, vehicleType: string | null | undefined): number {
  return Math.max(1, Math.ceil(distanceKm / kmPerDay(vehicleType)));
}

/** 23:59:00 IST of the IST calendar day `dayNumber` (days since 1970-01-01 in IST). */
function endOfIstDay(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - IST_OFFSET_MS + DAY_MS - MINUTE_MS);
}

/**
 * A6.1: validity runs from the first Part-B entry; each day ends at midnight of the following day,
 * which NIC renders as 11:59:00 PM of (start date + days). E.g. 01/05/2024 07:04 PM, 1000 km →
 * 5 days → 06/05/2024 11:59:00 PM.
 */
export function validUpto(start: Date, distanceKm: number, vehicleType: string | null | undefined): { validUpto: Date; days: number } {
  const days = validityDays(distanceKm, vehicleType);
  return { validUpto: endOfIstDay(istDayNumber(start) + days), days };
}

/** A4.5 / 821: no validity beyond 360 days from the e-way bill date (GSTN advisory Dec-2024: 28/12/2023 → 22/12/2024). */
export const EXTENSION_CAP_DAYS = 360;

export function extensionCap(ewayBillDate: Date): Date {
  return endOfIstDay(istDayNumber(ewayBillDate) + EXTENSION_CAP_DAYS);
}

/**
 * A4.5, A6.1: an extension gives the remaining distance's days counted from the day of the request,
 * capped at 360 days from the e-way bill date. Undefined when the cap leaves nothing to extend (821).
 */
export function extendedValidUpto(
  now: Date,
  remainingKm: number,
  vehicleType: string | null | undefined,
  ewayBillDate: Date,
  currentValidUpto: Date,
): { validUpto: Date; days: number } | undefined {
  const wanted = validUpto(now, remainingKm, vehicleType);
  const cap = extensionCap(ewayBillDate);
  if (currentValidUpto.getTime() >= cap.getTime()) return undefined;
  if (wanted.validUpto.getTime() <= cap.getTime()) return wanted;
  return { validUpto: cap, days: istDayNumber(cap) - istDayNumber(now) };
}

/** A6.2 windows. */
export const CANCEL_WINDOW_MS = 24 * HOUR_MS; // 315, Rule 138(9)
export const REJECT_WINDOW_MS = 72 * HOUR_MS; // 346, Rule 138(12)
export const EXTENSION_WINDOW_MS = 8 * HOUR_MS; // 382: 8 h before to 8 h after validUpto
export const PART_A_DISCARD_MS = 15 * 24 * HOUR_MS; // 343 after: Part-A slip without Part-B for 15 days

/** 382: extension is open from 8 hours before to 8 hours after the end of validity, both edges included. */
export function extensionWindowOpen(now: Date, validUptoAt: Date): boolean {
  const t = now.getTime();
  const end = validUptoAt.getTime();
  return t >= end - EXTENSION_WINDOW_MS && t <= end + EXTENSION_WINDOW_MS;
}

/** Within `windowMs` of `from`, the edge included (cancel 24 h, reject 72 h). */
export function withinWindow(now: Date, from: Date, windowMs: number): boolean {
  return now.getTime() - from.getTime() <= windowMs;
}

/** Expired once the clock passes validUpto (23:59:00 IST of the last day). */
export function isExpired(now: Date, validUptoAt: Date | null | undefined): boolean {
  return validUptoAt != null && now.getTime() > validUptoAt.getTime();
}

/** Part C item 2: e-way bill times carry whole minutes (seconds 00), so the government records them so. */
export function truncateToMinute(d: Date): Date {
  return new Date(Math.floor(d.getTime() / MINUTE_MS) * MINUTE_MS);
}
