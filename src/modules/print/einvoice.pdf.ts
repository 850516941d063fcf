/**
 * The printable e-invoice (issue 7; GET /v1/einvoice/irn/{irn}/pdf): A4, laid out as the IRP portal's
 * print — IRN, Ack No and date beside the signed QR code, supplier and recipient, the item lines, a
 * tax summary by GST rate, the totals in figures and in words — from the invoice as the IRP signed it
 * (SignedInvoice's `data`, reference nic-einvoice.md §6.3). The QR encodes SignedQRCode itself (§6.3:
 * "The printed QR image encodes the SignedQRCode JWS string itself"). A cancelled document carries a
 * CANCELLED stamp on every page.
 */
import { stateName } from '../../domain/states.ts';
import type { IrnDocument } from '../../providers/types.ts';
import { amountInWords, formatIndianAmount, formatIndianNumber, formatRupees } from './amount-in-words.ts';
import { FONT, FONT_BOLD } from './fonts.ts';
import {
  A4,
  block,
  CONTENT_WIDTH,
  type Column,
  ensureSpace,
  fields,
  finish,
  finishPages,
  GREY,
  MARGIN,
  newDocument,
  qrCode,
  sectionTitle,
  table,
} from './layout.ts';

/** The parts of an INV-01 (as signed by the IRP) the print reads; all optional but the core sections. */
export interface SignedInvoiceData {
  TranDtls?: { SupTyp?: string; RegRev?: string | null; EcmGstin?: string | null; IgstOnIntra?: string | null };
  DocDtls: { Typ: string; No: string; Dt: string };
  SellerDtls: Party;
  BuyerDtls: Party & { Pos?: string };
  DispDtls?: Party | null;
  ShipDtls?: Party | null;
  ItemList: Item[];
  ValDtls: {
    AssVal: number;
    CgstVal?: number | null;
    SgstVal?: number | null;
    IgstVal?: number | null;
    CesVal?: number | null;
    StCesVal?: number | null;
    Discount?: number | null;
    OthChrg?: number | null;
    RndOffAmt?: number | null;
    TotInvVal: number;
    TotInvValFc?: number | null;
  };
  RefDtls?: { InvRm?: string | null } | null;
}

interface Party {
  Gstin?: string | null;
  LglNm?: string | null;
  Nm?: string | null;
  TrdNm?: string | null;
  Addr1?: string | null;
  Addr2?: string | null;
  Loc?: string | null;
  Pin?: number | null;
  Stcd?: string | null;
  Ph?: string | null;
  Em?: string | null;
}

interface Item {
  SlNo?: string;
  PrdDesc?: string | null;
  IsServc?: string;
  HsnCd?: string;
  Qty?: number | null;
  FreeQty?: number | null;
  Unit?: string | null;
  UnitPrice?: number;
  TotAmt?: number;
  Discount?: number | null;
  AssAmt: number;
  GstRt: number;
  IgstAmt?: number | null;
  CgstAmt?: number | null;
  SgstAmt?: number | null;
  CesAmt?: number | null;
  CesNonAdvlAmt?: number | null;
  StateCesAmt?: number | null;
  StateCesNonAdvlAmt?: number | null;
  OthChrg?: number | null;
  TotItemVal: number;
}

export interface EinvoicePrintInput {
  document: IrnDocument;
  invoice: SignedInvoiceData;
  /** When the document was cancelled (yyyy-MM-dd HH:mm:ss IST), if known. */
  cancelDate?: string | null;
}

const DOC_TITLES: Record<string, string> = { INV: 'Tax Invoice', CRN: 'Credit Note', DBN: 'Debit Note' };
const SUPPLY_TYPES: Record<string, string> = {
  B2B: 'B2B (business to business)',
  SEZWP: 'SEZ with payment of tax',
  SEZWOP: 'SEZ without payment of tax',
  EXPWP: 'Export with payment of tax',
  EXPWOP: 'Export without payment of tax',
  DEXP: 'Deemed export',
};

const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const money = (v: number | null | undefined) => formatIndianAmount(n(v));
const state = (code: string | null | undefined) => (code ? `${code} ${stateName(code) ?? ''}`.trim() : undefined);
/** Two decimals, or three when the price has them (INV-01 allows 3). */
const unitPrice = (v: number) => (Number.isInteger(Math.round(v * 1000) / 10) ? formatIndianAmount(v) : formatIndianNumber(v, 3));
const cess = (i: Item) => n(i.CesAmt) + n(i.CesNonAdvlAmt) + n(i.StateCesAmt) + n(i.StateCesNonAdvlAmt);

