/**
 * INV-01 v1.1, the e-invoice JSON the IRP registers (reference nic-einvoice.md §5; NIC's draft-07
 * schema "GST-India Invoice Document" [SCH]). Every field with NIC's type, length, range, pattern and
 * `required`; field order is NIC's, so parsed output keeps the order of the signed invoice (§6.3).
 *
 * Choices (reference silent or UNCONFIRMED; also in README.md of this folder):
 * - Optional fields accept `null` (NIC clients send `"EcmGstin": null`); parseInvoice drops nulls so
 *   the signed invoice omits them (§6.3). A required field sent as null is "required".
 * - Unknown properties are stripped silently, as NIC's .NET binder ignores them (z.object's default).
 * - Enum-like codes (SupTyp, Typ, RegRev, IgstOnIntra, IsServc, TaxSch, RefClm, VehType) accept any
 *   case, as NIC's `(?i)` patterns do, and come out upper case; Unit too (pattern `[A-Z|a-z]`).
 * - `Pin` is a number; a string of exactly six digits is also accepted and converted (Json.NET would
 *   bind "560001" to an int). Amounts and quantities must be JSON numbers.
 * - Extra decimals (more than 2 on amounts, 3 on Qty/UnitPrice/rates) are accepted as sent (§5.7:
 *   UNCONFIRMED whether NIC rejects or rounds).
 * - Dates are dd/mm/yyyy and must be real calendar dates; DocDtls.Dt and the other NIC date fields keep
 *   NIC's pattern (years 2010–2029). EwbDtls.TransDocDt uses the same date pattern.
 * - `EwbDtls.Distance` must be a whole number of km (e-way bill distances are integers).
 * - Master checks that need data we hold (UQC units, §10.3) are in the schema; HSN master, state codes,
 *   PIN↔state and the arithmetic are business rules (rules.ts).
 */
import { z } from 'zod';
import { parseNicDate } from '../dates.ts';
import { isValidUnit } from '../units.ts';

// ---------------------------------------------------------------------------------------------
// Field metadata, read by parse.ts to write data-annotation style messages (reference §7.1 item 1).

export type FieldMeta =
  | { kind: 'string'; min?: number; max?: number; pattern?: string }
  | { kind: 'number'; min: number; max: number; int?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'literal'; value: string }
  | { kind: 'pin' }
  | { kind: 'unit' };

const fieldMeta = new WeakMap<object, FieldMeta>();

// Keyed by the schema's def: `.describe()` clones a schema but keeps its def object.
function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.set(schema._zod.def, meta);
  return schema;
}

/** The metadata of a field schema (looked up through optional/nullable wrappers), if it has any. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    const def = (s as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
    if (!def) return undefined;
    const m = fieldMeta.get(def);
    if (m) return m;
    if (def.type === 'optional' || def.type === 'nullable') s = def.innerType;
    else return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

/** §5 [SCH], [TALLY-VAL]: free text must not contain `"` or `\`. NIC's own pattern text, for messages. */
export const FREE_TEXT_PATTERN = '^([^\\"])*$';
const FREE_TEXT = /^[^"\\]*$/;

function text(min: number, max: number) {
  return withMeta(z.string().min(min).max(max).regex(FREE_TEXT), { kind: 'string', min, max, pattern: FREE_TEXT_PATTERN });
}

function patterned(min: number, max: number, re: RegExp, pattern = re.source) {
  return withMeta(z.string().min(min).max(max).regex(re), { kind: 'string', min, max, pattern });
}

function amount(max: number, min = 0) {
  return withMeta(z.number().min(min).max(max), { kind: 'number', min, max });
}

/** A regex matching the values in any letter case, written with character classes so JSON Schema keeps it. */
function anyCasePattern(values: readonly string[]): RegExp {
  const alt = values.map((v) => [...v].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join(''));
  return new RegExp(`^(${alt.join('|')})$`);
}

/** A code from a fixed list, any case in, upper case out (NIC's `(?i)` patterns). */
function codeOf<const T extends readonly [string, ...string[]]>(values: T) {
  const schema = z
    .string()
    .regex(anyCasePattern(values))
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(values));
  return withMeta(schema, { kind: 'enum', values });
}

