#!/usr/bin/env node
// The `gstgate` command (package.json "bin"): registers tsx, which runs the TypeScript sources as
// they are (no build step, as `npm start`), then hands over to the CLI in src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
