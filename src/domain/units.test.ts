import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidUnit, UQC } from './units.ts';

describe('units (§10.3, NIC 2177)', () => {
  it('has the 45 IRP codes', () => {
    assert.equal(Object.keys(UQC).length, 45);
    assert.equal(UQC.BAG, 'Bags');
    assert.equal(UQC.BOX, 'Box');
  });
  it('accepts codes in any case', () => {
    for (const c of ['BAG', 'nos', 'Kgs', 'BOX', 'UNT']) assert.equal(isValidUnit(c), true, c);
  });
  it('rejects unknown, EWB-only and prototype names', () => {
    for (const c of ['BGS', 'CAS', 'KG', '', 'constructor', 'toString']) assert.equal(isValidUnit(c), false, c);
  });
});
