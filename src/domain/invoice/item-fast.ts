/**
 * A fast path for ItemList (issue 9): zod's per-field check chains cost ~15 ms on a 1,000-line
 * invoice. `fastItems` checks each line against exactly what `ItemSchema` (inv01.schema.ts) accepts
 * and builds the same output (shape order, codes upper-cased); at the first line it cannot vouch for
 * it gives up and parseInvoice runs the full schema, so every error still comes from zod with its
 * usual code and field. Keep the two in step: inv01.schema.test.ts compares them.
 */
import { parseNicDate } from '../dates.ts';
import { isValidUnit } from '../units.ts';
import type { Inv01Item } from './inv01.schema.ts';

type Obj = Record<string, unknown>;

const FREE_TEXT = /^[^"\\]*$/;
const SL_NO = /^([0-9]{1,6})$/;
const YES_NO = /^[YyNn]$/;
const HSN = /^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/;
const UNIT = /^([A-Z|a-z]{3,8})$/;
const COUNTRY = /^([A-Z|a-z]{2})$/;
const NIC_DATE = /^[0-3][0-9]\/[0-1][0-9]\/[2][0][1-2][0-9]$/;

const AMT_ITEM = 999999999999.99;
const QTY = 9999999999.999;
const PRICE = 999999999999.999;
const RATE = 999.999;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isText(v: unknown, min: number, max: number): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max && FREE_TEXT.test(v);
}
function isPatterned(v: unknown, min: number, max: number, re: RegExp): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max && re.test(v);
}
function isAmount(v: unknown, max: number): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
}
function isDate(v: unknown): boolean {
  return typeof v === 'string' && NIC_DATE.test(v) && parseNicDate(v) !== undefined;
}

const optionalAmount = (v: unknown, max: number) => v === undefined || isAmount(v, max);
const optionalText = (v: unknown, min: number, max: number) => v === undefined || isText(v, min, max);

/** Whether ItemSchema certainly accepts the line (false: let the schema decide). Straight-line: it runs per line. */
function isValidItem(r: Obj): boolean {
  const { IsServc, Unit, BchDtls, AttribDtls } = r;
  return (
    isPatterned(r.SlNo, 1, 6, SL_NO) &&
    optionalText(r.PrdDesc, 3, 300) &&
    typeof IsServc === 'string' &&
    YES_NO.test(IsServc) &&
    isPatterned(r.HsnCd, 4, 8, HSN) &&
    optionalText(r.Barcde, 3, 30) &&
    optionalAmount(r.Qty, QTY) &&
    optionalAmount(r.FreeQty, QTY) &&
    (Unit === undefined || (isPatterned(Unit, 3, 8, UNIT) && isValidUnit(Unit as string))) &&
    isAmount(r.UnitPrice, PRICE) &&
    isAmount(r.TotAmt, AMT_ITEM) &&
    optionalAmount(r.Discount, AMT_ITEM) &&
    optionalAmount(r.PreTaxVal, AMT_ITEM) &&
    isAmount(r.AssAmt, AMT_ITEM) &&
    isAmount(r.GstRt, RATE) &&
    optionalAmount(r.IgstAmt, AMT_ITEM) &&
    optionalAmount(r.CgstAmt, AMT_ITEM) &&
    optionalAmount(r.SgstAmt, AMT_ITEM) &&
    optionalAmount(r.CesRt, RATE) &&
    optionalAmount(r.CesAmt, AMT_ITEM) &&
    optionalAmount(r.CesNonAdvlAmt, AMT_ITEM) &&
    optionalAmount(r.StateCesRt, RATE) &&
    optionalAmount(r.StateCesAmt, AMT_ITEM) &&
    optionalAmount(r.StateCesNonAdvlAmt, AMT_ITEM) &&
    optionalAmount(r.OthChrg, AMT_ITEM) &&
    isAmount(r.TotItemVal, AMT_ITEM) &&
    optionalText(r.OrdLineRef, 1, 50) &&
    (r.OrgCntry === undefined || isPatterned(r.OrgCntry, 2, 2, COUNTRY)) &&
    optionalText(r.PrdSlNo, 1, 20) &&
    (BchDtls === undefined ||
      (isObj(BchDtls) &&
        isText(BchDtls.Nm, 3, 20) &&
        (BchDtls.ExpDt === undefined || isDate(BchDtls.ExpDt)) &&
        (BchDtls.WrDt === undefined || isDate(BchDtls.WrDt)))) &&
    (AttribDtls === undefined ||
      (Array.isArray(AttribDtls) && AttribDtls.every((a) => isObj(a) && optionalText(a.Nm, 1, 100) && optionalText(a.Val, 1, 100))))
  );
}

