/**
 * ActivityService: the audit log, the webhook events it queues, and the e-way bill watch that turns
 * validity into ewaybill.expiring / ewaybill.expired (issue 6). Routes record through the activity
 * hook (route-activity.ts); the job runner and the expiry scan record as `system`.
 */
import type { Clock } from '../../core/clock.ts';
import type { Db } from '../../core/db.ts';
import { newEventId } from '../../core/ids.ts';
import { formatEwbDateTime, parseEwbDateTime, parseIstDateTime } from '../../domain/dates.ts';
import type { EwaybillWatchRepository } from '../webhooks/ewaybill-watch.repository.ts';
import type { Activity, ActivityEntry, WebhookEvent } from './activity.ts';
import type { AuditFilter, AuditRepository, Executor, WebhookEnvelope } from './audit.repository.ts';

export interface ActivityOptions {
  /** ewaybill.expiring this many hours before the end of validity (GSTGATE_EWB_EXPIRY_LEAD_HOURS). */
  expiryLeadHours: number;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  action: string;
  docType: string | null;
  docId: string | null;
  requestId: string | null;
  outcome: 'success' | 'failure';
  detail: unknown;
}

/** Rows claimed per transaction by the scan. */
const SCAN_BATCH = 200;
/** Watched bills expired longer than this are closed: past NIC's 8-hour extension window (382), with margin. */
const RETIRE_AFTER_MS = 24 * 3_600_000;

/** An e-way bill's validity as either system writes it: EWB `dd/MM/yyyy hh:mm:ss AM|PM` or IRP `yyyy-MM-dd HH:mm:ss` (IST). */
export function parseValidity(text: string | null | undefined): Date | null | undefined {
  if (text === null || text === undefined || text === '') return null;
  return parseEwbDateTime(text) ?? parseIstDateTime(text);
}

export class ActivityService implements Activity {
  /** Called when deliveries were queued, so this instance's dispatcher sends them without waiting for its next poll. */
  onQueued?: () => void;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditRepository,
    private readonly watch: EwaybillWatchRepository,
    /** The government clock: validity is government time (api.md §7). */
    private readonly govClock: Clock,
    /** Real time: when the gateway recorded something. */
    private readonly clock: Clock,
    private readonly options: ActivityOptions,
  ) {}

  async record(entry: ActivityEntry, event?: WebhookEvent): Promise<void> {
    const queued = await this.recordWith(this.db, entry, event);
    if (queued > 0) this.onQueued?.();
  }

  private recordWith(exec: Executor, entry: ActivityEntry, event?: WebhookEvent): Promise<number> {
    const envelope: WebhookEnvelope | undefined = event && {
      id: newEventId(),
      type: event.name,
      createdAt: this.clock.now().toISOString(),
      gstin: entry.gstin,
      data: event.data,
    };
    return this.audit.insert(entry, envelope, exec);
  }

  /**
   * Watches an e-way bill's validity as the e-way bill system answered it (generate, Part-B, extend,
   * by IRN). null is a Part-A slip (no validity until its first Part-B); an unreadable date is ignored.
   */
  async watchEwayBill(gstin: string, ewbNo: string | number, validUpto: string | null | undefined): Promise<void> {
    const parsed = parseValidity(validUpto);
    if (parsed === undefined) return;
    await this.watch.upsert(gstin, String(ewbNo), parsed);
  }

  /** Cancelled or rejected: neither expiring nor expired will be sent. */
  async closeEwayBill(ewbNo: string | number): Promise<void> {
    await this.watch.close(String(ewbNo));
  }

  /**
   * One pass of the expiry scan on the government clock: ewaybill.expiring once per validity when
   * validUpto − now ≤ lead; ewaybill.expired once when now > validUpto. Each claim and its audit
   * rows and deliveries commit together, so a crash neither loses nor repeats an event.
   */
  async scanExpiring(): Promise<{ expiring: number; expired: number }> {
    const now = this.govClock.now();
    const horizon = new Date(now.getTime() + this.options.expiryLeadHours * 3_600_000);
    let queued = 0;
    const pass = async (kind: 'ewaybill.expiring' | 'ewaybill.expired'): Promise<number> => {
      let total = 0;
      for (;;) {
        const count = await this.db.transaction(async (tx) => {
          const rows =
            kind === 'ewaybill.expiring'
              ? await this.watch.claimExpiring(tx, now, horizon, SCAN_BATCH)
              : await this.watch.claimExpired(tx, now, SCAN_BATCH);
          for (const row of rows) {
            const validUpto = formatEwbDateTime(row.validUpto);
            queued += await this.recordWith(
              tx,
              {
                gstin: row.gstin,
                actor: 'system',
                action: kind,
                docType: 'ewaybill',
                docId: row.ewbNo,
                outcome: 'success',
                detail: { validUpto },
              },
              {
                name: kind,
                data: {
                  ewbNo: Number(row.ewbNo),
                  validUpto,
                  expiresAt: row.validUpto.toISOString(),
                  // Government time of the scan (the sandbox clock), so a receiver sees why it fired.
                  scannedAt: now.toISOString(),
                },
              },
            );
          }
          return rows.length;
        });
        total += count;
        if (count < SCAN_BATCH) return total;
      }
    };
    const expired = await pass('ewaybill.expired');
    const expiring = await pass('ewaybill.expiring');
    await this.watch.retire(new Date(now.getTime() - RETIRE_AFTER_MS));
    if (queued > 0) this.onQueued?.();
    return { expiring, expired };
  }

  /** The caller's audit log, newest first; `next` is the `before` of the following page. */
  async list(gstin: string, filter: AuditFilter): Promise<{ entries: AuditEntryView[]; next?: string }> {
    const rows = await this.audit.list(gstin, filter);
    const page = rows.slice(0, filter.limit);
    return {
      entries: page.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor,
        action: r.action,
        docType: r.docType,
        docId: r.docId,
        requestId: r.requestId,
        outcome: r.outcome === 'failure' ? 'failure' : 'success',
        detail: r.detail ?? null,
      })),
      ...(rows.length > filter.limit ? { next: String(page[page.length - 1].id) } : {}),
    };
  }
}
