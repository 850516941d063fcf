import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SandboxFaultsRepository } from './sandbox-faults.repository.ts';
import { SandboxFaults } from './sandbox-faults.service.ts';
import type { SandboxFaultRow } from './sandbox-faults.tables.ts';

/** An in-memory stand-in for the table that counts the queries made. */
function fakeRepo() {
  const rows: SandboxFaultRow[] = [];
  const queries: string[] = [];
  let id = 0;
  const repo = {
    insert: async (f: { gstin: string; kind: string; count: number; delayMs?: number | null }) => {
      queries.push('insert');
      const row = { id: ++id, gstin: f.gstin, kind: f.kind, remaining: f.count, delayMs: f.delayMs ?? null, createdAt: new Date(0) };
      rows.push(row);
      return row;
    },
    list: async () => rows.filter((r) => r.remaining > 0),
    activeGstins: async () => {
      queries.push('refresh');
      return [...new Set(rows.filter((r) => r.remaining > 0).map((r) => r.gstin))];
    },
    clear: async () => {
      queries.push('clear');
      return rows.splice(0).length;
    },
    consume: async (gstins: readonly string[]) => {
      queries.push(`consume:${gstins.join(',')}`);
      const row = rows.find((r) => gstins.includes(r.gstin) && r.remaining > 0);
      if (row) row.remaining -= 1;
      return row ? { ...row } : undefined;
    },
  };
  return { repo: repo as unknown as SandboxFaultsRepository, rows, queries };
}

const A = '29AAFCD5862R1ZR';
const B = '29AAACW4202F1ZM';

describe('SandboxFaults (per-instance cache of the GSTINs with faults)', () => {
  it('no faults: one refresh, then no query per call until refreshMs has passed', async () => {
    let now = 0;
    const { repo, queries } = fakeRepo();
    const faults = new SandboxFaults(repo, 200, () => now);
    for (let i = 0; i < 5; i++) assert.equal(await faults.take({ gstin: A }), undefined);
    assert.deepEqual(queries, ['refresh']);
    now = 199;
    await faults.take({ gstin: A });
    assert.deepEqual(queries, ['refresh']);
    now = 200;
    await faults.take({ gstin: A });
    assert.deepEqual(queries, ['refresh', 'refresh']);
  });

  it("this instance's own fault applies at once; other GSTINs still cost nothing", async () => {
    const { repo, queries } = fakeRepo();
    const faults = new SandboxFaults(repo, 200, () => 0);
    await faults.take({ gstin: A }); // cached: none
    await faults.add({ gstin: A.toLowerCase(), kind: 'down', count: 2 });
    assert.equal(await faults.take({ gstin: B }), undefined);
    assert.deepEqual(await faults.take({ gstin: A }), { kind: 'down', delayMs: null });
    assert.deepEqual(await faults.take({ gstin: A }), { kind: 'down', delayMs: null });
    assert.equal(await faults.take({ gstin: A }), undefined); // used up: forgotten until the next refresh
    assert.equal(await faults.take({ gstin: A }), undefined);
    assert.deepEqual(
      queries.filter((q) => q.startsWith('consume')),
      [`consume:${A}`, `consume:${A}`, `consume:${A}`],
    );
  });

  it("another instance's fault is seen after the next refresh", async () => {
    let now = 0;
    const { repo, rows } = fakeRepo();
    const faults = new SandboxFaults(repo, 200, () => now);
    await faults.take({ gstin: A });
    rows.push({ id: 99, gstin: A, kind: 'slow', remaining: 1, delayMs: 5, createdAt: new Date(0) });
    assert.equal(await faults.take({ gstin: A }), undefined);
    now = 250;
    assert.deepEqual(await faults.take({ gstin: A }), { kind: 'slow', delayMs: 5 });
  });

  it('a PAN lookup meets the faults of that PAN’s GSTINs', async () => {
    const { repo } = fakeRepo();
    const faults = new SandboxFaults(repo, 200, () => 0);
    await faults.add({ gstin: A, kind: 'down' });
    assert.equal(await faults.take({ pan: 'AAACW4202F' }), undefined);
    assert.deepEqual(await faults.take({ pan: 'AAFCD5862R' }), { kind: 'down', delayMs: null });
  });

  it('clear forgets the cache: the next call reads the table again', async () => {
    const { repo, queries } = fakeRepo();
    const faults = new SandboxFaults(repo, 200, () => 0);
    await faults.add({ gstin: A, kind: 'down', count: 5 });
    assert.deepEqual(await faults.clear(), { deleted: 1 });
    assert.equal(await faults.take({ gstin: A }), undefined);
    assert.deepEqual(queries, ['insert', 'clear', 'refresh']);
  });
});