/**
 * The line as ItemSchema outputs it: its fields in schema order, absent ones left out, codes upper
 * case, unknown members dropped. Named stores, not `out[key] =`: V8 turns an object grown by more
 * than a dozen computed-key stores into a slow dictionary, and every later read of it pays.
 */
function outputItem(r: Obj): Obj {
  const o: Obj = {};
  o.SlNo = r.SlNo;
  if (r.PrdDesc !== undefined) o.PrdDesc = r.PrdDesc;
  o.IsServc = (r.IsServc as string).toUpperCase();
  o.HsnCd = r.HsnCd;
  if (r.Barcde !== undefined) o.Barcde = r.Barcde;
  if (r.Qty !== undefined) o.Qty = r.Qty;
  if (r.FreeQty !== undefined) o.FreeQty = r.FreeQty;
  if (r.Unit !== undefined) o.Unit = (r.Unit as string).toUpperCase();
  o.UnitPrice = r.UnitPrice;
  o.TotAmt = r.TotAmt;
  if (r.Discount !== undefined) o.Discount = r.Discount;
  if (r.PreTaxVal !== undefined) o.PreTaxVal = r.PreTaxVal;
  o.AssAmt = r.AssAmt;
  o.GstRt = r.GstRt;
  if (r.IgstAmt !== undefined) o.IgstAmt = r.IgstAmt;
  if (r.CgstAmt !== undefined) o.CgstAmt = r.CgstAmt;
  if (r.SgstAmt !== undefined) o.SgstAmt = r.SgstAmt;
  if (r.CesRt !== undefined) o.CesRt = r.CesRt;
  if (r.CesAmt !== undefined) o.CesAmt = r.CesAmt;
  if (r.CesNonAdvlAmt !== undefined) o.CesNonAdvlAmt = r.CesNonAdvlAmt;
  if (r.StateCesRt !== undefined) o.StateCesRt = r.StateCesRt;
  if (r.StateCesAmt !== undefined) o.StateCesAmt = r.StateCesAmt;
  if (r.StateCesNonAdvlAmt !== undefined) o.StateCesNonAdvlAmt = r.StateCesNonAdvlAmt;
  if (r.OthChrg !== undefined) o.OthChrg = r.OthChrg;
  o.TotItemVal = r.TotItemVal;
  if (r.OrdLineRef !== undefined) o.OrdLineRef = r.OrdLineRef;
  if (r.OrgCntry !== undefined) o.OrgCntry = r.OrgCntry;
  if (r.PrdSlNo !== undefined) o.PrdSlNo = r.PrdSlNo;
  if (r.BchDtls !== undefined) {
    const v = r.BchDtls as Obj;
    const b: Obj = { Nm: v.Nm };
    if (v.ExpDt !== undefined) b.ExpDt = v.ExpDt;
    if (v.WrDt !== undefined) b.WrDt = v.WrDt;
    o.BchDtls = b;
  }
  if (r.AttribDtls !== undefined) {
    o.AttribDtls = (r.AttribDtls as Obj[]).map((a) => {
      const x: Obj = {};
      if (a.Nm !== undefined) x.Nm = a.Nm;
      if (a.Val !== undefined) x.Val = a.Val;
      return x;
    });
  }
  return o;
}

/** Every line as ItemSchema outputs it, or undefined if any line needs the full schema's verdict. */
export function fastItems(list: unknown): Inv01Item[] | undefined {
  if (!Array.isArray(list) || list.length < 1 || list.length > 1000) return undefined;
  const out: Obj[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (!isObj(raw) || !isValidItem(raw)) return undefined;
    out[i] = outputItem(raw);
  }
  return out as Inv01Item[];
}
