import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decimals, nearlyEqual, round2, round3 } from './money.ts';

describe('round2 / round3', () => {
  it('rounds half up on the printed value', () => {
    const cases: [number, number][] = [
      [1.005, 1.01],
      [1.004, 1],
      [2.675, 2.68],
      [0.285, 0.29],
      [1.255, 1.26],
      [8.345, 8.35],
      [1.0049999, 1],
      [0.5, 0.5],
      [10, 10],
      [0, 0],
      [123456789.125, 123456789.13],
    ];
    for (const [n, r] of cases) assert.equal(round2(n), r, String(n));
  });
  it('removes float noise', () => {
    assert.equal(round2(0.1 + 0.2), 0.3);
    assert.equal(round2(1.1 * 1.1), 1.21);
    assert.equal(round2(100.345 * 99.545), 9988.84); // NIC sample TotAmt
    assert.equal(round2(9978.84 * 0.12), 1197.46); // NIC sample IGST
    assert.equal(round2(1.0049999999999999), 1.01); // the same double as 1.005
  });
  it('negative values round away from zero; no -0', () => {
    assert.equal(round2(-1.005), -1.01);
    assert.equal(round2(-0.3), -0.3);
    assert.ok(Object.is(round2(-0.001), 0));
  });
  it('handles tiny, huge and non-finite values', () => {
    assert.equal(round2(1e-7), 0);
    assert.equal(round2(0.000005), 0);
    const max = Number('99999999999999.99'); // ValDtls maximum: 16 digits, not exact as a double
    assert.equal(round2(max), max);
    assert.equal(round2(1e21), 1e21);
    assert.ok(Number.isNaN(round2(Number.NaN)));
    assert.equal(round2(Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
  });
  it('round3', () => {
    assert.equal(round3(1.0005), 1.001);
    assert.equal(round3(100.3454), 100.345);
    assert.equal(round3(0.1 + 0.2), 0.3);
    assert.equal(round3(-2.0005), -2.001);
  });
});

describe('nearlyEqual', () => {
  it('is inclusive at the tolerance despite float noise', () => {
    assert.equal(nearlyEqual(101, 100, 1), true);
    assert.equal(nearlyEqual(100.01, 101.01, 1), true); // |diff| = 1.0000000000000142
    assert.equal(nearlyEqual(101.02, 100, 1), false);
    assert.equal(nearlyEqual(0.1 + 0.2, 0.3, 0), true);
    assert.equal(nearlyEqual(0.31, 0.3, 0), false);
  });
});

describe('decimals', () => {
  it('counts decimal places as JSON writes them', () => {
    const cases: [number, number][] = [
      [1.005, 3],
      [100, 0],
      [12.5, 1],
      [0.1 + 0.2, 17],
      [1e-7, 7],
      [1.5e-7, 8],
      [1e21, 0],
      [-2.25, 2],
      [99.545, 3],
    ];
    for (const [n, d] of cases) assert.equal(decimals(n), d, String(n));
  });
});