/** NIC date pattern (years 2010–2029) and a real calendar date. */
const NIC_DATE = /^[0-3][0-9]\/[0-1][0-9]\/[2][0][1-2][0-9]$/;
function nicDate() {
  return withMeta(
    z
      .string()
      .regex(NIC_DATE)
      .refine((s) => parseNicDate(s) !== undefined, { message: 'not a calendar date' }),
    { kind: 'date' },
  );
}

/** §5.3: state code `^(?!0+$)([0-9]{1,2})$` ("1" and "01" both allowed). */
function stateCode() {
  return patterned(1, 2, /^(?!0+$)([0-9]{1,2})$/);
}

/** §5.3: PIN 100000–999999; a six-digit string is accepted and converted (documented choice). */
function pin() {
  return withMeta(
    z
      .union([z.number().int().min(100000).max(999999), z.string().regex(/^[1-9][0-9]{5}$/)])
      .transform((v) => Number(v))
      .describe('PIN code, 100000–999999 (999999 for a party outside India)'),
    { kind: 'pin' },
  );
}

const GSTIN_RE = /^([0-9]{2}[0-9A-Z]{13})$/;
const GSTIN_OR_URP_RE = /^(([0-9]{2}[0-9A-Z]{13})|URP)$/;

const AMT_ITEM = 999999999999.99;
// biome-ignore lint/correctness/noPrecisionLoss: NIC's schema maximum; the nearest double (…99.98) is what any JSON parser reads too
const AMT_TOTAL = 99999999999999.99;
const QTY = 9999999999.999;
const PRICE = 999999999999.999;
const RATE = 999.999;

// ---------------------------------------------------------------------------------------------
// Sections (§5.1–§5.13).

