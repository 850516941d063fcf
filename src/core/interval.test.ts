import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { every } from './interval.ts';

describe('every', () => {
  it('never overlaps runs, logs a failed run and goes on', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const errors: unknown[] = [];
    const loop = every(
      5,
      async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(20);
        active--;
        if (runs === 1) throw new Error('first run fails');
      },
      (err) => errors.push(err),
    );
    await sleep(120);
    await loop.stop();
    assert.ok(runs >= 2, `ran ${runs} times`);
    assert.equal(maxActive, 1);
    assert.equal(errors.length, 1);
  });

  it('stop() waits for the run in flight, and no run follows', async () => {
    let finished = false;
    let runs = 0;
    const loop = every(
      1,
      async () => {
        runs++;
        await sleep(30);
        finished = true;
      },
      (err) => assert.fail(String(err)),
    );
    await sleep(10);
    await loop.stop();
    assert.equal(finished, true);
    await sleep(20);
    assert.equal(runs, 1);
  });

  it('kick() runs now instead of at the next tick, and once more when kicked during a run', async () => {
    let runs = 0;
    const loop = every(
      60_000,
      async () => {
        runs++;
        await sleep(20);
      },
      (err) => assert.fail(String(err)),
    );
    loop.kick();
    await sleep(5);
    assert.equal(runs, 1);
    loop.kick();
    await sleep(40);
    assert.equal(runs, 2);
    await loop.stop();
    loop.kick();
    await sleep(5);
    assert.equal(runs, 2);
  });
});
