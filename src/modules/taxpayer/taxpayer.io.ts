/**
 * Taxpayer registry I/O for the sandbox at scale (issue 4 "Sandbox data"): batch seeding of synthetic
 * taxpayers, import from CSV / JSON with per-record validation, and streaming export. The CLI
 * (`src/cli/main.ts`), the tests and the benchmark call these functions directly, without HTTP.
 *
 * CSV format (RFC 4180: comma separated, `"`-quoted fields with `""` for a quote, CRLF or LF line
 * ends, UTF-8, optional BOM; one header row naming the columns, in any order; an empty cell = absent):
 *
 *   gstin               GSTIN (15 characters); the taxpayer's state and PAN are read from it
 *   legalName           legal name (lgnm)
 *   tradeName           trade name (tradeNam)
 *   sts                 Active | Cancelled | Suspended | Inactive | Provisional
 *   rgdt                registration date, dd/mm/yyyy (yyyy-mm-dd also read)
 *   cxdt                cancellation date, dd/mm/yyyy (required when sts is Cancelled)
 *   ctb                 constitution of business, e.g. Private Limited Company
 *   dty                 taxpayer type as the portal writes it: Regular, Composition, SEZ Unit …
 *   building … district principal place of business: building, buildingNo, floor, street, location, city, district
 *   stateCode           state code of the principal place (2 digits)
 *   pincode             PIN code of the principal place; it must belong to stateCode (NIC 2178).
 *                       The principal address is absent when pincode is empty.
 *   nba                 nature of business activities, joined with ";"
 *   einvoiceStatus      Yes | No
 *   blocked             true | false (e-way bill generation blocked for return non-filing)
 *   reportingLimitDays  IRP reporting time limit in days; empty = none
 *   stj, stjCd          state jurisdiction and its code
 *   ctj, ctjCd          centre jurisdiction and its code
 *   addressNature       nature of the principal place of business (pradr.ntr)
 *   additionalAddresses additional places of business (adadr) as a JSON array of address objects
 *                       ({ building, …, stateCode, pincode, nature }); empty = none
 *   testIdentity        true for a NIC-style test GSTIN whose check digit fails
 *   syntheticFilings    true | false: the filing history is generated from the due dates (empty: as the
 *                       admin route decides)
 *
 * JSON format: an array of objects. Each is a `POST /v1/sandbox/taxpayers` body (CreateTaxpayerInput)
 * with a gstin, optionally with the export's extra fields: `address.nature`, `additionalAddresses`,
 * `stj`, `stjCd`, `ctj`, `ctjCd`, `syntheticFilings`. The export writes exactly that shape, so an
 * export imports back unchanged.
 */
import { z } from 'zod';
import type { Db } from '../../core/db.ts';
import { GstError } from '../../core/errors.ts';
import { pinBelongsToState } from '../../domain/pincode.ts';
import { normalizeStateCode, stateName } from '../../domain/states.ts';
import { syntheticTaxpayers } from '../../domain/taxpayer/synthetic.ts';
import { AddressInput, CreateTaxpayerBody, type CreateTaxpayerInput } from '../sandbox/sandbox.schemas.ts';
import { TaxpayerRepository } from './taxpayer.repository.ts';
import type { NewTaxpayerRow, TaxpayerAddress, TaxpayerRow } from './taxpayer.tables.ts';

/** The CSV columns, in the order the export writes them (see the header comment). */
export const TAXPAYER_CSV_COLUMNS = [
  'gstin',
  'legalName',
  'tradeName',
  'sts',
  'rgdt',
  'cxdt',
  'ctb',
  'dty',
  'building',
  'buildingNo',
  'floor',
  'street',
  'location',
  'city',
  'district',
  'stateCode',
  'pincode',
  'nba',
  'einvoiceStatus',
  'blocked',
  'reportingLimitDays',
  'stj',
  'stjCd',
  'ctj',
  'ctjCd',
  'addressNature',
  'additionalAddresses',
  'testIdentity',
  'syntheticFilings',
] as const;
export type CsvColumn = (typeof TAXPAYER_CSV_COLUMNS)[number];

