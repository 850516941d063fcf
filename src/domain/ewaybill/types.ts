/**
 * E-way bill payloads as NIC names them (reference nic-ewaybill-gst.md A2–A5), after parsing:
 * numbers are numbers, codes are strings, vehicle numbers normalised (A8), optional blanks are
 * undefined. The parsers in parse.ts produce these; the sandbox e-way bill system consumes them.
 */

export type SupplyType = 'O' | 'I';
/** A3.2 transMode: 1 Road, 2 Rail, 3 Air, 4 Ship; 5 In Transit (extension only). */
export type TransMode = '1' | '2' | '3' | '4';
export type VehicleType = 'R' | 'O';

/** A3.1 item. */
export interface EwbItem {
  itemNo: number;
  productName?: string;
  productDesc?: string;
  /** 4–8 digit HSN/SAC as text (NIC returns it as a number in GET). */
  hsnCode: string;
  quantity?: number;
  qtyUnit?: string;
  taxableAmount: number;
  cgstRate?: number;
  sgstRate?: number;
  igstRate?: number;
  cessRate?: number;
  cessNonAdvol?: number;
}

/** A3.1 GENEWAYBILL. */
export interface GenerateEwbRequest {
  userGstin?: string;
  supplyType: SupplyType;
  subSupplyType: number;
  subSupplyDesc?: string;
  docType: string;
  docNo: string;
  /** dd/mm/yyyy */
  docDate: string;
  transactionType: number;
  fromGstin: string;
  fromTrdName?: string;
  fromAddr1?: string;
  fromAddr2?: string;
  fromPlace?: string;
  fromPincode: number;
  fromStateCode: number;
  actFromStateCode: number;
  dispatchFromGSTIN?: string;
  dispatchFromTradeName?: string;
  toGstin: string;
  toTrdName?: string;
  toAddr1?: string;
  toAddr2?: string;
  toPlace?: string;
  toPincode: number;
  toStateCode: number;
  actToStateCode: number;
  shipToGSTIN?: string;
  shipToTradeName?: string;
  totalValue: number;
  cgstValue: number;
  sgstValue: number;
  igstValue: number;
  cessValue: number;
  cessNonAdvolValue: number;
  otherValue: number;
  totInvValue: number;
  transporterId?: string;
  transporterName?: string;
  transMode?: TransMode;
  /** km; 0 = let the portal compute the PIN-to-PIN distance (A7). */
  transDistance: number;
  transDocNo?: string;
  transDocDate?: string;
  vehicleNo?: string;
  vehicleType?: VehicleType;
  itemList: EwbItem[];
}

/** A4.1 VEHEWB. */
export interface PartBRequest {
  ewbNo: number;
  vehicleNo?: string;
  fromPlace: string;
  fromState: number;
  /** 1 Break down, 2 Transhipment, 3 Others, 4 First time (A3.2). */
  reasonCode: string;
  reasonRem?: string;
  transDocNo?: string;
  transDocDate?: string;
  transMode: TransMode;
  vehicleType?: VehicleType;
}

/** A4.2 UPDATETRANSPORTER. */
export interface TransporterUpdateRequest {
  ewbNo: number;
  transporterId: string;
}

/** A4.5 EXTENDVALIDITY. */
export interface ExtendRequest {
  ewbNo: number;
  vehicleNo?: string;
  fromPlace: string;
  fromState: number;
  fromPincode: number;
  remainingDistance: number;
  transDocNo?: string;
  transDocDate?: string;
  /** 1–4, or 5 In Transit. */
  transMode: TransMode | '5';
  /** 1 Natural Calamity, 2 Law and Order, 4 Transshipment, 5 Accident, 99 Others (3 UNCONFIRMED). */
  extnRsnCode: string;
  extnRemarks: string;
  /** M In Movement, T In Transit. */
  consignmentStatus: 'M' | 'T';
  /** R Road, W Warehouse, O Others — only in transit. */
  transitType?: 'R' | 'W' | 'O';
  addressLine1?: string;
  addressLine2?: string;
  addressLine3?: string;
}

/** A4.3 CANEWB: reasons 1 Duplicate, 2 Order Cancelled, 3 Data Entry mistake, 4 Others. */
export interface CancelEwbRequest {
  ewbNo: number;
  cancelRsnCode: string;
  cancelRmrk?: string;
}

/** A4.4 REJEWB. */
export interface RejectEwbRequest {
  ewbNo: number;
}

/** A4.6 GENCEWB. */
export interface ConsolidateRequest {
  fromPlace: string;
  fromState: number;
  vehicleNo?: string;
  transMode: TransMode;
  transDocNo?: string;
  transDocDate?: string;
  ewbNos: number[];
}

