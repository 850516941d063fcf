/**
 * Unit Quantity Codes accepted by the IRP (reference nic-einvoice.md §10.3, 45 codes; BOX kept as
 * valid although the scraped NIC page omits it). NIC error 2177 "Invalid item unit code(s)".
 */

/** §10.3: UQC code → name. */
export const UQC: Record<string, string> = {
  BAG: 'Bags',
  BAL: 'Bale',
  BDL: 'Bundles',
  BKL: 'Buckles',
  BOU: 'Billions of Units',
  BOX: 'Box',
  BTL: 'Bottles',
  BUN: 'Bunches',
  CAN: 'Cans',
  CBM: 'Cubic Metres',
  CCM: 'Cubic Centimetres',
  CMS: 'Centimetres',
  CTN: 'Cartons',
  DOZ: 'Dozens',
  DRM: 'Drums',
  GGK: 'Great Gross',
  GMS: 'Grams',
  GRS: 'Gross',
  GYD: 'Gross Yards',
  KGS: 'Kilograms',
  KLR: 'Kilolitre',
  KME: 'Kilometre',
  LTR: 'Litre',
  MLT: 'Millilitre',
  MTR: 'Metre',
  MTS: 'Metric Ton',
  NOS: 'Numbers',
  OTH: 'Others',
  PAC: 'Packs',
  PCS: 'Pieces',
  PRS: 'Pairs',
  QTL: 'Quintal',
  ROL: 'Rolls',
  SET: 'Sets',
  SQF: 'Square Feet',
  SQM: 'Square Metre',
  SQY: 'Square Yards',
  TBS: 'Tablets',
  TGM: 'Ten Gross',
  THD: 'Thousands',
  TON: 'Tonnes',
  TUB: 'Tubes',
  UGS: 'US Gallons',
  UNT: 'Unit',
  YDS: 'Yards',
};

/** §5.7 Unit / NIC 2177: a UQC of §10.3; the schema pattern allows lower case, so compare upper-cased. */
export function isValidUnit(code: string): boolean {
  return typeof code === 'string' && Object.hasOwn(UQC, code.trim().toUpperCase());
}
