import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAckNo } from './ack.ts';

describe('formatAckNo (§6.2)', () => {
  it('reproduces the 2023 sandbox shape', () => {
    assert.equal(formatAckNo(46063601, new Date('2023-10-03T09:38:39Z')), 132310046063601);
  });
  it('uses the IST year and the given prefix', () => {
    assert.equal(formatAckNo(1, new Date('2023-12-31T18:30:00Z')), 132410000000001); // 1 Jan 2024 IST
    assert.equal(formatAckNo(1, new Date('2023-12-31T18:29:59Z')), 132310000000001);
    assert.equal(formatAckNo(36743849, new Date('2022-09-16T10:00:00Z'), '23'), 232210036743849);
  });
  it('stays a safe 15-digit integer', () => {
    const n = formatAckNo(9_999_999_999, new Date('2099-06-01T00:00:00Z'), '99');
    assert.equal(n, 999919999999999);
    assert.ok(Number.isSafeInteger(n));
    assert.equal(String(n).length, 15);
  });
  it('rejects bad sequences and prefixes', () => {
    const d = new Date();
    for (const seq of [-1, 1e10, 1.5, Number.NaN]) assert.throws(() => formatAckNo(seq, d), RangeError);
    for (const p of ['1', '013', '01', 'AB']) assert.throws(() => formatAckNo(1, d, p), RangeError);
  });
});
