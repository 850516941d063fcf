/**
 * einvoice validate | generate | get | cancel | pdf.
 * - validate: offline, the validation library (the server's own parse + IRP rules); every failure with
 *   its code, field and message; exit 1 when any document is invalid.
 * - generate: each JSON file → POST /v1/einvoice/generate through the SDK, with an Idempotency-Key
 *   derived from the file's content (files.ts), so a rerun is answered with the first IRN; a progress bar
 *   on a terminal for more than one file; a summary table; exit 2 when only some files failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Gstgate } from '../../../packages/sdk/src/index.ts';
import { act } from '../action.ts';
import { EXIT, type ExitCode, exitCodeOf, usageError } from '../exit-codes.ts';
import { contentKey, jsonFilesOf, mapPool, readJsonBody, readJsonFile } from '../files.ts';
import { emit, emitRecord, formatTable, print, problemOf } from '../output.ts';
import { progressBar } from '../progress.ts';
import { clientFor, type ServerOptions, serverOptions } from '../session.ts';

type Problem = { code: string; message: string; field?: string };

function positiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1`);
    return Number(value);
  };
}

/** The readable fields of an e-invoice answer (the signed JWTs are long: --json or --out has them). */
export function documentSummary(doc: object): Record<string, unknown> {
  const { SignedInvoice, SignedQRCode, ...rest } = doc as Record<string, unknown>;
  return {
    ...rest,
    SignedInvoice: SignedInvoice ? '(JWS, see --json)' : undefined,
    SignedQRCode: SignedQRCode ? '(JWS, see --json)' : undefined,
  };
}

/**
 * Exit code of a run over many items: 0 all done, 2 some failed, else the code of the first failure
 * (1 refused, 3 unreachable, 4 authentication) — so a dead server is 3 whatever the file count.
 */
export function batchExit(failures: unknown[], total: number): ExitCode {
  if (failures.length === 0) return EXIT.OK;
  if (failures.length < total) return EXIT.PARTIAL;
  return exitCodeOf(failures[0]);
}

/** `TYPE/NUMBER/DATE` → its parts; the number may itself contain '/', the date is dd/mm/yyyy. */
function parseDocRef(ref: string): { type: string; number: string; date: string } {
  const parts = ref.split('/');
  if (parts.length < 5) throw new InvalidArgumentError('--doc must be TYPE/NUMBER/DD/MM/YYYY, e.g. INV/DOC-1/01/06/2025');
  return { type: parts[0].toUpperCase(), number: parts.slice(1, -3).join('/'), date: parts.slice(-3).join('/') };
}

