/**
 * Bulk upload (issue 7): a file of invoices becomes a batch; a job validates every invoice first
 * (parseInvoice + validateInvoice offline, as the generate route and the IRP do: the same codes),
 * then registers the valid ones through EinvoiceService.generate as the uploader, with bounded
 * concurrency, in chunks (each job run takes up to RUN_BUDGET_MS of work, then queues its own
 * continuation), writing row results a chunk at a time. The rows' states are the batch's progress
 * and what a restart resumes from.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import { fail, type Problem } from '../../core/errors.ts';
import { toGstError } from '../../core/http/problem.ts';
import { isUuid } from '../../core/ids.ts';
import { RetryJob } from '../../core/jobs.ts';
import { parseInvoice } from '../../domain/invoice/parse.ts';
import { validateEinvoice } from '../../validate/index.ts';
import type { ActivityService } from '../audit/activity.service.ts';
import { recordGenerated } from '../audit/route-activity.ts';
import type { AuthContext } from '../auth/auth.service.ts';
import type { EinvoiceService } from '../einvoice/einvoice.service.ts';
import { RETRYABLE_STATUSES } from '../jobs/einvoice-generate.job.ts';
import { type BulkInvoice, columnOf, jsonToInvoices, rowsToInvoices } from './bulk.columns.ts';
import { type BulkFormat, readCsv, readJson, readXlsx } from './bulk.files.ts';
import type { BulkRepository, BulkRowStatus, NewBulkRow, RowSummary, RowUpdate } from './bulk.repository.ts';
import type { BulkBatchRow } from './bulk.tables.ts';

export const BULK_QUEUE = 'einvoice.bulk';

export interface BulkJobData {
  batchId: string;
}

export interface BulkOptions {
  maxRows: number;
  /** Parallel generations within a batch. */
  concurrency: number;
  /** A row left `generating` this long ago belongs to a runner that died (the job timeout). */
  staleAfterMs: number;
}

export interface BulkQueue {
  send(name: string, data: BulkJobData): Promise<string>;
}

export type RowError = Problem & { column?: string };

export interface BatchView {
  batchId: string;
  state: string;
  fileName: string | null;
  format: string;
  total: number;
  fileRows: number;
  validated: number;
  valid: number;
  invalid: number;
  generated: number;
  failed: number;
  duplicate: number;
  progress: number;
  createdAt: string;
  updatedAt: string;
}

const VALIDATE_CHUNK = 1000;
/** Rows claimed at once: their results are written in one statement. */
const CLAIM_CHUNK = 200;
/** Work per job run before it hands over to a continuation (well below GSTGATE_JOB_TIMEOUT_SECONDS). */
const RUN_BUDGET_MS = 30_000;

export class BulkService {
  constructor(
    private readonly repo: BulkRepository,
    private readonly einvoice: EinvoiceService,
    private readonly queue: BulkQueue,
    /** The government clock: document dates are checked against it (2163). */
    private readonly govClock: Clock,
    private readonly options: BulkOptions,
    /** The audit log and webhooks: each IRN a batch generates is recorded as a queued job's is. */
    private readonly activity?: ActivityService,
  ) {}

  /** Reads the file, stores the batch and its invoices (pending) and queues the job. */
  async upload(auth: AuthContext, file: { body: unknown; format: BulkFormat; fileName?: string }): Promise<BatchView> {
    const invoices = await this.read(file.body, file.format);
    if (invoices.length === 0) fail('BULK_FILE_INVALID', ['the file has no invoice rows']);
    const id = randomUUID();
    const fileRows = invoices.reduce((n, inv) => n + inv.lines, 0);
    const rows: NewBulkRow[] = invoices.map((inv, i) => ({
      batchId: id,
      seq: i + 1,
      rowNo: inv.rowNo,
      lastRowNo: inv.lastRowNo,
      ...docOf(inv.payload),
      status: 'pending',
      errors: inv.problems.length ? inv.problems.map((p) => ({ ...p, column: p.field })) : null,
      payload: inv.payload,
    }));
    await this.repo.create(
      {
        id,
        gstin: auth.gstin,
        userId: auth.userId,
        username: auth.username ?? null,
        fileName: file.fileName ?? null,
        format: file.format,
        state: 'validating',
        total: rows.length,
        fileRows,
      },
      rows,
    );
    await this.queue.send(BULK_QUEUE, { batchId: id });
    return this.get(auth, id);
  }