const ADDRESS_COLUMNS = ['building', 'buildingNo', 'floor', 'street', 'location', 'city', 'district', 'stateCode', 'pincode'] as const;

/** Rows per multi-row INSERT: 21 parameters a row, PostgreSQL allows 65,535 a statement (100k rows on PGlite: 19 s in 1,000-row INSERTs, 14 s in 2,500). */
export const DEFAULT_BATCH_SIZE = 2000;

// ---------------------------------------------------------------------------------------------
// Seeding

export interface SeedOptions {
  count: number;
  /** Generator seed (default 1): the same seed and indexes give the same taxpayers. */
  seed?: number;
  startIndex?: number;
  /** The government clock's now: registration histories end before it. */
  now: Date;
  batchSize?: number;
  onProgress?: (progress: { done: number; inserted: number; total: number }) => void;
}

export interface SeedResult {
  generated: number;
  inserted: number;
  /** Already in the registry (a re-run with the same seed and start index). */
  skipped: number;
  firstGstin?: string;
  lastGstin?: string;
}

/** Inserts `count` synthetic taxpayers in multi-row batches; existing GSTINs are skipped (idempotent). */
export async function seedSynthetic(repo: Pick<TaxpayerRepository, 'insertMany'>, opts: SeedOptions): Promise<SeedResult> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const result: SeedResult = { generated: 0, inserted: 0, skipped: 0 };
  let batch: NewTaxpayerRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const inserted = await repo.insertMany(batch);
    result.inserted += inserted;
    result.skipped += batch.length - inserted;
    batch = [];
    opts.onProgress?.({ done: result.generated, inserted: result.inserted, total: opts.count });
  };
  const generator = syntheticTaxpayers(opts.count, { seed: opts.seed ?? 1, now: opts.now, startIndex: opts.startIndex });
  for (const taxpayer of generator) {
    batch.push({ ...taxpayer, syntheticFilings: true });
    result.generated += 1;
    result.firstGstin ??= taxpayer.gstin;
    result.lastGstin = taxpayer.gstin;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Records: the JSON export shape, also what a CSV row maps to

const ExtraAddressFields = { nature: z.string().max(100).optional() };

/** A CreateTaxpayerInput with a GSTIN and the registry fields the admin route does not take. */
export const TaxpayerRecordSchema = CreateTaxpayerBody.extend({
  gstin: z.string().length(15),
  address: AddressInput.extend(ExtraAddressFields).optional(),
  additionalAddresses: z.array(AddressInput.extend(ExtraAddressFields)).max(100).optional(),
  stj: z.string().max(200).optional(),
  stjCd: z.string().max(60).optional(),
  ctj: z.string().max(200).optional(),
  ctjCd: z.string().max(60).optional(),
  syntheticFilings: z.boolean().optional(),
});
export type TaxpayerRecordInput = z.input<typeof TaxpayerRecordSchema>;

/** What an import record validates into, for the registry row (the sandbox service's `toRow`). */
export type ToRow = (input: CreateTaxpayerInput) => NewTaxpayerRow;

/** The JSON export shape of a registry row: absent values are left out, dates dd/mm/yyyy. */
export function toRecord(row: TaxpayerRow): TaxpayerRecordInput {
  const opt = <K extends string, V>(key: K, value: V | null | undefined, keep = value !== null && value !== undefined) =>
    (keep ? { [key]: value } : {}) as Partial<Record<K, V>>;
  return {
    gstin: row.gstin,
    legalName: row.legalName,
    ...opt('tradeName', row.tradeName),
    sts: row.sts as TaxpayerRecordInput['sts'],
    rgdt: portalDate(row.registrationDate),
    ...opt('cxdt', row.cancellationDate && portalDate(row.cancellationDate)),
    ...opt('ctb', row.constitution),
    dty: row.taxpayerType,
    ...opt('address', row.address && cleanAddress(row.address)),
    ...opt('additionalAddresses', row.additionalAddresses.map(cleanAddress), row.additionalAddresses.length > 0),
    ...opt('nba', [...row.natureOfBusiness], row.natureOfBusiness.length > 0),
    einvoiceStatus: row.einvoiceEnabled ? 'Yes' : 'No',
    blocked: row.blocked,
    ...opt('reportingLimitDays', row.reportingLimitDays),
    ...opt('stj', row.stateJurisdiction),
    ...opt('stjCd', row.stateJurisdictionCode),
    ...opt('ctj', row.centreJurisdiction),
    ...opt('ctjCd', row.centreJurisdictionCode),
    ...opt('testIdentity', true, row.testIdentity),
    syntheticFilings: row.syntheticFilings,
  };
}

const ADDRESS_KEYS = [...ADDRESS_COLUMNS, 'nature'] as const;

/** An address with its fields in the portal's order (jsonb does not keep key order) and empty ones left out. */
function cleanAddress(a: TaxpayerAddress): TaxpayerAddress {
  const src = a as unknown as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of ADDRESS_KEYS) if (src[k] !== undefined && src[k] !== null && src[k] !== '') out[k] = String(src[k]);
  return out as unknown as TaxpayerAddress;
}

