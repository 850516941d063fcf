/**
 * Secrets at rest (NIC client secrets and passwords, issue 5): AES-256-GCM under GSTGATE_SECRETS_KEY,
 * a random 12-byte IV per value and the 16-byte tag, stored as `v1.<iv>.<tag>.<ciphertext>` (base64url).
 * The associated data binds a value to its row and column (e.g. `nic_credentials:29…:password`), so a
 * ciphertext copied into another row does not decrypt. Any failure is one generic error.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor() {
    super('Stored secret cannot be decrypted (wrong GSTGATE_SECRETS_KEY or tampered value)');
    this.name = 'SecretBoxError';
  }
}

export class SecretBox {
  private readonly key: Buffer;

  /** `keyB64`: base64 of 32 bytes (config GSTGATE_SECRETS_KEY). */
  constructor(keyB64: string) {
    const key = Buffer.from(keyB64, 'base64');
    if (key.length !== 32) throw new RangeError('GSTGATE_SECRETS_KEY must be base64 of 32 bytes');
    this.key = key;
  }

  seal(plain: string, aad: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  open(sealed: string, aad: string): string {
    const [version, ivB64, tagB64, ctB64, extra] = sealed.split('.');
    if (version !== VERSION || ivB64 === undefined || tagB64 === undefined || ctB64 === undefined || extra !== undefined) {
      throw new SecretBoxError();
    }
    const iv = Buffer.from(ivB64, 'base64url');
    const tag = Buffer.from(tagB64, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(ctB64, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError();
    }
  }
}
