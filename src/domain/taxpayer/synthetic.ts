/**
 * Realistic synthetic taxpayers at scale (issue 4; reference nic-ewaybill-gst.md B1 search fields,
 * B5 GSTIN layout, B6 states and PINs). Pure and deterministic: `syntheticTaxpayer(index, {seed, now})`
 * always returns the same registration, so a seed command can stream any range without state.
 *
 * Uniqueness: the PAN comes from the *index* through a bijection (affine map modulo the PAN space of
 * 26^4 × 9000 values), so distinct indexes never collide. About 5% of indexes are further
 * registrations of an earlier index's PAN (the previous "root" within the same block of 8, as a
 * branch in another state, an ISD or an e-commerce TCS registration): they share the PAN and take
 * entity number 1 + (index − root), so the GSTIN stays unique (B5.1 position 13).
 * Consistency with the filing histories (returns.ts): the turnover band is a function of the PAN
 * (turnover.ts); `blocked` is set exactly for registrations whose histories stop (Suspended,
 * Inactive, and a few Active non-filers).
 */
import { generateGstin } from '../gstin.ts';
import { pinDetails, pinsOfState } from '../pincode.ts';
import { STATES } from '../states.ts';
import {
  BUILDING_KINDS,
  BUILDING_NAMES,
  brandPrefixes,
  COMMON_PREFIXES,
  FLOORS,
  firstNames,
  INDUSTRIAL_BUILDINGS,
  NBA,
  REGIONAL_STREETS,
  type Region,
  regionOf,
  SECTORS,
  type Sector,
  STREETS,
  SURNAMES,
} from './names.ts';
import { intIn, mix32, mulberry32, pickOf, type Rng, weighted } from './prng.ts';
import { type TurnoverTier, turnoverTier } from './turnover.ts';

/** Same fields as `TaxpayerAddress` in modules/taxpayer/taxpayer.tables.ts (domain may not import modules/). */
export interface SyntheticAddress {
  building?: string;
  buildingNo?: string;
  floor?: string;
  street?: string;
  location?: string;
  city?: string;
  district?: string;
  stateCode: string;
  pincode: string;
  nature?: string;
}

export type SyntheticStatus = 'Active' | 'Cancelled' | 'Suspended' | 'Provisional' | 'Inactive';

/** One registration; maps 1:1 onto a `taxpayers` insert row (testIdentity false, timestamps by the database). */
export interface SyntheticTaxpayer {
  gstin: string;
  stateCode: string;
  pan: string;
  legalName: string;
  tradeName: string | null;
  sts: SyntheticStatus;
  /** yyyy-mm-dd */
  registrationDate: string;
  /** yyyy-mm-dd or null */
  cancellationDate: string | null;
  /** Portal `ctb`. */
  constitution: string;
  /** Portal `dty`. */
  taxpayerType: string;
  address: SyntheticAddress;
  additionalAddresses: SyntheticAddress[];
  natureOfBusiness: string[];
  stateJurisdiction: string;
  stateJurisdictionCode: string;
  centreJurisdiction: string;
  centreJurisdictionCode: string;
  einvoiceEnabled: boolean;
  blocked: boolean;
  reportingLimitDays: number | null;
}

export interface SyntheticOptions {
  seed: number;
  now: Date;
}

// ---------------------------------------------------------------------------------------------
// Weights

/**
 * Real GST state codes weighted roughly by their share of GST registrations (populous and
 * industrial states first). Legacy 25/28, 97 and the non-Indian codes are never generated.
 */
const STATE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['27', 130],
  ['09', 120],
  ['24', 85],
  ['33', 90],
  ['29', 70],
  ['08', 60],
  ['19', 60],
  ['07', 50],
  ['23', 50],
  ['10', 40],
  ['36', 40],
  ['37', 32],
  ['06', 35],
  ['03', 30],
  ['32', 25],
  ['21', 20],
  ['20', 15],
  ['18', 15],
  ['22', 15],
  ['05', 10],
  ['02', 6],
  ['01', 6],
  ['30', 4],
  ['04', 3],
  ['16', 2],
  ['34', 2],
  ['17', 1],
  ['14', 1],
  ['13', 1],
  ['12', 1],
  ['11', 1],
  ['26', 1],
  ['15', 0.5],
  ['35', 0.5],
  ['38', 0.2],
  ['31', 0.1],
];

