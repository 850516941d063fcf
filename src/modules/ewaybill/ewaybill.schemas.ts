/**
 * OpenAPI descriptions of the e-way bill payloads (NIC field names, reference nic-ewaybill-gst.md
 * A2–A5). Request bodies are checked by the NIC parsers in domain/ewaybill/parse.ts (every failure
 * with its 3-digit code at once); these schemas document them. NIC clients send numbers as strings
 * and codes as numbers, so both are accepted.
 */
import { z } from 'zod';

const numOrStr = z.union([z.number(), z.string()]);
const ewbNo = numOrStr.describe('12-digit e-way bill number');
const date = z.string().describe('dd/mm/yyyy');
const ewbTime = z.string().describe('dd/MM/yyyy hh:mm:ss AM|PM, IST');
const validUpto = z.string().nullable().describe('dd/MM/yyyy 11:59:00 PM, IST; null for a Part-A slip until its first Part-B');
const transMode = numOrStr.describe('1 Road, 2 Rail, 3 Air, 4 Ship');
const stateCode = numOrStr.describe('GST state code; 99 Other Country');

const ItemSchema = z.looseObject({
  itemNo: z.number().int().optional(),
  productName: z.string().optional(),
  productDesc: z.string().optional(),
  hsnCode: numOrStr,
  quantity: numOrStr.optional(),
  qtyUnit: z.string().optional().describe('UQC, e.g. NOS, KGS, BOX'),
  taxableAmount: numOrStr,
  cgstRate: numOrStr.optional(),
  sgstRate: numOrStr.optional(),
  igstRate: numOrStr.optional(),
  cessRate: numOrStr.optional(),
  cessNonAdvol: numOrStr.optional(),
});

export const GenerateBody = z
  .looseObject({
    userGstin: z.string().optional().describe('Must be the token’s GSTIN (358)'),
    supplyType: z.string().describe('O outward, I inward'),
    subSupplyType: numOrStr.describe('1 Supply … 12 Exhibition or fairs'),
    subSupplyDesc: z.string().optional(),
    docType: z.string().describe('INV, BIL, BOE, CHL, OTH'),
    docNo: z.string().max(16),
    docDate: date,
    transactionType: numOrStr.describe('1 Regular, 2 Bill To-Ship To, 3 Bill From-Dispatch From, 4 both'),
    fromGstin: z.string().describe('GSTIN or URP'),
    fromTrdName: z.string().optional(),
    fromAddr1: z.string().optional(),
    fromAddr2: z.string().optional(),
    fromPlace: z.string().optional(),
    fromPincode: numOrStr,
    fromStateCode: stateCode,
    actFromStateCode: stateCode,
    dispatchFromGSTIN: z.string().optional(),
    dispatchFromTradeName: z.string().optional(),
    toGstin: z.string(),
    toTrdName: z.string().optional(),
    toAddr1: z.string().optional(),
    toAddr2: z.string().optional(),
    toPlace: z.string().optional(),
    toPincode: numOrStr,
    toStateCode: stateCode,
    actToStateCode: stateCode,
    shipToGSTIN: z.string().optional(),
    shipToTradeName: z.string().optional(),
    totalValue: numOrStr.optional(),
    cgstValue: numOrStr.optional(),
    sgstValue: numOrStr.optional(),
    igstValue: numOrStr.optional(),
    cessValue: numOrStr.optional(),
    cessNonAdvolValue: numOrStr.optional(),
    otherValue: numOrStr.optional(),
    totInvValue: numOrStr,
    transporterId: z.string().optional(),
    transporterName: z.string().optional(),
    transMode: transMode.optional(),
    transDistance: numOrStr.describe('km; 0 lets the portal compute the PIN-to-PIN distance'),
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    vehicleNo: z.string().optional(),
    vehicleType: z.string().optional().describe('R regular, O over-dimensional cargo'),
    itemList: z.array(ItemSchema),
  })
  .describe('GENEWAYBILL payload (NIC e-way bill API v1.03)');

export const GenerateResponse = z.object({
  ewayBillNo: z.number().int(),
  ewayBillDate: ewbTime,
  validUpto,
  alert: z.string().describe('e.g. the computed distance when transDistance was 0'),
});

export const PartBBody = z
  .looseObject({
    ewbNo,
    vehicleNo: z.string().optional(),
    fromPlace: z.string(),
    fromState: stateCode,
    reasonCode: numOrStr.describe('1 Break down, 2 Transhipment, 3 Others, 4 First time'),
    reasonRem: z.string().optional(),
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    transMode,
    vehicleType: z.string().optional(),
  })
  .describe('VEHEWB payload');

export const PartBResponse = z.object({ vehUpdDate: ewbTime, validUpto });

