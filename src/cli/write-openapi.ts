/**
 * Writes openapi.json from the routes' zod schemas (`npm run openapi`); with --check, fails when the
 * committed file differs (CI's drift check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { SandboxClock } from '../core/clock.ts';
import { loadOrCreateSigner } from '../core/crypto/signer.ts';
import { openDatabase } from '../core/db.ts';

const path = new URL('../../openapi.json', import.meta.url);
const check = process.argv.includes('--check');

const database = await openDatabase({ dataDir: 'memory://' });
const app = await buildApp({
  config: loadConfig({ GSTGATE_ADMIN_KEY: 'openapi-generation-only' }),
  database,
  signer: await loadOrCreateSigner(undefined),
  govClock: new SandboxClock(),
  adminKey: 'openapi-generation-only',
});
await app.ready();
const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await database.close();

if (check) {
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error('openapi.json is out of date with the routes: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
} else {
  writeFileSync(path, text);
  console.log('wrote openapi.json');
}
