/**
 * India Standard Time helpers. IST = UTC+05:30 with no DST, so every conversion is a fixed offset
 * and nothing depends on the machine's TZ. NIC dates are `dd/mm/yyyy` (§5.2), AckDt is
 * `yyyy-MM-dd HH:mm:ss` IST (§6.2), e-way bill times are `dd/MM/yyyy hh:mm:ss AM|PM` (EWB Part C).
 */

const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** §5.2 `Dt` / NIC 2144, 2225: strict `dd/mm/yyyy` that names a real calendar date. */
export function parseNicDate(s: string): { y: number; m: number; d: number } | undefined {
  const match = typeof s === 'string' ? /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/.exec(s) : null;
  if (!match) return undefined;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth ? { y, m, d } : undefined;
}

/** §7 date rules: the instant 00:00 IST of a `dd/mm/yyyy` date. */
export function nicDateToUtcMidnightIst(s: string): Date | undefined {
  const p = parseNicDate(s);
  if (!p) return undefined;
  const utc = new Date(Date.UTC(2000, p.m - 1, p.d));
  utc.setUTCFullYear(p.y); // years 0–99 would otherwise be read as 1900–1999
  return new Date(utc.getTime() - IST_OFFSET_MS);
}

/** §6.2: calendar and clock fields of an instant in IST. */
export function istParts(d: Date): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const t = new Date(d.getTime() + IST_OFFSET_MS);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: t.getUTCHours(),
    mm: t.getUTCMinutes(),
    ss: t.getUTCSeconds(),
  };
}

/** §6.2 AckDt / CancelDate: `yyyy-MM-dd HH:mm:ss` in IST. */
export function formatIstDateTime(d: Date): string {
  const p = istParts(d);
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
}

/** §5.2: `dd/mm/yyyy` of the IST calendar day. */
export function formatIstDate(d: Date): string {
  const p = istParts(d);
  return `${pad(p.d)}/${pad(p.m)}/${pad(p.y, 4)}`;
}

/** EWB Part C item 2: `dd/MM/yyyy hh:mm:ss AM|PM` in IST (12-hour clock, 12 for noon and midnight). */
export function formatEwbDateTime(d: Date): string {
  const p = istParts(d);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `${pad(p.d)}/${pad(p.m)}/${pad(p.y, 4)} ${pad(h12)}:${pad(p.mm)}:${pad(p.ss)} ${p.hh < 12 ? 'AM' : 'PM'}`;
}

/**
 * EWB Part C item 2, the inverse of formatEwbDateTime: `dd/MM/yyyy hh:mm:ss AM|PM` in IST → the
 * instant (12 AM is midnight, 12 PM noon); undefined for anything else.
 */
export function parseEwbDateTime(s: string): Date | undefined {
  const m = typeof s === 'string' ? /^(\d{2}\/\d{2}\/\d{4}) (\d{2}):(\d{2}):(\d{2}) (AM|PM)$/i.exec(s.trim()) : null;
  if (!m) return undefined;
  const [h12, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (h12 < 1 || h12 > 12 || mm > 59 || ss > 59) return undefined;
  const hh = (h12 % 12) + (m[5].toUpperCase() === 'PM' ? 12 : 0);
  return atIstTime(m[1], hh, mm, ss);
}

/** §6.2, the inverse of formatIstDateTime: `yyyy-MM-dd HH:mm:ss` in IST (AckDt, EwbValidTill) → the instant. */
export function parseIstDateTime(s: string): Date | undefined {
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(s.trim()) : null;
  if (!m) return undefined;
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return atIstTime(`${m[3]}/${m[2]}/${m[1]}`, hh, mm, ss);
}

function atIstTime(nicDate: string, hh: number, mm: number, ss: number): Date | undefined {
  const midnight = nicDateToUtcMidnightIst(nicDate);
  return midnight ? new Date(midnight.getTime() + ((hh * 60 + mm) * 60 + ss) * 1000) : undefined;
}

/** §7 "calendar days between": days since 1970-01-01 counted in IST. */
export function istDayNumber(d: Date): number {
  return Math.floor((d.getTime() + IST_OFFSET_MS) / DAY_MS);
}

/** §6.1 FY(d): April–March financial year, e.g. "2022-23". */
export function financialYear(dt: { y: number; m: number }): string {
  const start = dt.m >= 4 ? dt.y : dt.y - 1;
  return `${start}-${pad((start + 1) % 100)}`;
}
