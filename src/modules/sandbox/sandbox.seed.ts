/**
 * Demo data seeded on first start (README lists it): taxpayers in several states — among them a
 * cancelled one, a suspended one, an SEZ unit, a composition dealer, an e-commerce operator (TCS)
 * a large taxpayer under the 30-day reporting limit and a transporter (e-way bills) — plus NIC's own sandbox test GSTINs, which
 * fail the check digit and exist only as test identities, and one demo API user. Every demo taxpayer
 * has a synthetic return-filing history (syntheticFilings).
 */
import { GstError } from '../../core/errors.ts';
import type { CreateTaxpayerInput } from './sandbox.schemas.ts';
import type { SandboxService } from './sandbox.service.ts';

export const DEMO_USER = { gstin: '29AAFCD5862R1ZR', username: 'demo', password: 'Demo@12345' } as const;

type Seed = Omit<CreateTaxpayerInput, 'sts' | 'dty'> & Partial<Pick<CreateTaxpayerInput, 'sts' | 'dty'>>;

const addr = (stateCode: string, pincode: string, location: string, district: string, street: string, building: string) => ({
  stateCode,
  pincode,
  location,
  district,
  street,
  building,
});

export const DEMO_TAXPAYERS: Seed[] = [
  {
    gstin: '29AAFCD5862R1ZR',
    stj: 'State - Karnataka,Division - DGSTO-1, Bengaluru,LOCAL GST Office - LGSTO 010 - Bengaluru',
    stjCd: 'KA010',
    ctj: 'Commissionerate - BENGALURU CENTRAL,Division - CENTRAL DIVISION-1,Range - RANGE-BCD1',
    ctjCd: 'YT0101',
    legalName: 'DEMO COMPUTERS PRIVATE LIMITED',
    tradeName: 'Demo Computers',
    rgdt: '01/07/2017',
    ctb: 'Private Limited Company',
    address: addr('29', '560001', 'MG Road', 'Bengaluru', 'Mahatma Gandhi Road', 'Prestige Meridian'),
    nba: ['Wholesale Business', 'Office / Sale Office'],
  },
  {
    gstin: '29AAACW4202F1ZM',
    nba: ['Wholesale Business', 'Warehouse / Depot'],
    stj: 'State - Karnataka,Division - DGSTO-4, Bengaluru,LOCAL GST Office - LGSTO 015 - Bengaluru',
    stjCd: 'KA015',
    ctj: 'Commissionerate - BENGALURU EAST,Division - EAST DIVISION-8,Range - RANGE-BED8 (Jurisdictional Office)',
    ctjCd: 'YT0802',
    legalName: 'WESTERN TRADING COMPANY LIMITED',
    tradeName: 'Western Trading',
    rgdt: '01/07/2017',
    ctb: 'Public Limited Company',
    address: addr('29', '560025', 'Richmond Town', 'Bengaluru', 'Residency Road', 'Embassy Square'),
  },
  {
    gstin: '27AAPFU0939F1ZV',
    nba: ['Wholesale Business', 'Office / Sale Office'],
    stj: 'State - Maharashtra,Zone - Mumbai,Division - MAZGAON,Charge - BYCULLA_701',
    stjCd: 'MH0123',
    ctj: 'Commissionerate - MUMBAI SOUTH,Division - DIVISION I,Range - RANGE-I',
    ctjCd: 'UB0101',
    legalName: 'UNIVERSAL TRADERS',
    tradeName: 'UNIVERSAL TRADERS',
    rgdt: '01/07/2017',
    ctb: 'Partnership',
    address: addr('27', '400001', 'Fort', 'Mumbai', 'Mint Road', 'Gold House'),
  },
  {
    gstin: '27AAJCS5738D1Z6',
    nba: ['Factory / Manufacturing', 'SEZ', 'Export'],
    stj: 'State - Maharashtra,Zone - Mumbai,Division - ANDHERI,Charge - ANDHERI-EAST_805',
    stjCd: 'MH0805',
    ctj: 'Commissionerate - MUMBAI EAST,Division - DIVISION IV,Range - RANGE-II',
    ctjCd: 'UC0402',
    legalName: 'SEEPZ ELECTRONICS PRIVATE LIMITED',
    tradeName: 'Seepz Electronics',
    dty: 'SEZ Unit',
    rgdt: '15/08/2018',
    ctb: 'Private Limited Company',
    address: addr('27', '400096', 'Andheri East', 'Mumbai', 'SEEPZ SEZ', 'Unit 42'),
  },
  {
    gstin: '36AASFP8573D2ZN',
    nba: ['Retail Business'],
    stj: 'State - Telangana,Division - Abids,Circle - Abids',
    stjCd: 'TG045',
    ctj: 'Commissionerate - HYDERABAD,Division - CHARMINAR,Range - ABIDS',
    ctjCd: 'ZL0103',
    legalName: 'PRAGATHI FOODS',
    tradeName: 'Pragathi Foods',
    dty: 'Composition',
    rgdt: '01/04/2019',
    ctb: 'Partnership',
    address: addr('36', '500001', 'Abids', 'Hyderabad', 'Abids Road', 'Pragathi Complex'),
  },
  {
    gstin: '29AAFCB7707D1C1',
    nba: ['Supplier of Services', 'Office / Sale Office'],
    stj: 'State - Karnataka,Division - DGSTO-6, Bengaluru,LOCAL GST Office - LGSTO 065 - Bengaluru',
    stjCd: 'KA065',
    ctj: 'Commissionerate - BENGALURU EAST,Division - EAST DIVISION-5,Range - RANGE-BED5',
    ctjCd: 'YT0805',
    legalName: 'BAZAAR ONLINE SERVICES PRIVATE LIMITED',
    tradeName: 'Bazaar Online',
    dty: 'Tax Collector (Electronic Commerce Operator)',
    rgdt: '01/10/2018',
    ctb: 'Private Limited Company',
    address: addr('29', '560103', 'Bellandur', 'Bengaluru', 'Outer Ring Road', 'Tech Park Tower B'),
  },
  {
    gstin: '24ACPPM5624F1ZK',
    nba: ['Wholesale Business'],
    stj: 'State - Gujarat,Division - Division - 1,Range - Range - 2,Unit - Ghatak 4 (Ahmedabad)',
    stjCd: 'GJ042',
    ctj: 'Commissionerate - AHMEDABAD SOUTH,Division - DIVISION-I,Range - RANGE-V',
    ctjCd: 'TA0105',
    legalName: 'MEHTA TEXTILES',
    tradeName: 'Mehta Textiles',
    sts: 'Cancelled',
    rgdt: '01/07/2017',
    cxdt: '31/03/2024',
    ctb: 'Proprietorship',
    address: addr('24', '380001', 'Relief Road', 'Ahmedabad', 'Relief Road', 'Mehta Bhavan'),
  },
  {
    gstin: '08AAAAD1307N1ZW',
    nba: ['Retail Business', 'Export'],
    stj: 'State - Rajasthan,Zone - Jaipur,Circle - Circle-B, Jaipur',
    stjCd: 'RJ123',
    ctj: 'Commissionerate - JAIPUR,Division - DIVISION-E,Range - RANGE-I',
    ctjCd: 'VB0501',
    legalName: 'DESERT HANDICRAFTS SOCIETY',
    tradeName: 'Desert Handicrafts',
    sts: 'Suspended',
    rgdt: '01/07/2017',
    ctb: 'Society/ Club/ Trust/ AOP',
    address: addr('08', '302001', 'MI Road', 'Jaipur', 'Mirza Ismail Road', 'Handicrafts Emporium'),
  },
  {
    gstin: '33GSPTN0791G1Z5',
    nba: ['Factory / Manufacturing', 'Warehouse / Depot'],
    stj: 'State - Tamil Nadu,Division - Chennai North,Zone - Parrys,Circle - Parrys',
    stjCd: 'TN052',
    ctj: 'Commissionerate - CHENNAI NORTH,Division - PARRYS,Range - RANGE-I',
    ctjCd: 'WA0101',
    legalName: 'TAMIL NADU STEEL WORKS LIMITED',
    tradeName: 'TN Steel',
    rgdt: '01/07/2017',
    ctb: 'Public Limited Company',
    reportingLimitDays: 30,
    address: addr('33', '600001', 'Parrys', 'Chennai', 'Rajaji Salai', 'Steel House'),
  },
  {
    gstin: '05AAACG2140A1ZL',
    nba: ['Factory / Manufacturing', 'Retail Business'],
    stj: 'State - Uttarakhand,Division - Dehradun,Circle - Sector-3',
    stjCd: 'UK005',
    ctj: 'Commissionerate - DEHRADUN,Division - DEHRADUN,Range - RANGE-I',
    ctjCd: 'XD0101',
    legalName: 'GARHWAL ORGANICS PRIVATE LIMITED',
    tradeName: 'Garhwal Organics',
    rgdt: '01/07/2017',
    ctb: 'Private Limited Company',
    blocked: true,
    address: addr('05', '248001', 'Rajpur Road', 'Dehradun', 'Rajpur Road', 'Organic Plaza'),
  },
  {
    gstin: '29AAECS4417K1Z2',
    stj: 'State - Karnataka,Division - DGSTO-3, Bengaluru,LOCAL GST Office - LGSTO 031 - Bengaluru',
    stjCd: 'KA031',
    ctj: 'Commissionerate - BENGALURU NORTH WEST,Division - NW DIVISION-2,Range - RANGE-BNW2',
    ctjCd: 'YT0602',
    legalName: 'SWIFT ROADWAYS PRIVATE LIMITED',
    tradeName: 'Swift Roadways',
    rgdt: '01/07/2017',
    ctb: 'Private Limited Company',
    nba: ['Service Provision'],
    address: addr('29', '560058', 'Peenya', 'Bengaluru', 'Peenya Industrial Area', 'Transport Nagar'),
  },
  // NIC's e-invoice sandbox sample GSTINs (reference §5.14); their check digits fail.
  {
    gstin: '37ARZPT4384Q1MT',
    legalName: 'NIC company pvt ltd',
    tradeName: 'NIC Industries',
    rgdt: '01/07/2017',
    testIdentity: true,
    address: addr('37', '518001', 'GANDHINAGAR', 'Kurnool', '5th block, kuvempu layout', 'NIC House'),
  },
  {
    gstin: '29AWGPV7107B1Z1',
    legalName: 'XYZ company pvt ltd',
    tradeName: 'XYZ Industries',
    rgdt: '01/07/2017',
    testIdentity: true,
    address: addr('29', '562160', 'GANDHINAGAR', 'Ramanagara', '7th block, kuvempu layout', 'XYZ House'),
  },
];

/** Seeds the registry and the demo user once: on a database whose registry is empty. */
export async function seedSandbox(service: SandboxService, isEmpty: () => Promise<boolean>): Promise<boolean> {
  if (!(await isEmpty())) return false;
  // Demo taxpayers have a filing history (RETTRACK) derived from their registration.
  await service.ensureTaxpayers(DEMO_TAXPAYERS.map((seed) => ({ sts: 'Active', dty: 'Regular', syntheticFilings: true, ...seed })));
  try {
    await service.createUser(DEMO_USER.gstin, DEMO_USER.username, DEMO_USER.password);
  } catch (err) {
    // Another instance starting on the same database seeded it first.
    if (!(err instanceof GstError && err.code === 'CONFLICT')) throw err;
  }
  return true;
}
