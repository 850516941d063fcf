import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountInWords, formatIndianAmount, formatIndianNumber, formatRupees } from './amount-in-words.ts';

describe('amountInWords (Indian numbering)', () => {
  it('reads lakh, crore and paise', () => {
    assert.equal(amountInWords(118000), 'Rupees One Lakh Eighteen Thousand Only');
    assert.equal(
      amountInWords(12345678.5),
      'Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight and Fifty Paise Only',
    );
    assert.equal(amountInWords(14750), 'Rupees Fourteen Thousand Seven Hundred Fifty Only');
    assert.equal(amountInWords(100000), 'Rupees One Lakh Only');
    assert.equal(amountInWords(10000000), 'Rupees One Crore Only');
    assert.equal(amountInWords(1005), 'Rupees One Thousand Five Only');
    assert.equal(amountInWords(99999), 'Rupees Ninety Nine Thousand Nine Hundred Ninety Nine Only');
    assert.equal(amountInWords(1.01), 'Rupees One and One Paise Only');
  });

  it('zero, paise only, rounding to the paisa, negatives', () => {
    assert.equal(amountInWords(0), 'Rupees Zero Only');
    assert.equal(amountInWords(0.5), 'Rupees Zero and Fifty Paise Only');
    assert.equal(amountInWords(0.285), 'Rupees Zero and Twenty Nine Paise Only');
    assert.equal(amountInWords(19.999), 'Rupees Twenty Only');
    assert.equal(amountInWords(-12.5), 'Minus Rupees Twelve and Fifty Paise Only');
    assert.throws(() => amountInWords(Number.NaN), RangeError);
  });

  it('reads a crore count above 99 in lakh and thousand (INV-01 maximum)', () => {
    assert.equal(amountInWords(1_000_000_000_000), 'Rupees One Lakh Crore Only');
    assert.equal(
      amountInWords(99999999999999.98), // INV-01's maximum 99999999999999.99 as a double reads
      'Rupees Ninety Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine Crore Ninety Nine Lakh Ninety Nine Thousand ' +
        'Nine Hundred Ninety Nine and Ninety Eight Paise Only',
    );
  });
});

describe('formatIndianAmount', () => {
  it('groups thousands, then pairs (lakh, crore), with two decimals', () => {
    assert.equal(formatIndianAmount(118000), '1,18,000.00');
    assert.equal(formatIndianAmount(12345678.5), '1,23,45,678.50');
    assert.equal(formatIndianAmount(999), '999.00');
    assert.equal(formatIndianAmount(1000), '1,000.00');
    assert.equal(formatIndianAmount(0), '0.00');
    assert.equal(formatIndianAmount(0.005), '0.01');
    assert.equal(formatIndianAmount(-1234.5), '-1,234.50');
    assert.equal(formatIndianAmount(-0.001), '0.00');
    assert.equal(formatRupees(14750), '₹ 14,750.00');
  });
});

describe('formatIndianNumber', () => {
  it('keeps only the decimals a quantity has', () => {
    assert.equal(formatIndianNumber(1234567.5), '12,34,567.5');
    assert.equal(formatIndianNumber(10), '10');
    assert.equal(formatIndianNumber(0.125), '0.125');
    assert.equal(formatIndianNumber(2.0004), '2');
    assert.equal(formatIndianNumber(-1500.25, 2), '-1,500.25');
  });
});