  private async read(body: unknown, format: BulkFormat): Promise<BulkInvoice[]> {
    if (!Buffer.isBuffer(body) || body.length === 0) fail('BULK_FILE_INVALID', ['the file is empty']);
    const max = this.options.maxRows;
    if (format === 'json') return jsonToInvoices(readJson(body, max));
    const sheet = format === 'csv' ? readCsv(body, max) : await readXlsx(body, max);
    return rowsToInvoices(sheet.header, sheet.rows);
  }

  /** The caller's batch; another GSTIN's is as unknown (404). */
  private async batchOf(auth: AuthContext, id: string): Promise<BulkBatchRow> {
    const batch = isUuid(id) ? await this.repo.findBatch(id.toLowerCase()) : undefined;
    if (!batch || batch.gstin !== auth.gstin) fail('NOT_FOUND', [`Bulk batch ${id} not found`]);
    return batch;
  }

  async get(auth: AuthContext, id: string): Promise<BatchView> {
    const batch = await this.batchOf(auth, id);
    const n = await this.repo.counts(batch.id);
    const c = (s: BulkRowStatus) => n[s] ?? 0;
    const total = batch.total;
    const validated = total - c('pending');
    const settled = c('invalid') + c('generated') + c('failed') + c('duplicate');
    return {
      batchId: batch.id,
      state: batch.state,
      fileName: batch.fileName,
      format: batch.format,
      total,
      fileRows: batch.fileRows,
      validated,
      valid: validated - c('invalid'),
      invalid: c('invalid'),
      generated: c('generated'),
      failed: c('failed'),
      duplicate: c('duplicate'),
      // Half for validation, half for generation; 1 once completed.
      progress: batch.state === 'completed' ? 1 : total === 0 ? 0 : Math.min(1, (validated + settled) / (2 * total)),
      createdAt: batch.createdAt.toISOString(),
      updatedAt: batch.updatedAt.toISOString(),
    };
  }

  async rows(auth: AuthContext, id: string, q: { status?: string; limit: number; offset: number }): Promise<RowSummary[]> {
    const batch = await this.batchOf(auth, id);
    return this.repo.listRows(batch.id, q);
  }

  /** Every row, in file order, for the results download (read in pages). */
  async allRows(auth: AuthContext, id: string): Promise<RowSummary[]> {
    const batch = await this.batchOf(auth, id);
    const out: RowSummary[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await this.repo.listRows(batch.id, { limit: 5000, offset });
      out.push(...page);
      if (page.length < 5000) return out;
    }
  }

  /**
   * One job run: validates every pending row, then generates until the budget is spent. Returns
   * true when the batch is complete; false when the caller must queue a continuation.
   * Retryable IRP failures (502/503/504) leave their rows valid and throw RetryJob (the queue's
   * backoff); on the job's last attempt they are written as failed.
   */
  async run(batchId: string, lastAttempt: boolean): Promise<boolean> {
    const batch = await this.repo.findBatch(batchId);
    if (!batch || batch.state === 'completed') return true;
    const auth: AuthContext = { gstin: batch.gstin, userId: batch.userId, username: batch.username ?? undefined };
    const started = Date.now();

    for (;;) {
      const pending = await this.repo.pending(batchId, VALIDATE_CHUNK);
      if (pending.length === 0) break;
      const now = this.govClock.now();
      const updates: RowUpdate[] = pending.map((row) => validateRow(auth, row.seq, row.payload, row.errors, now, batch.format !== 'json'));
      await this.repo.update(batchId, updates);
      await this.repo.touch(batchId);
    }
    if (batch.state === 'validating') await this.repo.setState(batchId, 'generating');

    let retryable = 0;
    while (Date.now() - started < RUN_BUDGET_MS) {
      const claimed = await this.repo.claim(batchId, CLAIM_CHUNK, new Date(Date.now() - this.options.staleAfterMs));
      if (claimed.length === 0) break;
      const results = await pool(claimed, this.options.concurrency, (row) => this.generateRow(auth, batchId, row, lastAttempt));
      await this.repo.update(batchId, results);
      await this.repo.touch(batchId);
      retryable += results.filter((r) => r.status === 'valid').length;
      if (retryable > 0) break;
    }
    if (retryable > 0) throw new RetryJob({ batchId, retryable, message: 'the IRP is unavailable; the batch resumes later' });
    const left = await this.repo.counts(batchId);
    if ((left.valid ?? 0) + (left.generating ?? 0) + (left.pending ?? 0) > 0) return false;
    await this.repo.setState(batchId, 'completed');
    return true;
  }

