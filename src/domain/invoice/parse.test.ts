import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Problem } from '../../core/errors.ts';
import { sampleInvoiceJson } from './fixtures.ts';
import { parseInvoice } from './parse.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests build malformed payloads on purpose
type Raw = any;
const intra = (): Raw => JSON.parse(sampleInvoiceJson('b2b-intra'));

function problemsOf(raw: unknown): Problem[] {
  const r = parseInvoice(raw);
  assert.equal(r.ok, false, 'expected the payload to be rejected');
  return r.ok ? [] : r.problems;
}

function find(problems: Problem[], code: string, field?: string): Problem | undefined {
  return problems.find((p) => p.code === code && (field === undefined || p.field === field));
}

describe('parseInvoice: NIC codes for schema failures', () => {
  const none = () => {};
  const cases: { name: string; code: string; field?: string; mutate: (inv: Raw) => void; body?: () => unknown; message?: RegExp }[] = [
    { name: 'absent body → 2255', code: '2255', mutate: none, body: () => undefined },
    { name: 'null body → 2255', code: '2255', mutate: none, body: () => null },
    { name: 'empty object → 2255', code: '2255', mutate: none, body: () => ({}) },
    { name: 'empty string → 2255', code: '2255', mutate: none, body: () => '' },
    { name: 'array body → 5002', code: '5002', mutate: none, body: () => [] },
    {
      name: 'Version 1.0 → 5002',
      code: '5002',
      field: 'Version',
      message: /must be 1\.1/,
      mutate: (i) => {
        i.Version = '1.0';
      },
    },
    {
      name: 'Irn sent → 5002',
      code: '5002',
      field: 'Irn',
      message: /Irn should not be sent/,
      mutate: (i) => {
        i.Irn = 'a'.repeat(64);
      },
    },
    {
      name: 'DocDtls.Dt in ISO format → 2144',
      code: '2144',
      field: 'DocDtls.Dt',
      mutate: (i) => {
        i.DocDtls.Dt = '2026-04-01';
      },
    },
    {
      name: 'DocDtls.Dt not a calendar date → 2144',
      code: '2144',
      field: 'DocDtls.Dt',
      mutate: (i) => {
        i.DocDtls.Dt = '31/02/2026';
      },
    },
    {
      name: 'DocDtls.Typ → 2161',
      code: '2161',
      field: 'DocDtls.Typ',
      mutate: (i) => {
        i.DocDtls.Typ = 'BIL';
      },
    },
    {
      name: 'RegRev → 2159',
      code: '2159',
      field: 'TranDtls.RegRev',
      mutate: (i) => {
        i.TranDtls.RegRev = 'X';
      },
    },
    {
      name: 'IgstOnIntra → 2263',
      code: '2263',
      field: 'TranDtls.IgstOnIntra',
      mutate: (i) => {
        i.TranDtls.IgstOnIntra = 'YES';
      },
    },
    {
      name: 'ItemList empty → 2228',
      code: '2228',
      field: 'ItemList',
      mutate: (i) => {
        i.ItemList = [];
      },
    },
    {
      name: 'ItemList absent → 2228',
      code: '2228',
      field: 'ItemList',
      mutate: (i) => {
        delete i.ItemList;
      },
    },
    {
      name: '1001 items → 2173',
      code: '2173',
      field: 'ItemList',
      mutate: (i) => {
        i.ItemList = Array.from({ length: 1001 }, (_, k) => ({ ...i.ItemList[0], SlNo: String(k + 1) }));
      },
    },
    {
      name: 'Unit not a UQC → 2177 with the unit',
      code: '2177',
      field: 'ItemList[1].Unit',
      message: /Invalid item unit code\(s\)-KGX$/,
      mutate: (i) => {
        i.ItemList[1].Unit = 'KGX';
      },
    },
    {
      name: 'HSN malformed → 2176 with the code',
      code: '2176',
      field: 'ItemList[0].HsnCd',
      message: /Invalid HSN code\(s\)-84821$/,
      mutate: (i) => {
        i.ItemList[0].HsnCd = '84821';
      },
    },
    {
      name: 'SupTyp unknown → 5002',
      code: '5002',
      field: 'TranDtls.SupTyp',
      message: /must be one of B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP/,
      mutate: (i) => {
        i.TranDtls.SupTyp = 'EXP';
      },
    },
    {
      name: 'SupTyp B2C → 5002 naming B2C',
      code: '5002',
      field: 'TranDtls.SupTyp',
      message: /B2C invoices are not registered/,
      mutate: (i) => {
        i.TranDtls.SupTyp = 'B2C';
      },
    },
    {
      name: 'SellerDtls.Gstin absent → 2155',
      code: '2155',
      field: 'SellerDtls.Gstin',
      mutate: (i) => {
        delete i.SellerDtls.Gstin;
      },
    },
    {
      name: 'SellerDtls.Gstin URP → 2213',
      code: '2213',
      field: 'SellerDtls.Gstin',
      mutate: (i) => {
        i.SellerDtls.Gstin = 'URP';
      },
    },
    {
      name: 'Addr1 too long → 5002 data-annotation text',
      code: '5002',
      field: 'BuyerDtls.Addr1',
      message: /^The field Addr1 must be a string with a minimum length of 1 and a maximum length of 100\.$/,
      mutate: (i) => {
        i.BuyerDtls.Addr1 = 'x'.repeat(101);
      },
    },
    {
      name: 'required field missing → 5002 "is required"',
      code: '5002',
      field: 'SellerDtls.LglNm',
      message: /^The LglNm field is required\.$/,
      mutate: (i) => {
        i.SellerDtls.LglNm = null;
      },
    },
    {
      name: 'pattern failure → 5002 regular expression text',
      code: '5002',
      field: 'SellerDtls.LglNm',
      message: /must match the regular expression/,
      mutate: (i) => {
        i.SellerDtls.LglNm = 'Acme "Quoted" Ltd';
      },
    },
    {
      name: 'number out of range → 5002 between',
      code: '5002',
      field: 'ValDtls.RndOffAmt',
      message: /^The field RndOffAmt must be between -99\.99 and 99\.99\.$/,
      mutate: (i) => {
        i.ValDtls.RndOffAmt = 150;
      },
    },
    {
      name: 'number sent as text → 5002 must be a number',
      code: '5002',
      field: 'ItemList[0].Qty',
      message: /^The field Qty must be a number\.$/,
      mutate: (i) => {
        i.ItemList[0].Qty = 'ten';
      },
    },
    {
      name: 'section of wrong type → 5002 must be an object',
      code: '5002',
      field: 'ValDtls',
      message: /must be an object/,
      mutate: (i) => {
        i.ValDtls = 'none';
      },
    },
    {
      name: 'invalid batch expiry date → 5002 date text',
      code: '5002',
      field: 'ItemList[0].BchDtls.ExpDt',
      message: /dd\/mm\/yyyy/,
      mutate: (i) => {
        i.ItemList[0].BchDtls = { Nm: 'B-001', ExpDt: '32/01/2026' };
      },
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const inv = intra();
      c.mutate(inv);
      const problems = problemsOf(c.body ? c.body() : inv);
      const p = find(problems, c.code, c.field);
      assert.ok(p, `expected ${c.code} at ${c.field ?? '(any)'}; got ${JSON.stringify(problems)}`);
      if (c.message) assert.match(p.message, c.message);
    });
  }
});

