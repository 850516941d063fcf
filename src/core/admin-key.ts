import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomToken } from './crypto/secrets.ts';

/**
 * The sandbox admin key: GSTGATE_ADMIN_KEY, or one generated once and kept in the data dir
 * (api.md §1). `generated` tells main.ts to print it.
 */
export function resolveAdminKey(configured: string | undefined, dataDir: string | undefined): { key: string; generated: boolean } {
  if (configured) return { key: configured, generated: false };
  if (!dataDir) return { key: randomToken(24), generated: true };
  const path = join(dataDir, 'admin-key');
  if (existsSync(path)) return { key: readFileSync(path, 'utf8').trim(), generated: false };
  mkdirSync(dataDir, { recursive: true });
  const key = randomToken(24);
  writeFileSync(path, `${key}\n`, { mode: 0o600 });
  return { key, generated: true };
}
