/**
 * bulk upload <csv|xlsx|json>: POST /v1/einvoice/bulk, then poll the batch with a live progress bar
 * (stderr, terminal only) until it completes, and print one line per invoice: its status and IRN, or its
 * error codes. `--results out.csv|out.xlsx` saves the server's results file. Exit 0 when every invoice
 * has an IRN (generated, or a duplicate of a registered one), 2 when some failed, 1 when none has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Command, InvalidArgumentError } from 'commander';
import type { ResponseBody } from '../../../packages/sdk/src/index.ts';
import { act } from '../action.ts';
import { EXIT } from '../exit-codes.ts';
import { emit, formatTable, print } from '../output.ts';
import { progressBar } from '../progress.ts';
import { clientFor, type ServerOptions, serverOptions } from '../session.ts';

/** A row of GET /v1/einvoice/bulk/{batchId}/rows, typed by the SDK from openapi.json. */
type BulkRows = ResponseBody<'/v1/einvoice/bulk/{batchId}/rows', 'get'>;
type BulkRow = BulkRows['rows'][number];

const PAGE = 1000;

export function registerBulkCommands(program: Command): void {
  const bulk = program.command('bulk').description('bulk upload of invoices');
  serverOptions(
    bulk
      .command('upload')
      .description(
        'upload a CSV/XLSX (layout: docs/bulk-columns.md) or a JSON array of INV-01 invoices; waits for the batch and prints each invoice',
      )
      .argument('<file>', '.csv, .xlsx or .json')
      .option('--results <file>', 'also save the results file (.csv or .xlsx, by the extension)')
      .option(
        '--poll-ms <ms>',
        'how often to ask for progress',
        (v) => {
          if (!/^\d+$/.test(v) || Number(v) < 50) throw new InvalidArgumentError('--poll-ms must be a whole number ≥ 50');
          return Number(v);
        },
        500,
      )
      .option('-q, --quiet', 'no progress bar'),
  ).action(
    act(async (file: string, opts: ServerOptions & { results?: string; pollMs: number; quiet?: boolean }) => {
      const gg = clientFor(opts);
      const accepted = await gg.bulk.upload(readFileSync(file), basename(file));
      process.stderr.write(`uploaded ${basename(file)}: batch ${accepted.batchId}, ${accepted.rows} invoices\n`);
      const bar = progressBar(100, '%', opts);
      let view = await gg.bulk.get(accepted.batchId);
      while (view.state !== 'completed') {
        bar?.update(Math.floor(view.progress * 100));
        await sleep(opts.pollMs);
        view = await gg.bulk.get(accepted.batchId);
      }
      bar?.update(100);
      bar?.stop();

      const rows: BulkRow[] = [];
      for (let offset = 0; offset < view.total; offset += PAGE) {
        const page = await gg.bulk.rows(accepted.batchId, { limit: PAGE, offset });
        rows.push(...page.rows);
        if (page.rows.length < PAGE) break;
      }
      if (opts.results) {
        const format = extname(opts.results).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
        writeFileSync(opts.results, await gg.bulk.results(accepted.batchId, format));
      }

      const done = view.generated + view.duplicate;
      emit(opts, { batch: view, rows }, () => {
        print(
          formatTable(
            rows.map((r) => ({
              row: r.lastRowNo > r.rowNo ? `${r.rowNo}-${r.lastRowNo}` : r.rowNo,
              docNo: r.docNo ?? '',
              status: r.status,
              irn: r.irn ?? '',
              ackNo: r.ackNo ?? '',
              errors: r.errors
                .map((e) => `${e.code}${e.column ? ` [${e.column}]` : e.field ? ` [${e.field}]` : ''}: ${e.message}`)
                .join('; '),
            })),
          ),
        );
        print(
          `batch ${view.batchId}: ${view.total} invoices, ${view.generated} generated, ${view.duplicate} duplicate, ` +
            `${view.invalid} invalid, ${view.failed} failed${opts.results ? `; results in ${opts.results}` : ''}`,
        );
      });
      if (done === view.total) return EXIT.OK;
      return done === 0 ? EXIT.REFUSED : EXIT.PARTIAL;
    }),
  );
}
