/** The emulated NIC e-way bill system (reference nic-ewaybill-gst.md Part A). STUB: being written. */
import type { Clock } from '../../core/clock.ts';
import type { TaxpayerRepository } from '../../modules/taxpayer/taxpayer.repository.ts';
import type { EwaybillProvider } from '../types.ts';
import type { EwbRepository } from './ewb.repository.ts';

const notYet = async (): Promise<never> => {
  throw new Error('not implemented');
};

export class SandboxEwb implements EwaybillProvider {
  constructor(
    readonly repo: EwbRepository,
    readonly taxpayers: TaxpayerRepository,
    readonly clock: Clock,
  ) {}
  generate = notYet;
  updatePartB = notYet;
  updateTransporter = notYet;
  extend = notYet;
  cancel = notYet;
  reject = notYet;
  consolidate = notYet;
  regenerateTripSheet = notYet;
  initiateMultiVehicle = notYet;
  addMultiVehicle = notYet;
  changeMultiVehicle = notYet;
  getEwayBill = notYet;
  listByDate = notYet;
  getByDocument = notYet;
  getTripSheet = notYet;
}
