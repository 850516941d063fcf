/**
 * Vehicle and transport-document numbers (reference nic-ewaybill-gst.md A8; errors 225, 304, 407, 408, 823).
 */

/** A8: what NIC compares — upper case, letters and digits only (IC strips everything else). */
export function normalizeVehicleNo(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * A8 accepted formats (e-invoice portal General Master, 28-03-2023): AB121234, AB12A1234, AB12AB1234,
 * ABC1234, AB123A1234, AB12ABC1234, defence DFxxxxxx, temporary TM…, Bhutan BP…, Nepal NP… (7–15
 * characters). The exact NIC regex is unpublished; this one is derived from that list. Bharat-series
 * numbers (22BH1234AA) are UNCONFIRMED and refused, as the list does not name them.
 */
const VEHICLE_NO =
  /^([A-Z]{2}[0-9]{2}[A-Z]{0,3}[0-9]{4}|[A-Z]{2}[0-9]{3}[A-Z][0-9]{4}|[A-Z]{3}[0-9]{4}|DF[A-Z0-9]{6}|(TM|BP|NP)[A-Z0-9]{5,13})$/;

export function isValidVehicleNo(normalized: string): boolean {
  return normalized.length >= 7 && normalized.length <= 15 && VEHICLE_NO.test(normalized);
}

/** A3.1 `transDocNo` / A8: up to 15 characters, letters, digits, `/` and `-` (223). */
const TRANS_DOC_NO = /^[A-Za-z0-9/-]{1,15}$/;

export function isValidTransDocNo(s: string): boolean {
  return TRANS_DOC_NO.test(s);
}

/** A8 / 823: railway receipts from 1 Jan 2025 — PMS parcel way bill 10 digits or FOIS RR 9 digits. */
export const RAIL_DOC_RULE_FROM = '2025-01-01';

export function isValidRailDocNo(s: string): boolean {
  return /^[0-9]{9,10}$/.test(s);
}
