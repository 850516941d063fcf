import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from './key-file.ts';

/**
 * The key that seals secrets at rest (core/crypto/at-rest.ts: NIC credentials, webhook signing
 * secrets): GSTGATE_SECRETS_KEY when set; otherwise, like the admin key (admin-key.ts), one generated
 * once and kept in the data dir (`secrets-key`, mode 0600, created once even by instances starting
 * together: key-file.ts). Several instances on one PostgreSQL must share it (set GSTGATE_SECRETS_KEY
 * on all, or share or copy the data dir's file), or one cannot open what another sealed.
 * Without a data dir (tests) the key is ephemeral: one per process.
 */
export function resolveSecretsKey(configured: string | undefined, dataDir: string | undefined): string {
  if (configured) return configured;
  if (!dataDir) return ephemeralSecretsKey();
  const path = join(dataDir, 'secrets-key');
  const { key } = loadOrCreateKeyFile(path, () => randomBytes(32).toString('base64'));
  if (Buffer.from(key, 'base64').length !== 32) throw new Error(`${path} must hold base64 of 32 bytes`);
  return key;
}

let ephemeral: string | undefined;
/** One key per process for apps built without a data dir: apps rebuilt in one test process share it. */
export function ephemeralSecretsKey(): string {
  ephemeral ??= randomBytes(32).toString('base64');
  return ephemeral;
}