/** §5.1 TranDtls. */
export const TranDtlsSchema = z
  .object({
    TaxSch: codeOf(['GST']),
    SupTyp: codeOf(['B2B', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP']).describe(
      'B2B; SEZWP/SEZWOP SEZ with/without payment; EXPWP/EXPWOP export with/without payment; DEXP deemed export',
    ),
    RegRev: codeOf(['Y', 'N']).nullish().describe('Y: tax payable under reverse charge (B2B only)'),
    EcmGstin: patterned(15, 15, GSTIN_RE).nullish().describe('GSTIN of the e-commerce operator (a TCS registration)'),
    IgstOnIntra: codeOf(['Y', 'N']).nullish().describe('Y: intra-state supply chargeable to IGST'),
  })
  .describe('Transaction details: tax scheme, supply type, reverse charge, e-commerce operator');

/** §5.2 DocDtls. */
export const DocDtlsSchema = z
  .object({
    Typ: codeOf(['INV', 'CRN', 'DBN']).describe('INV invoice, CRN credit note, DBN debit note'),
    No: patterned(1, 16, /^([a-zA-Z1-9]{1}[a-zA-Z0-9/-]{0,15})$/).describe(
      'Document number: 1–16 characters, first not 0, / or -; upper-cased by the IRP since 1 June 2025',
    ),
    Dt: nicDate().describe('Document date dd/mm/yyyy'),
  })
  .describe('Document details: type, number and date');

/** §5.3 SellerDtls. */
export const SellerDtlsSchema = z
  .object({
    Gstin: patterned(15, 15, GSTIN_RE),
    LglNm: text(3, 100),
    TrdNm: text(3, 100).nullish(),
    Addr1: text(1, 100),
    Addr2: text(3, 100).nullish(),
    Loc: text(3, 50),
    Pin: pin(),
    Stcd: stateCode().describe('State code of the supplier (§10.2)'),
    Ph: patterned(6, 12, /^([0-9]{6,12})$/).nullish(),
    Em: patterned(6, 100, /^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$/).nullish(),
  })
  .describe('Supplier (seller) details');

/** §5.4 BuyerDtls. */
export const BuyerDtlsSchema = z
  .object({
    Gstin: patterned(3, 15, GSTIN_OR_URP_RE).describe('GSTIN of the recipient, URP for an export'),
    LglNm: text(3, 100),
    TrdNm: text(3, 100).nullish(),
    Pos: stateCode().describe('Place of supply state code; 96 outside India'),
    Addr1: text(1, 100),
    Addr2: text(3, 100).nullish(),
    Loc: text(3, 100),
    Pin: pin().nullish(),
    Stcd: stateCode().describe('State code of the recipient; 96 for a foreign recipient'),
    Ph: patterned(6, 12, /^([0-9]{6,12})$/).nullish(),
    Em: patterned(6, 100, /^[a-zA-Z0-9+_.-]+@[a-zA-Z0-9.-]+$/).nullish(),
  })
  .describe('Recipient (buyer) details; PIN required by rule 2244 except for exports');

/** §5.5 DispDtls. */
export const DispDtlsSchema = z
  .object({
    Nm: text(3, 100),
    Addr1: text(1, 100),
    Addr2: text(3, 100).nullish(),
    Loc: text(3, 100),
    Pin: pin(),
    Stcd: stateCode(),
  })
  .describe('Dispatch-from address, when it differs from the supplier address');

/** §5.6 ShipDtls. */
export const ShipDtlsSchema = z
  .object({
    Gstin: patterned(3, 15, GSTIN_OR_URP_RE).nullish(),
    LglNm: text(3, 100),
    TrdNm: text(3, 100).nullish(),
    Addr1: text(1, 100),
    Addr2: text(3, 100).nullish(),
    Loc: text(3, 100),
    Pin: pin(),
    Stcd: stateCode(),
  })
  .describe('Ship-to address; for B2B its state must be the POS (2245), for exports the port (2236)');

/** §5.7 BchDtls. */
export const BchDtlsSchema = z
  .object({
    Nm: text(3, 20),
    ExpDt: nicDate().nullish(),
    WrDt: nicDate().nullish(),
  })
  .describe('Batch details');

/** §5.7 AttribDtls[]. */
export const AttribDtlsSchema = z.object({
  Nm: text(1, 100).nullish(),
  Val: text(1, 100).nullish(),
});

/** §5.7 ItemList[] element. */
export const ItemSchema = z
  .object({
    SlNo: patterned(1, 6, /^([0-9]{1,6})$/).describe('Serial number, unique in the invoice (2233)'),
    PrdDesc: text(3, 300).nullish(),
    IsServc: codeOf(['Y', 'N']).describe('Y service, N goods'),
    HsnCd: patterned(4, 8, /^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/).describe('HSN (goods) or SAC (services, 99…), 4/6/8 digits'),
    Barcde: text(3, 30).nullish(),
    Qty: amount(QTY).nullish().describe('Quantity; required for goods (2238)'),
    FreeQty: amount(QTY).nullish(),
    Unit: withMeta(
      z
        .string()
        .min(3)
        .max(8)
        .regex(/^([A-Z|a-z]{3,8})$/)
        .refine((u) => isValidUnit(u), { message: 'not a UQC' })
        .transform((u) => u.toUpperCase()),
      { kind: 'unit' },
    )
      .nullish()
      .describe('Unit Quantity Code (§10.3); required for goods (2239)'),
    UnitPrice: amount(PRICE),
    TotAmt: amount(AMT_ITEM).describe('Qty × UnitPrice'),
    Discount: amount(AMT_ITEM).nullish(),
    PreTaxVal: amount(AMT_ITEM).nullish(),
    AssAmt: amount(AMT_ITEM).describe('Taxable value: TotAmt − Discount'),
    GstRt: amount(RATE).describe('Combined GST rate: the IGST rate, or CGST + SGST'),
    IgstAmt: amount(AMT_ITEM).nullish(),
    CgstAmt: amount(AMT_ITEM).nullish(),
    SgstAmt: amount(AMT_ITEM).nullish(),
    CesRt: amount(RATE).nullish(),
    CesAmt: amount(AMT_ITEM).nullish(),
    CesNonAdvlAmt: amount(AMT_ITEM).nullish(),
    StateCesRt: amount(RATE).nullish(),
    StateCesAmt: amount(AMT_ITEM).nullish(),
    StateCesNonAdvlAmt: amount(AMT_ITEM).nullish(),
    OthChrg: amount(AMT_ITEM).nullish(),
    TotItemVal: amount(AMT_ITEM).describe('AssAmt + all taxes and cesses + OthChrg'),
    OrdLineRef: text(1, 50).nullish(),
    OrgCntry: patterned(2, 2, /^([A-Z|a-z]{2})$/).nullish(),
    PrdSlNo: text(1, 20).nullish(),
    BchDtls: BchDtlsSchema.nullish(),
    AttribDtls: z.array(AttribDtlsSchema).nullish(),
  })
  .describe('One invoice line');

/** §5.8 ValDtls. */
export const ValDtlsSchema = z
  .object({
    AssVal: amount(AMT_TOTAL).describe('Σ AssAmt'),
    CgstVal: amount(AMT_TOTAL).nullish(),
    SgstVal: amount(AMT_TOTAL).nullish(),
    IgstVal: amount(AMT_TOTAL).nullish(),
    CesVal: amount(AMT_TOTAL).nullish().describe('Σ (CesAmt + CesNonAdvlAmt)'),
    StCesVal: amount(AMT_TOTAL).nullish().describe('Σ (StateCesAmt + StateCesNonAdvlAmt)'),
    Discount: amount(AMT_TOTAL).nullish(),
    OthChrg: amount(AMT_TOTAL).nullish(),
    RndOffAmt: amount(99.99, -99.99).nullish(),
    TotInvVal: amount(AMT_TOTAL).describe('Σ TotItemVal + OthChrg − Discount + RndOffAmt (±1)'),
    TotInvValFc: amount(AMT_TOTAL).nullish(),
  })
  .describe('Invoice totals');

/** §5.9 PayDtls. */
export const PayDtlsSchema = z
  .object({
    Nm: text(1, 100).nullish(),
    AccDet: text(1, 18).nullish(),
    Mode: text(1, 18).nullish(),
    FinInsBr: text(1, 11).nullish(),
    PayTerm: text(1, 100).nullish(),
    PayInstr: text(1, 100).nullish(),
    CrTrn: text(1, 100).nullish(),
    DirDr: text(1, 100).nullish(),
    CrDay: amount(9999).nullish(),
    PaidAmt: amount(AMT_TOTAL).nullish(),
    PaymtDue: amount(AMT_TOTAL).nullish(),
  })
  .describe('Payment details');

/** §5.10 RefDtls.DocPerdDtls. */
export const DocPerdDtlsSchema = z.object({ InvStDt: nicDate(), InvEndDt: nicDate() }).describe('Invoice period');

/** §5.10 RefDtls.PrecDocDtls[]. */
export const PrecDocDtlsSchema = z
  .object({
    InvNo: patterned(1, 16, /^[1-9a-zA-Z]{1}[0-9a-zA-Z/-]{1,15}$/),
    InvDt: nicDate(),
    OthRefNo: text(1, 20).nullish(),
  })
  .describe('Preceding document (for credit/debit notes)');

/** §5.10 RefDtls.ContrDtls[]. */
export const ContrDtlsSchema = z
  .object({
    RecAdvRefr: text(1, 20).nullish(),
    RecAdvDt: nicDate().nullish(),
    TendRefr: text(1, 20).nullish(),
    ContrRefr: text(1, 20).nullish(),
    ExtRefr: text(1, 20).nullish(),
    ProjRefr: text(1, 20).nullish(),
    PORefr: text(1, 16).nullish(),
    PORefDt: nicDate().nullish(),
  })
  .describe('Contract references');

/** §5.10 RefDtls. */
export const RefDtlsSchema = z
  .object({
    InvRm: text(3, 100).nullish(),
    DocPerdDtls: DocPerdDtlsSchema.nullish(),
    PrecDocDtls: z.array(PrecDocDtlsSchema).nullish(),
    ContrDtls: z.array(ContrDtlsSchema).nullish(),
  })
  .describe('Reference details: remarks, invoice period, preceding documents, contracts');

/** §5.11 AddlDocDtls[] element. */
export const AddlDocDtlsSchema = z
  .object({
    Url: text(3, 100).nullish(),
    Docs: text(3, 1000).nullish(),
    Info: text(3, 1000).nullish(),
  })
  .describe('Additional supporting document');

/** §5.12 ExpDtls. */
export const ExpDtlsSchema = z
  .object({
    ShipBNo: text(1, 20).nullish(),
    ShipBDt: nicDate().nullish(),
    Port: patterned(2, 10, /^[0-9|A-Z|a-z]{2,10}$/).nullish(),
    RefClm: codeOf(['Y', 'N']).nullish(),
    ForCur: patterned(3, 16, /^[A-Z|a-z]{3,16}$/).nullish(),
    CntCode: patterned(2, 2, /^([A-Z]{2})$/).nullish(),
    ExpDuty: amount(AMT_ITEM).nullish(),
  })
  .describe('Export details: shipping bill, port, refund claim, currency, country');

/** §5.13 EwbDtls (the e-way bill rules of §7.4 are applied elsewhere). */
export const EwbDtlsSchema = z
  .object({
    TransId: patterned(15, 15, GSTIN_RE).nullish(),
    TransName: text(3, 100).nullish(),
    TransMode: codeOf(['1', '2', '3', '4']).nullish().describe('1 Road, 2 Rail, 3 Air, 4 Ship'),
    Distance: withMeta(z.number().int().min(0).max(4000), { kind: 'number', min: 0, max: 4000, int: true }).describe(
      'Distance in km; 0 lets the IRP compute PIN to PIN',
    ),
    TransDocNo: patterned(1, 15, /^([a-zA-Z0-9/-]{1,15})$/).nullish(),
    TransDocDt: nicDate().nullish(),
    VehNo: patterned(4, 20, /^([A-Z|a-z|0-9]{4,20})$/).nullish(),
    VehType: codeOf(['O', 'R']).nullish().describe('R regular, O over-dimensional cargo'),
  })
  .describe('E-way bill details, to generate the e-way bill with the IRN');

/** §5 INV-01 v1.1: the Generate IRN request. */
export const Inv01Schema = z
  .object({
    Version: withMeta(z.literal('1.1'), { kind: 'literal', value: '1.1' }).describe('Schema version, "1.1"'),
    Irn: z.string().nullish().describe('Must not be sent: the IRP computes the IRN'),
    TranDtls: TranDtlsSchema,
    DocDtls: DocDtlsSchema,
    SellerDtls: SellerDtlsSchema,
    BuyerDtls: BuyerDtlsSchema,
    DispDtls: DispDtlsSchema.nullish(),
    ShipDtls: ShipDtlsSchema.nullish(),
    ItemList: z.array(ItemSchema).min(1).max(1000).describe('Invoice lines, 1 to 1000'),
    ValDtls: ValDtlsSchema,
    PayDtls: PayDtlsSchema.nullish(),
    RefDtls: RefDtlsSchema.nullish(),
    AddlDocDtls: z.array(AddlDocDtlsSchema).nullish().describe('Additional supporting documents'),
    ExpDtls: ExpDtlsSchema.nullish(),
    EwbDtls: EwbDtlsSchema.nullish(),
  })
  .describe('INV-01 v1.1 e-invoice (NIC schema "GST-India Invoice Document"); property names bind case-insensitively');

export type Inv01 = z.infer<typeof Inv01Schema>;
export type Inv01Input = z.input<typeof Inv01Schema>;
export type Inv01Item = Inv01['ItemList'][number];
export type SupplyType = Inv01['TranDtls']['SupTyp'];
