/**
 * sandbox clock | fault: the sandbox's control routes (X-Admin-Key). The clock is the government
 * side's (document dates, windows, validity), not the platform's token expiry.
 */
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { act } from '../action.ts';
import { EXIT, usageError } from '../exit-codes.ts';
import { emit, emitRecord, formatTable, print } from '../output.ts';
import { type AdminOptions, adminClientFor, adminOptions } from '../session.ts';

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return Number(value);
  };
}

export function registerSandboxCommands(program: Command): void {
  const sandbox = program.command('sandbox').description('sandbox control (X-Admin-Key): the government clock, injected faults');

  adminOptions(
    sandbox
      .command('clock')
      .description('the government clock: get (default), set <iso>, advance <seconds>, reset (back to real time)')
      .addArgument(new Argument('[action]', 'get, set, advance or reset').choices(['get', 'set', 'advance', 'reset']).default('get'))
      .argument('[value]', 'set: an ISO-8601 time; advance: seconds (may be negative)'),
  ).action(
    act(async (action: 'get' | 'set' | 'advance' | 'reset', value: string | undefined, opts: AdminOptions) => {
      const needs = action === 'set' || action === 'advance';
      if (needs && value === undefined) throw usageError(`sandbox clock ${action} needs a value`);
      if (action === 'set' && Number.isNaN(Date.parse(value as string))) throw new InvalidArgumentError(`not an ISO-8601 time: ${value}`);
      if (action === 'advance' && !/^-?\d+$/.test(value as string))
        throw new InvalidArgumentError(`not a whole number of seconds: ${value}`);
      const clock = adminClientFor(opts).sandbox.clock;
      const answer =
        action === 'set'
          ? await clock.set({ now: new Date(value as string).toISOString() })
          : action === 'advance'
            ? await clock.set({ advanceSeconds: Number(value) })
            : action === 'reset'
              ? await clock.reset()
              : await clock.get();
      emitRecord(opts, answer);
      return EXIT.OK;
    }),
  );

  const fault = sandbox.command('fault').description('government-side faults for one GSTIN’s next calls');

  adminOptions(
    fault
      .command('add')
      .description('make the next calls for a GSTIN fail: down (503), slow (delay), commit-then-timeout (registered, then 504)')
      .requiredOption('--gstin <gstin>', 'the GSTIN whose calls fail')
      .addOption(new Option('--kind <kind>', 'the fault').choices(['down', 'slow', 'commit-then-timeout']).makeOptionMandatory())
      .option('--count <n>', 'how many calls (default 1)', wholeNumber('--count', 1))
      .option('--delay-ms <ms>', 'slow only: the delay', wholeNumber('--delay-ms', 1)),
  ).action(
    act(async (opts: AdminOptions & { gstin: string; kind: 'down' | 'slow' | 'commit-then-timeout'; count?: number; delayMs?: number }) => {
      const answer = await adminClientFor(opts).sandbox.faults.add({
        gstin: opts.gstin.toUpperCase(),
        kind: opts.kind,
        ...(opts.count !== undefined ? { count: opts.count } : {}),
        ...(opts.delayMs !== undefined ? { delayMs: opts.delayMs } : {}),
      });
      emitRecord(opts, answer);
      return EXIT.OK;
    }),
  );

  adminOptions(fault.command('list').description('the faults waiting to happen')).action(
    act(async (opts: AdminOptions) => {
      const answer = (await adminClientFor(opts).sandbox.faults.list()) as unknown;
      const faults = (Array.isArray(answer) ? answer : ((answer as { faults?: unknown[] }).faults ?? [])) as Record<string, unknown>[];
      emit(opts, answer, () => print(faults.length === 0 ? 'no faults' : formatTable(faults)));
      return EXIT.OK;
    }),
  );

  adminOptions(
    fault.command('clear').description('remove the faults (of one GSTIN with --gstin)').option('--gstin <gstin>', 'only this GSTIN’s'),
  ).action(
    act(async (opts: AdminOptions & { gstin?: string }) => {
      const answer = (await adminClientFor(opts).sandbox.faults.clear(opts.gstin?.toUpperCase())) as unknown;
      emit(opts, answer ?? { cleared: true, gstin: opts.gstin ?? null }, () =>
        print(`cleared the faults${opts.gstin ? ` of ${opts.gstin.toUpperCase()}` : ''}`),
      );
      return EXIT.OK;
    }),
  );
}
