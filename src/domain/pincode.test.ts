import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { pinBelongsToState, pinDetails, pinStateCodes, pinsOfState, warmPincodes } from './pincode.ts';

describe('pincode (NIC 2178, B6)', () => {
  before(() => warmPincodes());

  it('maps PINs to state codes from the package', () => {
    assert.deepEqual(pinStateCodes(110001), ['07']);
    assert.deepEqual(pinStateCodes('560001'), ['29']);
    assert.deepEqual(pinStateCodes(500001), ['36']); // Telangana
    assert.deepEqual(pinStateCodes(518001), ['37']); // NIC sample seller PIN (Kurnool, AP)
    assert.deepEqual(pinStateCodes(492001), ['22']); // "Chattisgarh"
    assert.deepEqual(pinStateCodes(605001), ['34']); // "Pondicherry"
    assert.deepEqual(pinStateCodes(744101), ['35']); // "Andaman & Nicobar"
  });
  it('PINs listed for two states keep both', () => {
    assert.deepEqual([...(pinStateCodes(160003) ?? [])].sort(), ['03', '04']);
    assert.equal(pinBelongsToState(160003, '4'), true);
    assert.equal(pinBelongsToState(160003, '03'), true);
    assert.equal(pinBelongsToState(160003, '06'), false);
  });
  it('Daman & Diu and DNH map to 26; Daman & Diu also to legacy 25', () => {
    assert.deepEqual(pinStateCodes(396210), ['26', '25']); // Daman
    assert.equal(pinBelongsToState(396210, '25'), true);
    assert.equal(pinBelongsToState(396230, '26'), true); // DNH (also Gujarat)
    assert.equal(pinBelongsToState(396230, '24'), true);
  });
  it('194xxx (Leh, Kargil) belong to Ladakh and J&K', () => {
    assert.deepEqual(pinStateCodes(194101), ['38', '01']);
    assert.equal(pinBelongsToState(194101, '38'), true);
    assert.equal(pinBelongsToState(194101, '1'), true);
    assert.equal(pinBelongsToState(190001, '38'), false);
  });
  it('a known PIN of another state does not belong', () => {
    assert.equal(pinBelongsToState(110001, '29'), false);
    assert.equal(pinBelongsToState(562160, '29'), true);
  });
  it('unknown PINs fall back to B6 first-3-digit ranges', () => {
    assert.equal(pinStateCodes(110099), undefined);
    assert.equal(pinBelongsToState(110099, '07'), true);
    assert.equal(pinBelongsToState(110099, '06'), false);
    assert.equal(pinBelongsToState(403999, '30'), true);
    assert.equal(pinBelongsToState(403999, '27'), true);
    assert.equal(pinBelongsToState(403999, '97'), false);
  });
  it('999999 belongs only to 96; 96 takes no other PIN', () => {
    assert.equal(pinBelongsToState(999999, '96'), true);
    assert.equal(pinBelongsToState(999999, '07'), false);
    assert.equal(pinBelongsToState(999999, '97'), false);
    assert.equal(pinBelongsToState(110001, '96'), false);
  });
  it('malformed PINs are unknown and belong nowhere', () => {
    for (const p of [0, 99999, 1000000, '01234', '11000a', 12345.5]) {
      assert.equal(pinStateCodes(p), undefined);
      assert.equal(pinBelongsToState(p, '07'), false);
      assert.equal(pinDetails(p), undefined);
    }
  });
  it('pinDetails gives district, first office and state', () => {
    assert.deepEqual(pinDetails(110001), { pincode: 110001, district: 'Central Delhi', stateCode: '07', office: 'Bengali Market' });
    assert.equal(pinDetails('194101')?.stateCode, '38');
    assert.equal(pinDetails(110099), undefined);
  });
  it('pinsOfState lists sorted PINs that belong to the state', () => {
    const delhi = pinsOfState('7');
    assert.ok(delhi.length > 90);
    assert.ok(delhi.every((p) => Math.floor(p / 1000) === 110));
    assert.deepEqual(
      delhi,
      [...delhi].sort((a, b) => a - b),
    );
    assert.ok(pinsOfState('38').length >= 14);
    assert.deepEqual(pinsOfState('96'), []);
    pinsOfState('07').length = 0; // callers get a copy
    assert.equal(pinsOfState('07').length, delhi.length);
  });
});
