/**
 * Sandbox fault injection (api.md §7, issue 6): the sandbox provider wrapped so that a GSTIN's next
 * government-side calls misbehave as a real IRP, e-way bill system or GST portal can:
 *   down                 503 UPSTREAM_UNAVAILABLE, the call never reaches the government system
 *   slow                 the call is answered after delayMs; a delay beyond the gateway's upstream
 *                        timeout (GSTGATE_NIC_TIMEOUT_MS, the one the nic provider uses) gives 504
 *                        UPSTREAM_TIMEOUT after that timeout instead, and the call never arrives
 *   commit-then-timeout  the call is made (the document IS registered) and its answer lost: 504
 * Which GSTIN a call belongs to: e-invoice and e-way bill calls act for the session (the caller's
 * token GSTIN, or the /nic session's). The common portal's public API has no session (the GSP calls
 * it, reference B0): its calls belong to the GSTIN looked up (a PAN lookup to that PAN's GSTINs).
 */
import { setTimeout as defaultSleep } from 'node:timers/promises';
import { GstError, problem } from '../../core/errors.ts';
import type { EinvoiceProvider, EwaybillProvider, Provider, ProviderSession, TaxpayerProvider } from '../types.ts';

export type FaultKind = 'down' | 'slow' | 'commit-then-timeout';

export interface InjectedFault {
  kind: FaultKind;
  delayMs: number | null;
}

/** Whose call it is: a GSTIN, or (PAN lookups) every GSTIN of a PAN. */
export type FaultTarget = { gstin: string } | { pan: string };

/** Where faults come from (the sandbox_faults table through SandboxFaults): one call consumed per answer. */
export interface FaultSource {
  take(target: FaultTarget): Promise<InjectedFault | undefined>;
}

export interface FaultOptions {
  /** The gateway's upstream timeout: a slower `slow` fault times out after it. */
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const timeout = () => new GstError([problem('UPSTREAM_TIMEOUT')]);

/** Runs one government call under the fault taken for its target, if any. */
async function underFault<T>(source: FaultSource, target: FaultTarget, opts: FaultOptions, call: () => Promise<T>): Promise<T> {
  const fault = await source.take(target);
  if (!fault) return call();
  const sleep = opts.sleep ?? defaultSleep;
  switch (fault.kind) {
    case 'down':
      throw new GstError([problem('UPSTREAM_UNAVAILABLE', ['sandbox fault "down" injected for this GSTIN'])]);
    case 'slow': {
      const delay = fault.delayMs ?? 0;
      if (delay > opts.timeoutMs) {
        await sleep(opts.timeoutMs);
        throw timeout();
      }
      await sleep(delay);
      return call();
    }
    case 'commit-then-timeout':
      // Whatever the government system answered (the document, or a rejection) is lost on the way back.
      await call().catch(() => undefined);
      throw timeout();
  }
}

// Every method of each interface (the Record type makes the compiler insist on all of them).
const EINVOICE_METHODS: Record<keyof EinvoiceProvider, true> = {
  generateEwbByIrn: true,
  getEwbByIrn: true,
  generateIrn: true,
  cancelIrn: true,
  getByIrn: true,
  getByDocument: true,
  getGstinDetails: true,
  syncGstinDetails: true,
};

const EWAYBILL_METHODS: Record<keyof EwaybillProvider, true> = {
  generate: true,
  updatePartB: true,
  updateTransporter: true,
  extend: true,
  cancel: true,
  reject: true,
  consolidate: true,
  regenerateTripSheet: true,
  initiateMultiVehicle: true,
  addMultiVehicle: true,
  changeMultiVehicle: true,
  getEwayBill: true,
  listByDate: true,
  getByDocument: true,
  getTripSheet: true,
};

const TAXPAYER_METHODS: Record<keyof TaxpayerProvider, true> = {
  search: true,
  status: true,
  returns: true,
  preference: true,
  gstinsOfPan: true,
};

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * The target behind a Proxy whose interface methods run under faults. Everything else reads and
 * writes through to the emulator object itself (its own helpers such as SandboxEwb.isActive, and
 * tests that replace one of its methods, which the emulator's internal calls then see).
 */
function wrap<T extends object>(
  target: T,
  methods: Record<keyof T, true>,
  targetOf: (method: string, args: unknown[]) => FaultTarget,
  source: FaultSource,
  opts: FaultOptions,
): T {
  const self = target as Record<string, AnyMethod>;
  const wrapped = new Map<PropertyKey, AnyMethod>();
  for (const name of Object.keys(methods)) {
    wrapped.set(name, (...args: unknown[]) => underFault(source, targetOf(name, args), opts, () => self[name].apply(target, args)));
  }
  return new Proxy(target, { get: (t, prop, receiver) => wrapped.get(prop) ?? Reflect.get(t, prop, receiver) });
}

const sessionTarget = (_method: string, args: unknown[]): FaultTarget => ({ gstin: (args[0] as ProviderSession).gstin });

const subjectTarget = (method: string, args: unknown[]): FaultTarget => {
  const key = String(args[0] ?? '').toUpperCase();
  return method === 'gstinsOfPan' ? { pan: key } : { gstin: key };
};

/** The sandbox provider with faults applied to every government-side call; health is left alone. */
export function withFaults(provider: Provider, source: FaultSource, opts: FaultOptions): Provider {
  return {
    name: provider.name,
    einvoice: wrap(provider.einvoice, EINVOICE_METHODS, sessionTarget, source, opts),
    ewaybill: wrap(provider.ewaybill, EWAYBILL_METHODS, sessionTarget, source, opts),
    taxpayer: wrap(provider.taxpayer, TAXPAYER_METHODS, subjectTarget, source, opts),
    health: () => provider.health(),
  };
}