export const TransporterBody = z.looseObject({ ewbNo, transporterId: z.string() }).describe('UPDATETRANSPORTER payload');
export const TransporterResponse = z.object({ ewayBillNo: z.string(), transporterId: z.string(), transUpdateDate: ewbTime });

export const ExtendBody = z
  .looseObject({
    ewbNo,
    vehicleNo: z.string().optional(),
    fromPlace: z.string(),
    fromState: stateCode,
    fromPincode: numOrStr,
    remainingDistance: numOrStr,
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    transMode: numOrStr.describe('1–4, or 5 In Transit'),
    extnRsnCode: numOrStr.describe('1 Natural calamity, 2 Law and order, 4 Transshipment, 5 Accident, 99 Others'),
    extnRemarks: z.string(),
    consignmentStatus: z.string().describe('M in movement, T in transit'),
    transitType: z.string().optional().describe('R road, W warehouse, O others (in transit only)'),
    addressLine1: z.string().optional(),
    addressLine2: z.string().optional(),
    addressLine3: z.string().optional(),
  })
  .describe('EXTENDVALIDITY payload');

export const ExtendResponse = z.object({ ewayBillNo: z.string(), updatedDate: ewbTime, validUpto: z.string() });

export const CancelBody = z
  .looseObject({
    ewbNo,
    cancelRsnCode: numOrStr.describe('1 Duplicate, 2 Order cancelled, 3 Data entry mistake, 4 Others'),
    cancelRmrk: z.string().optional(),
  })
  .describe('CANEWB payload');
export const CancelResponse = z.object({ ewayBillNo: z.string(), cancelDate: ewbTime });

export const RejectBody = z.looseObject({ ewbNo }).describe('REJEWB payload');
export const RejectResponse = z.object({ ewayBillNo: z.string(), ewbRejectedDate: ewbTime });

export const ConsolidateBody = z
  .looseObject({
    fromPlace: z.string(),
    fromState: stateCode,
    vehicleNo: z.string().optional(),
    transMode,
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    tripSheetEwbBills: z.array(z.looseObject({ ewbNo })),
  })
  .describe('GENCEWB payload');
export const ConsolidateResponse = z.object({
  cEwbNo: z.number().int().describe('10-digit consolidated e-way bill number'),
  cEwbDate: ewbTime,
});

export const RegenerateBody = z
  .looseObject({
    vehicleNo: z.string().optional(),
    fromPlace: z.string(),
    fromState: stateCode,
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    transMode,
    reasonCode: numOrStr,
    reasonRem: z.string().optional(),
  })
  .describe('REGENTRIPSHEET payload (tripSheetNo comes from the path)');
export const RegenerateResponse = ConsolidateResponse.extend({
  tripSheetEwayBills: z.array(z.object({ ewbNo: z.number().int() })).describe('The members still active and valid'),
});
export const TripSheetParams = z.object({ cEwbNo: z.string().describe('10-digit consolidated e-way bill number') });

export const MultiInitiateBody = z
  .looseObject({
    ewbNo,
    reasonCode: numOrStr,
    reasonRem: z.string().optional(),
    fromPlace: z.string(),
    fromState: stateCode,
    toPlace: z.string(),
    toState: stateCode,
    transMode,
    totalQuantity: numOrStr,
    unitCode: z.string(),
  })
  .describe('MULTIVEHMOVINT payload');
export const MultiInitiateResponse = z.object({ ewbNo: z.string(), groupNo: z.string(), createdDate: ewbTime });

export const MultiAddBody = z
  .looseObject({
    ewbNo,
    groupNo: numOrStr,
    vehicleNo: z.string().optional(),
    transDocNo: z.string().optional(),
    transDocDate: z.string().optional(),
    quantity: numOrStr,
  })
  .describe('MULTIVEHADD payload');
export const MultiAddResponse = z.object({ ewbNo: z.string(), groupNo: z.string(), vehAddedDate: ewbTime });

export const MultiChangeBody = z
  .looseObject({
    ewbNo,
    groupNo: numOrStr,
    oldvehicleNo: z.string().optional(),
    newVehicleNo: z.string().optional(),
    oldTranNo: z.string().optional(),
    newTranNo: z.string().optional(),
    fromPlace: z.string(),
    fromState: stateCode,
    reasonCode: numOrStr,
    reasonRem: z.string().optional(),
  })
  .describe('MULTIVEHUPD payload (NIC spells it oldvehicleNo / newVehicleNo)');
export const MultiChangeResponse = z.object({ ewbNo: z.string(), groupNo: z.string(), vehUpdDate: ewbTime });

export const EwbParams = z.object({ ewbNo: z.string().describe('12-digit e-way bill number') });

