// Builds the dashboard (vite build → web/dist) when web/dist is missing or older than its sources.
// Run by `npm start` (prestart) and `npm test` (pretest); `npm run build:web` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('.', import.meta.url));
const built = join(web, 'dist', 'index.html');

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(web, p)).filter(existsSync);
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  const started = Date.now();
  const r = spawnSync('npx', ['--no-install', 'vite', 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    // Without vite (a production install without dev dependencies) an existing build is still served.
    if (existsSync(built)) console.warn('dashboard: vite build failed; serving the existing web/dist');
    else console.warn('dashboard: vite build failed; /app answers 503 until `npm run build:web` succeeds');
  } else {
    console.log(`dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
