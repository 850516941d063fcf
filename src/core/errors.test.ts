import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogue, fail, failIfAny, formatMessage, GstError, problem } from './errors.ts';

describe('error catalogue', () => {
  it('fills NIC placeholders', () => {
    assert.equal(
      problem('2172', ['1001', 1]).message,
      'For intra state transaction IGST amounts is not applicable for item - 1001 and Sl. No 1 , only CGST and SGST amounts are applicable.',
    );
    assert.equal(formatMessage('a {1} b {0}', ['x', 'y']), 'a y b x');
  });

  it("keeps NIC's exact wording, odd spacing and typos included (reference §7.3, §9)", () => {
    assert.equal(
      problem('2193', ['1001', '1']).message,
      'For HSN - 1001 and Sl. No - 1, AssAmt value should be equal to (TotAmt - Discount)',
    );
    assert.equal(problem('2241', ['1001']).message, 'CGST and SGST amounts with HSN1001 are required for intra state transaction');
    assert.equal(problem('2229', ['EXPWP']).message, 'Recipient POS should be other country(96) incase of transaction -EXPWP');
    assert.equal(problem('2258').message, 'Supplier GSTIN state code should be same as the sate code passed in supplier details');
    assert.equal(problem('2283', [2]).message, 'IRN details cannot be provided as it is generated more than 2 days ago');
  });

  it('refuses codes that are not in the catalogue', () => {
    assert.throws(() => problem('NOPE'), /not in the catalogue/);
  });

  it('every entry has an HTTP status and a message; NIC codes are 3 (e-way bill) or 4 digits, platform codes upper case', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      assert.ok(entry.status >= 400 && entry.status < 600, code);
      assert.ok(entry.message.length > 0, code);
      assert.match(code, /^(\d{3,4}|[A-Z_]+)$/, code);
    }
  });

  it('GstError takes status and code from its first problem', () => {
    const err = new GstError([problem('2150'), problem('2172', ['1', 1])]);
    assert.equal(err.status, 409);
    assert.equal(err.statusCode, 409);
    assert.equal(err.code, '2150');
    assert.throws(
      () => fail('2143'),
      (e: GstError) => e.status === 403 && e.code === '2143',
    );
    assert.throws(
      () => failIfAny([problem('2228')]),
      (e: GstError) => e.errors.length === 1,
    );
    assert.doesNotThrow(() => failIfAny([]));
  });
});
