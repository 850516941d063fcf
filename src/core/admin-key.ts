import { join } from 'node:path';
import { randomToken } from './crypto/secrets.ts';
import { loadOrCreateKeyFile } from './key-file.ts';

/**
 * The sandbox admin key: GSTGATE_ADMIN_KEY, or one generated once and kept in the data dir
 * (api.md §1; `admin-key`, mode 0600, created once even by instances starting together: key-file.ts).
 * `generated` tells main.ts to print it.
 */
export function resolveAdminKey(configured: string | undefined, dataDir: string | undefined): { key: string; generated: boolean } {
  if (configured) return { key: configured, generated: false };
  if (!dataDir) return { key: randomToken(24), generated: true };
  const { key, created } = loadOrCreateKeyFile(join(dataDir, 'admin-key'), () => randomToken(24));
  return { key, generated: created };
}