function partyLines(p: Party, opts: { name?: string } = {}): Array<[string, string | null | undefined]> {
  const address = [p.Addr1, p.Addr2].filter(Boolean).join(', ');
  return [
    ['GSTIN', p.Gstin],
    ['Legal name', opts.name ?? p.LglNm],
    ['Trade name', p.TrdNm],
    ['Address', address],
    ['Place', p.Loc],
    ['State', state(p.Stcd)],
    ['PIN', p.Pin ? String(p.Pin) : undefined],
    ['Phone', p.Ph],
    ['Email', p.Em],
  ];
}

function taxLines(i: Item): string {
  const lines: string[] = [];
  if (n(i.IgstAmt) > 0 || (n(i.CgstAmt) === 0 && n(i.SgstAmt) === 0)) lines.push(`IGST ${money(i.IgstAmt)}`);
  if (n(i.CgstAmt) > 0 || n(i.SgstAmt) > 0) lines.push(`CGST ${money(i.CgstAmt)}`, `SGST ${money(i.SgstAmt)}`);
  if (cess(i) > 0) lines.push(`Cess ${money(cess(i))}`);
  if (n(i.OthChrg) > 0) lines.push(`Other ${money(i.OthChrg)}`);
  return lines.join('\n');
}

const ITEM_COLUMNS: Column[] = [
  { header: 'Sl', width: 20, align: 'right' },
  { header: 'Description', width: 124 },
  { header: 'HSN / SAC', width: 44 },
  { header: 'Qty', width: 38, align: 'right' },
  { header: 'Unit', width: 28 },
  { header: 'Unit price (₹)', width: 50, align: 'right' },
  { header: 'Taxable value (₹)', width: 56, align: 'right' },
  { header: 'GST %', width: 28, align: 'right' },
  { header: 'Tax amounts (₹)', width: 88, align: 'right' },
  { header: 'Item total (₹)', width: 63, align: 'right' },
];

const SUMMARY_COLUMNS: Column[] = [
  { header: 'GST rate', width: 59, align: 'right' },
  { header: 'Taxable value (₹)', width: 80, align: 'right' },
  { header: 'CGST (₹)', width: 80, align: 'right' },
  { header: 'SGST (₹)', width: 80, align: 'right' },
  { header: 'IGST (₹)', width: 80, align: 'right' },
  { header: 'Cess (₹)', width: 80, align: 'right' },
  { header: 'Total tax (₹)', width: 80, align: 'right' },
];

/** Taxable value and taxes per GST rate, lowest rate first, with a total row. */
export function taxSummary(items: readonly Item[]): string[][] {
  const byRate = new Map<number, { taxable: number; cgst: number; sgst: number; igst: number; cess: number }>();
  for (const i of items) {
    const r = byRate.get(i.GstRt) ?? { taxable: 0, cgst: 0, sgst: 0, igst: 0, cess: 0 };
    r.taxable += n(i.AssAmt);
    r.cgst += n(i.CgstAmt);
    r.sgst += n(i.SgstAmt);
    r.igst += n(i.IgstAmt);
    r.cess += cess(i);
    byRate.set(i.GstRt, r);
  }
  const total = { taxable: 0, cgst: 0, sgst: 0, igst: 0, cess: 0 };
  const row = (label: string, r: typeof total) => [
    label,
    money(r.taxable),
    money(r.cgst),
    money(r.sgst),
    money(r.igst),
    money(r.cess),
    money(r.cgst + r.sgst + r.igst + r.cess),
  ];
  const rows = [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, r]) => {
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
      return row(`${formatIndianNumber(rate)}%`, r);
    });
  rows.push(row('Total', total));
  return rows;
}

