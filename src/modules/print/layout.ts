/**
 * The drawing pieces both printed documents share: an A4 pdfkit document with the embedded fonts,
 * labelled fields, tables that continue on new pages (with their header repeated), the QR code, the
 * diagonal CANCELLED stamp and the page footer.
 *
 * QR codes are drawn as vector squares whose size and position fall on the 150 dpi pixel grid (and so
 * on the 300 and 600 dpi grids of office printers): every module prints as a crisp square rather than
 * a resampled image. A module is at least 3 grid pixels (0.51 mm) and the code at least 45 mm wide, so
 * a phone reads NIC's ~1,000-character SignedQRCode (version 25–27, 117–125 modules) off paper.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FONT, FONT_BOLD, registerFonts } from './fonts.ts';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 28;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
/** Lowest y for content: below it the footer. */
export const CONTENT_BOTTOM = A4.height - 40;
const MM = 72 / 25.4;
/** One pixel at 150 dpi, in points. */
const GRID = 72 / 150;
const snap = (v: number) => Math.round(v / GRID) * GRID;

export const GREY = '#555555';
const RULE = '#999999';
const HEAD_FILL = '#eeeeee';

export type Doc = PDFKit.PDFDocument;

/** An A4 document with DejaVu Sans; pages are buffered so footers and stamps are drawn at the end. */
export function newDocument(info: { title: string; subject: string }): Doc {
  // No bottom margin: pdfkit would otherwise start a page on its own when text nears the bottom;
  // the layout below decides page breaks itself.
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 },
    bufferPages: true,
    info: { Title: info.title, Subject: info.subject, Creator: 'gstgate', Producer: 'gstgate (pdfkit)' },
  });
  registerFonts(doc);
  return doc;
}

/** Ends the document and collects its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A section title with a rule under it; returns the y below. */
export function sectionTitle(doc: Doc, title: string, y: number, x = MARGIN, width = CONTENT_WIDTH): number {
  doc.font(FONT_BOLD).fontSize(9).fillColor('black').text(title, x, y, { width, lineBreak: false });
  doc
    .moveTo(x, y + 12)
    .lineTo(x + width, y + 12)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  return y + 16;
}

/** "Label: value" lines in a column; empty values are left out. Returns the y below. */
export function fields(
  doc: Doc,
  rows: Array<[string, string | null | undefined]>,
  x: number,
  y: number,
  width: number,
  labelWidth = 70,
): number {
  let cy = y;
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    doc.font(FONT).fontSize(7.5).fillColor(GREY).text(label, x, cy, { width: labelWidth, lineBreak: false });
    doc.font(FONT).fontSize(7.5).fillColor('black');
    // One long token (an IRN) is set smaller, down to 6 pt, to stay on one line.
    if (!/\s/.test(value))
      for (let size = 7.25; size >= 6 && doc.widthOfString(value) > width - labelWidth; size -= 0.25) doc.fontSize(size);
    const h = doc.heightOfString(value, { width: width - labelWidth });
    doc.text(value, x + labelWidth, cy, { width: width - labelWidth });
    cy += Math.max(h, 9.5) + 1.5;
  }
  return cy;
}

/** A party block: bold title, then its lines. Returns the y below. */
export function block(
  doc: Doc,
  title: string,
  lines: Array<[string, string | null | undefined]>,
  x: number,
  y: number,
  width: number,
): number {
  doc.font(FONT_BOLD).fontSize(8).fillColor('black').text(title, x, y, { width, lineBreak: false });
  return fields(doc, lines, x, y + 12, width, 58);
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  x?: number;
  fontSize?: number;
  /** Called after a page break, before the header is repeated; returns the y to continue at. */
  continuePage: () => number;
  /** Bold rows (totals). */
  bold?: (rowIndex: number) => boolean;
}

const PAD = 2.5;

function rowHeight(doc: Doc, cells: readonly string[], columns: readonly Column[], fontSize: number): number {
  doc.fontSize(fontSize);
  let h = 0;
  for (let i = 0; i < columns.length; i++) {
    const text = cells[i] ?? '';
    if (text === '') continue;
    h = Math.max(h, doc.heightOfString(text, { width: columns[i].width - 2 * PAD }));
  }
  return Math.max(h, fontSize + 2) + 2 * PAD;
}

function drawRow(
  doc: Doc,
  cells: readonly string[],
  columns: readonly Column[],
  x: number,
  y: number,
  h: number,
  fontSize: number,
  head: boolean,
  bold: boolean,
) {
  const width = columns.reduce((s, c) => s + c.width, 0);
  if (head) doc.rect(x, y, width, h).fill(HEAD_FILL);
  doc
    .font(head || bold ? FONT_BOLD : FONT)
    .fontSize(fontSize)
    .fillColor('black');
  let cx = x;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const text = cells[i] ?? '';
    if (text !== '') doc.text(text, cx + PAD, y + PAD, { width: c.width - 2 * PAD, align: head ? 'center' : (c.align ?? 'left') });
    cx += c.width;
  }
  doc
    .moveTo(x, y + h)
    .lineTo(x + width, y + h)
    .lineWidth(0.3)
    .strokeColor(RULE)
    .stroke();
}

