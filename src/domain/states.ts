/**
 * GST state / UT codes (reference nic-ewaybill-gst.md B6, nic-einvoice.md §10.2). NIC sends `Stcd`/`Pos`
 * as "1".."38" or "01".."38" (schema `^(?!0+$)([0-9]{1,2})$`), so every lookup normalises to two digits.
 */

/** Every code of B6. `ewbName` = spelling in the e-way bill master where B6 lists one. */
export const STATES: Record<string, { name: string; ewbName?: string }> = {
  '01': { name: 'Jammu and Kashmir', ewbName: 'JAMMU AND KASHMIR' },
  '02': { name: 'Himachal Pradesh', ewbName: 'HIMACHAL PRADESH' },
  '03': { name: 'Punjab', ewbName: 'PUNJAB' },
  '04': { name: 'Chandigarh', ewbName: 'CHANDIGARH' },
  '05': { name: 'Uttarakhand', ewbName: 'UTTARAKHAND' },
  '06': { name: 'Haryana', ewbName: 'HARYANA' },
  '07': { name: 'Delhi', ewbName: 'DELHI' },
  '08': { name: 'Rajasthan', ewbName: 'RAJASTHAN' },
  '09': { name: 'Uttar Pradesh', ewbName: 'UTTAR PRADESH' },
  '10': { name: 'Bihar', ewbName: 'BIHAR' },
  '11': { name: 'Sikkim', ewbName: 'SIKKIM' },
  '12': { name: 'Arunachal Pradesh', ewbName: 'ARUNACHAL PRADESH' },
  '13': { name: 'Nagaland', ewbName: 'NAGALAND' },
  '14': { name: 'Manipur', ewbName: 'MANIPUR' },
  '15': { name: 'Mizoram', ewbName: 'MIZORAM' },
  '16': { name: 'Tripura', ewbName: 'TRIPURA' },
  '17': { name: 'Meghalaya', ewbName: 'MEGHALAYA' },
  '18': { name: 'Assam', ewbName: 'ASSAM' },
  '19': { name: 'West Bengal', ewbName: 'WEST BENGAL' },
  '20': { name: 'Jharkhand', ewbName: 'JHARKHAND' },
  '21': { name: 'Odisha', ewbName: 'ORISSA' },
  '22': { name: 'Chhattisgarh', ewbName: 'CHHATTISGARH' },
  '23': { name: 'Madhya Pradesh', ewbName: 'MADHYA PRADESH' },
  '24': { name: 'Gujarat', ewbName: 'GUJARAT' },
  '25': { name: 'Daman and Diu', ewbName: 'DAMAN AND DIU' }, // legacy: merged into 26 on 26-Jan-2020
  '26': { name: 'Dadra and Nagar Haveli and Daman and Diu', ewbName: 'DADAR AND NAGAR HAVELI' },
  '27': { name: 'Maharashtra', ewbName: 'MAHARASTRA' },
  '28': { name: 'Andhra Pradesh (Old)' }, // legacy, pre-2014: use 37
  '29': { name: 'Karnataka', ewbName: 'KARNATAKA' },
  '30': { name: 'Goa', ewbName: 'GOA' },
  '31': { name: 'Lakshadweep', ewbName: 'LAKSHADWEEP' },
  '32': { name: 'Kerala' },
  '33': { name: 'Tamil Nadu' },
  '34': { name: 'Puducherry' },
  '35': { name: 'Andaman and Nicobar Islands' },
  '36': { name: 'Telangana' },
  '37': { name: 'Andhra Pradesh', ewbName: 'ANDHRA PRADESH' },
  '38': { name: 'Ladakh' },
  '96': { name: 'Other Country' },
  '97': { name: 'Other Territory' },
  '99': { name: 'Centre Jurisdiction' },
};

/** B6 / §5.4: foreign buyer, POS for exports. */
export const OTHER_COUNTRY = '96';
/** B6: offshore areas / continental shelf. */
export const OTHER_TERRITORY = '97';
const CENTRE_JURISDICTION = '99';

/** §5.3 `Stcd` pattern allows "1" and "01": returns the two-digit form ("7" → "07"); other input is returned trimmed. */
export function normalizeStateCode(code: string | number): string {
  const s = String(code).trim();
  return /^[0-9]{1,2}$/.test(s) ? s.padStart(2, '0') : s;
}

/** §7.1 item 3 / B6: the code is in the state master (accepts "1" or "01"). */
export function isValidStateCode(code: string): boolean {
  return Object.hasOwn(STATES, normalizeStateCode(code));
}

/** §10.2: master name of a state code. */
export function stateName(code: string): string | undefined {
  const c = normalizeStateCode(code);
  return Object.hasOwn(STATES, c) ? STATES[c].name : undefined;
}

/** B6: a state/UT of India, including 97 Other Territory and legacy 25/28; false for 96 and 99. */
export function isIndianStateCode(code: string): boolean {
  const c = normalizeStateCode(code);
  return isValidStateCode(c) && c !== OTHER_COUNTRY && c !== CENTRE_JURISDICTION;
}
