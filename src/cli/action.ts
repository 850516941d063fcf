/**
 * The wrapper of every server command's action: it runs the command, turns a failure into the
 * documented exit code (exit-codes.ts) and prints it the way the command was asked to (--json or not).
 * Commands return their own code when they finish (0, or 1/2 for refused or partly done work).
 */
import type { Command } from 'commander';
import { type ExitCode, exitCodeOf } from './exit-codes.ts';
import { reportError } from './output.ts';

// biome-ignore lint/suspicious/noExplicitAny: commander hands actions untyped positional arguments.
type Handler = (...args: any[]) => Promise<ExitCode>;

export function act(handler: Handler): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const cmd = args.at(-1) as Command;
    const opts = cmd.opts() as { json?: boolean };
    try {
      process.exitCode = await handler(...args);
    } catch (err) {
      reportError(err, opts);
      process.exitCode = exitCodeOf(err);
    }
  };
}
