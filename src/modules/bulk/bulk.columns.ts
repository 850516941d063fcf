/**
 * The bulk upload's column layout (docs/bulk-columns.md is the reference; its table is this list):
 * one row per ITEM, the invoice-level columns repeated on each item row of a document, rows grouped
 * into invoices by (DocTyp, DocNo, DocDt) — the shape ERPs export. Each column maps to one INV-01
 * path; Version is always "1.1" and TaxSch "GST". An empty cell is an absent field. Cells are only
 * typed here (numbers, dates from spreadsheet cells); every rule — required fields, lengths, codes —
 * is parseInvoice's and validateInvoice's, so a bulk row fails with the same NIC codes as
 * POST /v1/einvoice/generate.
 */
import { fail, type Problem, problem } from '../../core/errors.ts';
import { formatIstDate } from '../../domain/dates.ts';

export type ColumnKind = 'text' | 'number' | 'date';

export interface BulkColumn {
  name: string;
  /** INV-01 path: under the invoice, or under one ItemList element for item columns. */
  path: readonly string[];
  level: 'invoice' | 'item';
  kind: ColumnKind;
  /** Required by INV-01 v1.1 (the header must have the column; parseInvoice checks the values). */
  required: boolean;
  /** Format / allowed values, for the documentation. */
  format: string;
}

const c = (name: string, path: string, level: 'invoice' | 'item', kind: ColumnKind, required: boolean, format: string): BulkColumn => ({
  name,
  path: path.split('.'),
  level,
  kind,
  required,
  format,
});