interface ConstitutionDef {
  ctb: string;
  /** PAN 4th character(s) (B5.1); one is picked when several fit. */
  holders: string;
  /** Name style. */
  style: 'person' | 'firm' | 'pvt' | 'public' | 'llp' | 'huf' | 'trust' | 'govt' | 'psu' | 'local' | 'statutory' | 'foreign' | 'other';
}

/** B1 `ctb` values with rough shares of the registered base (proprietors dominate). */
const CONSTITUTIONS: readonly (readonly [ConstitutionDef, number])[] = [
  [{ ctb: 'Proprietorship', holders: 'P', style: 'person' }, 620],
  [{ ctb: 'Partnership', holders: 'F', style: 'firm' }, 100],
  [{ ctb: 'Private Limited Company', holders: 'C', style: 'pvt' }, 130],
  [{ ctb: 'Public Limited Company', holders: 'C', style: 'public' }, 12],
  [{ ctb: 'Limited Liability Partnership', holders: 'F', style: 'llp' }, 35],
  [{ ctb: 'Hindu Undivided Family', holders: 'H', style: 'huf' }, 30],
  [{ ctb: 'Society/ Club/ Trust/ AOP', holders: 'TA', style: 'trust' }, 25],
  [{ ctb: 'Government Department', holders: 'G', style: 'govt' }, 8],
  [{ ctb: 'Public Sector Undertaking', holders: 'C', style: 'psu' }, 3],
  [{ ctb: 'Local Authority', holders: 'L', style: 'local' }, 4],
  [{ ctb: 'Statutory Body', holders: 'J', style: 'statutory' }, 2],
  [{ ctb: 'Foreign Company', holders: 'C', style: 'foreign' }, 1],
  [{ ctb: 'Others', holders: 'B', style: 'other' }, 3],
];

/** Share of indexes that are a further registration of an earlier index's PAN. */
const BRANCH_SHARE = 0.05;
const BLOCK = 8;
const GST_START = Date.UTC(2017, 6, 1); // 01-07-2017, the migration wave
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Caches (pure: derived from static package data only)

const pinCache = new Map<string, number[]>();
function statePins(stateCode: string): number[] {
  let pins = pinCache.get(stateCode);
  if (!pins) {
    pins = pinsOfState(stateCode);
    if (pins.length === 0) throw new Error(`no PIN codes for state ${stateCode}`);
    pinCache.set(stateCode, pins);
  }
  return pins;
}

// ---------------------------------------------------------------------------------------------
// PAN from the index (bijective)

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PAN_SPACE = 26 ** 4 * 9000; // letters 1–3 and 10, digits 1000–9999
// ≈ N/φ so consecutive indexes scatter over the whole space; coprime with 2, 3, 5 and 13 (the
// prime factors of PAN_SPACE), hence x ↦ x·M mod N is a bijection.
const PAN_MULT = 2_541_840_307;

/** a·b mod n for a, b, n < 2^32 without leaving the exact integer range of a double. */
function mulMod(a: number, b: number, n: number): number {
  const hi = Math.floor(b / 65536);
  const lo = b % 65536;
  return (((a * hi) % n) * 65536 + ((a * lo) % n)) % n;
}

/**
 * B5.1 PAN: 3 letters + holder type + initial of the (sur)name + 4 digits + letter. The other eight
 * characters encode the root index through x ↦ (x·M + offset(seed)) mod N, a bijection on [0, N).
 * (`generatePan` in gstin.ts draws at random and could collide, so it is not used here.)
 */
