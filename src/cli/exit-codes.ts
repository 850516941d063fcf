/**
 * The CLI's exit codes: scripts branch on them (README "CLI"). 64 is sysexits' EX_USAGE; the others
 * are small so that `case $?` stays readable. The mapping from a failure to a code lives here only.
 */
import { CommanderError } from 'commander';
import { GstgateError } from '../../packages/sdk/src/index.ts';

export const EXIT = {
  /** Everything done. */
  OK: 0,
  /** The request or document was refused: validation failures, a government rule, a 4xx. */
  REFUSED: 1,
  /** Partly done: some files or rows failed (taxpayers import: invalid records left out). */
  PARTIAL: 2,
  /** The server could not be reached, or answered 5xx. */
  UNREACHABLE: 3,
  /** Authentication failed, or there is no token, credentials or session to use. */
  AUTH: 4,
  /** Usage: unknown command or option, missing argument. */
  USAGE: 64,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code table for `gstgate --help` (the README shows the same table). */
export const EXIT_CODES_HELP = `Exit codes:
  0   success
  1   refused: validation failures, a government rule, a 4xx answer
  2   partly done: some files or rows failed (taxpayers import: invalid records left out)
  3   server unreachable, or a 5xx answer
  4   authentication failed, or no token / credentials / session
  64  usage error: unknown command or option, missing argument`;

/** No token, credentials or session: nothing to authenticate with (exit 4). */
export class NoCredentialsError extends Error {
  readonly code = 'NO_CREDENTIALS';
}

/** Commander errors that mean "called wrongly" (a bad option *value* stays 1, as taxpayers seed always did). */
const USAGE_CODES = new Set([
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.excessArguments',
  'commander.conflictingOption',
]);

export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof NoCredentialsError) return EXIT.AUTH;
  if (err instanceof CommanderError) return USAGE_CODES.has(err.code) ? EXIT.USAGE : (err.exitCode as ExitCode);
  if (err instanceof GstgateError) {
    if (err.code === 'NETWORK_ERROR' || err.status === 0 || err.status >= 500) return EXIT.UNREACHABLE;
    if (err.status === 401) return EXIT.AUTH;
    return EXIT.REFUSED;
  }
  return EXIT.REFUSED;
}

/** A usage error found by a command itself (a missing or conflicting argument): exit 64 like commander's own. */
export const usageError = (message: string) => new CommanderError(EXIT.USAGE, 'commander.missingArgument', message);
