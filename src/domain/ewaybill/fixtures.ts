/**
 * Sample GENEWAYBILL payloads (reference A3.6 shape) between the seeded sandbox taxpayers, as a
 * client sends them (strings where NIC samples use strings). Tests and the README build on these.
 *   intra:   Demo Computers, Bengaluru 560001 → Western Trading, Bengaluru 560025 … to Mysuru 570001 (158 km)
 *   inter:   Demo Computers, Bengaluru 560001 → Universal Traders, Mumbai 400001 (1045 km: 6 days)
 *   part-a:  inter without vehicle, carried by Swift Roadways (29AAECS4417K1Z2): a Part-A slip
 */

export type SampleEwbKind = 'intra' | 'inter' | 'part-a';

export const DEMO_GSTIN = '29AAFCD5862R1ZR';
export const WESTERN_GSTIN = '29AAACW4202F1ZM';
export const UNIVERSAL_GSTIN = '27AAPFU0939F1ZV';
export const TRANSPORTER_GSTIN = '29AAECS4417K1Z2';

export interface SampleEwbOptions {
  docNo?: string;
  /** dd/mm/yyyy; pass the sandbox clock's day. */
  docDate?: string;
}

export function sampleEwbRequest(kind: SampleEwbKind, opts: SampleEwbOptions = {}): Record<string, unknown> {
  const inter = kind !== 'intra';
  const taxable = 100000;
  const base: Record<string, unknown> = {
    userGstin: DEMO_GSTIN,
    supplyType: 'O',
    subSupplyType: '1',
    subSupplyDesc: '',
    docType: 'INV',
    docNo: opts.docNo ?? 'EWB-0001',
    docDate: opts.docDate ?? '01/04/2025',
    transactionType: 1,
    fromGstin: DEMO_GSTIN,
    fromTrdName: 'Demo Computers',
    fromAddr1: 'Prestige Meridian',
    fromAddr2: 'Mahatma Gandhi Road',
    fromPlace: 'Bengaluru',
    fromPincode: 560001,
    fromStateCode: 29,
    actFromStateCode: 29,
    toGstin: inter ? UNIVERSAL_GSTIN : WESTERN_GSTIN,
    toTrdName: inter ? 'Universal Traders' : 'Western Trading',
    toAddr1: inter ? 'Gold House' : 'Mysuru Depot',
    toAddr2: inter ? 'Mint Road' : 'Sayyaji Rao Road',
    toPlace: inter ? 'Mumbai' : 'Mysuru',
    toPincode: inter ? 400001 : 570001,
    toStateCode: inter ? 27 : 29,
    actToStateCode: inter ? 27 : 29,
    totalValue: taxable,
    cgstValue: inter ? 0 : 9000,
    sgstValue: inter ? 0 : 9000,
    igstValue: inter ? 18000 : 0,
    cessValue: 0,
    cessNonAdvolValue: 0,
    otherValue: 0,
    totInvValue: taxable + 18000,
    transporterId: '',
    transporterName: '',
    transMode: '1',
    transDistance: '0',
    transDocNo: '',
    transDocDate: '',
    vehicleNo: 'KA01AB1234',
    vehicleType: 'R',
    itemList: [
      {
        itemNo: 1,
        productName: 'Laptop',
        productDesc: 'Laptop computer 14 inch',
        hsnCode: 84713010,
        quantity: 10,
        qtyUnit: 'NOS',
        taxableAmount: taxable,
        cgstRate: inter ? 0 : 9,
        sgstRate: inter ? 0 : 9,
        igstRate: inter ? 18 : 0,
        cessRate: 0,
        cessNonAdvol: 0,
      },
    ],
  };
  if (kind === 'part-a') {
    Object.assign(base, {
      transporterId: TRANSPORTER_GSTIN,
      transporterName: 'Swift Roadways',
      transMode: '',
      vehicleNo: '',
      vehicleType: '',
    });
  }
  return base;
}

/**
 * An EXTENDVALIDITY payload (reference A3.4): the goods are in transit ('M') at Mandya 571401, 40 km
 * to go, delayed by a flood (reason 1).
 */
export function sampleExtendRequest(ewbNo: number | string, vehicleNo: string): Record<string, unknown> {
  return {
    ewbNo,
    vehicleNo,
    fromPlace: 'Mandya',
    fromState: 29,
    fromPincode: 571401,
    remainingDistance: 40,
    transDocNo: '',
    transDocDate: '',
    transMode: '1',
    extnRsnCode: '1',
    extnRemarks: 'Flood',
    consignmentStatus: 'M',
    transitType: '',
  };
}