/** A4.6 REGENTRIPSHEET. */
export interface RegenerateTripSheetRequest {
  tripSheetNo: number;
  vehicleNo?: string;
  fromPlace: string;
  fromState: number;
  transDocNo?: string;
  transDocDate?: string;
  transMode: TransMode;
  reasonCode: string;
  reasonRem?: string;
}

/** A4.7 MULTIVEHMOVINT. */
export interface MultiVehicleInitiateRequest {
  ewbNo: number;
  reasonCode: string;
  reasonRem?: string;
  fromPlace: string;
  fromState: number;
  toPlace: string;
  toState: number;
  transMode: TransMode;
  totalQuantity: number;
  unitCode: string;
}

/** A4.7 MULTIVEHADD. */
export interface MultiVehicleAddRequest {
  ewbNo: number;
  groupNo: number;
  vehicleNo?: string;
  transDocNo?: string;
  transDocDate?: string;
  quantity: number;
}

/** A4.7 MULTIVEHUPD (NIC's own casing: `oldvehicleNo`, `newVehicleNo`). */
export interface MultiVehicleChangeRequest {
  ewbNo: number;
  groupNo: number;
  oldvehicleNo?: string;
  newVehicleNo?: string;
  oldTranNo?: string;
  newTranNo?: string;
  fromPlace: string;
  fromState: number;
  reasonCode: string;
  reasonRem?: string;
}

// ---- Responses (A2.1, api.md §5).

export interface GenerateEwbResult {
  ewayBillNo: number;
  /** dd/MM/yyyy hh:mm:ss AM|PM */
  ewayBillDate: string;
  /** null for a Part-A slip until the first Part-B (A3.6, UNCONFIRMED null vs ""; we answer null). */
  validUpto: string | null;
  alert: string;
}

/** A5.1 VehiclListDetails row (sic), newest first. */
export interface VehicleDetail {
  updMode: string;
  vehicleNo: string;
  fromPlace: string;
  fromState: number;
  tripshtNo: number;
  userGSTINTransin: string;
  enteredDate: string;
  transMode: string;
  transDocNo: string;
  transDocDate: string | null;
  groupNo: string;
}

/** A5.1 GetEwayBill. */
export interface EwayBillDetails {
  ewbNo: number;
  ewayBillDate: string;
  genMode: string;
  userGstin: string;
  supplyType: string;
  subSupplyType: string;
  subSupplyDesc: string;
  docType: string;
  docNo: string;
  docDate: string;
  fromGstin: string;
  fromTrdName: string;
  fromAddr1: string;
  fromAddr2: string;
  fromPlace: string;
  fromPincode: number;
  fromStateCode: number;
  actFromStateCode: number;
  toGstin: string;
  toTrdName: string;
  toAddr1: string;
  toAddr2: string;
  toPlace: string;
  toPincode: number;
  toStateCode: number;
  actToStateCode: number;
  transactionType: number;
  dispatchFromGSTIN?: string;
  dispatchFromTradeName?: string;
  shipToGSTIN?: string;
  shipToTradeName?: string;
  otherValue: number;
  totalValue: number;
  cgstValue: number;
  sgstValue: number;
  igstValue: number;
  cessValue: number;
  cessNonAdvolValue: number;
  totInvValue: number;
  transporterId: string;
  transporterName: string;
  /** ACT, CNL, or DIS for a Part-A slip discarded after 15 days (UNCONFIRMED code; our choice). */
  status: string;
  actualDist: number;
  noValidDays: number;
  validUpto: string | null;
  extendedTimes: number;
  rejectStatus: 'Y' | 'N';
  vehicleType: string;
  actFromStateName?: string;
  irn?: string;
  itemList: Array<Omit<EwbItem, 'hsnCode'> & { hsnCode: number; productId: number }>;
  VehiclListDetails: VehicleDetail[];
}

/** A5.2 list row. */
export interface EwbListRow {
  ewbNo: number;
  ewbDate: string;
  status: string;
  genGstin: string;
  docNo: string;
  docDate: string;
  delPinCode: number;
  delStateCode: number;
  delPlace: string;
  validUpto: string | null;
  extendedTimes: number;
  rejectStatus: 'Y' | 'N';
}

/** A5.3 GetTripSheet. */
export interface TripSheet {
  tripSheetNo: number;
  fromPlace: string;
  fromState: string;
  vehicleNo: string;
  transMode: string;
  transDocNo: string;
  transDocDate: string | null;
  userGstin: string;
  enteredDate: string;
  status: string;
  tripSheetEwbBills: Array<{
    ewbNo: number;
    ewbDate: string;
    userGstin: string;
    docNo: string;
    docDate: string;
    fromGstin: string;
    fromTradeName: string;
    toGstin: string;
    toTradeName: string;
    totInvValue: number;
    status: string;
    validUpto: string | null;
    toPlace: string | null;
    toPincode: number | null;
    actToStateCode: number | null;
  }>;
}
