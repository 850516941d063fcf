import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { SecretBox, SecretBoxError } from './at-rest.ts';

const key = () => randomBytes(32).toString('base64');

describe('SecretBox (AES-256-GCM at rest)', () => {
  it('round-trips, with a fresh IV per value', () => {
    const box = new SecretBox(key());
    const a = box.seal('Demo@12345', 'nic_credentials:29AAFCD5862R1ZR:password');
    const b = box.seal('Demo@12345', 'nic_credentials:29AAFCD5862R1ZR:password');
    assert.notEqual(a, b);
    assert.doesNotMatch(a, /Demo/);
    assert.equal(box.open(a, 'nic_credentials:29AAFCD5862R1ZR:password'), 'Demo@12345');
    assert.equal(box.open(b, 'nic_credentials:29AAFCD5862R1ZR:password'), 'Demo@12345');
  });

  it('refuses another key, another row (AAD), a tampered tag or ciphertext, and junk', () => {
    const box = new SecretBox(key());
    const sealed = box.seal('secret', 'row:a');
    assert.throws(() => new SecretBox(key()).open(sealed, 'row:a'), SecretBoxError);
    assert.throws(() => box.open(sealed, 'row:b'), SecretBoxError);
    const [v, iv, tag, ct] = sealed.split('.') as [string, string, string, string];
    const flip = (s: string) => {
      const buf = Buffer.from(s, 'base64url');
      buf[0] = (buf[0] ?? 0) ^ 1;
      return buf.toString('base64url');
    };
    assert.throws(() => box.open([v, iv, flip(tag), ct].join('.'), 'row:a'), SecretBoxError);
    assert.throws(() => box.open([v, iv, tag, flip(ct)].join('.'), 'row:a'), SecretBoxError);
    assert.throws(() => box.open('secret', 'row:a'), SecretBoxError);
    assert.throws(() => box.open(`v2.${iv}.${tag}.${ct}`, 'row:a'), SecretBoxError);
  });

  it('needs a 32-byte key', () => {
    assert.throws(() => new SecretBox(randomBytes(16).toString('base64')), RangeError);
  });
});
