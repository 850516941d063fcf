/**
 * login / logout: a saved session for the server commands (session.ts). The password comes from
 * GSTGATE_PASSWORD or the first line of stdin — never from the command line, where `ps` and the shell
 * history would show it — and is not saved: only the token and its expiry are.
 */
import type { Command } from 'commander';
import { Gstgate } from '../../../packages/sdk/src/index.ts';
import { act } from '../action.ts';
import { firstLineOfStdin } from '../context.ts';
import { EXIT } from '../exit-codes.ts';
import { emit, formatKeyValues, print } from '../output.ts';
import { passwordFromEnv, readSession, removeSession, resolveUrl, type Session, saveSession, sessionPath } from '../session.ts';

export function registerSessionCommands(program: Command): void {
  program
    .command('login')
    .description(
      'sign in and save the session (token and expiry, mode 0600) for the server commands; password from GSTGATE_PASSWORD or stdin',
    )
    .requiredOption('--gstin <gstin>', 'the GSTIN the API user acts for')
    .requiredOption('--username <username>', 'the API user')
    .option('--url <url>', 'gstgate server (env GSTGATE_URL, default http://127.0.0.1:8080)')
    .option('--json', 'print one JSON document on stdout')
    .action(
      act(async (opts: { gstin: string; username: string; url?: string; json?: boolean }) => {
        const url = resolveUrl(opts.url);
        const password = passwordFromEnv() ?? (await firstLineOfStdin());
        const gstin = opts.gstin.toUpperCase();
        const answer = await new Gstgate({ baseUrl: url, credentials: { gstin, username: opts.username, password } }).authenticate();
        const session: Session = {
          url,
          gstin,
          username: opts.username,
          token: answer.token,
          expiresAt: new Date(Date.now() + answer.expires_in * 1000).toISOString(),
        };
        const file = saveSession(session);
        const shown = { url, gstin, username: opts.username, expiresAt: session.expiresAt, session: file };
        emit(opts, shown, () => print(`signed in to ${url} as ${opts.username} for ${gstin}\n${formatKeyValues(shown)}`));
        return EXIT.OK;
      }),
    );

  program
    .command('logout')
    .description('forget the saved session')
    .option('--json', 'print one JSON document on stdout')
    .action(
      act(async (opts: { json?: boolean }) => {
        const session = readSession();
        const removed = removeSession();
        emit(opts, { removed, url: session?.url ?? null, session: sessionPath() }, () =>
          print(removed ? `signed out of ${session?.url} (removed ${sessionPath()})` : 'no saved session'),
        );
        return EXIT.OK;
      }),
    );
}
