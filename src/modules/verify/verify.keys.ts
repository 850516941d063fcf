/**
 * The keys POST /v1/einvoice/verify accepts: gstgate's own signing key (the one at
 * /.well-known/jwks.json, which signs the sandbox IRP's SignedInvoice / SignedQRCode) and NIC's
 * published e-invoice signing certificate(s) from GSTGATE_NIC_VERIFY_CERT (reference
 * nic-einvoice.md §6.3: "Signatures verify with NIC's published certificate"). A certificate's `kid`
 * is what NIC puts in the JWS header: the upper-case hex SHA-1 thumbprint of the certificate.
 */
import { createHash, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Signer } from '../../core/crypto/signer.ts';

export interface VerificationKey {
  source: 'gstgate' | 'nic-certificate';
  /** Upper-case hex SHA-1 thumbprint of the certificate (the JWS header's `kid`); null for a bare public key. */
  kid: string | null;
  publicKey: KeyObject;
  /** The certificate's subject, e.g. `CN=gstgate sandbox IRP`. */
  subject: string | null;
}

export function gstgateKey(signer: Signer): VerificationKey {
  return { source: 'gstgate', kid: signer.kid, publicKey: signer.certificate.publicKey, subject: oneLine(signer.certificate.subject) };
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * GSTGATE_NIC_VERIFY_CERT: PEM text (one or more certificates), or a comma-separated list of files,
 * each PEM (certificates or RSA public keys) or a DER / base64 DER certificate (NIC's `.cer`).
 * Throws at start with the setting's name when a file is missing or holds no usable key.
 */
export function loadNicVerifyKeys(setting: string | undefined, read: (path: string) => Buffer = readFileSync): VerificationKey[] {
  if (!setting || setting.trim() === '') return [];
  const sources: { name: string; bytes: Buffer }[] = setting.includes('-----BEGIN')
    ? [{ name: 'PEM text', bytes: Buffer.from(setting) }]
    : setting
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
        .map((path) => {
          try {
            return { name: path, bytes: read(path) };
          } catch (err) {
            throw new Error(`GSTGATE_NIC_VERIFY_CERT: cannot read ${path}: ${(err as Error).message}`);
          }
        });
  return sources.flatMap(({ name, bytes }) => {
    try {
      const keys = keysOf(bytes);
      if (keys.length === 0) throw new Error('no certificate or public key in it');
      return keys;
    } catch (err) {
      throw new Error(`GSTGATE_NIC_VERIFY_CERT: ${name}: ${(err as Error).message}`);
    }
  });
}

function keysOf(bytes: Buffer): VerificationKey[] {
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN')) {
    return [...text.matchAll(PEM_BLOCK)].flatMap((m) => {
      if (m[1] === 'CERTIFICATE') return [certificateKey(new X509Certificate(m[0]))];
      if (m[1] === 'PUBLIC KEY' || m[1] === 'RSA PUBLIC KEY') {
        return [rsaOnly({ source: 'nic-certificate', kid: null, publicKey: createPublicKey(m[0]), subject: null })];
      }
      return [];
    });
  }
  const compact = text.replace(/\s+/g, '');
  const der = /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? Buffer.from(compact, 'base64') : bytes;
  return [certificateKey(new X509Certificate(der))];
}

function certificateKey(cert: X509Certificate): VerificationKey {
  const kid = createHash('sha1').update(cert.raw).digest('hex').toUpperCase();
  return rsaOnly({ source: 'nic-certificate', kid, publicKey: cert.publicKey, subject: oneLine(cert.subject) });
}

function rsaOnly(key: VerificationKey): VerificationKey {
  if (key.publicKey.asymmetricKeyType !== 'rsa') throw new Error(`an ${key.publicKey.asymmetricKeyType} key; RS256 needs RSA`);
  return key;
}

/** X509Certificate.subject is one attribute per line. */
function oneLine(subject: string): string {
  return subject.split('\n').filter(Boolean).join(', ');
}
