/**
 * The gateway side of e-way bills (api.md §5): the token's GSTIN acts as NIC's header `gstin` —
 * consignor, consignee or transporter — and the provider (the sandbox e-way bill system, or NIC)
 * decides who may do what. The e-way bill system keeps every bill retrievable, so unlike e-invoices
 * the gateway needs no copy of its own.
 */
import { fail } from '../../core/errors.ts';
import { parseNicDate } from '../../domain/dates.ts';
import { pinDistanceKm } from '../../domain/ewaybill/distance.ts';
import type {
  CancelEwbRequest,
  ConsolidateRequest,
  ExtendRequest,
  GenerateEwbRequest,
  MultiVehicleAddRequest,
  MultiVehicleChangeRequest,
  MultiVehicleInitiateRequest,
  PartBRequest,
  RegenerateTripSheetRequest,
  RejectEwbRequest,
  TransporterUpdateRequest,
} from '../../domain/ewaybill/types.ts';
import type { EwaybillProvider, EwbListRole, ProviderSession } from '../../providers/types.ts';
import type { AuthContext } from '../auth/auth.service.ts';

const DOC_TYPES = new Set(['INV', 'BIL', 'BOE', 'CHL', 'OTH']);

export class EwaybillService {
  constructor(private readonly provider: EwaybillProvider) {}

  generate = (auth: AuthContext, req: GenerateEwbRequest) => this.provider.generate(session(auth), req);
  updatePartB = (auth: AuthContext, req: PartBRequest) => this.provider.updatePartB(session(auth), req);
  updateTransporter = (auth: AuthContext, req: TransporterUpdateRequest) => this.provider.updateTransporter(session(auth), req);
  extend = (auth: AuthContext, req: ExtendRequest) => this.provider.extend(session(auth), req);
  cancel = (auth: AuthContext, req: CancelEwbRequest) => this.provider.cancel(session(auth), req);
  reject = (auth: AuthContext, req: RejectEwbRequest) => this.provider.reject(session(auth), req);
  consolidate = (auth: AuthContext, req: ConsolidateRequest) => this.provider.consolidate(session(auth), req);
  regenerateTripSheet = (auth: AuthContext, req: RegenerateTripSheetRequest) => this.provider.regenerateTripSheet(session(auth), req);
  initiateMultiVehicle = (auth: AuthContext, req: MultiVehicleInitiateRequest) => this.provider.initiateMultiVehicle(session(auth), req);
  addMultiVehicle = (auth: AuthContext, req: MultiVehicleAddRequest) => this.provider.addMultiVehicle(session(auth), req);
  changeMultiVehicle = (auth: AuthContext, req: MultiVehicleChangeRequest) => this.provider.changeMultiVehicle(session(auth), req);

  /** GetEwayBill: 395 not numeric, 301 not a 12-digit number (A9). */
  get(auth: AuthContext, ewbNo: string) {
    return this.provider.getEwayBill(session(auth), ewbNumber(ewbNo));
  }

  /** The date lists of A2.2 (207 for a malformed date). */
  list(auth: AuthContext, date: string, role: EwbListRole) {
    if (!parseNicDate(date)) fail('207', [], 'date');
    return this.provider.listByDate(session(auth), date, role);
  }

  /** GetEwayBillGeneratedByConsigner: how a caller recovers the e-way bill behind a 604. */
  byDocument(auth: AuthContext, docType: string, docNo: string) {
    if (!DOC_TYPES.has(docType)) fail('204', [], 'type');
    return this.provider.getByDocument(session(auth), docType, docNo);
  }

  tripSheet(auth: AuthContext, tripSheetNo: string) {
    if (!/^[0-9]{10}$/.test(tripSheetNo)) fail('387', [], 'cEwbNo');
    return this.provider.getTripSheet(session(auth), Number(tripSheetNo));
  }

  /** The portal's PIN-to-PIN distance (A7); 721 when it has no figure for the pair. */
  distance(from: string, to: string) {
    if (!/^[1-9][0-9]{5}$/.test(from)) fail('210', [], 'from');
    if (!/^[1-9][0-9]{5}$/.test(to)) fail('214', [], 'to');
    const km = pinDistanceKm(from, to);
    if (km === undefined) fail('721', [], 'to');
    return { fromPincode: Number(from), toPincode: Number(to), distanceKm: km };
  }
}

const session = (auth: AuthContext): ProviderSession => ({ gstin: auth.gstin });

function ewbNumber(raw: string): number {
  if (!/^[0-9]+$/.test(raw)) fail('395', [], 'ewbNo');
  if (!/^[1-9][0-9]{11}$/.test(raw)) fail('301', [], 'ewbNo');
  return Number(raw);
}
