/**
 * GSTIN and PAN structure (reference nic-ewaybill-gst.md B5, nic-einvoice.md §10.5).
 * NIC's sandbox GSTINs fail the check character (B5.3), so callers decide whether a checksum problem
 * is fatal: `formatValid` and `checksumValid` are reported separately.
 */
import { type Problem, problem } from '../core/errors.ts';
import { isIndianStateCode, normalizeStateCode } from './states.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** B5.2: mod-36 check character over the first 14 characters (factors 1,2,1,2…). */
export function gstinCheckChar(first14: string): string {
  if (first14.length < 14) throw new Error('gstinCheckChar needs 14 characters');
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = ALPHABET.indexOf(first14[i]);
    if (v < 0) throw new Error(`invalid GSTIN character ${first14[i]}`);
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36];
}

export type GstinKind = 'regular' | 'government' | 'nrtp' | 'oidar' | 'uin' | 'tds' | 'tcs';

export interface GstinInfo {
  gstin: string;
  kind?: GstinKind;
  stateCode?: string;
  pan?: string;
  entityNumber?: string;
  checksumValid: boolean;
  /** Length, pattern family and state code all pass (the check character is reported apart). */
  formatValid: boolean;
  problems: Problem[];
}

// B5.4 pattern families. TCS and TDS come before regular: the regular pattern also allows `D` at
// position 14, and PAN-based TDS GSTINs exist (19AAACI1681G1DV), so a `D` there means TDS.
const FAMILIES: readonly [GstinKind, RegExp][] = [
  ['tcs', /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$/],
  ['tds', /^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$/],
  ['regular', /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][Z1-9ABD-J][0-9A-Z]$/],
  ['government', /^[0-9]{2}[A-Z]{4}[0-9]{5}[A-Z][0-9]Z[0-9]$/],
  ['oidar', /^99[0-9]{2}[A-Z]{3}[0-9]{5}OS[0-9A-Z]$/],
  ['nrtp', /^[0-9]{4}[A-Z]{3}[0-9]{5}NR[0-9A-Z]$/],
  ['uin', /^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$/],
];

/** B5.1–B5.4: parse and validate a GSTIN; checks length, pattern family, state code, check character. */
export function parseGstin(input: string): GstinInfo {
  const gstin = String(input ?? '')
    .trim()
    .toUpperCase();
  const info: GstinInfo = { gstin, checksumValid: false, formatValid: false, problems: [] };
  if (gstin.length !== 15) {
    info.problems.push(problem('INVALID_GSTIN_LENGTH', [gstin]));
    return info;
  }
  const family = FAMILIES.find(([, re]) => re.test(gstin));
  if (!family) {
    info.problems.push(problem('INVALID_GSTIN_FORMAT', [gstin]));
    // Every failure at once (api.md §2): over 0-9A-Z the check character is still computable, so
    // B5.3's format-failing examples say what it should be (37ARZPT4384Q1MT: expected X).
    if (/^[0-9A-Z]{15}$/.test(gstin)) checkCharacter(info);
    return info;
  }
  const kind = family[0];
  info.kind = kind;
  info.stateCode = gstin.slice(0, 2);
  if (kind === 'regular' || kind === 'tcs') info.pan = gstin.slice(2, 12);
  if (kind === 'regular' || kind === 'tcs' || kind === 'tds') info.entityNumber = gstin[12];

  // OIDAR registrations use 99 (Centre Jurisdiction); every other family needs an Indian state/UT.
  const stateOk = kind === 'oidar' ? info.stateCode === '99' : isIndianStateCode(info.stateCode);
  if (!stateOk) info.problems.push(problem('INVALID_GSTIN_STATE_CODE', [gstin, info.stateCode]));
  info.formatValid = stateOk;

  checkCharacter(info);
  return info;
}

/** B5.2: sets `checksumValid`, and reports the expected character when it fails. */
function checkCharacter(info: GstinInfo): void {
  const expected = gstinCheckChar(info.gstin);
  info.checksumValid = expected === info.gstin[14];
  if (!info.checksumValid) info.problems.push(problem('INVALID_GSTIN_CHECKSUM', [info.gstin, expected]));
}

/** §5.3/§5.4 INV-01 schema pattern for Gstin fields (what the schema alone accepts). */
export function isGstinFormat(s: string): boolean {
  return /^[0-9]{2}[0-9A-Z]{13}$/.test(s);
}

/** B5.1: PAN holder types (4th character); completeness UNCONFIRMED in the reference. */
export const PAN_HOLDER_TYPES: Record<string, string> = {
  P: 'Individual',
  C: 'Company',
  H: 'Hindu Undivided Family',
  F: 'Firm / LLP',
  A: 'Association of Persons',
  T: 'Trust',
  B: 'Body of Individuals',
  L: 'Local Authority',
  J: 'Artificial Juridical Person',
  G: 'Government',
};

/** B5.1: PAN is 5 letters, 4 digits, 1 letter. */
export function isValidPan(pan: string): boolean {
  return /^[A-Z]{5}[0-9]{4}[A-Z]$/.test(pan);
}

/** B5.1: the holder type named by the PAN's 4th character, or undefined for an invalid PAN / unknown type. */
export function panHolderType(pan: string): string | undefined {
  return isValidPan(pan) ? PAN_HOLDER_TYPES[pan[3]] : undefined;
}

function pick(chars: string, rng: () => number): string {
  return chars[Math.min(chars.length - 1, Math.floor(rng() * chars.length))];
}

function letters(n: number, rng: () => number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(LETTERS, rng);
  return s;
}

function digits(n: number, rng: () => number, firstNonZero = false): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(i === 0 && firstNonZero ? '123456789' : '0123456789', rng);
  return s;
}

/** B5.1: a realistic PAN (AAA + holder type + letter + 4 digits + letter); holder type random if omitted. */
export function generatePan(holderType?: string, rng: () => number = Math.random): string {
  const type = holderType ?? pick(Object.keys(PAN_HOLDER_TYPES).join(''), rng);
  if (!Object.hasOwn(PAN_HOLDER_TYPES, type)) throw new Error(`unknown PAN holder type ${type}`);
  return letters(3, rng) + type + letters(1, rng) + digits(4, rng, true) + letters(1, rng);
}

/** B5.1/B5.4: a GSTIN with a valid check character; position 14 is Z (regular), C (tcs) or D (tds). */
export function generateGstin(
  opts: { stateCode: string; pan?: string; entity?: string; kind?: 'regular' | 'tcs' | 'tds' },
  rng: () => number = Math.random,
): string {
  const state = normalizeStateCode(opts.stateCode);
  if (!isIndianStateCode(state)) throw new Error(`not a GSTIN state code: ${opts.stateCode}`);
  const kind = opts.kind ?? 'regular';
  // A TDS registration is normally TAN-based (4 letters, 5 digits, letter), B5.4.
  const id = opts.pan ?? (kind === 'tds' ? letters(4, rng) + digits(5, rng, true) + letters(1, rng) : generatePan(undefined, rng));
  if (kind !== 'tds' && !isValidPan(id)) throw new Error(`invalid PAN ${id}`);
  const entity = opts.entity ?? '1';
  if (!/^[1-9A-Z]$/.test(entity)) throw new Error(`invalid entity number ${entity}`);
  const first14 = `${state}${id}${entity}${kind === 'tcs' ? 'C' : kind === 'tds' ? 'D' : 'Z'}`;
  const gstin = first14 + gstinCheckChar(first14);
  if (parseGstin(gstin).kind !== kind) throw new Error(`cannot build a ${kind} GSTIN from ${id}`);
  return gstin;
}
