import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIrn, irnDocKey, isIrnFormat } from './irn.ts';

// Reference §6.1: the five recorded NIC sandbox vectors (hashed without upper-casing).
const VECTORS: [string, string, string, string, string][] = [
  ['01AMBPG7773M002', '16/09/2022', 'INV', 'SINV-CFY-00067', '706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7'],
  ['01AMBPG7773M002', '17/09/2022', 'INV', 'g2qxhY', '68fb4fab44aee99fb23292478c4bd838e664837c9f1b04e3d9134ffed0b40b60'],
  ['01AMBPG7773M002', '17/09/2022', 'CRN', 'g2qxhY', '1c96258af085e45da556494ea5e5a7b401a598ab80af4136309c2dac7b54d795'],
  ['01AMBPG7773M002', '17/09/2022', 'DBN', 'g2qxhY', '24f37c80532583c6894d8153e2b12494daa80ddbb197f0fc2c1bac07db67f933'],
  ['02AMBPG7773M002', '02/10/2023', 'INV', '9sQ5E2', '2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399'],
];

describe('computeIrn (§6.1)', () => {
  for (const [sellerGstin, docDate, docType, docNo, irn] of VECTORS) {
    it(`${sellerGstin} ${docType} ${docNo} ${docDate}`, () => {
      assert.equal(computeIrn({ sellerGstin, docDate, docType, docNo, upperCaseDocNo: false }), irn);
    });
  }
  it('upper-casing the number changes g2qxhY’s IRN (June-2025 rule)', () => {
    const base = { sellerGstin: '01AMBPG7773M002', docDate: '17/09/2022', docType: 'INV', docNo: 'g2qxhY' };
    const upper = computeIrn({ ...base, upperCaseDocNo: true });
    assert.notEqual(upper, VECTORS[1][4]);
    assert.equal(upper, computeIrn({ ...base, docNo: 'G2QXHY', upperCaseDocNo: false }));
    assert.equal(upper, computeIrn({ ...base, docNo: 'G2qxHy', upperCaseDocNo: true }));
  });
  it('Typ is always upper-cased', () => {
    const base = { sellerGstin: '01AMBPG7773M002', docDate: '17/09/2022', docNo: 'g2qxhY', upperCaseDocNo: false };
    assert.equal(computeIrn({ ...base, docType: 'crn' }), VECTORS[2][4]);
  });
  it('the FY, not the date, enters the hash', () => {
    const base = { sellerGstin: '01AMBPG7773M002', docType: 'INV', docNo: 'g2qxhY', upperCaseDocNo: false };
    assert.equal(computeIrn({ ...base, docDate: '31/03/2023' }), VECTORS[1][4]);
    assert.notEqual(computeIrn({ ...base, docDate: '01/04/2023' }), VECTORS[1][4]);
  });
  it('throws on a malformed date', () => {
    assert.throws(() => computeIrn({ sellerGstin: 'X', docDate: '2022-09-17', docType: 'INV', docNo: '1', upperCaseDocNo: false }));
  });
});

describe('irnDocKey / isIrnFormat', () => {
  it('irnDocKey', () => {
    assert.equal(irnDocKey('g2qxhY', true), 'G2QXHY');
    assert.equal(irnDocKey('g2qxhY', false), 'g2qxhY');
  });
  it('isIrnFormat', () => {
    assert.equal(isIrnFormat(VECTORS[0][4]), true);
    assert.equal(isIrnFormat(VECTORS[0][4].toUpperCase()), true);
    assert.equal(isIrnFormat(VECTORS[0][4].slice(1)), false);
    assert.equal(isIrnFormat(`${VECTORS[0][4]}0`), false);
    assert.equal(isIrnFormat(`g${VECTORS[0][4].slice(1)}`), false);
  });
});
