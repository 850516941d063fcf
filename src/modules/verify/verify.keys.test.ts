import assert from 'node:assert/strict';
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createKeyAndCertificate } from '../../core/crypto/signer.ts';
import { loadNicVerifyKeys } from './verify.keys.ts';

describe('GSTGATE_NIC_VERIFY_CERT', () => {
  let certPem: string;
  let keyPem: string;
  let kid: string;
  const files = new Map<string, Buffer>();
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error('ENOENT: no such file');
    return bytes;
  };

  before(async () => {
    ({ certPem, keyPem } = await createKeyAndCertificate('NIC test'));
    const cert = new X509Certificate(certPem);
    kid = createHash('sha1').update(cert.raw).digest('hex').toUpperCase();
    files.set('/nic.pem', Buffer.from(certPem));
    files.set('/nic.cer', cert.raw); // DER, as NIC's download
    files.set('/nic-b64.cer', Buffer.from(cert.raw.toString('base64').replace(/(.{64})/g, '$1\n')));
    files.set('/two.pem', Buffer.from(`${certPem}\n${certPem}`));
    files.set('/key.pem', Buffer.from(createPublicKey(createPrivateKey(keyPem)).export({ type: 'spki', format: 'pem' }).toString()));
    files.set('/junk.pem', Buffer.from('hello'));
  });
  after(() => files.clear());

  it('unset or empty: no NIC keys', () => {
    assert.deepEqual(loadNicVerifyKeys(undefined, read), []);
    assert.deepEqual(loadNicVerifyKeys(' ', read), []);
  });

  it('PEM, DER and base64 DER files, comma-separated, each with its thumbprint kid', () => {
    const keys = loadNicVerifyKeys('/nic.pem, /nic.cer,/nic-b64.cer', read);
    assert.equal(keys.length, 3);
    for (const k of keys) {
      assert.equal(k.kid, kid);
      assert.equal(k.source, 'nic-certificate');
      assert.equal(k.subject, 'CN=NIC test');
    }
  });

  it('PEM text, several certificates in a file, a bare public key (no kid)', () => {
    assert.equal(loadNicVerifyKeys(certPem, read)[0].kid, kid);
    assert.equal(loadNicVerifyKeys('/two.pem', read).length, 2);
    const [bare] = loadNicVerifyKeys('/key.pem', read);
    assert.equal(bare.kid, null);
    assert.equal(bare.publicKey.asymmetricKeyType, 'rsa');
  });

  it('a missing or unusable file stops the start with the setting named', () => {
    assert.throws(() => loadNicVerifyKeys('/nic.pem,/missing.pem', read), /GSTGATE_NIC_VERIFY_CERT: cannot read \/missing.pem/);
    assert.throws(() => loadNicVerifyKeys('/junk.pem', read), /GSTGATE_NIC_VERIFY_CERT: \/junk.pem/);
  });
});