describe('parseInvoice: results', () => {
  it('accepts the fixtures and the NIC sample (§5.14)', () => {
    for (const k of ['b2b-intra', 'b2b-inter', 'export-wp', 'sez-wp'] as const) {
      const r = parseInvoice(JSON.parse(sampleInvoiceJson(k)));
      assert.equal(r.ok, true, `${k}: ${JSON.stringify(!r.ok && r.problems)}`);
    }
    const nic = JSON.parse(readFileSync(new URL('../../../test/fixtures/invoices/nic-sample.json', import.meta.url), 'utf8'));
    const r = parseInvoice(nic);
    assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
  });

  it('binds keys case-insensitively and returns canonical casing, upper-cased codes and no nulls', () => {
    const inv = intra();
    inv.TranDtls = { taxsch: 'gst', SUPTYP: 'b2b', regrev: 'n', ecmgstin: null, IGSTONINTRA: 'n' };
    inv.SellerDtls.GSTIN = inv.SellerDtls.Gstin;
    delete inv.SellerDtls.Gstin;
    inv.BuyerDtls.POS = inv.BuyerDtls.Pos;
    delete inv.BuyerDtls.Pos;
    inv.itemlist = inv.ItemList;
    delete inv.ItemList;
    inv.itemlist[0].isservc = 'n';
    inv.itemlist[0].unit = 'nos';
    inv.itemlist[0].PrdDesc = null;
    inv.docdtls = { typ: 'inv', no: 'dc/1', dt: '01/04/2026' };
    delete inv.DocDtls;
    inv.PayDtls = { Paidamt: 10, Nm: null };
    inv.Irn = null; // null Irn counts as not sent
    const r = parseInvoice(inv);
    assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
    if (!r.ok) return;
    assert.deepEqual(r.invoice.TranDtls, { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' });
    assert.equal(r.invoice.SellerDtls.Gstin, '29AAFCD5862R1ZR');
    assert.equal(r.invoice.BuyerDtls.Pos, '29');
    assert.equal(r.invoice.ItemList[0].IsServc, 'N');
    assert.equal(r.invoice.ItemList[0].Unit, 'NOS');
    assert.equal('PrdDesc' in r.invoice.ItemList[0], false);
    assert.deepEqual(r.invoice.DocDtls, { Typ: 'INV', No: 'dc/1', Dt: '01/04/2026' });
    assert.deepEqual(r.invoice.PayDtls, { PaidAmt: 10 });
    assert.equal('Irn' in r.invoice, false);
    assert.equal(JSON.stringify(r.invoice).includes('null'), false);
  });

  it('returns every failure at once, with field paths', () => {
    const inv = intra();
    inv.Version = '1.0';
    inv.DocDtls.Typ = 'XXX';
    inv.DocDtls.Dt = '1/4/2026';
    inv.SellerDtls.Pin = 12;
    inv.ItemList[0].Unit = 'ZZZ';
    inv.ItemList[1].HsnCd = '12';
    inv.ItemList[1].IgstAmt = -5;
    inv.ValDtls.TotInvVal = 'lots';
    const problems = problemsOf(inv);
    const got = problems.map((p) => `${p.code}@${p.field}`);
    for (const want of [
      '5002@Version',
      '2161@DocDtls.Typ',
      '2144@DocDtls.Dt',
      '5002@SellerDtls.Pin',
      '2177@ItemList[0].Unit',
      '2176@ItemList[1].HsnCd',
      '5002@ItemList[1].IgstAmt',
      '5002@ValDtls.TotInvVal',
    ]) {
      assert.ok(got.includes(want), `missing ${want} in ${got.join(', ')}`);
    }
    assert.equal(new Set(got).size, got.length, 'one problem per field and code');
  });
});
