/**
 * fastItems (the ItemList fast path of parseInvoice) against ItemSchema: a line it accepts, the
 * schema accepts with the same output, key order included; a line the schema refuses, it refuses
 * (so parseInvoice's problems still come from the schema).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sampleInvoiceJson } from './fixtures.ts';
import { ItemSchema } from './inv01.schema.ts';
import { fastItems } from './item-fast.ts';
import { normalizeInvoiceKeys } from './normalize.ts';
import { parseInvoice } from './parse.ts';

type Item = Record<string, unknown>;

const fixtureItems = (): Item[] => {
  const out: Item[] = [];
  for (const kind of ['b2b-intra', 'b2b-inter', 'export-wp', 'sez-wp'] as const) out.push(...JSON.parse(sampleInvoiceJson(kind)).ItemList);
  const nic = JSON.parse(readFileSync(new URL('../../../test/fixtures/invoices/nic-sample.json', import.meta.url), 'utf8'));
  out.push(...(normalizeInvoiceKeys(nic, { dropNulls: true }) as { ItemList: Item[] }).ItemList);
  return out;
};

const full: Item = {
  SlNo: '12',
  PrdDesc: 'Steel bolts, M8',
  IsServc: 'n',
  HsnCd: '73181500',
  Barcde: '8901234567',
  Qty: 10,
  FreeQty: 0,
  Unit: 'nos',
  UnitPrice: 12.5,
  TotAmt: 125,
  Discount: 0,
  PreTaxVal: 0,
  AssAmt: 125,
  GstRt: 18,
  IgstAmt: 0,
  CgstAmt: 11.25,
  SgstAmt: 11.25,
  CesRt: 0,
  CesAmt: 0,
  CesNonAdvlAmt: 0,
  StateCesRt: 0,
  StateCesAmt: 0,
  StateCesNonAdvlAmt: 0,
  OthChrg: 0,
  TotItemVal: 147.5,
  OrdLineRef: 'PO-1/1',
  OrgCntry: 'in',
  PrdSlNo: 'LOT1',
  BchDtls: { Nm: 'B100', ExpDt: '01/04/2026', WrDt: '31/03/2027', Extra: 1 },
  AttribDtls: [{ Nm: 'Make', Val: 'Acme' }, {}],
  Unknown: 'stripped',
};

// Edge values per field: each replaces the field in `full` (undefined removes it).
const EDGES: Record<string, unknown[]> = {
  SlNo: [undefined, '', '1234567', '12a', 12, '000000'],
  PrdDesc: [undefined, 'ab', 'abc', 'a"b', 'a\\b', 'x'.repeat(300), 'x'.repeat(301), 5],
  IsServc: [undefined, 'Y', 'y', 'YES', 'X', '', 1],
  HsnCd: [undefined, '0000', '1234', '12345', '123456', '1234567', '99', 1234],
  Barcde: [undefined, 'ab', 'x'.repeat(31)],
  Qty: [undefined, -1, 0, 9999999999.999, 1e11, '5', Number.NaN],
  Unit: [undefined, 'NOS', 'NO', 'XYZ', 'N|S', 'nos ', 'KGS', 'OTH'],
  UnitPrice: [undefined, -0.01, 0, 999999999999.999, 1e13, '1'],
  GstRt: [undefined, 999.999, 1000, -1],
  TotItemVal: [undefined, 999999999999.99, 1e12 + 1],
  CesRt: [1000, 999.999],
  OrgCntry: ['I', 'IND', 'i|', '12'],
  OrdLineRef: ['', 'x'.repeat(51)],
  PrdSlNo: ['', 'x'.repeat(21)],
  BchDtls: [{}, { Nm: 'AB' }, { Nm: 'ABC' }, { Nm: 'ABC', ExpDt: '31/02/2026' }, { Nm: 'ABC', WrDt: '01/01/2031' }, 'B1', []],
  AttribDtls: [[], {}, [{ Nm: '' }], [{ Val: 'x'.repeat(101) }], [null], [[]]],
};

function agrees(item: unknown, where: string): 'fast' | 'schema' {
  const fast = fastItems([item]);
  const zod = ItemSchema.safeParse(item);
  if (fast) {
    assert.ok(zod.success, `${where}: fast path accepted what the schema refuses`);
    assert.equal(JSON.stringify(fast[0]), JSON.stringify(zod.data), where);
    return 'fast';
  }
  return 'schema';
}

describe('fastItems (the ItemList fast path)', () => {
  it('takes every valid fixture line, with the schema output, key order included', () => {
    for (const [i, item] of fixtureItems().entries()) assert.equal(agrees(item, `fixture line ${i}`), 'fast');
    assert.equal(agrees(full, 'full line'), 'fast');
  });

  it('never accepts a line the schema refuses, field by field', () => {
    let refused = 0;
    for (const [field, values] of Object.entries(EDGES)) {
      for (const value of values) {
        const item: Item = { ...full };
        if (value === undefined) delete item[field];
        else item[field] = value;
        const where = `${field} = ${JSON.stringify(value)}`;
        if (agrees(item, where) === 'schema') refused++;
        // What the fast path leaves, the schema refuses (the fast path is not just timid).
        if (!fastItems([item])) assert.equal(ItemSchema.safeParse(item).success, false, `${where}: valid but not taken by the fast path`);
      }
    }
    assert.ok(refused > 40, `only ${refused} edge values refused`);
  });

  it('not an array, empty or over 1000 lines: left to the schema', () => {
    assert.equal(fastItems(undefined), undefined);
    assert.equal(fastItems({}), undefined);
    assert.equal(fastItems([]), undefined);
    assert.equal(fastItems(new Array(1001).fill(full)), undefined);
    assert.equal(fastItems(new Array(1000).fill(full))?.length, 1000);
  });

  it('parseInvoice gives the same invoice with or without the fast path', () => {
    const raw = JSON.parse(sampleInvoiceJson('b2b-intra'));
    const parsed = parseInvoice(raw);
    assert.ok(parsed.ok);
    // A line the fast path refuses (a bad HSN next to a valid one) sends the whole invoice to the schema.
    const bad = parseInvoice({ ...raw, ItemList: [...raw.ItemList, { ...raw.ItemList[0], SlNo: '99', HsnCd: '0000' }] });
    assert.equal(bad.ok, false);
    assert.ok(
      !bad.ok && bad.problems.some((p) => p.code === '2176' && p.field === `ItemList[${raw.ItemList.length}].HsnCd`),
      JSON.stringify(bad),
    );
  });
});
