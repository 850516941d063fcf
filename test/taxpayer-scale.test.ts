/**
 * Issue 4, "Lookups stay fast at that scale": 100,000 synthetic taxpayers seeded through
 * seedSynthetic (what `gstgate taxpayers seed` runs) into a fresh app database, then the query plans
 * of the registry lookups the API makes — by GSTIN (primary key), by PAN (GET /v1/pan/{pan}/gstins),
 * by state — must use an index, never a sequential scan of taxpayers. A claim about the plan, not a
 * timing (timings: `npm run bench`, docs/benchmarks.md). Runs on PGlite and, with DATABASE_URL, on
 * PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { syntheticTaxpayer } from '../src/domain/taxpayer/synthetic.ts';
import { seedSynthetic } from '../src/modules/taxpayer/taxpayer.io.ts';
import { type OwnApp, openApp, sqlRows } from './support.ts';

const COUNT = 100_000;
const SEED = 4;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

describe('100,000 taxpayers', { timeout: 600_000 }, () => {
  let own: OwnApp;
  let now: Date;
  before(async () => {
    own = await openApp();
    now = own.clock.now();
  });
  after(() => own?.close());

  async function plan(query: SQL): Promise<PlanNode[]> {
    const rows = await sqlRows<Record<string, unknown>>(own.database, sql`EXPLAIN (FORMAT JSON) ${query}`);
    const raw = rows[0]['QUERY PLAN'];
    const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    return nodesOf(doc[0].Plan);
  }

  async function assertIndexed(t: { diagnostic(msg: string): void }, what: string, query: SQL, index: string) {
    const nodes = await plan(query);
    const summary = nodes.map(
      (n) =>
        `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}`,
    );
    t.diagnostic(`${what}: ${summary.join(' > ')}`);
    assert.ok(
      !nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'taxpayers'),
      `${what}: sequential scan — ${summary.join(' > ')}`,
    );
    assert.ok(
      nodes.some((n) => n['Index Name'] === index),
      `${what}: index ${index} not used — ${summary.join(' > ')}`,
    );
  }

  it('seed finishes, every taxpayer is stored, and a re-run adds nothing', async (t) => {
    const repo = own.app.services.taxpayers;
    const demo = await repo.count();
    const started = performance.now();
    const result = await seedSynthetic(repo, { count: COUNT, seed: SEED, now });
    t.diagnostic(`${own.database.kind}: seeded ${COUNT} taxpayers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(result.generated, COUNT);
    assert.equal(result.inserted, COUNT, 'every generated GSTIN is new (no duplicates among 100,000)');
    assert.equal(await repo.count(), demo + COUNT);

    const again = await seedSynthetic(repo, { count: 2_000, seed: SEED, now, startIndex: 50_000 });
    assert.deepEqual([again.inserted, again.skipped], [0, 2_000]);
    assert.equal(await repo.count(), demo + COUNT);
  });

  it('looks generated taxpayers up through the repository', async () => {
    const repo = own.app.services.taxpayers;
    for (const index of [0, 1, 4_242, 50_000, 99_999]) {
      const expected = syntheticTaxpayer(index, { seed: SEED, now });
      const row = await repo.findByGstin(expected.gstin);
      assert.ok(row, `taxpayer #${index} ${expected.gstin} is stored`);
      assert.equal(row.legalName, expected.legalName);
      assert.equal(row.pan, expected.pan);
      assert.equal(row.stateCode, expected.stateCode);
      assert.equal(row.registrationDate, expected.registrationDate);
      assert.deepEqual(row.address, expected.address);
      assert.equal(row.syntheticFilings, true);
      const ofPan = await repo.findByPan(expected.pan);
      assert.ok(ofPan.some((r) => r.gstin === expected.gstin));
    }
    assert.equal(await repo.findByGstin('27AAAAA0000A1Z5'), undefined);
  });

  it('the lookups by GSTIN, PAN and state use an index', async (t) => {
    await sqlRows(own.database, sql`ANALYZE taxpayers`);
    const sample = syntheticTaxpayer(31_337, { seed: SEED, now });
    // The statements the repository sends (findByGstin, findRegistryFields, findByPan), with literals.
    await assertIndexed(t, 'by GSTIN', sql`SELECT * FROM taxpayers WHERE gstin = ${sample.gstin} LIMIT 1`, 'taxpayers_pkey');
    await assertIndexed(
      t,
      'by GSTINs',
      sql`SELECT gstin, sts FROM taxpayers WHERE gstin IN (${sample.gstin}, ${syntheticTaxpayer(7, { seed: SEED, now }).gstin})`,
      'taxpayers_pkey',
    );
    await assertIndexed(
      t,
      'by PAN',
      sql`SELECT gstin, state_code, sts FROM taxpayers WHERE pan = ${sample.pan} ORDER BY gstin`,
      'taxpayers_pan_idx',
    );
    // By state: the least common state of the seed, as a registry filter would ask for it.
    const [rare] = await sqlRows<{ state_code: string; n: number }>(
      own.database,
      sql`SELECT state_code, count(*)::int AS n FROM taxpayers GROUP BY state_code ORDER BY n, state_code LIMIT 1`,
    );
    await assertIndexed(
      t,
      'by state',
      sql`SELECT gstin, legal_name FROM taxpayers WHERE state_code = ${rare.state_code}`,
      'taxpayers_state_idx',
    );
    await assertIndexed(
      t,
      'by PAN and state',
      sql`SELECT gstin FROM taxpayers WHERE pan = ${sample.pan} AND state_code = ${sample.stateCode}`,
      'taxpayers_pan_idx',
    );
  });
});
