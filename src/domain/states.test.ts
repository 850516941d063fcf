import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIndianStateCode, isValidStateCode, normalizeStateCode, OTHER_COUNTRY, OTHER_TERRITORY, STATES, stateName } from './states.ts';

describe('states (B6)', () => {
  it('holds 01..38, 96, 97 and 99', () => {
    const expected = [...Array.from({ length: 38 }, (_, i) => String(i + 1).padStart(2, '0')), '96', '97', '99'];
    assert.deepEqual(Object.keys(STATES).sort(), expected);
    assert.equal(OTHER_COUNTRY, '96');
    assert.equal(OTHER_TERRITORY, '97');
  });
  it('normalizes one-digit and numeric codes', () => {
    assert.equal(normalizeStateCode('1'), '01');
    assert.equal(normalizeStateCode(7), '07');
    assert.equal(normalizeStateCode(' 29 '), '29');
    assert.equal(normalizeStateCode('abc'), 'abc');
  });
  it('isValidStateCode accepts "1" and "01", rejects 0, 00, 39, 100, junk', () => {
    for (const c of ['1', '01', '9', '38', '96', '97', '99', '25', '28']) assert.equal(isValidStateCode(c), true, c);
    for (const c of ['0', '00', '39', '95', '98', '100', '', 'A1', 'constructor']) assert.equal(isValidStateCode(c), false, c);
  });
  it('stateName', () => {
    assert.equal(stateName('7'), 'Delhi');
    assert.equal(stateName('26'), 'Dadra and Nagar Haveli and Daman and Diu');
    assert.equal(stateName('96'), 'Other Country');
    assert.equal(stateName('39'), undefined);
    assert.equal(STATES['21'].ewbName, 'ORISSA');
  });
  it('isIndianStateCode: true for states/UTs and 97, false for 96/99/unknown', () => {
    for (const c of ['1', '07', '36', '38', '97']) assert.equal(isIndianStateCode(c), true, c);
    for (const c of ['96', '99', '00', '39']) assert.equal(isIndianStateCode(c), false, c);
  });
});
