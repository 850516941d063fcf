/**
 * gstin verify <gstin…>: offline by default — format, state code and check character through the
 * validation library (the server's own parseGstin, so the same codes); `--remote` asks the server
 * (POST /v1/gstin/verify, 100 per call) whether each is registered, and its status and name.
 */
import type { Command } from 'commander';
import type { GstinVerifyResponse } from '../../../packages/sdk/src/index.ts';
import type { GstinCheck } from '../../validate/index.ts';
import { act } from '../action.ts';
import { EXIT } from '../exit-codes.ts';
import { emit, formatTable, print } from '../output.ts';
import { clientFor, type ServerOptions, serverOptions } from '../session.ts';

const BATCH = 100;

/** Offline: the library's check (errors with code and message); remote: the server's answer (errors as codes). */
type RemoteCheck = Extract<GstinVerifyResponse, { exists: boolean }>;
type Verified = GstinCheck | RemoteCheck;

const errorText = (e: string | { code: string; message: string }) => (typeof e === 'string' ? e : `${e.code}: ${e.message}`);

export function registerGstinCommands(program: Command): void {
  const gstin = program.command('gstin').description('GSTINs');
  serverOptions(
    gstin
      .command('verify')
      .description('check GSTINs: offline (format, state code, check character) or, with --remote, registration and status on the server')
      .argument('<gstin...>', 'one or more GSTINs')
      .option('--remote', 'ask the server (registration, status, legal name)'),
  ).action(
    act(async (gstins: string[], opts: ServerOptions & { remote?: boolean }) => {
      let results: Verified[];
      if (opts.remote) {
        const gg = clientFor(opts);
        results = [];
        for (let i = 0; i < gstins.length; i += BATCH) {
          const answer = await gg.gstin.verify(gstins.slice(i, i + BATCH));
          results.push(...('results' in answer ? answer.results : [answer]));
        }
      } else {
        // Loaded only offline: the rules are not needed to ask the server.
        const { verifyGstin } = await import('../../validate/index.ts');
        results = gstins.map((g) => verifyGstin(g));
      }
      const bad = results.filter((r) => !r.valid || ('exists' in r && !r.exists));
      emit(opts, { valid: bad.length === 0, results }, () => {
        const rows = results.map((r) => ({
          gstin: r.gstin,
          valid: r.valid ? 'yes' : 'no',
          ...('exists' in r ? { registered: r.exists ? 'yes' : 'no', status: r.sts ?? '', name: r.lgnm ?? '' } : {}),
          state: r.stateCode ?? '',
          pan: r.pan ?? '',
          errors: (r.errors as (string | { code: string; message: string })[]).map(errorText).join('; '),
        }));
        print(formatTable(rows));
      });
      return bad.length === 0 ? EXIT.OK : EXIT.REFUSED;
    }),
  );
}
