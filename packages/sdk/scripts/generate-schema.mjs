#!/usr/bin/env node
/**
 * Writes packages/sdk/src/schema.d.ts: the TypeScript types of the committed openapi.json, made by
 * openapi-typescript. `--check` writes nothing and exits 1 when the file differs from what
 * openapi.json gives (CI's drift check, like `npm run openapi -- --check`).
 *
 *   npm run sdk:generate              regenerate after `npm run openapi`
 *   npm run sdk:generate -- --check   fail when schema.d.ts is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const SPEC = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
const OUT = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));

const HEADER = `/**
 * GENERATED FILE, do not edit: the types of openapi.json, written by \`npm run sdk:generate\`
 * (openapi-typescript). CI fails when it differs from openapi.json (\`npm run sdk:generate -- --check\`).
 */

`;

const spec = JSON.parse(await readFile(SPEC, 'utf8'));
const generated = HEADER + astToString(await openapiTS(spec));

if (process.argv.includes('--check')) {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('packages/sdk/src/schema.d.ts is out of date with openapi.json: run npm run sdk:generate and commit it.');
    process.exit(1);
  }
  console.log('packages/sdk/src/schema.d.ts matches openapi.json');
} else {
  await writeFile(OUT, generated);
  console.log(`wrote ${OUT}`);
}
