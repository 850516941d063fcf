import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { sampleInvoiceJson } from './fixtures.ts';
import {
  AddlDocDtlsSchema,
  BuyerDtlsSchema,
  DispDtlsSchema,
  DocDtlsSchema,
  EwbDtlsSchema,
  ExpDtlsSchema,
  Inv01Schema,
  ItemSchema,
  PayDtlsSchema,
  RefDtlsSchema,
  SellerDtlsSchema,
  ShipDtlsSchema,
  TranDtlsSchema,
  ValDtlsSchema,
} from './inv01.schema.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at loosely typed JSON
type Loose = any;

const nicSample = () => JSON.parse(readFileSync(new URL('../../../test/fixtures/invoices/nic-sample.json', import.meta.url), 'utf8'));
const intra = () => JSON.parse(sampleInvoiceJson('b2b-intra'));

describe('Inv01Schema (reference §5)', () => {
  it('converts to JSON Schema (io input) without throwing, with required fields and descriptions', () => {
    const js = z.toJSONSchema(Inv01Schema, { io: 'input', unrepresentable: 'any' }) as Loose;
    assert.deepEqual(js.required, ['Version', 'TranDtls', 'DocDtls', 'SellerDtls', 'BuyerDtls', 'ItemList', 'ValDtls']);
    assert.match(js.description, /INV-01/);
    assert.match(js.properties.TranDtls.description, /Transaction details/);
    assert.equal(js.properties.ItemList.maxItems, 1000);
    assert.equal(js.properties.ItemList.minItems, 1);
    // case-insensitive codes stay representable: the pattern admits lower case
    assert.match('b2b', new RegExp(js.properties.TranDtls.properties.SupTyp.pattern));
    assert.deepEqual(js.properties.SellerDtls.required, ['Gstin', 'LglNm', 'Addr1', 'Loc', 'Pin', 'Stcd']);
  });

  it('exports every section schema, each convertible to JSON Schema', () => {
    for (const s of [
      TranDtlsSchema,
      DocDtlsSchema,
      SellerDtlsSchema,
      BuyerDtlsSchema,
      DispDtlsSchema,
      ShipDtlsSchema,
      ItemSchema,
      ValDtlsSchema,
      PayDtlsSchema,
      RefDtlsSchema,
      AddlDocDtlsSchema,
      ExpDtlsSchema,
      EwbDtlsSchema,
    ]) {
      assert.doesNotThrow(() => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }));
    }
  });

  it('accepts the canonical NIC sample of §5.14 (odd values included)', () => {
    const r = Inv01Schema.safeParse(nicSample());
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
  });

  it('accepts the four fixtures', () => {
    for (const k of ['b2b-intra', 'b2b-inter', 'export-wp', 'sez-wp'] as const) {
      const r = Inv01Schema.safeParse(JSON.parse(sampleInvoiceJson(k)));
      assert.equal(r.success, true, `${k}: ${JSON.stringify(r.error?.issues)}`);
    }
  });

  it('accepts null for optional fields and rejects it for required ones', () => {
    const inv = intra();
    inv.TranDtls.EcmGstin = null;
    inv.SellerDtls.TrdNm = null;
    inv.ItemList[0].Discount = null;
    inv.PayDtls = null;
    inv.EwbDtls = null;
    assert.equal(Inv01Schema.safeParse(inv).success, true);
    inv.SellerDtls.LglNm = null;
    assert.equal(Inv01Schema.safeParse(inv).success, false);
  });

  it('free text forbids " and \\ (§5)', () => {
    for (const bad of ['Acme "Best" Ltd', 'Acme \\ Ltd']) {
      const inv = intra();
      inv.SellerDtls.LglNm = bad;
      assert.equal(Inv01Schema.safeParse(inv).success, false, bad);
    }
    const ok = intra();
    ok.SellerDtls.LglNm = "Acme & Sons (India) Pvt. Ltd. #1 'A'";
    assert.equal(Inv01Schema.safeParse(ok).success, true);
  });

  it('upper-cases codes and converts a six-digit string Pin', () => {
    const inv = intra();
    inv.TranDtls.SupTyp = 'b2b';
    inv.DocDtls.Typ = 'inv';
    inv.ItemList[0].Unit = 'nos';
    inv.ItemList[0].IsServc = 'n';
    inv.SellerDtls.Pin = '560001';
    const r = Inv01Schema.parse(inv);
    assert.equal(r.TranDtls.SupTyp, 'B2B');
    assert.equal(r.DocDtls.Typ, 'INV');
    assert.equal(r.ItemList[0].Unit, 'NOS');
    assert.equal(r.ItemList[0].IsServc, 'N');
    assert.equal(r.SellerDtls.Pin, 560001);
  });

  it('enforces lengths, ranges and patterns', () => {
    const cases: [string, (inv: Loose) => void][] = [
      ['Addr1 over 100', (i) => (i.SellerDtls.Addr1 = 'x'.repeat(101))],
      ['Loc under 3', (i) => (i.SellerDtls.Loc = 'ab')],
      ['Pin under 100000', (i) => (i.SellerDtls.Pin = 99999)],
      ['Stcd 00', (i) => (i.SellerDtls.Stcd = '00')],
      ['Gstin lower case', (i) => (i.SellerDtls.Gstin = '29aafcd5862r1zr')],
      ['doc No starting with 0', (i) => (i.DocDtls.No = '0123')],
      ['doc No over 16', (i) => (i.DocDtls.No = 'A'.repeat(17))],
      ['year 2030', (i) => (i.DocDtls.Dt = '01/01/2030')],
      ['negative amount', (i) => (i.ItemList[0].AssAmt = -1)],
      ['RndOffAmt 100', (i) => (i.ValDtls.RndOffAmt = 100)],
      ['SlNo letters', (i) => (i.ItemList[0].SlNo = 'A1')],
      ['HSN 5 digits', (i) => (i.ItemList[0].HsnCd = '84821')],
      ['HSN all zeros', (i) => (i.ItemList[0].HsnCd = '0000')],
      ['email', (i) => (i.SellerDtls.Em = 'not-an-email')],
      ['phone 5 digits', (i) => (i.SellerDtls.Ph = '12345')],
      ['amount as string', (i) => (i.ItemList[0].TotAmt = '10000')],
      ['EwbDtls without Distance', (i) => (i.EwbDtls = { TransMode: '1' })],
      ['EwbDtls Distance 4001', (i) => (i.EwbDtls = { Distance: 4001 })],
      ['VehType X', (i) => (i.EwbDtls = { Distance: 10, VehType: 'X' })],
      ['TransMode 5', (i) => (i.EwbDtls = { Distance: 10, TransMode: '5' })],
      ['unknown unit', (i) => (i.ItemList[0].Unit = 'ABC')],
      ['Version 1.0', (i) => (i.Version = '1.0')],
    ];
    for (const [name, mutate] of cases) {
      const inv = intra();
      mutate(inv);
      assert.equal(Inv01Schema.safeParse(inv).success, false, name);
    }
  });

  it('keeps NIC field order in the output and strips unknown keys', () => {
    const inv = intra();
    inv.Extra = 1;
    inv.SellerDtls.Fax = '123';
    const r = Inv01Schema.parse(inv) as Record<string, unknown>;
    assert.deepEqual(Object.keys(r), ['Version', 'TranDtls', 'DocDtls', 'SellerDtls', 'BuyerDtls', 'ItemList', 'ValDtls']);
    assert.equal('Fax' in (r.SellerDtls as object), false);
  });
});
