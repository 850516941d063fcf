import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GstError } from '../core/errors.ts';
import { commonapiFailure } from './commonapi.routes.ts';
import { ewbFailure } from './ewaybill.wire.ts';
import { einvoiceFailure } from './nic.wire.ts';

describe('/nic surfaces: the government system behind them failing (sandbox faults)', () => {
  const down = GstError.of('UPSTREAM_UNAVAILABLE', ['down']);
  const slow = GstError.of('UPSTREAM_TIMEOUT');

  it('answer HTTP 503 and 504, still in their own envelopes', () => {
    assert.equal(einvoiceFailure(down).httpStatus, 503);
    assert.equal(einvoiceFailure(slow).httpStatus, 504);
    assert.equal(einvoiceFailure(slow).envelope.ErrorDetails?.[0].ErrorCode, 'UPSTREAM_TIMEOUT');
    assert.equal(ewbFailure(down, '240').httpStatus, 503);
    assert.deepEqual(ewbFailure(slow, '240').codes, ['240']);
    assert.equal(ewbFailure(slow, '240').httpStatus, 504);
    assert.equal(commonapiFailure(down).httpStatus, 503);
    assert.equal(commonapiFailure(slow).httpStatus, 504);
  });

  it('business failures stay HTTP 200 envelopes', () => {
    assert.equal(einvoiceFailure(GstError.of('2150')).httpStatus, 200);
    assert.equal(ewbFailure(GstError.of('604')).httpStatus, 200);
    assert.equal(commonapiFailure(GstError.of('NOT_FOUND', ['x'])).httpStatus, 200);
  });
});
