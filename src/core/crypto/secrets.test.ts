import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constantTimeEqual, DUMMY_PASSWORD_HASH, hashPassword, randomToken, sha256Hex, verifyPassword } from './secrets.ts';

describe('secrets', () => {
  it('hashes passwords with salted scrypt and verifies them', async () => {
    const a = await hashPassword('Demo@12345');
    const b = await hashPassword('Demo@12345');
    assert.match(a, /^scrypt\$16384\$8\$1\$/);
    assert.notEqual(a, b, 'salted');
    assert.ok(!a.includes('Demo@12345'));
    assert.equal(await verifyPassword('Demo@12345', a), true);
    assert.equal(await verifyPassword('demo@12345', a), false);
  });

  it('the dummy hash never verifies and malformed hashes are refused', async () => {
    assert.equal(await verifyPassword('', DUMMY_PASSWORD_HASH), false);
    assert.equal(await verifyPassword('x', 'plain-text'), false);
  });

  it('tokens are random and stored as SHA-256', () => {
    const t = randomToken();
    assert.match(t, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(t, randomToken());
    assert.match(sha256Hex(t), /^[0-9a-f]{64}$/);
  });

  it('compares secrets in constant time', () => {
    assert.equal(constantTimeEqual('abc', 'abc'), true);
    assert.equal(constantTimeEqual('abc', 'abd'), false);
    assert.equal(constantTimeEqual('abc', 'abcd'), false);
  });
});
