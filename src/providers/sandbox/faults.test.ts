import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GstError } from '../../core/errors.ts';
import type { Provider } from '../types.ts';
import { type FaultTarget, type InjectedFault, withFaults } from './faults.ts';

/** A provider whose methods record their calls; only the ones the tests use do anything. */
function fakeProvider(calls: string[]): Provider {
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}:${JSON.stringify(args)}`);
      return name;
    };
  const everything = new Proxy({}, { get: (_t, name) => record(String(name)) });
  return {
    name: 'sandbox',
    einvoice: everything as Provider['einvoice'],
    ewaybill: everything as Provider['ewaybill'],
    taxpayer: everything as Provider['taxpayer'],
    health: async () => ({ name: 'sandbox', status: 'up' }),
  };
}

function setup(fault?: InjectedFault, timeoutMs = 1000) {
  const calls: string[] = [];
  const targets: FaultTarget[] = [];
  const slept: number[] = [];
  const provider = withFaults(
    fakeProvider(calls),
    {
      take: async (target) => {
        targets.push(target);
        return fault;
      },
    },
    { timeoutMs, sleep: async (ms) => void slept.push(ms) },
  );
  return { provider, calls, targets, slept };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof GstError ? `${e.status} ${e.code}` : String(e);
  }
};

describe('withFaults', () => {
  it('without a fault every method passes through, with the session GSTIN as target', async () => {
    const { provider, calls, targets } = setup();
    assert.equal(await provider.einvoice.getByIrn({ gstin: 'A' }, 'x'), 'getByIrn');
    assert.equal(await provider.ewaybill.getEwayBill({ gstin: 'B' }, 1), 'getEwayBill');
    assert.deepEqual(calls, ['getByIrn:[{"gstin":"A"},"x"]', 'getEwayBill:[{"gstin":"B"},1]']);
    assert.deepEqual(targets, [{ gstin: 'A' }, { gstin: 'B' }]);
  });

  it('taxpayer calls target the GSTIN looked up; a PAN lookup its PAN', async () => {
    const { provider, targets } = setup();
    await provider.taxpayer.search('29aafcd5862r1zr');
    await provider.taxpayer.returns('29AAFCD5862R1ZR', '2024-25');
    await provider.taxpayer.gstinsOfPan('aafcd5862r');
    assert.deepEqual(targets, [{ gstin: '29AAFCD5862R1ZR' }, { gstin: '29AAFCD5862R1ZR' }, { pan: 'AAFCD5862R' }]);
  });

  it('down: 503 UPSTREAM_UNAVAILABLE and the call is never made', async () => {
    const { provider, calls } = setup({ kind: 'down', delayMs: null });
    assert.equal(await codeOf(provider.einvoice.generateIrn({ gstin: 'A' }, {} as never)), '503 UPSTREAM_UNAVAILABLE');
    assert.deepEqual(calls, []);
  });

  it('slow within the timeout: waits delayMs, then calls', async () => {
    const { provider, calls, slept } = setup({ kind: 'slow', delayMs: 300 }, 1000);
    assert.equal(await provider.ewaybill.generate({ gstin: 'A' }, {} as never), 'generate');
    assert.deepEqual(slept, [300]);
    assert.equal(calls.length, 1);
  });

  it('slow beyond the timeout: waits the timeout, 504 UPSTREAM_TIMEOUT, the call never made', async () => {
    const { provider, calls, slept } = setup({ kind: 'slow', delayMs: 1001 }, 1000);
    assert.equal(await codeOf(provider.taxpayer.search('X')), '504 UPSTREAM_TIMEOUT');
    assert.deepEqual(slept, [1000]);
    assert.deepEqual(calls, []);
  });

  it('commit-then-timeout: the call is made, then 504 UPSTREAM_TIMEOUT', async () => {
    const { provider, calls } = setup({ kind: 'commit-then-timeout', delayMs: null });
    assert.equal(await codeOf(provider.einvoice.generateIrn({ gstin: 'A' }, {} as never)), '504 UPSTREAM_TIMEOUT');
    assert.equal(calls.length, 1);
  });

  it('other members read and write through to the emulator object (its helpers, methods replaced in tests)', async () => {
    const calls: string[] = [];
    class Emulator {
      base = 'x';
      async getByIrn(_s: unknown, irn: string) {
        return `${this.base}:${irn}:${await this.helper()}`;
      }
      async helper() {
        return 'real';
      }
    }
    const emulator = new Emulator();
    const inner = fakeProvider(calls);
    const provider = withFaults(
      { ...inner, einvoice: emulator as unknown as Provider['einvoice'] },
      { take: async () => undefined },
      { timeoutMs: 1 },
    );
    const seen = provider.einvoice as unknown as Emulator;
    assert.ok(seen instanceof Emulator);
    seen.helper = async () => 'patched';
    assert.equal(emulator.helper !== Emulator.prototype.helper, true, 'the replacement landed on the emulator itself');
    assert.equal(await provider.einvoice.getByIrn({ gstin: 'A' }, 'i'), 'x:i:patched');
  });

  it('health is not faulted', async () => {
    const { provider, targets } = setup({ kind: 'down', delayMs: null });
    assert.deepEqual(await provider.health(), { name: 'sandbox', status: 'up' });
    assert.deepEqual(targets, []);
  });
});
