import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleInvoice } from '../../domain/invoice/fixtures.ts';
import type { IrnDocument } from '../../providers/types.ts';
import { dupIrnOf, isRecovered, matchesRequest, mismatchError, recoveredInfo, registeredInvoiceOf } from './einvoice.recovery.ts';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** A SignedInvoice as the IRP makes it: header.payload.signature, payload { data: JSON text, iss }. */
const signed = (data: unknown) => `${b64({ alg: 'RS256' })}.${b64({ data: JSON.stringify(data), iss: 'NIC Sandbox' })}.sig`;

describe('duplicate-IRN recovery helpers', () => {
  const request = sampleInvoice('b2b-intra', { docNo: 'INV/1', docDate: '01/12/2026' });
  const asRegistered = { AckNo: 1, AckDt: '2026-12-01 10:00:00', Irn: 'a'.repeat(64), ...request };

  it('reads the registered INV-01 out of the SignedInvoice, without AckNo, AckDt and Irn', () => {
    const r = registeredInvoiceOf(signed(asRegistered));
    assert.ok(r);
    assert.deepEqual([r.docType, r.docNo, r.docDate, r.buyerGstin, r.totalValue], ['INV', 'INV/1', '01/12/2026', '29AAACW4202F1ZM', 13144]);
    assert.equal('AckNo' in r.invoice || 'Irn' in r.invoice, false);
    assert.equal(registeredInvoiceOf('not-a-jws'), undefined);
    assert.equal(registeredInvoiceOf(signed({ DocDtls: {} })), undefined);
  });

  it('matches on buyer GSTIN (any case) and total value (to the paisa)', () => {
    const r = registeredInvoiceOf(signed({ ...asRegistered, ValDtls: { ...request.ValDtls, TotInvVal: 13144.0 } }));
    assert.ok(r && matchesRequest(r, request));
    const otherTotal = registeredInvoiceOf(signed({ ...asRegistered, ValDtls: { ...request.ValDtls, TotInvVal: 13144.01 } }));
    assert.ok(otherTotal && !matchesRequest(otherTotal, request));
    const otherBuyer = registeredInvoiceOf(signed({ ...asRegistered, BuyerDtls: { ...request.BuyerDtls, Gstin: '27AAPFU0939F1ZV' } }));
    assert.ok(otherBuyer && !matchesRequest(otherBuyer, request));
  });

  it('a mismatch is 409: 2150 then RECOVERY_MISMATCH naming both sides, DUPIRN in info', () => {
    const r = registeredInvoiceOf(signed({ ...asRegistered, BuyerDtls: { ...request.BuyerDtls, Gstin: '27AAPFU0939F1ZV' } }));
    assert.ok(r);
    const doc = { AckNo: 1, AckDt: '2026-12-01 10:00:00', Irn: 'a'.repeat(64) } as IrnDocument;
    const err = mismatchError(doc, r, request);
    assert.equal(err.status, 409);
    assert.deepEqual(
      err.errors.map((e) => e.code),
      ['2150', 'RECOVERY_MISMATCH'],
    );
    assert.equal(
      err.errors[1].message,
      'The IRP already holds INV INV/1 dated 01/12/2026 with buyer 27AAPFU0939F1ZV and total value 13144; this request has buyer 29AAACW4202F1ZM and total value 13144',
    );
    assert.deepEqual(dupIrnOf(err.info), 'a'.repeat(64));
  });

  it('DUPIRN lookup and the RECOVERED marker', () => {
    assert.equal(
      dupIrnOf([
        { InfCd: 'EWBERR', Desc: [] },
        { InfCd: 'DUPIRN', Desc: { Irn: 'ABC' } },
      ]),
      'abc',
    );
    assert.equal(dupIrnOf(undefined), undefined);
    assert.equal(isRecovered({ info: [recoveredInfo('timeout')] }), true);
    assert.equal(isRecovered({ info: [{ InfCd: 'EWBPPD', Desc: 1 }] }), false);
    assert.equal(isRecovered({}), false);
  });
});