/** yyyy-mm-dd (the date column) → dd/mm/yyyy (the portal's format). */
function portalDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export type Validated = { ok: true; row: NewTaxpayerRow } | { ok: false; messages: string[] };

/**
 * Validates one import record with the admin route's rules (`toRow`: GSTIN format and check digit,
 * PIN in state 2178, cancellation date …) plus the PINs of the additional places of business.
 */
export function validateRecord(raw: unknown, toRow: ToRow): Validated {
  const parsed = TaxpayerRecordSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, messages: parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`) };
  }
  const rec = parsed.data;
  const messages: string[] = [];
  let row: NewTaxpayerRow | undefined;
  try {
    row = toRow(rec);
  } catch (err) {
    if (!(err instanceof GstError)) throw err;
    for (const p of err.errors) messages.push(`${p.field ? `${p.field}: ` : ''}${p.message} (${p.code})`);
  }
  const additional = (rec.additionalAddresses ?? []).map((a) => ({ ...a, stateCode: normalizeStateCode(a.stateCode) }));
  additional.forEach((a, i) => {
    if (!pinBelongsToState(a.pincode, a.stateCode)) {
      messages.push(
        `additionalAddresses.${i}.pincode: PIN code ${a.pincode} does not belong to ${stateName(a.stateCode) ?? a.stateCode} (2178)`,
      );
    }
  });
  if (messages.length > 0 || !row) return { ok: false, messages };
  if (rec.address?.nature && row.address) row.address = { ...row.address, nature: rec.address.nature };
  row.additionalAddresses = additional;
  row.stateJurisdiction = rec.stj ?? null;
  row.stateJurisdictionCode = rec.stjCd ?? null;
  row.centreJurisdiction = rec.ctj ?? null;
  row.centreJurisdictionCode = rec.ctjCd ?? null;
  if (rec.syntheticFilings !== undefined) row.syntheticFilings = rec.syntheticFilings;
  return { ok: true, row };
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    /** From importTaxpayers: what was imported (and found invalid) before the error. */
    readonly partial?: ImportResult,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** One CSV record and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 reader over text chunks (a file stream with an encoding, or one string). Accepts CRLF, LF
 * or CR line ends and a leading BOM; skips empty lines; a quote inside an unquoted field, text after
 * a closing quote or an unterminated quoted field is a CsvSyntaxError with its line.
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quote seen inside a quoted field: either "" or the closing quote
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let lastWasCr = false;
  let first = true;
  const endRecord = (): CsvRecord | undefined => {
    fields.push(field);
    const rec = fields.length === 1 && fields[0] === '' && !fieldWasQuoted ? undefined : { line: recordLine, fields };
    fields = [];
    field = '';
    fieldWasQuoted = false;
    return rec;
  };
  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      if (chunk.length > 0) first = false;
    }
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk[i];
      if (lastWasCr) {
        lastWasCr = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      if (quoted) {
        if (afterQuote) {
          afterQuote = false;
          if (c === '"') {
            field += '"';
            i++;
            continue;
          }
          quoted = false; // that quote closed the field; c is handled below as unquoted
        } else {
          // Copy a run of ordinary characters at once.
          const next = chunk.indexOf('"', i);
          const end = next === -1 ? n : next;
          const run = chunk.slice(i, end);
          line += lineBreaks(run);
          field += run;
          i = end;
          if (next !== -1) {
            afterQuote = true;
            i++;
          }
          continue;
        }
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        fieldWasQuoted = false;
        i++;
      } else if (c === '\n' || c === '\r') {
        const rec = endRecord();
        if (rec) yield rec;
        line++;
        recordLine = line;
        lastWasCr = c === '\r';
        i++;
      } else if (c === '"') {
        if (field !== '' || fieldWasQuoted)
          throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
        quoted = true;
        fieldWasQuoted = true;
        i++;
      } else {
        if (fieldWasQuoted) throw new CsvSyntaxError(line, 'text after the closing quote of a field');
        let end = i + 1;
        while (end < n) {
          const d = chunk[end];
          if (d === ',' || d === '\n' || d === '\r' || d === '"') break;
          end++;
        }
        field += chunk.slice(i, end);
        i = end;
      }
    }
  }
  if (quoted && !afterQuote) throw new CsvSyntaxError(recordLine, 'a quoted field is not closed');
  const rec = endRecord();
  if (rec) yield rec;
}

/** Line breaks in a run of text: LF, CRLF or a lone CR each count once. */
function lineBreaks(run: string): number {
  let count = 0;
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (c === 10 || (c === 13 && run.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}

/** One CSV line (CRLF-terminated, RFC 4180): fields with a comma, quote, CR, LF or edge space are quoted. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A registry row as CSV fields in TAXPAYER_CSV_COLUMNS order. */
export function toCsvFields(row: TaxpayerRow): string[] {
  const rec = toRecord(row);
  const a = (rec.address ?? {}) as Record<string, string | undefined>;
  const cells: Record<CsvColumn, string> = {
    gstin: rec.gstin,
    legalName: rec.legalName,
    tradeName: rec.tradeName ?? '',
    sts: rec.sts ?? '',
    rgdt: rec.rgdt,
    cxdt: rec.cxdt ?? '',
    ctb: rec.ctb ?? '',
    dty: rec.dty ?? '',
    building: a.building ?? '',
    buildingNo: a.buildingNo ?? '',
    floor: a.floor ?? '',
    street: a.street ?? '',
    location: a.location ?? '',
    city: a.city ?? '',
    district: a.district ?? '',
    stateCode: a.stateCode ?? '',
    pincode: a.pincode ?? '',
    nba: (rec.nba ?? []).join(';'),
    einvoiceStatus: String(rec.einvoiceStatus),
    blocked: String(rec.blocked ?? false),
    reportingLimitDays: rec.reportingLimitDays == null ? '' : String(rec.reportingLimitDays),
    stj: rec.stj ?? '',
    stjCd: rec.stjCd ?? '',
    ctj: rec.ctj ?? '',
    ctjCd: rec.ctjCd ?? '',
    addressNature: a.nature ?? '',
    additionalAddresses: rec.additionalAddresses ? JSON.stringify(rec.additionalAddresses) : '',
    testIdentity: rec.testIdentity ? 'true' : '',
    syntheticFilings: String(rec.syntheticFilings ?? false),
  };
  return TAXPAYER_CSV_COLUMNS.map((c) => cells[c]);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** A CSV cell as a boolean; anything else is passed on for the schema to reject with its field name. */
function csvBool(s: string): boolean | string {
  const v = s.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return s;
}

/** Maps a CSV header row to column positions; unknown or repeated columns are an error. */
export function csvHeader(fields: readonly string[]): { columns: CsvColumn[] } | { error: string } {
  const known = new Set<string>(TAXPAYER_CSV_COLUMNS);
  const columns: CsvColumn[] = [];
  for (const f of fields) {
    const name = f.trim();
    if (!known.has(name)) return { error: `unknown column "${name}" (columns: ${TAXPAYER_CSV_COLUMNS.join(', ')})` };
    if (columns.includes(name as CsvColumn)) return { error: `column "${name}" appears twice` };
    columns.push(name as CsvColumn);
  }
  for (const required of ['gstin', 'legalName', 'rgdt'] as const) {
    if (!columns.includes(required)) return { error: `the header has no "${required}" column` };
  }
  return { columns };
}

/** One CSV record as an import record (what the JSON import takes); empty cells are absent. */
export function csvToRecord(
  columns: readonly CsvColumn[],
  fields: readonly string[],
): { record: Record<string, unknown> } | { error: string } {
  if (fields.length !== columns.length) return { error: `${fields.length} fields, the header has ${columns.length}` };
  const rec: Record<string, unknown> = {};
  const address: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i];
    const v = fields[i];
    if (v === '') continue;
    if ((ADDRESS_COLUMNS as readonly string[]).includes(col)) address[col] = v;
    else if (col === 'addressNature') address.nature = v;
    else if (col === 'nba') rec.nba = v.split(';').map((s) => s.trim());
    else if (col === 'blocked' || col === 'testIdentity' || col === 'syntheticFilings') rec[col] = csvBool(v);
    else if (col === 'reportingLimitDays') rec[col] = /^-?\d+$/.test(v.trim()) ? Number(v) : v;
    else if (col === 'additionalAddresses') {
      try {
        rec[col] = JSON.parse(v);
      } catch {
        return { error: 'additionalAddresses: not a JSON array of addresses' };
      }
    } else rec[col] = v;
  }
  if (Object.keys(address).length > 0) {
    address.stateCode ??= String(rec.gstin ?? '').slice(0, 2);
    rec.address = address;
  }
  return { record: rec };
}

// ---------------------------------------------------------------------------------------------
// Import

/** A record to import and the line of the file it starts on. */
export interface SourceRecord {
  line: number;
  record?: unknown;
  /** The record could not even be read (CSV field count, bad JSON cell …). */
  error?: string;
}

/** Import records from CSV text chunks (header row first). */
export async function* csvRecords(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<SourceRecord> {
  let columns: CsvColumn[] | undefined;
  for await (const { line, fields } of parseCsv(chunks)) {
    if (!columns) {
      const header = csvHeader(fields);
      if ('error' in header) throw new CsvSyntaxError(line, header.error);
      columns = header.columns;
      continue;
    }
    const mapped = csvToRecord(columns, fields);
    yield 'error' in mapped ? { line, error: mapped.error } : { line, record: mapped.record };
  }
}

/**
 * Import records from a JSON array; each carries the line its element starts on (a single scan of
 * the text that tracks nesting and strings).
 */
export function jsonRecords(text: string): SourceRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error('the JSON file must hold an array of taxpayers');
  const lines = jsonArrayElementLines(text);
  return data.map((record, i) => ({ line: lines[i] ?? 0, record }));
}

function jsonArrayElementLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character (never a newline in valid JSON)
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (depth === 1 && expectElement && c !== 93) {
      out.push(line);
      expectElement = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectElement = true;
  }
  return out;
}

export interface ImportError {
  line: number;
  messages: string[];
}

export interface ImportResult {
  read: number;
  inserted: number;
  /** Valid, but the GSTIN is already in the registry (or repeated in the file). */
  skipped: number;
  invalid: number;
  /** The first `maxErrors` invalid records, by line. */
  errors: ImportError[];
}

export interface ImportOptions {
  /** The admin route's validation and row mapping (SandboxService.toRow). */
  toRow: ToRow;
  batchSize?: number;
  maxErrors?: number;
  onProgress?: (result: ImportResult) => void;
}

/**
 * Validates every record; inserts the valid ones in batches, each batch in its own transaction (all
 * of it or none of it). GSTINs already in the registry are skipped, so an import can be re-run.
 */
export async function importTaxpayers(
  db: Db,
  records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
  opts: ImportOptions,
): Promise<ImportResult> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxErrors = opts.maxErrors ?? 1000;
  const result: ImportResult = { read: 0, inserted: 0, skipped: 0, invalid: 0, errors: [] };
  let batch: NewTaxpayerRow[] = [];
  let batchLines: [number, number] = [0, 0];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    let inserted: number;
    try {
      inserted = await db.transaction(async (tx) => new TaxpayerRepository(tx as unknown as Db).insertMany(rows));
    } catch (err) {
      throw new Error(`the batch of lines ${batchLines[0]}–${batchLines[1]} was not imported: ${(err as Error).message}`, { cause: err });
    }
    result.inserted += inserted;
    result.skipped += rows.length - inserted;
  };
  let sinceProgress = 0;
  try {
    for await (const src of records) {
      result.read += 1;
      const checked: Validated = src.error !== undefined ? { ok: false, messages: [src.error] } : validateRecord(src.record, opts.toRow);
      if (checked.ok) {
        if (batch.length === 0) batchLines = [src.line, src.line];
        batchLines[1] = src.line;
        batch.push(checked.row);
        if (batch.length >= batchSize) await flush();
      } else {
        result.invalid += 1;
        if (result.errors.length < maxErrors) result.errors.push({ line: src.line, messages: checked.messages });
      }
      if (++sinceProgress >= 500) {
        sinceProgress = 0;
        opts.onProgress?.(result);
      }
    }
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    // The rest of the file cannot be read: keep what was valid before it, and say so.
    await flush();
    throw new CsvSyntaxError(
      err.line,
      `${err.message.replace(/^line \d+: /, '')}; the import stopped there (${result.inserted} taxpayers from earlier lines imported, ${result.invalid} invalid)`,
      result,
    );
  }
  await flush();
  opts.onProgress?.(result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'csv' | 'json';

/**
 * Pages of registry rows in GSTIN order, by keyset (`gstin > last`), so an export of any size holds
 * one page in memory.
 */
export async function* taxpayerPages(db: Db, pageSize = DEFAULT_BATCH_SIZE): AsyncGenerator<TaxpayerRow[]> {
  const repo = new TaxpayerRepository(db);
  let after: string | undefined;
  for (;;) {
    const page = await repo.pageAfter(after, pageSize);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].gstin;
  }
}

/** The export as text chunks (one per page): CSV with its header row, or a JSON array, one taxpayer a line. */
export async function* exportTaxpayers(
  db: Db,
  opts: { format: ExportFormat; pageSize?: number; onProgress?: (rows: number) => void },
): AsyncGenerator<string> {
  let rows = 0;
  if (opts.format === 'csv') yield csvLine(TAXPAYER_CSV_COLUMNS);
  else yield '[';
  for await (const page of taxpayerPages(db, opts.pageSize)) {
    let text = '';
    if (opts.format === 'csv') for (const row of page) text += csvLine(toCsvFields(row));
    else for (const row of page) text += `${rows++ === 0 ? '\n' : ',\n'}${JSON.stringify(toRecord(row))}`;
    if (opts.format === 'csv') rows += page.length;
    yield text;
    opts.onProgress?.(rows);
  }
  if (opts.format === 'json') yield rows === 0 ? ']\n' : '\n]\n';
}
