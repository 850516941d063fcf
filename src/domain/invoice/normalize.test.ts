import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindInvoiceKeysSharing, normalizeInvoiceKeys } from './normalize.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at loosely typed JSON
type Loose = any;

describe('normalizeInvoiceKeys (reference §5.15)', () => {
  it('binds property names case-insensitively at every level', () => {
    const out = normalizeInvoiceKeys({
      VERSION: '1.1',
      trandtls: { suptyp: 'B2B', ECMGSTIN: null },
      SellerDtls: { GSTIN: '29AAFCD5862R1ZR', stcd: '29' },
      BuyerDtls: { POS: '27', Gstin: '27AAPFU0939F1ZV' },
      itemlist: [{ slno: '1', HSNCD: '8482', bchdtls: { Expdt: '01/01/2026', wrDt: '01/01/2027' }, attribdtls: [{ nm: 'a', VAL: 'b' }] }],
      PayDtls: { Accdet: '1', Fininsbr: 'X', Payterm: 'a', Payinstr: 'b', Crtrn: 'c', Dirdr: 'd', Crday: 1, Paidamt: 2, Paymtdue: 3 },
      RefDtls: { ContrDtls: [{ Tendrefr: 'x', Contrrefr: 'y' }], precdocdtls: [{ invno: 'A1', invdt: '01/01/2026' }] },
      EwbDtls: { Transid: '29AAFCD5862R1ZR', Transname: 'T', Transdocno: '1', TransdocDt: '01/01/2026', Vehno: 'KA01AB1234', Vehtype: 'R' },
    }) as Loose;
    assert.equal(out.Version, '1.1');
    assert.deepEqual(out.TranDtls, { SupTyp: 'B2B', EcmGstin: null });
    assert.deepEqual(out.SellerDtls, { Gstin: '29AAFCD5862R1ZR', Stcd: '29' });
    assert.equal(out.BuyerDtls.Pos, '27');
    assert.deepEqual(out.ItemList[0], {
      SlNo: '1',
      HsnCd: '8482',
      BchDtls: { ExpDt: '01/01/2026', WrDt: '01/01/2027' },
      AttribDtls: [{ Nm: 'a', Val: 'b' }],
    });
    assert.deepEqual(Object.keys(out.PayDtls), [
      'AccDet',
      'FinInsBr',
      'PayTerm',
      'PayInstr',
      'CrTrn',
      'DirDr',
      'CrDay',
      'PaidAmt',
      'PaymtDue',
    ]);
    assert.deepEqual(out.RefDtls.ContrDtls[0], { TendRefr: 'x', ContrRefr: 'y' });
    assert.deepEqual(out.RefDtls.PrecDocDtls[0], { InvNo: 'A1', InvDt: '01/01/2026' });
    assert.deepEqual(Object.keys(out.EwbDtls), ['TransId', 'TransName', 'TransDocNo', 'TransDocDt', 'VehNo', 'VehType']);
  });

  it('keeps unknown keys as they are (the schema strips them)', () => {
    const out = normalizeInvoiceKeys({ Version: '1.1', Foo: 1, SellerDtls: { gstin: 'X', Extra: { gstin: 'y' } } }) as Loose;
    assert.equal(out.Foo, 1);
    assert.deepEqual(out.SellerDtls.Extra, { gstin: 'y' });
  });

  it('prefers the canonically spelled key when both spellings are sent', () => {
    const a = normalizeInvoiceKeys({ SellerDtls: { Gstin: 'CANON', GSTIN: 'OTHER' } }) as Loose;
    const b = normalizeInvoiceKeys({ SellerDtls: { GSTIN: 'OTHER', Gstin: 'CANON' } }) as Loose;
    assert.equal(a.SellerDtls.Gstin, 'CANON');
    assert.equal(b.SellerDtls.Gstin, 'CANON');
  });

  it('returns non-objects unchanged and does not let __proto__ change the prototype', () => {
    assert.equal(normalizeInvoiceKeys('x'), 'x');
    assert.deepEqual(normalizeInvoiceKeys([1]), [1]);
    const out = normalizeInvoiceKeys(JSON.parse('{"__proto__": {"polluted": true}, "Version": "1.1"}')) as Loose;
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.equal(({} as Loose).polluted, undefined);
  });

  it('bindInvoiceKeysSharing (parseInvoice): the same result, sharing only sections already canonical and null-free', () => {
    const clean = { SlNo: '1', HsnCd: '8482', BchDtls: { Nm: 'B12' }, Extra: { deep: [1, 'a'] } };
    const nulled = { SlNo: '2', Discount: null };
    const cased = { slno: '3' };
    const withNullInside = { SlNo: '4', AttribDtls: [{ Nm: 'a', Val: null }] };
    for (const items of [[clean], [clean, nulled], [cased, clean], [withNullInside]]) {
      const raw = { Version: '1.1', Irn: null, DocDtls: { No: 'A1', Dt: null }, SellerDtls: { Gstin: '29AAFCD5862R1ZR' }, ItemList: items };
      const shared = bindInvoiceKeysSharing(raw) as Loose;
      assert.deepEqual(shared, normalizeInvoiceKeys(raw, { dropNulls: true }) as Loose);
      assert.notEqual(shared, raw, 'the top level is always a new object');
      assert.equal(shared.SellerDtls, raw.SellerDtls, 'a clean section is shared');
      assert.notEqual(shared.DocDtls, raw.DocDtls, 'a section with a null is copied');
      assert.equal(
        shared.ItemList === items,
        items.every((i) => i === clean),
        'the lines are shared only when all are clean',
      );
    }
  });
});
