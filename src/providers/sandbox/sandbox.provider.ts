import type { Clock } from '../../core/clock.ts';
import type { Signer } from '../../core/crypto/signer.ts';
import type { Db } from '../../core/db.ts';
import type { TaxpayerRepository } from '../../modules/taxpayer/taxpayer.repository.ts';
import type { Provider } from '../types.ts';
import { EwbRepository } from './ewb.repository.ts';
import { SandboxEwb } from './ewb.ts';
import { SandboxGstPortal } from './gst-portal.ts';
import { IrpRepository } from './irp.repository.ts';
import { type IrpOptions, SandboxIrp } from './irp.ts';

/** The in-process emulator of the government systems. */
export function createSandboxProvider(deps: {
  db: Db;
  taxpayers: TaxpayerRepository;
  signer: Signer;
  clock: Clock;
  irp: IrpOptions;
}): Provider {
  const ewaybill = new SandboxEwb(new EwbRepository(deps.db), deps.taxpayers, deps.clock);
  const einvoice = new SandboxIrp(new IrpRepository(deps.db), deps.taxpayers, deps.signer, deps.clock, deps.irp, ewaybill);
  return {
    name: 'sandbox',
    einvoice,
    ewaybill,
    taxpayer: new SandboxGstPortal(deps.taxpayers, deps.clock),
    health: async () => ({ name: 'sandbox', status: 'up' }),
  };
}