export const BULK_COLUMNS: readonly BulkColumn[] = [
  c('SupTyp', 'TranDtls.SupTyp', 'invoice', 'text', true, 'B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP'),
  c('RegRev', 'TranDtls.RegRev', 'invoice', 'text', false, 'Y or N (reverse charge)'),
  c('EcmGstin', 'TranDtls.EcmGstin', 'invoice', 'text', false, 'GSTIN of the e-commerce operator'),
  c('IgstOnIntra', 'TranDtls.IgstOnIntra', 'invoice', 'text', false, 'Y or N'),
  c('DocTyp', 'DocDtls.Typ', 'invoice', 'text', true, 'INV, CRN, DBN'),
  c('DocNo', 'DocDtls.No', 'invoice', 'text', true, '1–16 characters: letters, digits, / and -; not starting with 0, / or -'),
  c('DocDt', 'DocDtls.Dt', 'invoice', 'date', true, 'dd/mm/yyyy (an XLSX date cell is read as its IST day)'),
  c('SellerGstin', 'SellerDtls.Gstin', 'invoice', 'text', true, '15-character GSTIN'),
  c('SellerLglNm', 'SellerDtls.LglNm', 'invoice', 'text', true, '3–100 characters'),
  c('SellerTrdNm', 'SellerDtls.TrdNm', 'invoice', 'text', false, '3–100 characters'),
  c('SellerAddr1', 'SellerDtls.Addr1', 'invoice', 'text', true, '1–100 characters'),
  c('SellerAddr2', 'SellerDtls.Addr2', 'invoice', 'text', false, '3–100 characters'),
  c('SellerLoc', 'SellerDtls.Loc', 'invoice', 'text', true, '3–50 characters'),
  c('SellerPin', 'SellerDtls.Pin', 'invoice', 'number', true, '6-digit PIN code'),
  c('SellerStcd', 'SellerDtls.Stcd', 'invoice', 'text', true, 'state code, e.g. 29'),
  c('SellerPh', 'SellerDtls.Ph', 'invoice', 'text', false, '6–12 digits'),
  c('SellerEm', 'SellerDtls.Em', 'invoice', 'text', false, 'e-mail, 6–100 characters'),
  c('BuyerGstin', 'BuyerDtls.Gstin', 'invoice', 'text', true, '15-character GSTIN, or URP (exports)'),
  c('BuyerLglNm', 'BuyerDtls.LglNm', 'invoice', 'text', true, '3–100 characters'),
  c('BuyerTrdNm', 'BuyerDtls.TrdNm', 'invoice', 'text', false, '3–100 characters'),
  c('BuyerPos', 'BuyerDtls.Pos', 'invoice', 'text', true, 'place of supply state code; 96 outside India'),
  c('BuyerAddr1', 'BuyerDtls.Addr1', 'invoice', 'text', true, '1–100 characters'),
  c('BuyerAddr2', 'BuyerDtls.Addr2', 'invoice', 'text', false, '3–100 characters'),
  c('BuyerLoc', 'BuyerDtls.Loc', 'invoice', 'text', true, '3–100 characters'),
  c('BuyerPin', 'BuyerDtls.Pin', 'invoice', 'number', false, '6-digit PIN code; required except for exports (2244)'),
  c('BuyerStcd', 'BuyerDtls.Stcd', 'invoice', 'text', true, 'state code; 96 for a foreign recipient'),
  c('BuyerPh', 'BuyerDtls.Ph', 'invoice', 'text', false, '6–12 digits'),
  c('BuyerEm', 'BuyerDtls.Em', 'invoice', 'text', false, 'e-mail, 6–100 characters'),
  c('SlNo', 'SlNo', 'item', 'text', true, '1–6 digits, unique in the document (2233)'),
  c('PrdDesc', 'PrdDesc', 'item', 'text', false, '3–300 characters'),
  c('IsServc', 'IsServc', 'item', 'text', true, 'Y (service) or N (goods)'),
  c('HsnCd', 'HsnCd', 'item', 'text', true, 'HSN or SAC, 4, 6 or 8 digits'),
  c('Barcde', 'Barcde', 'item', 'text', false, '3–30 characters'),
  c('Qty', 'Qty', 'item', 'number', false, 'number, up to 3 decimals; required for goods (2238)'),
  c('FreeQty', 'FreeQty', 'item', 'number', false, 'number'),
  c('Unit', 'Unit', 'item', 'text', false, 'UQC, e.g. NOS, KGS; required for goods (2239)'),
  c('UnitPrice', 'UnitPrice', 'item', 'number', true, 'number'),
  c('TotAmt', 'TotAmt', 'item', 'number', true, 'Qty × UnitPrice'),
  c('ItemDiscount', 'Discount', 'item', 'number', false, 'item discount'),
  c('PreTaxVal', 'PreTaxVal', 'item', 'number', false, 'number'),
  c('AssAmt', 'AssAmt', 'item', 'number', true, 'TotAmt − ItemDiscount'),
  c('GstRt', 'GstRt', 'item', 'number', true, 'combined GST rate, e.g. 18'),
  c('IgstAmt', 'IgstAmt', 'item', 'number', false, 'number'),
  c('CgstAmt', 'CgstAmt', 'item', 'number', false, 'number'),
  c('SgstAmt', 'SgstAmt', 'item', 'number', false, 'number'),
  c('CesRt', 'CesRt', 'item', 'number', false, 'number'),
  c('CesAmt', 'CesAmt', 'item', 'number', false, 'number'),
  c('CesNonAdvlAmt', 'CesNonAdvlAmt', 'item', 'number', false, 'number'),
  c('StateCesRt', 'StateCesRt', 'item', 'number', false, 'number'),
  c('StateCesAmt', 'StateCesAmt', 'item', 'number', false, 'number'),
  c('StateCesNonAdvlAmt', 'StateCesNonAdvlAmt', 'item', 'number', false, 'number'),
  c('ItemOthChrg', 'OthChrg', 'item', 'number', false, 'other charges of the item'),
  c('TotItemVal', 'TotItemVal', 'item', 'number', true, 'AssAmt + taxes + cesses + ItemOthChrg'),
  c('AssVal', 'ValDtls.AssVal', 'invoice', 'number', true, 'Σ AssAmt'),
  c('CgstVal', 'ValDtls.CgstVal', 'invoice', 'number', false, 'Σ CgstAmt'),
  c('SgstVal', 'ValDtls.SgstVal', 'invoice', 'number', false, 'Σ SgstAmt'),
  c('IgstVal', 'ValDtls.IgstVal', 'invoice', 'number', false, 'Σ IgstAmt'),
  c('CesVal', 'ValDtls.CesVal', 'invoice', 'number', false, 'Σ (CesAmt + CesNonAdvlAmt)'),
  c('StCesVal', 'ValDtls.StCesVal', 'invoice', 'number', false, 'Σ (StateCesAmt + StateCesNonAdvlAmt)'),
  c('Discount', 'ValDtls.Discount', 'invoice', 'number', false, 'invoice-level discount'),
  c('OthChrg', 'ValDtls.OthChrg', 'invoice', 'number', false, 'invoice-level other charges'),
  c('RndOffAmt', 'ValDtls.RndOffAmt', 'invoice', 'number', false, '−99.99 to 99.99'),
  c('TotInvVal', 'ValDtls.TotInvVal', 'invoice', 'number', true, 'Σ TotItemVal + OthChrg − Discount + RndOffAmt'),
  c('TotInvValFc', 'ValDtls.TotInvValFc', 'invoice', 'number', false, 'total in foreign currency'),
];