function panOf(rootIndex: number, seed: number, holder: string, initial: string): string {
  const offset = mix32(seed, 0x9a11) % PAN_SPACE;
  let x = (mulMod(rootIndex % PAN_SPACE, PAN_MULT, PAN_SPACE) + offset) % PAN_SPACE;
  const digits = 1000 + (x % 9000);
  x = Math.floor(x / 9000);
  const last = LETTERS[x % 26];
  x = Math.floor(x / 26);
  const c3 = LETTERS[x % 26];
  x = Math.floor(x / 26);
  const c2 = LETTERS[x % 26];
  x = Math.floor(x / 26);
  const c1 = LETTERS[x % 26];
  return `${c1}${c2}${c3}${holder}${initial}${digits}${last}`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The IST calendar day of `now`, as UTC-midnight milliseconds. */
function istToday(now: Date): number {
  const t = now.getTime() + 330 * 60_000;
  return Math.floor(t / DAY) * DAY;
}

function isBranchIndex(seed: number, index: number): boolean {
  return index % BLOCK !== 0 && mix32(seed, index, 0xb4a) / 4294967296 < BRANCH_SHARE;
}

/** The index whose PAN and identity this index shares (itself for most). */
function rootOf(seed: number, index: number): number {
  let i = index;
  while (i % BLOCK !== 0 && isBranchIndex(seed, i)) i--;
  return i;
}

interface Identity {
  constitution: ConstitutionDef;
  holder: string;
  pan: string;
  legalName: string;
  tradeName: string | null;
  sector: Sector;
  stateCode: string;
  region: Region;
  tier: TurnoverTier;
  composition: boolean;
}

const sectorsByKind = new Map<string, Sector[]>();
function sectorsFor(kind: string): Sector[] {
  let list = sectorsByKind.get(kind);
  if (!list) {
    list = SECTORS.filter((s) => s.kinds.includes(kind));
    sectorsByKind.set(kind, list);
  }
  return list;
}

function personName(region: Region, rng: Rng): { full: string; surname: string } {
  const female = rng() < 0.18;
  const first = pickOf(firstNames(region, female), rng);
  const surname = pickOf(SURNAMES[region], rng);
  const middle = !female && rng() < 0.35 && region !== 'kl' ? (region === 'punjab' ? '' : 'KUMAR ') : '';
  return { full: `${first} ${middle}${surname}`.replace(/\s+/g, ' '), surname };
}

function brandName(region: Region, rng: Rng, surname?: string): string {
  const r = rng();
  if (surname && r < 0.12) return surname;
  return r < 0.55 ? pickOf(brandPrefixes(region), rng) : pickOf(COMMON_PREFIXES, rng);
}

/** Who the PAN belongs to: constitution, names, home state, turnover band. Deterministic per (seed, root). */
function identity(seed: number, root: number): Identity {
  const rng = mulberry32(mix32(seed, root, 0x1d));
  const stateCode = weighted(STATE_WEIGHTS, rng());
  const region = regionOf(stateCode);
  const constitution = weighted(CONSTITUTIONS, rng());
  const holder = constitution.holders[Math.floor(rng() * constitution.holders.length)];
  const state = STATES[stateCode].name.toUpperCase();
  let legalName: string;
  let tradeName: string | null;
  let sector: Sector;
  let initial: string;
  switch (constitution.style) {
    case 'person':
    case 'huf': {
      const p = personName(region, rng);
      sector = pickOf(sectorsFor('P'), rng);
      const business = `${brandName(region, rng, p.surname)} ${sector.word}`;
      legalName = constitution.style === 'huf' ? `${p.full} HUF` : p.full;
      tradeName = business;
      initial = p.surname[0];
      break;
    }
    case 'firm': {
      sector = pickOf(sectorsFor('F'), rng);
      const surname = pickOf(SURNAMES[region], rng);
      const r = rng();
      legalName = r < 0.15 ? `${surname} BROTHERS` : r < 0.27 ? `${surname} AND SONS` : `${brandName(region, rng)} ${sector.word}`;
      tradeName = rng() < 0.85 ? legalName : null;
      initial = legalName[0];
      break;
    }
    case 'pvt':
    case 'public':
    case 'llp':
    case 'foreign': {
      sector = pickOf(sectorsFor('C'), rng);
      const base = `${brandName(region, rng)} ${sector.word}${rng() < 0.12 ? ' (INDIA)' : ''}`;
      const suffix =
        constitution.style === 'llp'
          ? ' LLP'
          : constitution.style === 'pvt'
            ? ' PRIVATE LIMITED'
            : constitution.style === 'public'
              ? ' LIMITED'
              : '';
      legalName = constitution.style === 'foreign' ? `${base} GMBH`.replace(' (INDIA)', '') : `${base}${suffix}`;
      tradeName = rng() < 0.8 ? base : null;
      initial = base[0];
      break;
    }
    case 'trust': {
      sector = { word: '', kinds: '', nba: [NBA.service, NBA.office] };
      const brand = brandName(region, rng);
      const kind = pickOf(
        ['EDUCATIONAL TRUST', 'CHARITABLE TRUST', 'WELFARE SOCIETY', 'CO-OPERATIVE SOCIETY LIMITED', 'CLUB', 'SEVA SAMITI'],
        rng,
      );
      legalName = `${brand} ${kind}`;
      tradeName = legalName;
      initial = legalName[0];
      break;
    }
    case 'govt': {
      sector = { word: '', kinds: '', nba: [NBA.office, NBA.recipient] };
      const dept = pickOf(
        [
          'PUBLIC WORKS DEPARTMENT',
          'WATER RESOURCES DEPARTMENT',
          'FOREST DEPARTMENT',
          'HEALTH AND FAMILY WELFARE DEPARTMENT',
          'RURAL DEVELOPMENT DEPARTMENT',
          'POLICE DEPARTMENT',
        ],
        rng,
      );
      legalName = `EXECUTIVE ENGINEER ${dept} DIVISION ${intIn(1, 12, rng)}`.replace(
        'EXECUTIVE ENGINEER POLICE',
        'SUPERINTENDENT OF POLICE',
      );
      tradeName = `${dept} ${state}`;
      initial = 'E';
      break;
    }
    case 'psu': {
      sector = { word: '', kinds: '', nba: [NBA.service, NBA.office, NBA.warehouse] };
      const what = pickOf(
        [
          'STATE WAREHOUSING CORPORATION',
          'INDUSTRIAL DEVELOPMENT CORPORATION',
          'STATE ROAD TRANSPORT CORPORATION',
          'POWER DISTRIBUTION COMPANY',
          'MINERALS DEVELOPMENT CORPORATION',
          'TOURISM DEVELOPMENT CORPORATION',
        ],
        rng,
      );
      legalName = `${state} ${what} LIMITED`;
      tradeName = `${state} ${what}`;
      initial = legalName[0];
      break;
    }
    case 'local': {
      sector = { word: '', kinds: '', nba: [NBA.service, NBA.recipient] };
      legalName = `${pickOf(['MUNICIPAL CORPORATION', 'MUNICIPAL COUNCIL', 'NAGAR PANCHAYAT', 'ZILLA PARISHAD', 'DEVELOPMENT AUTHORITY'], rng)} ${pickOf(COMMON_PREFIXES, rng)}`;
      tradeName = legalName;
      initial = legalName[0];
      break;
    }
    case 'statutory': {
      sector = { word: '', kinds: '', nba: [NBA.service, NBA.office] };
      legalName = `${state} ${pickOf(['STATE POLLUTION CONTROL BOARD', 'HOUSING BOARD', 'KHADI AND VILLAGE INDUSTRIES BOARD', 'AGRICULTURAL MARKETING BOARD'], rng)}`;
      tradeName = legalName;
      initial = legalName[0];
      break;
    }
    default: {
      sector = pickOf(sectorsFor('F'), rng);
      legalName = `${brandName(region, rng)} ${sector.word} ASSOCIATES`;
      tradeName = legalName;
      initial = legalName[0];
    }
  }
  const pan = panOf(root, seed, holder, /[A-Z]/.test(initial) ? initial : 'A');
  const tier = turnoverTier(pan);
  // Section 10: composition only up to ₹1.5 crore, mostly small proprietors, firms and HUFs.
  const compShare = constitution.style === 'person' || constitution.style === 'firm' || constitution.style === 'huf' ? 0.16 : 0.02;
  const composition = tier === 'micro' && ['person', 'firm', 'huf', 'pvt', 'llp'].includes(constitution.style) && rng() < compShare;
  return { constitution, holder, pan, legalName, tradeName, sector, stateCode, region, tier, composition };
}

// ---------------------------------------------------------------------------------------------
// Addresses and jurisdictions

function streetOf(region: Region, rng: Rng): string {
  const regional = REGIONAL_STREETS[region];
  return regional && rng() < 0.4 ? pickOf(regional, rng) : pickOf(STREETS, rng);
}

function addressIn(stateCode: string, region: Region, nature: string, factory: boolean, rng: Rng): SyntheticAddress {
  const pins = statePins(stateCode);
  const pin = pins[Math.floor(rng() * pins.length)];
  const det = pinDetails(pin);
  const district = det?.district ?? '';
  const office = det?.office ?? district;
  const r = rng();
  const building = factory
    ? `${pickOf(BUILDING_NAMES, rng)} ${pickOf(INDUSTRIAL_BUILDINGS, rng)}`
    : `${pickOf(BUILDING_NAMES, rng)} ${pickOf(BUILDING_KINDS, rng)}`;
  const buildingNo = factory
    ? `${pickOf(['Plot No. ', 'Survey No. ', 'Shed No. '], rng)}${intIn(1, 450, rng)}${rng() < 0.2 ? `/${intIn(1, 9, rng)}` : ''}`
    : region === 'te'
      ? `${intIn(1, 16, rng)}-${intIn(1, 12, rng)}-${intIn(1, 999, rng)}`
      : r < 0.3
        ? `Shop No. ${intIn(1, 80, rng)}`
        : r < 0.45
          ? `${pickOf(['A', 'B', 'C', 'D'], rng)}-${intIn(1, 9, rng)}${pad(intIn(1, 20, rng))}`
          : `${intIn(1, 999, rng)}${rng() < 0.2 ? `/${intIn(1, 12, rng)}` : ''}`;
  const address: SyntheticAddress = {
    building,
    buildingNo,
    street: streetOf(region, rng),
    location: office,
    city: rng() < 0.75 ? district : office,
    district,
    stateCode,
    pincode: String(pin),
    nature,
  };
  if (!factory && rng() < 0.6) address.floor = pickOf(FLOORS, rng);
  return address;
}

/** Two-letter state abbreviations used in `stjCd` (B1 examples KA003, GJ042, MH001). */
const STATE_ABBR: Record<string, string> = {
  '01': 'JK',
  '02': 'HP',
  '03': 'PB',
  '04': 'CH',
  '05': 'UK',
  '06': 'HR',
  '07': 'DL',
  '08': 'RJ',
  '09': 'UP',
  '10': 'BR',
  '11': 'SK',
  '12': 'AR',
  '13': 'NL',
  '14': 'MN',
  '15': 'MZ',
  '16': 'TR',
  '17': 'ML',
  '18': 'AS',
  '19': 'WB',
  '20': 'JH',
  '21': 'OD',
  '22': 'CG',
  '23': 'MP',
  '24': 'GJ',
  '26': 'DN',
  '27': 'MH',
  '29': 'KA',
  '30': 'GA',
  '31': 'LD',
  '32': 'KL',
  '33': 'TN',
  '34': 'PY',
  '35': 'AN',
  '36': 'TG',
  '37': 'AP',
  '38': 'LA',
};

const METRO = /^(bangalore|bengaluru|mumbai|chennai|kolkata|hyderabad|pune|ahmedabad|delhi|.* delhi|thane|surat|jaipur|lucknow)/i;

/**
 * B1 `stj`/`stjCd` and `ctj`/`ctjCd` in the portal's comma-joined style. The numbers come from a hash
 * of the district (commissionerate, zone) and of the PIN (division, range, ward), so registrations
 * at one PIN share their jurisdictions. Texts are illustrative, not the real office list.
 */
function jurisdictions(
  a: SyntheticAddress,
): Pick<SyntheticTaxpayer, 'stateJurisdiction' | 'stateJurisdictionCode' | 'centreJurisdiction' | 'centreJurisdictionCode'> {
  const state = STATES[a.stateCode].name;
  const district = a.district || state;
  const dHash = mix32(hashCode(district), Number(a.stateCode));
  const pHash = mix32(Number(a.pincode), 0x51);
  const office = a.location || district;
  const n = (h: number, k: number, lo = 1) => lo + (h % k);
  const code3 = pad(n(pHash, 150), 3);
  let stj: string;
  switch (a.stateCode) {
    case '29':
      stj = `State - Karnataka,Division - DGSTO-${n(pHash >>> 3, 8)}, ${district},LOCAL GST Office - LGSTO ${code3} - ${district}`;
      break;
    case '27':
      stj = `State - Maharashtra,Zone - ${district},Division - ${office.toUpperCase()},Charge - ${office.toUpperCase().replace(/[^A-Z]+/g, '_')}_${n(pHash >>> 5, 900, 100)}`;
      break;
    case '24':
      stj = `State - Gujarat,Division - Division - ${n(dHash, 12)},Range - Range - ${n(pHash >>> 4, 30)},Unit - Ghatak ${n(pHash >>> 9, 90)} (${district})`;
      break;
    case '33':
      stj = `State - Tamil Nadu,Division - ${district},Zone - ${district},Circle - ${office} Assessment Circle`;
      break;
    case '07':
      stj = `State - Delhi,Zone - Zone ${n(dHash, 12)},Ward - Ward ${n(pHash >>> 4, 210)} (Jurisdictional Office)`;
      break;
    default:
      stj = `State - ${state},Zone - ${district},Circle - ${district} Circle-${n(pHash >>> 4, 9)}`;
  }
  const dir = METRO.test(district) ? ['EAST', 'WEST', 'NORTH', 'SOUTH'][pHash % 4] : '';
  const commissionerate = `${district.toUpperCase().replace(/\s*\(.*\)$/, '')}${dir ? ` ${dir}` : ''}`;
  const div = n(pHash >>> 7, 9);
  const range = n(pHash >>> 11, 8);
  const initials = `${commissionerate[0]}${dir ? dir[0] : ''}D`;
  const ctj = `Commissionerate - ${commissionerate},Division - ${dir ? `${dir} ` : ''}DIVISION-${div},Range - RANGE-${initials}${div} (Jurisdictional Office)`;
  const cc = LETTERS[dHash % 26] + LETTERS[(dHash >>> 8) % 26];
  return {
    stateJurisdiction: stj,
    stateJurisdictionCode: `${STATE_ABBR[a.stateCode] ?? 'XX'}${code3}`,
    centreJurisdiction: ctj,
    centreJurisdictionCode: `${cc}${pad(div)}${pad(range)}`,
  };
}

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * One synthetic registration, deterministic from (seed, index); `now` bounds every date (registration
 * and cancellation are before the IST day of `now`). Distinct indexes of one seed give distinct GSTINs
 * (for indexes below 26^4 × 9000 ≈ 4.1 × 10^9).
 */
export function syntheticTaxpayer(index: number, opts: SyntheticOptions): SyntheticTaxpayer {
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`invalid index ${index}`);
  const seed = opts.seed | 0;
  const root = rootOf(seed, index);
  const id = identity(seed, root);
  const rng = mulberry32(mix32(seed, index, 0x7e9));
  const branch = root !== index;

  // Registration type (B1 `dty`) and state.
  let stateCode = id.stateCode;
  let taxpayerType = id.composition ? 'Composition' : 'Regular';
  let kind: 'regular' | 'tcs' = 'regular';
  const company = id.holder === 'C';
  if (branch) {
    // A further registration of the same PAN: usually another state (Section 25(1), one per state),
    // else a separate business vertical, an ISD or an e-commerce TCS registration in the same state.
    const r = rng();
    if (!id.composition && company && r < 0.12) taxpayerType = 'Input Service Distributor (ISD)';
    else if (!id.composition && company && r < 0.15) {
      taxpayerType = 'Tax Collector (Electronic Commerce Operator)';
      kind = 'tcs';
    } else {
      for (let k = 0; k < 4 && stateCode === id.stateCode; k++) stateCode = weighted(STATE_WEIGHTS, rng());
    }
  } else if (!id.composition) {
    const r = rng();
    if (company && r < 0.025) taxpayerType = 'SEZ Unit';
    else if (company && r < 0.028) taxpayerType = 'SEZ Developer';
    else if (!company && id.constitution.style !== 'govt' && r < 0.008) taxpayerType = 'Casual Taxable Person';
  }
  const region = regionOf(stateCode);

  // Registration history.
  const today = istToday(opts.now);
  const lastDay = today - DAY; // everything happened before today (IST)
  if (lastDay < GST_START) throw new Error('now must be after 01-07-2017');
  const migrated = !branch && taxpayerType !== 'Casual Taxable Person' && rng() < 0.38;
  const rg = migrated ? GST_START : GST_START + Math.floor(rng() * ((lastDay - GST_START) / DAY + 1)) * DAY;
  let sts: SyntheticStatus = 'Active';
  let cx: number | null = null;
  const age = (lastDay - rg) / DAY;
  const r = rng();
  if (taxpayerType === 'Casual Taxable Person') {
    // Section 27: a casual registration is valid for the period applied for, at most 90 days.
    const end = rg + 89 * DAY;
    if (end < lastDay) {
      sts = 'Cancelled';
      cx = end;
    }
  } else if (migrated && r < 0.012) {
    sts = 'Provisional'; // a migration provisional ID never converted
  } else if (r < 0.15 && age > 60) {
    sts = 'Cancelled';
    cx = rg + (30 + Math.floor(rng() * (age - 30))) * DAY;
  } else if (r < 0.17 && age > 240) {
    sts = 'Suspended';
  } else if (r < 0.177 && age > 240) {
    sts = 'Inactive';
  }
  // E-way bills are blocked after two tax periods without GSTR-3B/CMP-08 (Rule 138E): every
  // suspended/inactive registration (they stopped filing) and a few active non-filers.
  const files = taxpayerType === 'Regular' || taxpayerType === 'Composition';
  const blocked = sts === 'Suspended' || sts === 'Inactive' || (sts === 'Active' && files && age > 180 && rng() < 0.03);

  // Places of business.
  const natureOfBusiness = [...id.sector.nba];
  if (rng() < 0.3) natureOfBusiness.push(NBA.recipient);
  if (taxpayerType === 'Input Service Distributor (ISD)')
    natureOfBusiness.splice(0, natureOfBusiness.length, 'Input Service Distributor (ISD)');
  if (taxpayerType === 'SEZ Unit' || taxpayerType === 'SEZ Developer') natureOfBusiness.push('SEZ');
  const factory = natureOfBusiness[0] === NBA.factory;
  const address = addressIn(stateCode, region, natureOfBusiness.join(', '), factory, rng);
  const additionalAddresses: SyntheticAddress[] = [];
  const extra = rng() < 0.72 ? 0 : intIn(1, id.tier === 'large' ? 4 : 2, rng);
  for (let k = 0; k < extra; k++) {
    const nature = pickOf([NBA.warehouse, NBA.office, NBA.retail, factory ? NBA.factory : NBA.wholesale], rng);
    additionalAddresses.push(addressIn(stateCode, region, nature, nature === NBA.factory, rng));
  }

  // e-invoicing (Rule 48(4)): AATO above ₹5 crore, not SEZ units or government departments/local
  // authorities (Notification 13/2020-CT exemptions); 30-day reporting limit from ₹10 crore.
  const invoicing = taxpayerType === 'Regular' || taxpayerType === 'SEZ Developer';
  const exempt = id.constitution.style === 'govt' || id.constitution.style === 'local';
  const einvoiceEnabled = invoicing && !exempt && (id.tier === 'medium' || id.tier === 'large');
  const reportingLimitDays = einvoiceEnabled && id.tier === 'large' ? 30 : null;

  const entity = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[1 + (index - root)];
  const gstin = generateGstin({ stateCode, pan: id.pan, entity, kind });
  return {
    gstin,
    stateCode,
    pan: id.pan,
    legalName: id.legalName,
    tradeName: id.tradeName,
    sts,
    registrationDate: isoDay(rg),
    cancellationDate: cx === null ? null : isoDay(cx),
    constitution: id.constitution.ctb,
    taxpayerType,
    address,
    additionalAddresses,
    natureOfBusiness,
    ...jurisdictions(address),
    einvoiceEnabled,
    blocked,
    reportingLimitDays,
  };
}

/** A run of consecutive indexes (`startIndex` default 0), lazily. */
export function* syntheticTaxpayers(count: number, opts: SyntheticOptions & { startIndex?: number }): Generator<SyntheticTaxpayer> {
  const start = opts.startIndex ?? 0;
  for (let i = 0; i < count; i++) yield syntheticTaxpayer(start + i, opts);
}