export async function renderEinvoicePdf(input: EinvoicePrintInput): Promise<Buffer> {
  const { document: d, invoice: inv } = input;
  const docTitle = DOC_TITLES[inv.DocDtls.Typ] ?? inv.DocDtls.Typ;
  const cancelled = d.Status === 'CNL';
  const doc = newDocument({
    title: `e-Invoice ${inv.DocDtls.No}`,
    subject: `${docTitle} ${inv.DocDtls.No} dated ${inv.DocDtls.Dt}, IRN ${d.Irn}`,
  });

  // Continuation pages: one line saying which document they belong to.
  const continuePage = () => {
    doc
      .font(FONT)
      .fontSize(6.5)
      .fillColor(GREY)
      .text(`e-Invoice (continued) · ${docTitle} ${inv.DocDtls.No} dated ${inv.DocDtls.Dt} · IRN ${d.Irn}`, MARGIN, MARGIN, {
        width: CONTENT_WIDTH,
        lineBreak: false,
      });
    doc.fillColor('black');
    return MARGIN + 16;
  };

  // Header: titles and the e-invoice details on the left, the signed QR code on the right.
  const qr = qrCode(doc, d.SignedQRCode, A4.width - MARGIN, MARGIN, 45);
  doc
    .font(FONT)
    .fontSize(6.5)
    .fillColor(GREY)
    .text('Signed QR code (IRP)', qr.x, qr.y + qr.size, { width: qr.size, align: 'center' });
  const leftWidth = qr.x - MARGIN - 10;
  doc.font(FONT_BOLD).fontSize(18).fillColor('black').text('e-Invoice', MARGIN, MARGIN, { lineBreak: false });
  doc
    .font(FONT_BOLD)
    .fontSize(12)
    .text(docTitle, MARGIN, MARGIN + 24, { lineBreak: false });
  let y = sectionTitle(doc, '1. e-Invoice details', MARGIN + 46, MARGIN, leftWidth);
  const status = cancelled ? `CANCELLED${input.cancelDate ? ` on ${input.cancelDate}` : ''}` : 'Active';
  y = fields(
    doc,
    [
      ['IRN', d.Irn],
      ['Ack No', String(d.AckNo)],
      ['Ack date', d.AckDt],
      ['Status', status],
      ['Document', `${docTitle} (${inv.DocDtls.Typ}) ${inv.DocDtls.No}`],
      ['Document date', inv.DocDtls.Dt],
      ['Supply type', inv.TranDtls?.SupTyp ? (SUPPLY_TYPES[inv.TranDtls.SupTyp] ?? inv.TranDtls.SupTyp) : undefined],
      ['Reverse charge', inv.TranDtls?.RegRev === 'Y' ? 'Yes' : 'No'],
      ['IGST on intra', inv.TranDtls?.IgstOnIntra === 'Y' ? 'Yes' : undefined],
      ['E-commerce', inv.TranDtls?.EcmGstin],
      ['Place of supply', state(inv.BuyerDtls.Pos)],
    ],
    MARGIN,
    y,
    leftWidth,
  );
  if (d.EwbNo) {
    y = sectionTitle(doc, 'e-Way bill', y + 4, MARGIN, leftWidth);
    y = fields(
      doc,
      [
        ['EWB No', String(d.EwbNo)],
        ['EWB date', d.EwbDt],
        ['Valid till', d.EwbValidTill ?? 'Part-A only: not valid for movement until Part-B'],
      ],
      MARGIN,
      y,
      leftWidth,
    );
  }
  y = Math.max(y, qr.y + qr.size + 12) + 6;

  // 2. Parties.
  const half = (CONTENT_WIDTH - 16) / 2;
  const right = MARGIN + half + 16;
  y = sectionTitle(doc, '2. Party details', y);
  const sellerBottom = block(doc, 'Supplier (seller)', partyLines(inv.SellerDtls), MARGIN, y, half);
  const buyerBottom = block(doc, 'Recipient (buyer)', partyLines(inv.BuyerDtls), right, y, half);
  y = Math.max(sellerBottom, buyerBottom) + 4;
  if (inv.DispDtls || inv.ShipDtls) {
    const dispBottom = inv.DispDtls
      ? block(doc, 'Dispatch from', partyLines(inv.DispDtls, { name: inv.DispDtls.Nm ?? undefined }), MARGIN, y, half)
      : y;
    const shipBottom = inv.ShipDtls ? block(doc, 'Ship to', partyLines(inv.ShipDtls), right, y, half) : y;
    y = Math.max(dispBottom, shipBottom) + 4;
  }

  // 3. Items.
  y = ensureSpace(doc, y, 60, continuePage);
  y = sectionTitle(doc, `3. Item details (${inv.ItemList.length} ${inv.ItemList.length === 1 ? 'line' : 'lines'})`, y);
  const itemRows = inv.ItemList.map((i, k) => {
    const desc = [
      i.PrdDesc ?? '',
      n(i.Discount) > 0 ? `Discount ${money(i.Discount)}` : '',
      n(i.FreeQty) > 0 ? `Free qty ${formatIndianNumber(n(i.FreeQty))}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return [
      i.SlNo ?? String(k + 1),
      desc,
      i.HsnCd ?? '',
      i.Qty === null || i.Qty === undefined ? '' : formatIndianNumber(i.Qty),
      i.Unit ?? '',
      i.UnitPrice === undefined ? '' : unitPrice(i.UnitPrice),
      money(i.AssAmt),
      formatIndianNumber(i.GstRt),
      taxLines(i),
      money(i.TotItemVal),
    ];
  });
  y = table(doc, ITEM_COLUMNS, itemRows, y, { continuePage }) + 10;

  // 4. Tax summary by rate.
  y = ensureSpace(doc, y, 70, continuePage);
  y = sectionTitle(doc, '4. Tax summary by GST rate', y);
  const summary = taxSummary(inv.ItemList);
  y = table(doc, SUMMARY_COLUMNS, summary, y, { continuePage, bold: (i) => i === summary.length - 1 }) + 10;

  // 5. Totals, in figures and in words.
  const v = inv.ValDtls;
  const totals: Array<[string, number | null | undefined]> = [
    ['Taxable value', v.AssVal],
    ['CGST', v.CgstVal],
    ['SGST', v.SgstVal],
    ['IGST', v.IgstVal],
    ['Cess', v.CesVal],
    ['State cess', v.StCesVal],
    ['Discount', v.Discount === null || v.Discount === undefined ? v.Discount : -v.Discount],
    ['Other charges', v.OthChrg],
    ['Round off', v.RndOffAmt],
  ];
  const shown = totals.filter(([label, value]) => label === 'Taxable value' || n(value) !== 0);
  y = ensureSpace(doc, y, 16 + shown.length * 12 + 60, continuePage);
  y = sectionTitle(doc, '5. Invoice value', y);
  const labelX = MARGIN + CONTENT_WIDTH - 260;
  for (const [label, value] of shown) {
    doc.font(FONT).fontSize(8).fillColor('black').text(label, labelX, y, { width: 140, lineBreak: false });
    doc.text(formatRupees(n(value)), labelX + 140, y, { width: 120, align: 'right', lineBreak: false });
    y += 12;
  }
  doc
    .moveTo(labelX, y + 1)
    .lineTo(MARGIN + CONTENT_WIDTH, y + 1)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  y += 5;
  doc.font(FONT_BOLD).fontSize(10).text('Total invoice value', labelX, y, { width: 140, lineBreak: false });
  doc.text(formatRupees(v.TotInvVal), labelX + 100, y, { width: 160, align: 'right', lineBreak: false });
  y += 16;
  if (n(v.TotInvValFc) > 0) {
    doc.font(FONT).fontSize(8).text('In foreign currency', labelX, y, { width: 140, lineBreak: false });
    doc.text(formatIndianNumber(n(v.TotInvValFc), 2), labelX + 140, y, { width: 120, align: 'right', lineBreak: false });
    y += 12;
  }
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor(GREY)
    .text('Amount in words', MARGIN, y + 4, { lineBreak: false });
  doc
    .font(FONT_BOLD)
    .fontSize(9)
    .fillColor('black')
    .text(amountInWords(v.TotInvVal), MARGIN + 80, y + 3, { width: CONTENT_WIDTH - 80 });
  y = doc.y + 6;
  if (inv.RefDtls?.InvRm) {
    y = ensureSpace(doc, y, 24, continuePage);
    fields(doc, [['Remarks', inv.RefDtls.InvRm]], MARGIN, y, CONTENT_WIDTH);
  }

  finishPages(
    doc,
    `${docTitle} ${inv.DocDtls.No} · printed by gstgate from the invoice signed by the IRP; the QR code is its SignedQRCode`,
    cancelled ? { text: 'CANCELLED', note: input.cancelDate ? `on ${input.cancelDate}` : undefined } : undefined,
  );
  return finish(doc);
}
