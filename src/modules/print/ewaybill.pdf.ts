/**
 * The printable e-way bill (issue 7; GET /v1/ewaybill/{ewbNo}/pdf), laid out as the e-way bill
 * portal's detailed print: the number as a Code128 barcode and a QR code, Part-A (supplier and
 * recipient, the document, goods, value, reason for transportation), the transporter, and the Part-B
 * history (VehiclListDetails, newest first) from GetEwayBill (reference nic-ewaybill-gst.md A5.1).
 *
 * The QR holds `ewbNo/generator GSTIN/e-way bill date`, as the portal's print does (the portal's exact
 * QR text is not documented: UNCONFIRMED, our choice; docs/sandbox-choices.md).
 */
import bwipjs from 'bwip-js';
import type { EwayBillDetails } from '../../domain/ewaybill/types.ts';
import { stateName } from '../../domain/states.ts';
import { formatIndianAmount, formatIndianNumber, formatRupees } from './amount-in-words.ts';
import { FONT, FONT_BOLD } from './fonts.ts';
import {
  A4,
  barcode,
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

const SUPPLY = { O: 'Outward', I: 'Inward' } as Record<string, string>;
const SUB_SUPPLY: Record<string, string> = {
  '1': 'Supply',
  '2': 'Import',
  '3': 'Export',
  '4': 'Job Work',
  '5': 'For Own Use',
  '6': 'Job work Returns',
  '7': 'Sales Return',
  '8': 'Others',
  '9': 'SKD/CKD/Lots',
  '10': 'Line Sales',
  '11': 'Recipient Not Known',
  '12': 'Exhibition or Fairs',
};
const DOC_TYPES: Record<string, string> = {
  INV: 'Tax Invoice',
  BIL: 'Bill of Supply',
  BOE: 'Bill of Entry',
  CHL: 'Delivery Challan',
  OTH: 'Others',
};
const TRANSACTION_TYPES: Record<string, string> = {
  '1': 'Regular',
  '2': 'Bill To - Ship To',
  '3': 'Bill From - Dispatch From',
  '4': 'Combination of 2 and 3',
};
const MODES: Record<string, string> = { '1': 'Road', '2': 'Rail', '3': 'Air', '4': 'Ship', '5': 'In Transit' };
const STATUS: Record<string, string> = { ACT: 'Active', CNL: 'CANCELLED', DIS: 'Discarded (Part-B not entered in time)' };

const code = (v: string | number | null | undefined) => String(v ?? '').trim();
const state = (c: number | string | null | undefined) => {
  const s = code(c);
  return s ? `${s} ${stateName(s) ?? ''}`.trim() : undefined;
};

/** The QR text: e-way bill number, generator GSTIN and date, slash-separated. */
export function ewaybillQrText(ewb: Pick<EwayBillDetails, 'ewbNo' | 'userGstin' | 'ewayBillDate'>): string {
  return `${ewb.ewbNo}/${ewb.userGstin}/${ewb.ewayBillDate}`;
}

/** The Code128 bars and spaces of `text`, in modules (bwip-js's encoder). */
export function code128(text: string): number[] {
  const symbol = bwipjs.raw('code128', text, {})[0];
  if (!('sbs' in symbol)) throw new Error('bwip-js gave no linear symbol for code128');
  return symbol.sbs;
}

const GOODS_COLUMNS: Column[] = [
  { header: 'HSN', width: 52 },
  { header: 'Product', width: 170 },
  { header: 'Quantity', width: 75, align: 'right' },
  { header: 'Taxable amount (₹)', width: 92, align: 'right' },
  { header: 'Tax rates (C + S + I + Cess)', width: 150, align: 'right' },
];

const VEHICLE_COLUMNS: Column[] = [
  { header: 'Mode', width: 40 },
  { header: 'Vehicle / Trans doc no & date', width: 112 },
  { header: 'From', width: 95 },
  { header: 'Entered date', width: 88 },
  { header: 'Entered by', width: 84 },
  { header: 'CEWB no', width: 62 },
  { header: 'Multi veh. group', width: 58 },
];

export async function renderEwaybillPdf(ewb: EwayBillDetails): Promise<Buffer> {
  const status = code(ewb.status);
  const cancelled = status === 'CNL';
  const doc = newDocument({
    title: `e-Way Bill ${ewb.ewbNo}`,
    subject: `e-Way Bill ${ewb.ewbNo} of ${ewb.docType} ${ewb.docNo} dated ${ewb.docDate}`,
  });
  const continuePage = () => {
    doc
      .font(FONT)
      .fontSize(7.5)
      .fillColor(GREY)
      .text(`e-Way Bill ${ewb.ewbNo} (continued) · ${ewb.docType} ${ewb.docNo} dated ${ewb.docDate}`, MARGIN, MARGIN, {
        width: CONTENT_WIDTH,
        lineBreak: false,
      });
    doc.fillColor('black');
    return MARGIN + 16;
  };

  // Header: title, the barcode with the number under it, and the QR code on the right.
  const qr = qrCode(doc, ewaybillQrText(ewb), A4.width - MARGIN, MARGIN, 30);
  doc.font(FONT_BOLD).fontSize(18).fillColor('black').text('e-Way Bill', MARGIN, MARGIN, { lineBreak: false });
  const digits = String(ewb.ewbNo);
  const bar = barcode(doc, code128(digits), MARGIN, MARGIN + 30, 36);
  doc
    .font(FONT_BOLD)
    .fontSize(11)
    .text(digits, bar.x, bar.y + bar.height + 3, { width: bar.width, align: 'center', lineBreak: false });
  const leftWidth = qr.x - MARGIN - 10;
  let y = Math.max(bar.y + bar.height + 22, MARGIN + 80);

  // 1. E-way bill details.
  y = sectionTitle(doc, '1. E-Way Bill details', y, MARGIN, leftWidth);
  const validity = ewb.validUpto ?? 'Part-A slip: not valid for movement until Part-B is entered';
  y = fields(
    doc,
    [
      ['E-Way Bill No', digits],
      ['Generated date', ewb.ewayBillDate],
      ['Generated by', ewb.userGstin],
      ['Valid upto', validity],
      ['Status', `${STATUS[status] ?? status}${ewb.rejectStatus === 'Y' ? ' (rejected by the other party)' : ''}`],
      ['Mode', ewb.genMode],
      ['Approx distance', `${ewb.actualDist} km`],
      ['Validity days', ewb.noValidDays ? String(ewb.noValidDays) : undefined],
      ['Extended', ewb.extendedTimes ? `${ewb.extendedTimes} time(s)` : undefined],
      ['IRN', ewb.irn],
    ],
    MARGIN,
    y,
    leftWidth,
    82,
  );
  y = Math.max(y, qr.y + qr.size) + 8;

  // 2. Part-A: parties, document, reason.
  y = sectionTitle(doc, '2. Part-A', y);
  const supply = `${SUPPLY[code(ewb.supplyType)] ?? code(ewb.supplyType)} - ${SUB_SUPPLY[code(ewb.subSupplyType)] ?? code(ewb.subSupplyType)}${
    ewb.subSupplyDesc ? ` (${ewb.subSupplyDesc})` : ''
  }`;
  y = fields(
    doc,
    [
      ['Reason for transportation', supply],
      ['Document', `${DOC_TYPES[code(ewb.docType)] ?? ewb.docType} - ${ewb.docNo} - ${ewb.docDate}`],
      ['Transaction type', TRANSACTION_TYPES[code(ewb.transactionType)] ?? code(ewb.transactionType)],
    ],
    MARGIN,
    y,
    CONTENT_WIDTH,
    110,
  );
  const half = (CONTENT_WIDTH - 16) / 2;
  const right = MARGIN + half + 16;
  y += 4;
  const fromBottom = block(
    doc,
    'From (supplier)',
    [
      ['GSTIN', ewb.fromGstin],
      ['Name', ewb.fromTrdName],
      ['Address', [ewb.fromAddr1, ewb.fromAddr2].filter(Boolean).join(', ')],
      ['Place', ewb.fromPlace],
      ['PIN', ewb.fromPincode ? String(ewb.fromPincode) : undefined],
      ['State', state(ewb.fromStateCode)],
      ['Dispatch from', ewb.actFromStateCode !== ewb.fromStateCode ? state(ewb.actFromStateCode) : undefined],
      ['Dispatch GSTIN', ewb.dispatchFromGSTIN ? `${ewb.dispatchFromGSTIN} ${ewb.dispatchFromTradeName ?? ''}`.trim() : undefined],
    ],
    MARGIN,
    y,
    half,
  );
  const toBottom = block(
    doc,
    'To (recipient)',
    [
      ['GSTIN', ewb.toGstin],
      ['Name', ewb.toTrdName],
      ['Address', [ewb.toAddr1, ewb.toAddr2].filter(Boolean).join(', ')],
      ['Place', ewb.toPlace],
      ['PIN', ewb.toPincode ? String(ewb.toPincode) : undefined],
      ['State', state(ewb.toStateCode)],
      ['Ship to', ewb.actToStateCode !== ewb.toStateCode ? state(ewb.actToStateCode) : undefined],
      ['Ship-to GSTIN', ewb.shipToGSTIN ? `${ewb.shipToGSTIN} ${ewb.shipToTradeName ?? ''}`.trim() : undefined],
    ],
    right,
    y,
    half,
  );
  y = Math.max(fromBottom, toBottom) + 6;

  // 3. Goods and value.
  y = ensureSpace(doc, y, 60, continuePage);
  y = sectionTitle(doc, '3. Goods details', y);
  const goods = ewb.itemList.map((i) => [
    String(i.hsnCode),
    [i.productName, i.productDesc].filter(Boolean).join(' - '),
    i.quantity === undefined || i.quantity === null ? '' : `${formatIndianNumber(i.quantity)} ${i.qtyUnit ?? ''}`.trim(),
    formatIndianAmount(i.taxableAmount),
    `${formatIndianNumber(i.cgstRate ?? 0)} + ${formatIndianNumber(i.sgstRate ?? 0)} + ${formatIndianNumber(i.igstRate ?? 0)} + ${formatIndianNumber(i.cessRate ?? 0)}${
      i.cessNonAdvol ? ` + ${formatIndianAmount(i.cessNonAdvol)} non-advol` : ''
    }`,
  ]);
  y = table(doc, GOODS_COLUMNS, goods, y, { continuePage }) + 8;
  const values: Array<[string, number]> = [
    ['Taxable amount', ewb.totalValue],
    ['CGST', ewb.cgstValue],
    ['SGST', ewb.sgstValue],
    ['IGST', ewb.igstValue],
    ['Cess', ewb.cessValue],
    ['Cess non-advol', ewb.cessNonAdvolValue],
    ['Other', ewb.otherValue],
  ];
  const shown = values.filter(([label, v]) => label === 'Taxable amount' || v);
  y = ensureSpace(doc, y, shown.length * 12 + 24, continuePage);
  const labelX = MARGIN + CONTENT_WIDTH - 260;
  for (const [label, v] of shown) {
    doc.font(FONT).fontSize(8).fillColor('black').text(label, labelX, y, { width: 140, lineBreak: false });
    doc.text(formatRupees(v), labelX + 140, y, { width: 120, align: 'right', lineBreak: false });
    y += 12;
  }
  doc
    .font(FONT_BOLD)
    .fontSize(10)
    .text('Total invoice value', labelX, y + 2, { width: 140, lineBreak: false });
  doc.text(formatRupees(ewb.totInvValue), labelX + 100, y + 2, { width: 160, align: 'right', lineBreak: false });
  y += 22;

  // 4. Transporter.
  y = ensureSpace(doc, y, 50, continuePage);
  y = sectionTitle(doc, '4. Transportation details', y);
  y = fields(
    doc,
    [
      ['Transporter ID', ewb.transporterId || '-'],
      ['Name', ewb.transporterName],
      ['Vehicle type', ewb.vehicleType === 'O' ? 'Over dimensional cargo' : ewb.vehicleType === 'R' ? 'Regular' : ewb.vehicleType],
    ],
    MARGIN,
    y,
    CONTENT_WIDTH,
    82,
  );
  y += 6;

  // 5. Part-B history, newest first.
  y = ensureSpace(doc, y, 60, continuePage);
  y = sectionTitle(doc, '5. Part-B: vehicle details', y);
  if (ewb.VehiclListDetails.length === 0) {
    doc.font(FONT).fontSize(8).fillColor(GREY).text('No Part-B entered: the goods may not move on this e-way bill yet.', MARGIN, y);
  } else {
    const rows = ewb.VehiclListDetails.map((v) => [
      MODES[code(v.transMode)] ?? code(v.transMode),
      [code(v.vehicleNo), v.transDocNo ? `${v.transDocNo}${v.transDocDate ? ` dt ${v.transDocDate}` : ''}` : ''].filter(Boolean).join('\n'),
      `${v.fromPlace}${v.fromState ? `, ${stateName(String(v.fromState)) ?? v.fromState}` : ''}`,
      v.enteredDate,
      v.userGSTINTransin,
      v.tripshtNo ? String(v.tripshtNo) : '-',
      code(v.groupNo) && code(v.groupNo) !== '0' ? code(v.groupNo) : '-',
    ]);
    table(doc, VEHICLE_COLUMNS, rows, y, { continuePage });
  }

  finishPages(
    doc,
    `Printed by gstgate from the e-way bill system's record (GetEwayBill) of e-way bill ${digits}.`,
    cancelled ? { text: 'CANCELLED' } : undefined,
  );
  return finish(doc);
}