  /** The audit entry and einvoice.generated event of one generated row; a failure to record never fails the row. */
  private async record(auth: AuthContext, batchId: string, rowNo: number, invoice: unknown, result: object): Promise<void> {
    if (!this.activity) return;
    const requestedBy = auth.username ? { requestedBy: auth.username } : { requestedByUserId: auth.userId };
    await recordGenerated(this.activity, { gstin: auth.gstin, invoice, result, context: { batchId, row: rowNo, ...requestedBy } }).catch(
      () => undefined,
    );
  }

  private async generateRow(
    auth: AuthContext,
    batchId: string,
    row: { seq: number; attempts: number; payload: unknown },
    lastAttempt: boolean,
  ): Promise<RowUpdate> {
    // Parsed again: the stored JSON is canonical but jsonb reorders keys; the signed invoice keeps INV-01's order.
    const parsed = parseInvoice(row.payload);
    if (!parsed.ok) return { seq: row.seq, status: 'invalid', errors: parsed.problems };
    const invoice = parsed.invoice;
    try {
      const doc = await this.einvoice.generate(auth, invoice);
      await this.record(auth, batchId, row.seq, invoice, doc);
      return { seq: row.seq, status: 'generated', irn: doc.Irn, ackNo: doc.AckNo, ackDt: doc.AckDt };
    } catch (err) {
      // A row claimed again after its runner died: its earlier attempt may have registered it.
      const own = row.attempts > 1 ? await this.einvoice.ownEarlierAttempt(auth, invoice, err).catch(() => undefined) : undefined;
      if (own) {
        await this.record(auth, batchId, row.seq, invoice, own);
        return { seq: row.seq, status: 'generated', irn: own.Irn, ackNo: own.AckNo, ackDt: own.AckDt };
      }
      const gst = toGstError(err);
      if (gst.code === '2150') {
        const dup = dupOf(gst.info);
        return {
          seq: row.seq,
          status: 'duplicate',
          errors: gst.errors,
          irn: dup?.Irn ?? null,
          ackNo: dup?.AckNo ?? null,
          ackDt: dup?.AckDt ?? null,
        };
      }
      if (RETRYABLE_STATUSES.has(gst.status) && !lastAttempt) return { seq: row.seq, status: 'valid', errors: gst.errors };
      return { seq: row.seq, status: 'failed', errors: gst.errors };
    }
  }
}

/**
 * Validation of one row: the offline library's validateEinvoice (the generate route's parseInvoice, then
 * the IRP's rules without the registry: 3028/307x come at generation), so a row fails as an ERP's
 * pre-check with `gstgate/validate` does.
 */
function validateRow(auth: AuthContext, seq: number, payload: unknown, stored: unknown, now: Date, tabular: boolean): RowUpdate {
  // Layout problems found while reading the file (BULK_ROW_CONFLICT) were stored with the pending row.
  const layout = Array.isArray(stored) ? (stored as RowError[]) : [];
  const problems: Problem[] = validateEinvoice(payload, { now, submitterGstin: auth.gstin }).errors;
  const errors: RowError[] = [...layout, ...problems].map((p) => {
    const column = tabular ? columnOf(p.field) : undefined;
    return column ? { ...p, column } : p;
  });
  if (errors.length > 0) return { seq, status: 'invalid', errors };
  // The payload stays as uploaded: generation parses it again (one code path, and no jsonb rewrite of every row).
  return { seq, status: 'valid', errors: null };
}

/** Document type, number and date as written (any key case), for listings of rows that may not parse. */
function docOf(payload: unknown): { docType: string | null; docNo: string | null; docDate: string | null } {
  const get = (o: unknown, key: string): unknown => {
    if (typeof o !== 'object' || o === null) return undefined;
    const k = Object.keys(o).find((x) => x.toLowerCase() === key.toLowerCase());
    return k === undefined ? undefined : (o as Record<string, unknown>)[k];
  };
  const doc = get(payload, 'DocDtls');
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
  return { docType: text(get(doc, 'Typ')), docNo: text(get(doc, 'No')), docDate: text(get(doc, 'Dt')) };
}

function dupOf(info: readonly unknown[] | undefined): { Irn?: string; AckNo?: number; AckDt?: string } | undefined {
  for (const entry of info ?? []) {
    const e = entry as { InfCd?: unknown; Desc?: { Irn?: string; AckNo?: number; AckDt?: string } };
    if (e?.InfCd === 'DUPIRN' && e.Desc) return e.Desc;
  }
  return undefined;
}

/** Runs `fn` over `items` with at most `width` at a time; results in input order. */
async function pool<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}
