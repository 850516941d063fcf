/**
 * Valid INV-01 sample invoices for tests (files in test/fixtures/invoices/, reused by route tests).
 * Seller 29AAFCD5862R1ZR (Karnataka, 560001); doc date placeholder 01/04/2026, to be overridden.
 * Test support, not a rule: the one other file read in src/domain besides the PIN master.
 */
import { readFileSync } from 'node:fs';
import { type Inv01, Inv01Schema } from './inv01.schema.ts';

export type SampleInvoiceKind = 'b2b-intra' | 'b2b-inter' | 'export-wp' | 'sez-wp';

export interface SampleInvoiceOverrides {
  docNo?: string;
  docDate?: string;
  sellerGstin?: string;
  buyerGstin?: string;
}

const FIXTURES_DIR = new URL('../../../test/fixtures/invoices/', import.meta.url);
const cache = new Map<SampleInvoiceKind, string>();

/** The fixture file's JSON text (read once). */
export function sampleInvoiceJson(kind: SampleInvoiceKind): string {
  let text = cache.get(kind);
  if (text === undefined) {
    text = readFileSync(new URL(`${kind}.json`, FIXTURES_DIR), 'utf8');
    cache.set(kind, text);
  }
  return text;
}

/** A fresh deep copy of a sample invoice (schema-parsed, so canonical), with the overrides applied. */
export function sampleInvoice(kind: SampleInvoiceKind, overrides: SampleInvoiceOverrides = {}): Inv01 {
  const inv = Inv01Schema.parse(JSON.parse(sampleInvoiceJson(kind)));
  if (overrides.docNo !== undefined) inv.DocDtls.No = overrides.docNo;
  if (overrides.docDate !== undefined) inv.DocDtls.Dt = overrides.docDate;
  if (overrides.sellerGstin !== undefined) inv.SellerDtls.Gstin = overrides.sellerGstin;
  if (overrides.buyerGstin !== undefined) inv.BuyerDtls.Gstin = overrides.buyerGstin;
  return inv;
}
