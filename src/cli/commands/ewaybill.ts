/**
 * ewaybill generate | get | extend | cancel, through the SDK. generate and extend send a JSON file in
 * NIC's field names (GENEWAYBILL, EXTENDVALIDITY) with an Idempotency-Key derived from its content, so
 * a rerun is answered with the first bill, not a second one (604).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { act } from '../action.ts';
import { EXIT } from '../exit-codes.ts';
import { contentKey, readJsonBody } from '../files.ts';
import { emitRecord } from '../output.ts';
import { clientFor, type ServerOptions, serverOptions } from '../session.ts';

/** The top-level scalar fields of an answer (lists and nested objects: --json). */
function scalars(obj: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v === null || typeof v !== 'object'));
}

export function registerEwaybillCommands(program: Command): void {
  const ewaybill = program.command('ewaybill').description('e-way bills');

  serverOptions(
    ewaybill
      .command('generate')
      .description('generate an e-way bill from a GENEWAYBILL JSON file (idempotent per file content)')
      .argument('<file>', 'the JSON payload'),
  ).action(
    act(async (file: string, opts: ServerOptions) => {
      const { body, text } = await readJsonBody(file);
      emitRecord(opts, await clientFor(opts).ewaybill.generate(body as never, { idempotencyKey: contentKey('ewaybill', text) }));
      return EXIT.OK;
    }),
  );

  serverOptions(ewaybill.command('get').description('an e-way bill with its history').argument('<ewbNo>', 'the 12-digit number')).action(
    act(async (ewbNo: string, opts: ServerOptions) => {
      const bill = await clientFor(opts).ewaybill.get(ewbNo);
      emitRecord(opts, bill, scalars(bill));
      return EXIT.OK;
    }),
  );

  serverOptions(
    ewaybill
      .command('extend')
      .description('extend the validity from an EXTENDVALIDITY JSON file (within 8 hours before or after expiry)')
      .argument('<file>', 'the JSON payload'),
  ).action(
    act(async (file: string, opts: ServerOptions) => {
      const { body, text } = await readJsonBody(file);
      emitRecord(opts, await clientFor(opts).ewaybill.extend(body as never, { idempotencyKey: contentKey('ewaybill-extend', text) }));
      return EXIT.OK;
    }),
  );

  serverOptions(
    ewaybill
      .command('cancel')
      .description('cancel an e-way bill (within 24 hours of its generation)')
      .argument('<ewbNo>', 'the 12-digit number')
      .addOption(
        new Option('--reason <code>', '1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others')
          .choices(['1', '2', '3', '4'])
          .makeOptionMandatory(),
      )
      .option('--remark <text>', 'remark', ''),
  ).action(
    act(async (ewbNo: string, opts: ServerOptions & { reason: string; remark: string }) => {
      const answer = await clientFor(opts).ewaybill.cancel({ ewbNo: Number(ewbNo), cancelRsnCode: opts.reason, cancelRmrk: opts.remark });
      emitRecord(opts, answer);
      return EXIT.OK;
    }),
  );
}
