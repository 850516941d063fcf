/** The gateway names the field of NIC's field-less ErrorDetails from the code and the invoice it sent. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GstError } from '../../core/errors.ts';
import { invoiceFieldOf, withInvoiceFields } from './nic.fields.ts';

const inv = {
  SellerDtls: { Gstin: '29AAFCD5862R1ZR' },
  BuyerDtls: { Gstin: '27AAPFU0939F1ZV' },
  TranDtls: {},
  ItemList: [
    { SlNo: '1', HsnCd: '1001' },
    { SlNo: '2', HsnCd: '8471' },
  ],
};

describe('NIC problem fields', () => {
  it('fixed members, the quoted or only possible party, the item by Sl. No or HSN', () => {
    assert.equal(invoiceFieldOf(inv, { code: '2163', message: 'x' }), 'DocDtls.Dt');
    assert.equal(invoiceFieldOf(inv, { code: '3076', message: 'GSTIN - 29AAFCD5862R1ZR is inactive' }), 'SellerDtls.Gstin');
    assert.equal(invoiceFieldOf(inv, { code: '3028', message: 'GSTIN is invalid' }), 'BuyerDtls.Gstin');
    assert.equal(invoiceFieldOf(inv, { code: '2172', message: 'for item - 1001 and Sl. No 2 , only' }), 'ItemList[1].IgstAmt');
    assert.equal(
      invoiceFieldOf(inv, { code: '2227', message: 'SGST and CGST Amounts should be equal for HSN - 8471' }),
      'ItemList[1].SgstAmt',
    );
  });

  it('no guess when the payload leaves it ambiguous; other codes and failures untouched', () => {
    const withEcm = { ...inv, TranDtls: { EcmGstin: '29AABCF8078M1C8' } };
    assert.equal(invoiceFieldOf(withEcm, { code: '3028', message: 'GSTIN is invalid' }), undefined);
    const sameHsn = {
      ...inv,
      ItemList: [
        { SlNo: '1', HsnCd: '1001' },
        { SlNo: '2', HsnCd: '1001' },
      ],
    };
    assert.equal(invoiceFieldOf(sameHsn, { code: '2240', message: 'Invalid GST rate for HSN -1001' }), undefined);
    assert.equal(invoiceFieldOf(inv, { code: '2150', message: 'Duplicate IRN' }), undefined);
    const other = new Error('x');
    assert.equal(withInvoiceFields(other, inv), other);
    const err = withInvoiceFields(new GstError([{ code: '2163', message: 'future' }], { status: 400, info: [1] }), inv) as GstError;
    assert.deepEqual([err.status, err.errors[0]?.field, err.info], [400, 'DocDtls.Dt', [1]]);
  });
});
