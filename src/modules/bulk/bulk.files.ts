/**
 * Reading and writing the bulk files: CSV (RFC 4180: quoted fields, "" escapes, CRLF or LF, a UTF-8
 * BOM ignored), XLSX (exceljs: the first worksheet) and JSON. The row limit is checked while counting
 * rows, before any invoice is built.
 */
import type ExcelJSModule from 'exceljs';
import { fail } from '../../core/errors.ts';
import type { FileRow } from './bulk.columns.ts';

/** exceljs (~17 MB RSS) loads on the first XLSX, not at start (issue 9). */
async function loadExcelJs(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}

export type BulkFormat = 'csv' | 'xlsx' | 'json';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const MEDIA_TYPES: Record<BulkFormat, string> = { csv: 'text/csv', xlsx: XLSX_TYPE, json: 'application/json' };

/** The upload's format from its Content-Type (parameters such as charset ignored); else 415 BULK_UNSUPPORTED_FORMAT. */
export function formatOf(contentType: string | undefined): BulkFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (type === XLSX_TYPE) return 'xlsx';
  if (type === 'application/json') return 'json';
  return fail('BULK_UNSUPPORTED_FORMAT', [type || 'no Content-Type']);
}

export interface Sheet {
  header: unknown[];
  rows: FileRow[];
}

function tooMany(count: number, maxRows: number): never {
  return fail('BULK_TOO_MANY_ROWS', [count, maxRows]);
}

/** Parses CSV text into records (every field a string). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) fail('BULK_FILE_INVALID', ['a quoted CSV field is not closed']);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const isBlank = (cells: unknown[]) => cells.every((v) => v === null || v === undefined || String(v).trim() === '');

export function readCsv(body: Buffer, maxRows: number): Sheet {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  const records = parseCsv(text);
  const headerAt = records.findIndex((r) => !isBlank(r));
  if (headerAt < 0) fail('BULK_FILE_INVALID', ['the file is empty']);
  const rows: FileRow[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    if (isBlank(records[i])) continue;
    rows.push({ rowNo: i + 1, cells: records[i] });
  }
  if (rows.length > maxRows) tooMany(rows.length, maxRows);
  return { header: records[headerAt], rows };
}

export async function readXlsx(body: Buffer, maxRows: number): Promise<Sheet> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    fail('BULK_FILE_INVALID', ['not a readable XLSX workbook']);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) fail('BULK_FILE_INVALID', ['the workbook has no worksheet']);
  let header: unknown[] | undefined;
  const rows: FileRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNo) => {
    // exceljs row.values is 1-based (index 0 empty).
    const cells = (row.values as unknown[]).slice(1);
    if (isBlank(cells.map((v) => (typeof v === 'object' && v !== null && !(v instanceof Date) ? 'x' : v)))) return;
    if (!header) header = cells;
    else rows.push({ rowNo, cells });
  });
  if (!header) fail('BULK_FILE_INVALID', ['the file is empty']);
  if (rows.length > maxRows) tooMany(rows.length, maxRows);
  return { header, rows };
}

export function readJson(body: Buffer, maxRows: number): unknown {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(body));
  } catch {
    fail('BULK_FILE_INVALID', ['the body is not valid JSON']);
  }
  if (Array.isArray(data) && data.length > maxRows) tooMany(data.length, maxRows);
  return data;
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' (formula injection). */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(header: readonly string[], rows: readonly unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function writeXlsx(sheetName: string, header: readonly string[], rows: readonly unknown[][]): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gstgate';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  // Text cells stay text (HSN codes, document numbers, state codes with a leading zero).
  sheet.columns.forEach((col) => {
    col.width = Math.max(10, Math.min(40, String(col.values?.[1] ?? '').length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
