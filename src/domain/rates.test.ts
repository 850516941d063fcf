import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GST_RATES, isValidGstRate } from './rates.ts';

describe('rates (§10.4, NIC 2240)', () => {
  it('lists the 13 slabs including 40', () => {
    assert.deepEqual([...GST_RATES], [0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40]);
    assert.ok(Object.isFrozen(GST_RATES));
  });
  it('accepts every slab and float noise around them', () => {
    for (const r of GST_RATES) assert.equal(isValidGstRate(r), true, String(r));
    assert.equal(isValidGstRate(0.1 + 0.15), true);
    assert.equal(isValidGstRate(6 + 6), true);
    assert.equal(isValidGstRate(2.5 * 2), true);
    assert.equal(isValidGstRate(12.0000000001), true);
  });
  it('rejects other rates', () => {
    for (const r of [2, 2.5, 9, 14, 0.5, 10, 100, -5, Number.NaN, 12.001]) assert.equal(isValidGstRate(r), false, String(r));
  });
});
