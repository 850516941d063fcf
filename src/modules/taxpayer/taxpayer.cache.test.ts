import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheHeaders, TtlCache } from './taxpayer.cache.ts';

function fakeClock(start = Date.parse('2025-01-01T00:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), tick: (seconds: number) => (t += seconds * 1000) };
}

describe('TtlCache (taxpayer lookups)', () => {
  it('serves a stored value until its lifetime ends, with its age and the seconds left', async () => {
    const clock = fakeClock();
    const cache = new TtlCache(60, clock);
    let loads = 0;
    const load = async () => ++loads;

    assert.deepEqual(await cache.get('k', load), { value: 1, hit: false, age: 0, maxAge: 60 });
    clock.tick(15);
    assert.deepEqual(await cache.get('k', load), { value: 1, hit: true, age: 15, maxAge: 45 });
    clock.tick(45);
    assert.deepEqual(await cache.get('k', load), { value: 2, hit: false, age: 0, maxAge: 60 });
    assert.equal(loads, 2);
  });

  it('stores nothing with a lifetime of 0', async () => {
    const cache = new TtlCache(0, fakeClock());
    let loads = 0;
    for (let i = 0; i < 3; i++) assert.equal((await cache.get('k', async () => ++loads)).hit, false);
    assert.equal(loads, 3);
    assert.equal(cache.size, 0);
  });

  it('never caches a failure', async () => {
    const cache = new TtlCache(60, fakeClock());
    await assert.rejects(
      cache.get('k', async () => {
        throw new Error('not found');
      }),
      /not found/,
    );
    assert.equal((await cache.get('k', async () => 'found')).value, 'found');
  });

  it('is bounded: the oldest entry goes first', async () => {
    const cache = new TtlCache(60, fakeClock(), 3);
    for (const k of ['a', 'b', 'c', 'd']) await cache.get(k, async () => k);
    assert.equal(cache.size, 3);
    assert.equal((await cache.get('a', async () => 'a2')).hit, false);
    assert.equal((await cache.get('c', async () => 'c2')).value, 'c');
  });

  it('shares one load between concurrent misses of a key', async () => {
    const cache = new TtlCache(60, fakeClock());
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    assert.equal(a.value, 1);
    assert.equal(b.value, 1);
    assert.equal(loads, 1);
  });

  it('renders Cache-Control, X-Cache and Age', () => {
    assert.deepEqual(cacheHeaders({ hit: true, age: 12, maxAge: 48 }), {
      'cache-control': 'private, max-age=48',
      'x-cache': 'HIT',
      age: '12',
    });
    assert.deepEqual(cacheHeaders({ hit: false, age: 0, maxAge: 0 }), {
      'cache-control': 'private, max-age=0',
      'x-cache': 'MISS',
      age: '0',
    });
  });
});