/**
 * A table that continues on new pages: a row that does not fit above CONTENT_BOTTOM starts a new page
 * (continuePage), where the header is drawn again. Returns the y below the last row.
 */
export function table(doc: Doc, columns: readonly Column[], rows: readonly (readonly string[])[], y: number, opts: TableOptions): number {
  const x = opts.x ?? MARGIN;
  const fontSize = opts.fontSize ?? 7;
  const headers = columns.map((c) => c.header);
  const headHeight = rowHeight(doc.font(FONT_BOLD), headers, columns, fontSize);
  let cy = y;
  const header = () => {
    drawRow(doc, headers, columns, x, cy, headHeight, fontSize, true, false);
    cy += headHeight;
  };
  if (cy + headHeight + fontSize * 2 > CONTENT_BOTTOM) cy = newPage(doc, opts);
  header();
  rows.forEach((cells, i) => {
    const bold = opts.bold?.(i) ?? false;
    const h = rowHeight(doc.font(bold ? FONT_BOLD : FONT), cells, columns, fontSize);
    if (cy + h > CONTENT_BOTTOM) {
      cy = newPage(doc, opts);
      header();
    }
    drawRow(doc, cells, columns, x, cy, h, fontSize, false, bold);
    cy += h;
  });
  return cy;
}

function newPage(doc: Doc, opts: TableOptions): number {
  doc.addPage();
  return opts.continuePage();
}

/** Starts a new page when `needed` points do not fit below y; returns the y to draw at. */
export function ensureSpace(doc: Doc, y: number, needed: number, continuePage: () => number): number {
  if (y + needed <= CONTENT_BOTTOM) return y;
  doc.addPage();
  return continuePage();
}

/** Module size (in 150 dpi pixels) that makes a code of `modules` (with its quiet zone) at least `minMm` wide. */
function modulePixels(modules: number, minMm: number, minPixels: number): number {
  return Math.max(minPixels, Math.ceil((minMm * MM) / (modules * GRID)));
}

/**
 * Draws `text` as a QR code (error correction M) with its right edge at `right` and top at `top`;
 * returns its box (quiet zone included).
 */
export function qrCode(doc: Doc, text: string, right: number, top: number, minMm = 45): { x: number; y: number; size: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = modulePixels(n + 2 * quiet, minMm, 3) * GRID;
  const size = (n + 2 * quiet) * cell;
  const x = snap(right - size);
  const y = snap(top);
  doc.save();
  doc.rect(x, y, size, size).fill('white');
  // One rectangle per horizontal run of dark modules.
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      let end = c;
      while (end < n && qr.modules.get(r, end)) end++;
      doc.rect(x + (quiet + c) * cell, y + (quiet + r) * cell, (end - c) * cell, cell);
      c = end;
    }
  }
  doc.fill('black');
  doc.restore();
  return { x, y, size };
}

/**
 * A linear barcode drawn from its bar and space widths in modules (bwip-js's `sbs`, bar first), each
 * module `pixels` whole pixels at 150 dpi, on the pixel grid: bars print sharp, as the QR modules do.
 * Returns its box.
 */
export function barcode(doc: Doc, sbs: readonly number[], x: number, y: number, heightPt: number, pixels = 2) {
  const module = pixels * GRID;
  const bx = snap(x);
  const by = snap(y);
  let cx = bx;
  sbs.forEach((w, i) => {
    if (i % 2 === 0) doc.rect(cx, by, w * module, heightPt);
    cx += w * module;
  });
  doc.fill('black');
  return { x: bx, y: by, width: cx - bx, height: heightPt };
}

/** The diagonal stamp across the page (on top of the content, translucent so it stays readable). */
export function stamp(doc: Doc, text: string, note?: string): void {
  const cx = A4.width / 2;
  const cy = A4.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  doc.font(FONT_BOLD).fontSize(96).fillColor('#cc0000').fillOpacity(0.28);
  const w = doc.widthOfString(text);
  doc.text(text, cx - w / 2, cy - 60, { lineBreak: false });
  if (note) {
    doc.fontSize(18);
    const nw = doc.widthOfString(note);
    doc.text(note, cx - nw / 2, cy + 52, { lineBreak: false });
  }
  doc.restore();
  doc.fillOpacity(1).fillColor('black');
}

/** Page footers ("Page i of n" and a note) and, for a cancelled document, the stamp on every page. */
export function finishPages(doc: Doc, footer: string, stampText?: { text: string; note?: string }): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (stampText) stamp(doc, stampText.text, stampText.note);
    const y = A4.height - 28;
    doc
      .moveTo(MARGIN, y - 4)
      .lineTo(A4.width - MARGIN, y - 4)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.font(FONT).fontSize(6.5).fillColor(GREY);
    doc.text(footer, MARGIN, y, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, A4.width - MARGIN - 80, y, { width: 80, align: 'right', lineBreak: false });
  }
  doc.fillColor('black');
}
