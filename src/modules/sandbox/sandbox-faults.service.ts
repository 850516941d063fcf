/**
 * Sandbox faults (api.md §7, issue 6): the admin API's side (add, list, clear) and the provider
 * wrapper's (take one for a call, providers/sandbox/faults.ts).
 *
 * Cost when no fault exists: each instance caches the set of GSTINs that have faults and refreshes
 * it from the table at most every `refreshMs` (200 ms), so a call for a GSTIN without faults costs no
 * database round trip (issue 9 measures IRN/s). This instance's own POST and DELETE take effect at
 * once; another instance's within `refreshMs`. A GSTIN in the set costs one atomic UPDATE per call.
 */
import type { FaultKind, FaultSource, FaultTarget, InjectedFault } from '../../providers/sandbox/faults.ts';
import type { SandboxFaultsRepository } from './sandbox-faults.repository.ts';
import type { SandboxFaultRow } from './sandbox-faults.tables.ts';

export const FAULT_CACHE_MS = 200;

export interface FaultView {
  id: number;
  gstin: string;
  kind: FaultKind;
  remaining: number;
  delayMs: number | null;
  createdAt: string;
}

export function faultView(row: SandboxFaultRow): FaultView {
  return {
    id: row.id,
    gstin: row.gstin,
    kind: row.kind as FaultKind,
    remaining: row.remaining,
    delayMs: row.delayMs,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A GSTIN's PAN: characters 3 to 12 (reference B5.1). */
const panOf = (gstin: string) => gstin.slice(2, 12);

export class SandboxFaults implements FaultSource {
  /** GSTINs with faults, as of the last refresh (plus this instance's own additions since). */
  private active = new Set<string>();
  private checkedAt = Number.NEGATIVE_INFINITY;
  private refreshing?: Promise<void>;
  /** Bumped by this instance's changes: a refresh or a miss that began earlier must not undo them. */
  private generation = 0;

  constructor(
    private readonly repo: SandboxFaultsRepository,
    private readonly refreshMs = FAULT_CACHE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async add(fault: { gstin: string; kind: FaultKind; count?: number; delayMs?: number | null }): Promise<FaultView> {
    const gstin = fault.gstin.toUpperCase();
    const row = await this.repo.insert({ gstin, kind: fault.kind, count: fault.count ?? 1, delayMs: fault.delayMs ?? null });
    this.invalidate();
    this.active.add(gstin);
    return faultView(row);
  }

  async list(gstin?: string): Promise<FaultView[]> {
    return (await this.repo.list(gstin?.toUpperCase())).map(faultView);
  }

  async clear(gstin?: string): Promise<{ deleted: number }> {
    const deleted = await this.repo.clear(gstin?.toUpperCase());
    this.invalidate();
    return { deleted };
  }

  /** Forget the cached set: the next call reads the table. */
  invalidate(): void {
    this.generation += 1;
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  async take(target: FaultTarget): Promise<InjectedFault | undefined> {
    if (this.now() - this.checkedAt >= this.refreshMs) await this.refresh();
    const gstins = this.matching(target);
    if (gstins.length === 0) return undefined;
    const generation = this.generation;
    const row = await this.repo.consume(gstins);
    if (!row) {
      // Used up (here or elsewhere) since the refresh: stop asking for these until the next one.
      if (generation === this.generation) for (const g of gstins) this.active.delete(g);
      return undefined;
    }
    return { kind: row.kind as FaultKind, delayMs: row.delayMs };
  }

  private matching(target: FaultTarget): string[] {
    if (this.active.size === 0) return [];
    if ('gstin' in target) return this.active.has(target.gstin) ? [target.gstin] : [];
    return [...this.active].filter((g) => panOf(g) === target.pan);
  }

  /** One refresh at a time per instance; callers arriving meanwhile wait for it. */
  private refresh(): Promise<void> {
    if (!this.refreshing) {
      const generation = this.generation;
      this.refreshing = this.repo
        .activeGstins()
        .then((gstins) => {
          if (generation !== this.generation) return;
          this.active = new Set(gstins);
          this.checkedAt = this.now();
        })
        .finally(() => {
          this.refreshing = undefined;
        });
    }
    return this.refreshing;
  }
}
