/**
 * NIC's ErrorDetails carry a code and a message, never the field (reference nic-einvoice.md §2.3,
 * §8); our problem+json names it (api.md §2). For an invoice the gateway sent, the field follows from
 * the code and that payload, as the sandbox IRP names it (src/domain/invoice/rules.ts):
 * - codes about one fixed member (2163 → DocDtls.Dt, 2229 → BuyerDtls.Pos …);
 * - registration codes (3028, 3074–3079) name the party whose GSTIN the message quotes, else the only
 *   party that can be meant (the seller is the authenticated GSTIN, so an unknown one is the buyer or
 *   the e-commerce operator; 3029 is the ship-to's);
 * - item codes name ItemList[i].member, the item found by the message's "Sl. No" or its HSN.
 * When the payload leaves it ambiguous, no field is given rather than a guess.
 */
import { GstError, type Problem } from '../../core/errors.ts';

const FIXED: Record<string, string> = {
  '2144': 'DocDtls.Dt',
  '2163': 'DocDtls.Dt',
  DOC_REPORTING_LIMIT: 'DocDtls.Dt',
  '2162': 'TranDtls.RegRev',
  '2262': 'TranDtls.IgstOnIntra',
  '2211': 'BuyerDtls.Gstin',
  '2171': 'BuyerDtls.Gstin',
  '2212': 'BuyerDtls.Gstin',
  '2246': 'BuyerDtls.Gstin',
  '2247': 'BuyerDtls.Gstin',
  '2248': 'BuyerDtls.Gstin',
  '2231': 'SellerDtls.Gstin',
  '2258': 'SellerDtls.Stcd',
  '2259': 'SellerDtls.Stcd',
  '2260': 'BuyerDtls.Stcd',
  '2261': 'BuyerDtls.Stcd',
  '2265': 'BuyerDtls.Stcd',
  '2181': 'BuyerDtls.Pos',
  '2229': 'BuyerDtls.Pos',
  '2242': 'BuyerDtls.Pos',
  '2243': 'BuyerDtls.Pos',
  '2244': 'BuyerDtls.Pin',
  '2245': 'ShipDtls.Stcd',
  '3029': 'ShipDtls.Gstin',
};

const ITEM: Record<string, string> = {
  '2172': 'IgstAmt',
  '2176': 'HsnCd',
  '2177': 'Unit',
  '2192': 'TotAmt',
  '2193': 'AssAmt',
  '2194': 'TotItemVal',
  '2227': 'SgstAmt',
  '2233': 'SlNo',
  '2234': 'CgstAmt',
  '2235': 'IgstAmt',
  '2238': 'Qty',
  '2239': 'Unit',
  '2240': 'GstRt',
  '2266': 'CesAmt',
  '2267': 'StateCesAmt',
};

const REGISTRATION = new Set(['3028', '3074', '3075', '3076', '3077', '3078', '3079']);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const upper = (v: unknown): string => (typeof v === 'string' ? v.trim().toUpperCase() : '');

function registrationField(invoice: Obj, message: string): string | undefined {
  const parties: [string, string][] = [
    ['SellerDtls.Gstin', upper(obj(invoice.SellerDtls).Gstin)],
    ['BuyerDtls.Gstin', upper(obj(invoice.BuyerDtls).Gstin)],
    ['TranDtls.EcmGstin', upper(obj(invoice.TranDtls).EcmGstin)],
  ];
  const quoted = parties.find(([, g]) => g !== '' && g !== 'URP' && message.toUpperCase().includes(g));
  if (quoted) return quoted[0];
  const others = parties.slice(1).filter(([, g]) => g !== '' && g !== 'URP');
  return others.length === 1 ? others[0]?.[0] : undefined;
}

function itemField(invoice: Obj, member: string, message: string): string | undefined {
  const items = Array.isArray(invoice.ItemList) ? invoice.ItemList.map(obj) : [];
  const sl = /Sl\.?\s*No\.?\s*-?\s*([A-Za-z0-9]+)/i.exec(message)?.[1];
  let index = sl !== undefined ? items.findIndex((it) => String(it.SlNo) === sl) : -1;
  if (index < 0) {
    const byHsn = items.map((it, i) => [i, String(it.HsnCd ?? '')] as const).filter(([, h]) => h !== '' && message.includes(h));
    if (byHsn.length === 1) index = byHsn[0]?.[0] ?? -1;
    else if (items.length === 1) index = 0;
  }
  return index >= 0 ? `ItemList[${index}].${member}` : undefined;
}

/** The field of one NIC problem about this invoice, when the code and payload determine it. */
export function invoiceFieldOf(invoice: object, p: Problem): string | undefined {
  const inv = obj(invoice);
  if (FIXED[p.code]) return FIXED[p.code];
  if (REGISTRATION.has(p.code)) return registrationField(inv, p.message);
  const member = ITEM[p.code];
  return member ? itemField(inv, member, p.message) : undefined;
}

/** The same failure with the fields of its problems named (status, info and headers kept). */
export function withInvoiceFields(err: unknown, invoice: object): unknown {
  if (!(err instanceof GstError)) return err;
  if (err.errors.every((p) => p.field !== undefined || invoiceFieldOf(invoice, p) === undefined)) return err;
  const errors = err.errors.map((p) => {
    if (p.field !== undefined) return p;
    const field = invoiceFieldOf(invoice, p);
    return field === undefined ? p : { ...p, field };
  });
  return new GstError(errors, { status: err.status, info: err.info, headers: err.headers });
}
