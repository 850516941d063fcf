import assert from 'node:assert/strict';
import { constants, privateDecrypt, publicEncrypt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadOrCreateNicKeys, NIC_KEY_FILE } from './nic.keys.ts';

describe('NIC wire-protocol keys', () => {
  it('are RSA-2048, kept in the data dir (0600) and loaded again after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gstgate-nic-keys-'));
    try {
      const first = await loadOrCreateNicKeys(dir);
      assert.ok(existsSync(join(dir, NIC_KEY_FILE)));
      assert.equal(statSync(join(dir, NIC_KEY_FILE)).mode & 0o777, 0o600);
      assert.equal(first.privateKey.asymmetricKeyDetails?.modulusLength, 2048);
      const again = await loadOrCreateNicKeys(dir);
      assert.equal(again.publicPem, first.publicPem);
      const cipher = publicEncrypt({ key: first.publicPem, padding: constants.RSA_PKCS1_OAEP_PADDING }, Buffer.from('x'));
      assert.equal(privateDecrypt(again.privateKey, cipher).toString(), 'x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are ephemeral without a data dir', async () => {
    const a = await loadOrCreateNicKeys(undefined);
    const b = await loadOrCreateNicKeys(undefined);
    assert.notEqual(a.publicPem, b.publicPem);
  });
});
