/**
 * Issue 4: lookup latency with 100,000 taxpayers. Seeds the registry with seedSynthetic (what
 * `gstgate taxpayers seed` runs), then looks up random generated GSTINs: the repository alone, and
 * GET /v1/gstin/{gstin} through app.inject (auth, validation, search shape, serialisation; the
 * taxpayer cache is off, as by default with the sandbox provider, so each request reads the
 * database), one at a time and with several requests in flight; and GET /v1/pan/{pan}/gstins.
 */
import { syntheticTaxpayer } from '../../src/domain/taxpayer/synthetic.ts';
import { seedSynthetic } from '../../src/modules/taxpayer/taxpayer.io.ts';
import { type BenchContext, type BenchRow, type BenchSection, prng, sample } from '../harness.ts';

const SEED = 2024;

export const taxpayerLookup: BenchSection = {
  name: 'taxpayer-lookup',
  title: 'Taxpayer lookups',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const { app, opts } = ctx;
    const now = ctx.govClock.now();
    const rows: BenchRow[] = [];

    ctx.log(`seeding ${opts.count.toLocaleString('en-US')} taxpayers`);
    const started = performance.now();
    const seeded = await seedSynthetic(app.services.taxpayers, {
      count: opts.count,
      seed: SEED,
      now,
      onProgress: ({ done }) => {
        if (done % 20_000 === 0) ctx.log(`  ${done.toLocaleString('en-US')}`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      case: 'seed (seedSynthetic, 2,000-row INSERTs)',
      ops: seeded.inserted,
      perSecond: seeded.inserted / seconds,
      note: `${seconds.toFixed(1)} s`,
    });
    await app.services.taxpayers.count();

    // Random existing keys, generated before timing.
    const rnd = prng(42);
    const picked = Array.from({ length: opts.ops }, () => syntheticTaxpayer(Math.floor(rnd() * opts.count), { seed: SEED, now }));
    const gstins = picked.map((t) => t.gstin);
    const pans = picked.map((t) => t.pan);
    const headers = { authorization: `Bearer ${ctx.token}` };
    const expect200 = (res: { statusCode: number; body: string }, what: string) => {
      if (res.statusCode !== 200) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    };

    ctx.log('repository lookups');
    const repo = app.services.taxpayers;
    rows.push(
      await sample('repository findByGstin', opts.ops, async (i) => {
        if (!(await repo.findByGstin(gstins[i]))) throw new Error(`${gstins[i]} not found`);
      }),
    );

    ctx.log('GET /v1/gstin/{gstin}');
    const search = async (i: number) => expect200(await app.inject({ method: 'GET', url: `/v1/gstin/${gstins[i]}`, headers }), gstins[i]);
    rows.push(await sample('GET /v1/gstin/{gstin}', opts.ops, search));
    rows.push(
      await sample(`GET /v1/gstin/{gstin} ×${opts.concurrency} in flight`, opts.ops, search, {
        concurrency: opts.concurrency,
        note: 'throughput',
      }),
    );

    ctx.log('GET /v1/pan/{pan}/gstins');
    rows.push(
      await sample('GET /v1/pan/{pan}/gstins', opts.ops, async (i) =>
        expect200(await app.inject({ method: 'GET', url: `/v1/pan/${pans[i]}/gstins`, headers }), pans[i]),
      ),
    );
    return rows;
  },
};