export function registerEinvoiceCommands(program: Command): void {
  const einvoice = program.command('einvoice').description('e-invoices (IRN)');

  einvoice
    .command('validate')
    .description(
      'check INV-01 JSON files offline with the server’s own rules; prints every failure with its code and field; exit 1 when any is invalid',
    )
    .argument('<path>', 'a .json file (one invoice, or an array of them) or a directory of .json files')
    .option('--gstin <gstin>', 'the GSTIN that will submit: also checks who may file (2169, 2197)')
    .option('--json', 'print one JSON document on stdout')
    .action(
      act(async (path: string, opts: { gstin?: string; json?: boolean }) => {
        const files = jsonFilesOf(path);
        const { validateEinvoice } = await import('../../validate/index.ts');
        const results: { file: string; valid: boolean; errors: Problem[] }[] = [];
        for (const file of files) {
          const read = await readJsonFile(file);
          if (read.parseError) {
            results.push({ file, valid: false, errors: [{ code: 'INVALID_JSON', message: `not JSON: ${read.parseError}` }] });
            continue;
          }
          const docs = Array.isArray(read.body) ? read.body : [read.body];
          docs.forEach((doc, i) => {
            const check = validateEinvoice(doc, { submitterGstin: opts.gstin?.toUpperCase() });
            const label = Array.isArray(read.body) ? `${file}[${i}]` : file;
            results.push({ file: label, valid: check.ok, errors: check.errors });
          });
        }
        const invalid = results.filter((r) => !r.valid);
        emit(opts, { valid: invalid.length === 0, documents: results.length, invalid: invalid.length, results }, () => {
          const failures = invalid.flatMap((r) =>
            r.errors.map((e) => ({ file: r.file, code: e.code, field: e.field ?? '', message: e.message })),
          );
          if (failures.length > 0) print(`${formatTable(failures)}\n`);
          print(`${results.length} documents: ${results.length - invalid.length} valid, ${invalid.length} invalid`);
        });
        return invalid.length === 0 ? EXIT.OK : EXIT.REFUSED;
      }),
    );

  serverOptions(
    einvoice
      .command('generate')
      .description('register INV-01 JSON files (IRN); idempotent per file content, so a rerun answers the first IRN')
      .argument('<path>', 'a .json file or a directory of .json files')
      .option('-o, --out <dir>', 'save each full answer as <dir>/<file>.response.json')
      .option('-c, --concurrency <n>', 'files in flight at once', positiveInt('--concurrency'), 4)
      .option('-q, --quiet', 'no progress bar'),
  ).action(
    act(async (path: string, opts: ServerOptions & { out?: string; concurrency: number; quiet?: boolean }) => {
      const files = jsonFilesOf(path);
      const gg = clientFor(opts);
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      const bar = files.length > 1 ? progressBar(files.length, 'files', opts) : undefined;
      let done = 0;
      const failures: unknown[] = [];
      const results = await mapPool(files, opts.concurrency, async (file) => {
        const outcome = await generateOne(gg, file, opts.out);
        if (!outcome.ok) failures.push(outcome.error);
        bar?.update(++done);
        return outcome.row;
      });
      bar?.stop();
      const generated = results.filter((r) => r.status !== 'failed').length;
      emit(opts, { generated, failed: results.length - generated, results }, () => {
        print(
          formatTable(
            results.map((r) => ({
              file: r.file,
              status: r.status,
              Irn: r.Irn ?? '',
              AckNo: r.AckNo ?? '',
              error: r.error ? `${r.error.code}: ${r.error.errors.map((e) => e.message).join('; ')}` : '',
            })),
          ),
        );
        print(`${results.length} files: ${generated} generated, ${results.length - generated} failed`);
      });
      return batchExit(failures, files.length);
    }),
  );

  serverOptions(
    einvoice
      .command('get')
      .description('an e-invoice by IRN, or by document with --doc')
      .argument('[irn]', 'the 64-character IRN')
      .option('--doc <ref>', 'TYPE/NUMBER/DD/MM/YYYY instead of the IRN, e.g. INV/DOC-1/01/06/2025'),
  ).action(
    act(async (irn: string | undefined, opts: ServerOptions & { doc?: string }) => {
      if (!irn === !opts.doc) throw usageError('give an IRN or --doc TYPE/NUMBER/DD/MM/YYYY (one of them)');
      const query = opts.doc ? parseDocRef(opts.doc) : undefined;
      const gg = clientFor(opts);
      const doc = query ? await gg.einvoice.getByDocument(query) : await gg.einvoice.get(irn as string);
      emitRecord(opts, doc, documentSummary(doc));
      return EXIT.OK;
    }),
  );

  serverOptions(
    einvoice
      .command('cancel')
      .description('cancel an e-invoice (within 24 hours of its AckDt)')
      .argument('<irn>', 'the IRN')
      .addOption(
        new Option('--reason <code>', '1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other')
          .choices(['1', '2', '3', '4'])
          .makeOptionMandatory(),
      )
      .requiredOption('--remark <text>', 'remark (up to 100 characters)'),
  ).action(
    act(async (irn: string, opts: ServerOptions & { reason: '1' | '2' | '3' | '4'; remark: string }) => {
      emitRecord(opts, await clientFor(opts).einvoice.cancel({ Irn: irn, CnlRsn: opts.reason, CnlRem: opts.remark }));
      return EXIT.OK;
    }),
  );

  serverOptions(
    einvoice
      .command('pdf')
      .description('download the printable e-invoice (with its QR code)')
      .argument('<irn>', 'the IRN')
      .option('-o, --out <file>', 'where to write it (default <irn>.pdf)'),
  ).action(
    act(async (irn: string, opts: ServerOptions & { out?: string }) => {
      const bytes = await clientFor(opts).einvoice.pdf(irn);
      const file = opts.out ?? `${irn}.pdf`;
      writeFileSync(file, bytes);
      emit(opts, { irn, file, bytes: bytes.byteLength }, () => print(`wrote ${file} (${bytes.byteLength} bytes)`));
      return EXIT.OK;
    }),
  );
}

interface GenerateRow {
  file: string;
  status: 'generated' | 'queued' | 'failed';
  Irn?: string;
  AckNo?: number;
  AckDt?: string;
  EwbNo?: number | null;
  jobId?: string;
  error?: ReturnType<typeof problemOf>;
}

async function generateOne(
  gg: Gstgate,
  file: string,
  outDir: string | undefined,
): Promise<{ ok: true; row: GenerateRow } | { ok: false; row: GenerateRow; error: unknown }> {
  const name = basename(file);
  try {
    const { body, text } = await readJsonBody(file);
    const answer = (await gg.einvoice.generate(body as never, { idempotencyKey: contentKey('einvoice', text) })) as Record<string, unknown>;
    if (outDir) writeFileSync(join(outDir, `${name.replace(/\.json$/i, '')}.response.json`), `${JSON.stringify(answer, null, 2)}\n`);
    // 202: the server queued it (async, or the government system was down): the job will finish it.
    if (typeof answer.jobId === 'string' && !answer.Irn) return { ok: true, row: { file: name, status: 'queued', jobId: answer.jobId } };
    return {
      ok: true,
      row: {
        file: name,
        status: 'generated',
        Irn: answer.Irn as string,
        AckNo: answer.AckNo as number,
        AckDt: answer.AckDt as string,
        EwbNo: (answer.EwbNo as number | null) ?? null,
      },
    };
  } catch (error) {
    return { ok: false, row: { file: name, status: 'failed', error: problemOf(error) }, error };
  }
}
