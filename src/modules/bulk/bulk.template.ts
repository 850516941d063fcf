/**
 * GET /v1/einvoice/bulk/template: the header of docs/bulk-columns.md and two example invoices (one
 * item each) of the demo supplier 29AAFCD5862R1ZR to the demo buyer 29AAACW4202F1ZM, intra-state
 * Karnataka (CGST + SGST), dated the government clock's IST day so they pass 2163 and the reporting
 * window; uploaded as they are, both register.
 */
import { BULK_HEADER } from './bulk.columns.ts';

const seller = {
  SupTyp: 'B2B',
  RegRev: 'N',
  IgstOnIntra: 'N',
  DocTyp: 'INV',
  SellerGstin: '29AAFCD5862R1ZR',
  SellerLglNm: 'Demo Computers Private Limited',
  SellerTrdNm: 'Demo Computers',
  SellerAddr1: 'Prestige Meridian, Mahatma Gandhi Road',
  SellerLoc: 'Bengaluru',
  SellerPin: 560001,
  SellerStcd: '29',
  BuyerGstin: '29AAACW4202F1ZM',
  BuyerLglNm: 'Westgate Retail Private Limited',
  BuyerPos: '29',
  BuyerAddr1: '22, Brigade Road',
  BuyerLoc: 'Bengaluru',
  BuyerPin: 560001,
  BuyerStcd: '29',
  SlNo: '1',
  IsServc: 'N',
  ItemDiscount: 0,
  IgstAmt: 0,
};

/** The two example rows, as column name → value. */
export function templateExamples(docDate: string, docNoPrefix = 'BLK/DEMO'): Record<string, unknown>[] {
  return [
    {
      ...seller,
      DocNo: `${docNoPrefix}/1`,
      DocDt: docDate,
      PrdDesc: 'Deep groove ball bearing 6205',
      HsnCd: '84821011',
      Qty: 10,
      Unit: 'NOS',
      UnitPrice: 1000,
      TotAmt: 10000,
      AssAmt: 10000,
      GstRt: 18,
      CgstAmt: 900,
      SgstAmt: 900,
      TotItemVal: 11800,
      AssVal: 10000,
      CgstVal: 900,
      SgstVal: 900,
      IgstVal: 0,
      TotInvVal: 11800,
    },
    {
      ...seller,
      DocNo: `${docNoPrefix}/2`,
      DocDt: docDate,
      PrdDesc: 'Lithium complex bearing grease',
      HsnCd: '34031900',
      Qty: 5,
      Unit: 'KGS',
      UnitPrice: 240,
      TotAmt: 1200,
      AssAmt: 1200,
      GstRt: 12,
      CgstAmt: 72,
      SgstAmt: 72,
      TotItemVal: 1344,
      AssVal: 1200,
      CgstVal: 72,
      SgstVal: 72,
      IgstVal: 0,
      TotInvVal: 1344,
    },
  ];
}

/** Header-ordered cells of column-name records (absent: empty). */
export function toCells(records: Record<string, unknown>[]): unknown[][] {
  return records.map((r) => BULK_HEADER.map((name) => r[name] ?? ''));
}
