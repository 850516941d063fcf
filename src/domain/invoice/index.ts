/** INV-01 v1.1 e-invoice: schema, case-insensitive parsing and the IRP business validations (reference nic-einvoice.md §5, §7). */
export {
  AddlDocDtlsSchema,
  BuyerDtlsSchema,
  DispDtlsSchema,
  DocDtlsSchema,
  EwbDtlsSchema,
  ExpDtlsSchema,
  type Inv01,
  type Inv01Input,
  type Inv01Item,
  Inv01Schema,
  ItemSchema,
  PayDtlsSchema,
  RefDtlsSchema,
  SellerDtlsSchema,
  ShipDtlsSchema,
  type SupplyType,
  TranDtlsSchema,
  ValDtlsSchema,
} from './inv01.schema.ts';
export { normalizeInvoiceKeys } from './normalize.ts';
export { fieldPath, type ParseInvoiceResult, parseInvoice } from './parse.ts';
export {
  AMOUNT_TOLERANCE,
  type InvoiceRuleContext,
  type IrpGstinStatus,
  type IrpTaxpayerType,
  type RegistryEntry,
  referencedGstins,
  validateInvoice,
} from './rules.ts';
