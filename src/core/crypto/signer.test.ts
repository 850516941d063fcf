import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { loadOrCreateSigner } from './signer.ts';

describe('Signer (reference §6.3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gstgate-signer-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a key and self-signed certificate at first start and reuses them after', async () => {
    const first = await loadOrCreateSigner(dir);
    assert.ok(existsSync(join(dir, 'signing-key.pem')));
    assert.equal(statSync(join(dir, 'signing-key.pem')).mode & 0o077, 0, 'the private key is readable by its owner only');
    const again = await loadOrCreateSigner(dir);
    assert.equal(again.kid, first.kid);
    assert.equal(again.publicKeyPem(), first.publicKeyPem());
  });

  it('kid is the upper-case hex SHA-1 thumbprint of the certificate and x5t its base64url', async () => {
    const signer = await loadOrCreateSigner(dir);
    const sha1 = createHash('sha1').update(signer.certificate.raw).digest();
    assert.equal(signer.kid, sha1.toString('hex').toUpperCase());
    assert.match(signer.kid, /^[0-9A-F]{40}$/);
    assert.equal(signer.x5t, sha1.toString('base64url'));
  });

  it('signs NIC-shaped RS256 JWS that jose verifies with the published JWK', async () => {
    const signer = await loadOrCreateSigner(dir);
    const data = JSON.stringify({ SellerGstin: '29AAFCD5862R1ZR', TotInvVal: 118000 });
    const jws = await signer.signData(data, 'NIC Sandbox');
    const header = decodeProtectedHeader(jws);
    assert.deepEqual(Object.keys(header), ['alg', 'kid', 'typ', 'x5t']);
    assert.equal(header.alg, 'RS256');
    const { payload } = await jwtVerify(jws, createLocalJWKSet({ keys: [signer.jwk()] }));
    assert.deepEqual(payload, { data, iss: 'NIC Sandbox' });
    assert.equal(Buffer.from(jws.split('.')[2], 'base64url').length, 256, 'RSA-2048 signature');
  });

  it('a tampered payload does not verify', async () => {
    const signer = await loadOrCreateSigner(dir);
    const [h, , s] = (await signer.signData('{"a":1}', 'NIC')).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ data: '{"a":2}', iss: 'NIC' })).toString('base64url')}.${s}`;
    await assert.rejects(jwtVerify(forged, createLocalJWKSet({ keys: [signer.jwk()] })));
  });
});