export const BULK_HEADER: readonly string[] = BULK_COLUMNS.map((col) => col.name);

/** One data row of a CSV or XLSX file: its file row number (the header is row 1) and its cells in header order. */
export interface FileRow {
  rowNo: number;
  cells: unknown[];
}

/** One invoice of an upload, as the file gives it (not yet validated). */
export interface BulkInvoice {
  rowNo: number;
  lastRowNo: number;
  /** File rows of the invoice (its items). */
  lines: number;
  payload: unknown;
  /** Layout problems (BULK_ROW_CONFLICT), reported with the invoice's validation problems. */
  problems: Problem[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{2,3})+(\.\d+)?$/;

/** A cell as text ('' when empty); spreadsheet dates as dd/mm/yyyy in IST, numbers as written. */
function cellText(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return kind === 'date' ? formatIstDate(value) : value.toISOString();
  if (typeof value === 'object') {
    // exceljs rich text, hyperlinks and formulas.
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.result !== undefined) return cellText(v.result, kind);
    if (v.text !== undefined) return cellText(v.text, kind);
    return '';
  }
  return String(value).trim();
}

/** The INV-01 value of a cell: numbers for number columns when the text is one (else the text, which the schema reports). */
function cellValue(text: string, kind: ColumnKind): unknown {
  if (kind !== 'number') return text;
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return text;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/**
 * Maps the header to the columns: matched case-insensitively; an unknown or repeated name, or a
 * required column missing, makes the file unreadable (BULK_FILE_INVALID) rather than every row invalid.
 */
export function mapHeader(header: unknown[]): (BulkColumn | undefined)[] {
  const byName = new Map(BULK_COLUMNS.map((col) => [col.name.toLowerCase(), col]));
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  const mapped = header.map((h) => {
    const name = cellText(h, 'text');
    if (name === '') return undefined;
    const col = byName.get(name.toLowerCase());
    if (!col) unknown.push(name);
    else if (seen.has(col.name)) duplicated.push(col.name);
    else seen.add(col.name);
    return col;
  });
  const missing = BULK_COLUMNS.filter((col) => col.required && !seen.has(col.name)).map((col) => col.name);
  const faults = [
    ...(missing.length ? [`required columns missing: ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`unknown columns: ${unknown.join(', ')} (docs/bulk-columns.md lists the columns)`] : []),
    ...(duplicated.length ? [`repeated columns: ${duplicated.join(', ')}`] : []),
  ];
  if (faults.length) fail('BULK_FILE_INVALID', [faults.join('; ')]);
  return mapped;
}

interface Group {
  rowNo: number;
  lastRowNo: number;
  /** The invoice-level cells of its first row, to compare the others with. */
  head: Map<string, string>;
  invoice: Record<string, unknown>;
  items: Record<string, unknown>[];
  conflicts: Map<string, number[]>;
}

/**
 * Item rows → invoices: grouped by (DocTyp, DocNo, DocDt) as written (type and number case-insensitive),
 * in the order of their first row. Invoice-level cells come from the first row; a later row of the
 * document with a different non-empty value is a BULK_ROW_CONFLICT problem of that invoice.
 * Rows with no cell at all are skipped.
 */
export function rowsToInvoices(header: unknown[], rows: FileRow[]): BulkInvoice[] {
  const columns = mapHeader(header);
  const at = (name: string) => columns.findIndex((col) => col?.name === name);
  const keyCols = [at('DocTyp'), at('DocNo'), at('DocDt')];
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const texts = columns.map((col, i) => (col ? cellText(row.cells[i], col.kind) : ''));
    if (texts.every((t) => t === '')) continue;
    const docKey = keyCols.map((i) => texts[i].toUpperCase()).join('\u0000');
    // A row without a document key is an invoice of its own (parseInvoice reports the missing fields).
    const key = keyCols.some((i) => texts[i] === '') ? `row:${row.rowNo}` : docKey;
    let group = groups.get(key);
    const item: Record<string, unknown> = {};
    if (!group) {
      const invoice: Record<string, unknown> = { Version: '1.1', TranDtls: { TaxSch: 'GST' } };
      const head = new Map<string, string>();
      columns.forEach((col, i) => {
        if (col?.level !== 'invoice') return;
        head.set(col.name, texts[i]);
        if (texts[i] !== '') setPath(invoice, col.path, cellValue(texts[i], col.kind));
      });
      group = { rowNo: row.rowNo, lastRowNo: row.rowNo, head, invoice, items: [], conflicts: new Map() };
      groups.set(key, group);
    } else {
      const { head, conflicts, rowNo } = group;
      group.lastRowNo = row.rowNo;
      columns.forEach((col, i) => {
        if (col?.level !== 'invoice' || texts[i] === '') return;
        if ((head.get(col.name) ?? '') !== texts[i]) conflicts.set(col.name, [...(conflicts.get(col.name) ?? [rowNo]), row.rowNo]);
      });
    }
    columns.forEach((col, i) => {
      if (col?.level === 'item' && texts[i] !== '') setPath(item, col.path, cellValue(texts[i], col.kind));
    });
    group.items.push(item);
  }
  return [...groups.values()].map((g) => ({
    rowNo: g.rowNo,
    lastRowNo: g.lastRowNo,
    lines: g.items.length,
    payload: { ...g.invoice, ItemList: g.items },
    problems: [...g.conflicts].map(([name, rowNos]) => problem('BULK_ROW_CONFLICT', [name, rowNos.join(', ')], name)),
  }));
}

/** JSON uploads: an array of INV-01 objects as they are, one invoice per element (rowNo = 1-based index). */
export function jsonToInvoices(data: unknown): BulkInvoice[] {
  if (!Array.isArray(data)) fail('BULK_FILE_INVALID', ['a JSON upload must be an array of INV-01 invoices']);
  return data.map((payload, i) => ({ rowNo: i + 1, lastRowNo: i + 1, lines: 1, payload, problems: [] }));
}

/** The INV-01 path of a problem's field as a column name, when one column maps to it (ItemList[0].Qty → Qty). */
export function columnOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const path = field.replace(/^ItemList\[\d+\]\./, '');
  const level = path === field ? 'invoice' : 'item';
  return BULK_COLUMNS.find((col) => col.level === level && col.path.join('.') === path)?.name;
}
