/**
 * The fonts embedded in printed documents: DejaVu Sans (regular and bold) from the dejavu-fonts-ttf
 * package. PDF's standard fonts have no ₹ (U+20B9); DejaVu has it, and pdfkit embeds a subset with a
 * ToUnicode map, so the sign also survives copy and text extraction. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

const require = createRequire(import.meta.url);
let cached: { regular: Buffer; bold: Buffer } | undefined;

export function fontFiles(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return cached;
}

/** Registers both faces on a pdfkit document and selects the regular one. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = fontFiles();
  doc.registerFont(FONT, regular);
  doc.registerFont(FONT_BOLD, bold);
  doc.font(FONT);
}
