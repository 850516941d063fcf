/**
 * RS256 signer for SignedInvoice / SignedQRCode (reference nic-einvoice.md §6.3): JWS compact with
 * header {alg, kid, typ, x5t}, where kid is the upper-case hex SHA-1 thumbprint of the signing
 * certificate and x5t the base64url of the same bytes. The key and a self-signed certificate are
 * made at first start and kept in the data dir. Signing uses async crypto.sign, which runs in
 * libuv's thread pool, so both cores sign (CONVENTIONS: Signer).
 */

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  webcrypto,
  X509Certificate,
} from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateKeyFiles } from '../key-file.ts';
import 'reflect-metadata'; // @peculiar/x509 (tsyringe) needs it loaded first
import * as x509 from '@peculiar/x509';

export interface Jwk {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  x5t: string;
  x5c: string[];
  use: 'sig';
  alg: 'RS256';
}

export class Signer {
  readonly kid: string;
  readonly x5t: string;
  private readonly headerB64: string;

  constructor(
    private readonly privateKey: KeyObject,
    readonly certificate: X509Certificate,
  ) {
    const thumbprint = createHash('sha1').update(certificate.raw).digest();
    this.kid = thumbprint.toString('hex').toUpperCase();
    this.x5t = thumbprint.toString('base64url');
    this.headerB64 = b64url(JSON.stringify({ alg: 'RS256', kid: this.kid, typ: 'JWT', x5t: this.x5t }));
  }

  /** JWS compact of `{"data": <dataJson>, "iss": issuer}` — NIC's payload shape. */
  async signData(dataJson: string, issuer: string): Promise<string> {
    const payloadB64 = b64url(JSON.stringify({ data: dataJson, iss: issuer }));
    const signingInput = `${this.headerB64}.${payloadB64}`;
    const signature = await new Promise<Buffer>((resolve, reject) => {
      // Header and payload are base64url, pure ASCII: latin1 is the same bytes, without UTF-8 encoding's cost.
      sign('sha256', Buffer.from(signingInput, 'latin1'), this.privateKey, (err, sig) => (err ? reject(err) : resolve(sig)));
    });
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  jwk(): Jwk {
    const pub = createPublicKey(this.privateKey).export({ format: 'jwk' }) as { n: string; e: string };
    return {
      kty: 'RSA',
      n: pub.n,
      e: pub.e,
      kid: this.kid,
      x5t: this.x5t,
      x5c: [this.certificate.raw.toString('base64')],
      use: 'sig',
      alg: 'RS256',
    };
  }

  publicKeyPem(): string {
    return createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** Creates an RSA-2048 key and a self-signed certificate for it (valid 10 years). */
export async function createKeyAndCertificate(commonName: string): Promise<{ keyPem: string; certPem: string }> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
  const subtle = webcrypto.subtle;
  const cryptoKey = await subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), alg, true, ['sign']);
  const publicKey = await subtle.importKey('spki', createPublicKey(privateKey).export({ type: 'spki', format: 'der' }), alg, true, [
    'verify',
  ]);
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const notBefore = new Date();
  const notAfter = new Date(notBefore.getTime() + 10 * 365 * 24 * 3600 * 1000);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: createHash('sha256').update(keyPem).digest('hex').slice(0, 16),
    name: `CN=${commonName}`,
    notBefore,
    notAfter,
    signingAlgorithm: alg,
    keys: { privateKey: cryptoKey, publicKey },
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  return { keyPem, certPem: cert.toString('pem') };
}

/**
 * Loads the signing key and certificate from `dir` (signing-key.pem, signing-cert.pem), creating
 * them at first start. `dir` undefined → an ephemeral pair (tests, in-memory databases).
 */
export async function loadOrCreateSigner(dir: string | undefined, commonName = 'gstgate sandbox IRP'): Promise<Signer> {
  let keyPem: string;
  let certPem: string;
  if (dir) {
    // Instances starting at once on a shared data dir end up with one key pair (core/key-file.ts).
    const made = await loadOrCreateKeyFiles([join(dir, 'signing-key.pem'), join(dir, 'signing-cert.pem')], async () => {
      const pair = await createKeyAndCertificate(commonName);
      return [pair.keyPem, pair.certPem];
    });
    [keyPem, certPem] = made.contents;
  } else {
    ({ keyPem, certPem } = await createKeyAndCertificate(commonName));
  }
  return new Signer(createPrivateKey(keyPem), new X509Certificate(certPem));
}
