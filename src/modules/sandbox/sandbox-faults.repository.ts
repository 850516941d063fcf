/**
 * The injected government-side faults (api.md §7, issue 6), in the database so every gstgate instance
 * on it sees the same ones. `consume` takes one call off the oldest matching fault atomically, so N
 * calls spread over any number of instances consume exactly N.
 */
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.ts';
import type { FaultKind } from '../../providers/sandbox/faults.ts';
import { type SandboxFaultRow, sandboxFaults } from './sandbox-faults.tables.ts';

export interface NewFault {
  gstin: string;
  kind: FaultKind;
  count: number;
  delayMs?: number | null;
}

export class SandboxFaultsRepository {
  constructor(private readonly db: Db) {}

  async insert(fault: NewFault): Promise<SandboxFaultRow> {
    const rows = await this.db
      .insert(sandboxFaults)
      .values({ gstin: fault.gstin, kind: fault.kind, remaining: fault.count, delayMs: fault.delayMs ?? null })
      .returning();
    return rows[0];
  }

  /** Active faults (calls left), oldest first; one GSTIN's or all. */
  async list(gstin?: string): Promise<SandboxFaultRow[]> {
    const active = gt(sandboxFaults.remaining, 0);
    return this.db
      .select()
      .from(sandboxFaults)
      .where(gstin ? and(active, eq(sandboxFaults.gstin, gstin)) : active)
      .orderBy(asc(sandboxFaults.id));
  }

  /** The GSTINs that have a fault with calls left (the per-instance cache's refresh). */
  async activeGstins(): Promise<string[]> {
    const rows = await this.db.selectDistinct({ gstin: sandboxFaults.gstin }).from(sandboxFaults).where(gt(sandboxFaults.remaining, 0));
    return rows.map((r) => r.gstin);
  }

  /** Deletes every fault, or one GSTIN's; returns how many. */
  async clear(gstin?: string): Promise<number> {
    const query = this.db.delete(sandboxFaults);
    const rows = await (gstin ? query.where(eq(sandboxFaults.gstin, gstin)) : query).returning({ id: sandboxFaults.id });
    return rows.length;
  }

  /**
   * Takes one call off the oldest fault of these GSTINs; undefined when none has calls left. One
   * statement: the subquery locks the row (FOR UPDATE) and PostgreSQL re-checks `remaining > 0` on
   * the row's latest version after waiting for a concurrent consumer, moving on to the next fault
   * when that one ran out. Plain FOR UPDATE rather than SKIP LOCKED: skipping a locked row would let
   * a concurrent call pass unfaulted while that fault still has calls left (fewer than N faulted).
   * A fault reaching 0 is then deleted.
   */
  async consume(gstins: readonly string[]): Promise<SandboxFaultRow | undefined> {
    if (gstins.length === 0) return undefined;
    const next = this.db
      .select({ id: sandboxFaults.id })
      .from(sandboxFaults)
      .where(and(inArray(sandboxFaults.gstin, [...gstins]), gt(sandboxFaults.remaining, 0)))
      .orderBy(asc(sandboxFaults.id))
      .limit(1)
      .for('update');
    const rows = await this.db
      .update(sandboxFaults)
      .set({ remaining: sql`${sandboxFaults.remaining} - 1` })
      .where(and(inArray(sandboxFaults.id, next), gt(sandboxFaults.remaining, 0)))
      .returning();
    const taken = rows[0];
    if (taken && taken.remaining <= 0) {
      await this.db.delete(sandboxFaults).where(and(eq(sandboxFaults.id, taken.id), lte(sandboxFaults.remaining, 0)));
    }
    return taken;
  }
}