const VehicleRow = z.object({
  updMode: z.string(),
  vehicleNo: z.string(),
  fromPlace: z.string(),
  fromState: z.number(),
  tripshtNo: z.number().describe('consolidated e-way bill the move belongs to, 0 if none'),
  userGSTINTransin: z.string(),
  enteredDate: ewbTime,
  transMode: z.string(),
  transDocNo: z.string(),
  transDocDate: z.string().nullable(),
  groupNo: z.string().describe('multi-vehicle group, "0" if none'),
});

const str = z.string();
const num = z.number();

export const EwayBillSchema = z
  .object({
    ewbNo: num.int(),
    ewayBillDate: ewbTime,
    genMode: str,
    userGstin: str,
    supplyType: str,
    subSupplyType: str.describe('space-padded to 3 characters, as NIC returns it'),
    subSupplyDesc: str,
    docType: str,
    docNo: str,
    docDate: str,
    fromGstin: str,
    fromTrdName: str,
    fromAddr1: str,
    fromAddr2: str,
    fromPlace: str,
    fromPincode: num,
    fromStateCode: num,
    actFromStateCode: num,
    toGstin: str,
    toTrdName: str,
    toAddr1: str,
    toAddr2: str,
    toPlace: str,
    toPincode: num,
    toStateCode: num,
    actToStateCode: num,
    transactionType: num,
    dispatchFromGSTIN: str.optional(),
    dispatchFromTradeName: str.optional(),
    shipToGSTIN: str.optional(),
    shipToTradeName: str.optional(),
    otherValue: num,
    totalValue: num,
    cgstValue: num,
    sgstValue: num,
    igstValue: num,
    cessValue: num,
    cessNonAdvolValue: num,
    totInvValue: num,
    transporterId: str,
    transporterName: str,
    status: str.describe('ACT, CNL, or DIS (a Part-A slip discarded after 15 days without Part-B)'),
    actualDist: num.describe('km used for validity; the portal’s figure when 0 was sent'),
    noValidDays: num,
    validUpto,
    extendedTimes: num,
    rejectStatus: z.enum(['Y', 'N']),
    vehicleType: str,
    actFromStateName: str.optional(),
    irn: str.optional().describe('the IRN it was generated from, if any'),
    itemList: z.array(
      z.object({
        itemNo: num,
        productId: num,
        productName: str.optional(),
        productDesc: str.optional(),
        hsnCode: num,
        quantity: num.optional(),
        qtyUnit: str.optional(),
        taxableAmount: num,
        cgstRate: num.optional(),
        sgstRate: num.optional(),
        igstRate: num.optional(),
        cessRate: num.optional(),
        cessNonAdvol: num.optional(),
      }),
    ),
    VehiclListDetails: z.array(VehicleRow).describe('NIC’s spelling; newest first'),
  })
  .describe('GetEwayBill (reference A5.1)');

export const ListQuery = z.object({
  date: date.describe('dd/mm/yyyy: the day the e-way bills were generated'),
  role: z
    .enum(['generator', 'transporter', 'other-party'])
    .default('generator')
    .describe('generator: generated by you; transporter: assigned to you to carry; other-party: generated by others naming you'),
});

export const ListResponse = z.array(
  z.object({
    ewbNo: num.int(),
    ewbDate: ewbTime,
    status: str,
    genGstin: str,
    docNo: str,
    docDate: str,
    delPinCode: num,
    delStateCode: num,
    delPlace: str,
    validUpto,
    extendedTimes: num,
    rejectStatus: z.enum(['Y', 'N']),
  }),
);

export const DocumentQuery = z.object({
  type: z.string().describe('INV, BIL, BOE, CHL or OTH'),
  number: z.string().min(1).max(16),
});

export const TripSheetSchema = z.object({
  tripSheetNo: num.int(),
  fromPlace: str,
  fromState: str,
  vehicleNo: str,
  transMode: str,
  transDocNo: str,
  transDocDate: str.nullable(),
  userGstin: str,
  enteredDate: ewbTime,
  status: str.describe('ACT, or CNL once regenerated'),
  tripSheetEwbBills: z.array(
    z.object({
      ewbNo: num.int(),
      ewbDate: ewbTime,
      userGstin: str,
      docNo: str,
      docDate: str,
      fromGstin: str,
      fromTradeName: str,
      toGstin: str,
      toTradeName: str,
      totInvValue: num,
      status: str,
      validUpto,
      toPlace: str.nullable(),
      toPincode: num.nullable(),
      actToStateCode: num.nullable(),
    }),
  ),
});

export const DistanceQuery = z.object({ from: z.string().describe('6-digit PIN'), to: z.string().describe('6-digit PIN') });
export const DistanceResponse = z.object({
  fromPincode: z.number().int(),
  toPincode: z.number().int(),
  distanceKm: z.number().int().describe('haversine between the PINs’ coordinates × 1.25 road factor, rounded'),
});
