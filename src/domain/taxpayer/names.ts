/**
 * Word lists for synthetic Indian business names and addresses (flavour after the hand-written demo
 * taxpayers in modules/sandbox/sandbox.seed.ts and the B1 samples). Regional surnames and
 * devotional prefixes follow the state, so a Chennai proprietor is not a "Patel".
 */

export type Region =
  | 'north'
  | 'punjab'
  | 'rajasthan'
  | 'west'
  | 'gujarat'
  | 'ka'
  | 'tn'
  | 'kl'
  | 'te'
  | 'bengal'
  | 'odisha'
  | 'bihar'
  | 'ne';

const REGION_OF: Record<string, Region> = {
  '01': 'north',
  '02': 'north',
  '03': 'punjab',
  '04': 'punjab',
  '05': 'north',
  '06': 'north',
  '07': 'north',
  '08': 'rajasthan',
  '09': 'north',
  '10': 'bihar',
  '11': 'ne',
  '12': 'ne',
  '13': 'ne',
  '14': 'ne',
  '15': 'ne',
  '16': 'bengal',
  '17': 'ne',
  '18': 'ne',
  '19': 'bengal',
  '20': 'bihar',
  '21': 'odisha',
  '22': 'north',
  '23': 'north',
  '24': 'gujarat',
  '26': 'gujarat',
  '27': 'west',
  '29': 'ka',
  '30': 'west',
  '31': 'kl',
  '32': 'kl',
  '33': 'tn',
  '34': 'tn',
  '35': 'bengal',
  '36': 'te',
  '37': 'te',
  '38': 'north',
};

export function regionOf(stateCode: string): Region {
  return REGION_OF[stateCode] ?? 'north';
}

export const SURNAMES: Record<Region, readonly string[]> = {
  north: [
    'SHARMA',
    'GUPTA',
    'AGARWAL',
    'VERMA',
    'SINGH',
    'YADAV',
    'JAIN',
    'MISHRA',
    'TIWARI',
    'CHAUHAN',
    'GOYAL',
    'BANSAL',
    'MITTAL',
    'SAXENA',
    'KHANNA',
    'KAPOOR',
    'MALHOTRA',
    'PANDEY',
    'SRIVASTAVA',
    'CHAUDHARY',
    'RASTOGI',
    'GARG',
    'TYAGI',
  ],
  punjab: ['SINGH', 'GILL', 'SANDHU', 'DHILLON', 'GREWAL', 'SIDHU', 'BRAR', 'ARORA', 'KAPOOR', 'BAJAJ', 'SETHI', 'AHUJA', 'BEDI'],
  rajasthan: [
    'AGARWAL',
    'MAHESHWARI',
    'JAIN',
    'SHARMA',
    'RATHORE',
    'SHEKHAWAT',
    'KHANDELWAL',
    'OSWAL',
    'SONI',
    'GUPTA',
    'MEENA',
    'CHOUDHARY',
  ],
  west: [
    'PATIL',
    'KULKARNI',
    'DESHMUKH',
    'PAWAR',
    'JADHAV',
    'SHINDE',
    'GAIKWAD',
    'JOSHI',
    'MEHTA',
    'SHAH',
    'NAIK',
    'KADAM',
    'DESAI',
    'BHOSALE',
    'CHAVAN',
    'AGARWAL',
  ],
  gujarat: [
    'PATEL',
    'SHAH',
    'MEHTA',
    'DESAI',
    'JOSHI',
    'PANCHAL',
    'THAKKAR',
    'PAREKH',
    'MODI',
    'BHATT',
    'TRIVEDI',
    'SONI',
    'VYAS',
    'DAVE',
    'CHAUHAN',
  ],
  ka: ['GOWDA', 'SHETTY', 'RAO', 'HEGDE', 'KAMATH', 'PAI', 'BHAT', 'NAIK', 'REDDY', 'KUMAR', 'MURTHY', 'PRASAD'],
  tn: ['SUBRAMANIAN', 'KRISHNAN', 'RAMASAMY', 'MURUGAN', 'PILLAI', 'CHETTIAR', 'NADAR', 'GOUNDER', 'IYER', 'RAJAN', 'SELVARAJ', 'PANDIAN'],
  kl: ['NAIR', 'MENON', 'PILLAI', 'KURIAN', 'VARGHESE', 'THOMAS', 'JOSEPH', 'KUTTY', 'NAMBIAR', 'MATHEW', 'ABRAHAM', 'KOSHY'],
  te: ['REDDY', 'RAO', 'NAIDU', 'CHOWDARY', 'VARMA', 'RAJU', 'GOUD', 'SHARMA', 'PRASAD', 'GUPTA', 'YADAV'],
  bengal: ['DAS', 'GHOSH', 'BANERJEE', 'MUKHERJEE', 'CHATTERJEE', 'BOSE', 'SEN', 'DUTTA', 'ROY', 'SAHA', 'PAUL', 'MONDAL', 'AGARWAL'],
  odisha: ['MOHANTY', 'PATNAIK', 'SAHU', 'MISHRA', 'DAS', 'PANDA', 'NAYAK', 'BEHERA', 'PRADHAN', 'ROUT', 'SWAIN'],
  bihar: ['SINGH', 'KUMAR', 'PRASAD', 'SINHA', 'YADAV', 'JHA', 'MISHRA', 'THAKUR', 'MAHTO', 'CHOUDHARY', 'GUPTA'],
  ne: ['BORAH', 'GOGOI', 'SAIKIA', 'BARUAH', 'DAS', 'SARMA', 'KALITA', 'DUTTA', 'AGARWAL', 'SINGHA', 'BHUTIA', 'SANGMA'],
};

const MALE_NORTH = [
  'RAJESH',
  'SURESH',
  'RAMESH',
  'ANIL',
  'SUNIL',
  'VIJAY',
  'SANJAY',
  'AMIT',
  'ROHIT',
  'MANOJ',
  'DEEPAK',
  'PANKAJ',
  'RAKESH',
  'MUKESH',
  'ASHOK',
  'VIKAS',
  'ANKIT',
  'GAURAV',
  'NITIN',
  'PAWAN',
];
const MALE_WEST = [
  'HITESH',
  'JIGNESH',
  'MAHESH',
  'KIRAN',
  'NILESH',
  'PARESH',
  'DINESH',
  'BHAVESH',
  'SACHIN',
  'PRAKASH',
  'GANESH',
  'SANDEEP',
  'RAHUL',
  'YOGESH',
];
const MALE_SOUTH = [
  'SRINIVAS',
  'VENKATESH',
  'RAGHU',
  'MURALI',
  'SURESH',
  'RAJA',
  'GOPAL',
  'KRISHNA',
  'RAVI',
  'SATISH',
  'PRASAD',
  'ARUN',
  'KARTHIK',
  'SENTHIL',
  'BALAJI',
  'MANJUNATH',
];
const MALE_EAST = ['SUBRATA', 'ARINDAM', 'SOUMEN', 'DEBASHIS', 'PRASANTA', 'TAPAS', 'BISWAJIT', 'AMIT', 'SANJAY', 'RAJIB', 'SUDIP', 'ANUP'];
const FEMALE_NORTH = ['SUNITA', 'ANITA', 'POOJA', 'NEHA', 'KAVITA', 'REKHA', 'SEEMA', 'PRIYA', 'MEENA', 'ANJALI'];
const FEMALE_WEST = ['HETAL', 'BHAVNA', 'NISHA', 'SNEHA', 'KOMAL', 'SWATI', 'MANISHA', 'JYOTI'];
const FEMALE_SOUTH = ['LAKSHMI', 'PADMA', 'GEETHA', 'DIVYA', 'SARASWATHI', 'REVATHI', 'KAVYA', 'SHANTHI'];
const FEMALE_EAST = ['RITA', 'MOUSUMI', 'PAPIYA', 'SUPRIYA', 'SWAPNA', 'TANIA'];

export function firstNames(region: Region, female: boolean): readonly string[] {
  switch (region) {
    case 'west':
    case 'gujarat':
      return female ? FEMALE_WEST : MALE_WEST;
    case 'ka':
    case 'tn':
    case 'kl':
    case 'te':
      return female ? FEMALE_SOUTH : MALE_SOUTH;
    case 'bengal':
    case 'odisha':
    case 'ne':
      return female ? FEMALE_EAST : MALE_EAST;
    default:
      return female ? FEMALE_NORTH : MALE_NORTH;
  }
}

const COMMON_PREFIXES = [
  'BHARAT',
  'HINDUSTAN',
  'NATIONAL',
  'NEW',
  'ROYAL',
  'STAR',
  'SUPREME',
  'UNITED',
  'GLOBAL',
  'PRIME',
  'APEX',
  'GALAXY',
  'UNIVERSAL',
  'ASIAN',
  'INDO',
  'MODERN',
  'PERFECT',
  'DIAMOND',
  'GOLDEN',
  'CRYSTAL',
  'EVEREST',
  'LOTUS',
  'SUNRISE',
  'SAI',
  'OM SAI',
  'BALAJI',
  'KRISHNA',
  'GANESH',
];
const REGIONAL_PREFIXES: Partial<Record<Region, readonly string[]>> = {
  north: [
    'SHREE GANESH',
    'SHREE RAM',
    'SHRI RADHE',
    'JAI MATA DI',
    'SHREE SHYAM',
    'SHIV SHAKTI',
    'GURU KRIPA',
    'MAA DURGA',
    'HANUMAN',
    'JAI AMBE',
  ],
  punjab: ['GURU NANAK', 'WAHEGURU', 'SHIV SHAKTI', 'JAI MATA DI', 'SHREE RAM', 'NEW PUNJAB'],
  rajasthan: ['SHREE SHYAM', 'SHREE GANESH', 'MAHAVEER', 'JAI AMBE', 'SHREE NATH', 'MARUDHAR'],
  west: ['SHREE SIDDHIVINAYAK', 'MAHALAXMI', 'SHREE GANESH', 'JAI BHAVANI', 'SAI KRUPA', 'OMKAR', 'SHIVAM'],
  gujarat: ['SHREE UMIYA', 'JALARAM', 'SHREE KHODIYAR', 'JAI AMBE', 'SHREEJI', 'MAHALAXMI', 'SHREE HARI', 'GAYATRI'],
  ka: ['SRI LAKSHMI', 'SRI VENKATESWARA', 'SRI RAGHAVENDRA', 'SRI MANJUNATHA', 'SRI SAI', 'ANNAPOORNA', 'KAVERI'],
  tn: ['SRI LAKSHMI', 'SRI MURUGAN', 'SRI BALAJI', 'SRI VENKATESWARA', 'SRI KRISHNA', 'ANNAI', 'VELAVAN', 'SRI SAKTHI'],
  kl: ['SREE GOKULAM', 'SREE KRISHNA', 'ST. MARYS', 'MALABAR', 'KAIRALI', 'SREE LAKSHMI', 'CHERUPUSHPAM'],
  te: ['SRI LAKSHMI', 'SRI VENKATESWARA', 'SRI SAI', 'SRI KANAKA DURGA', 'VIJAYA', 'SRI RAMA', 'SRI SATYA'],
  bengal: ['MAA TARA', 'LOKENATH', 'MAA KALI', 'SHREE DURGA', 'MAA SARADA', 'JAI GURU'],
  odisha: ['JAGANNATH', 'MAA TARINI', 'MAA SAMALESWARI', 'SHREE DURGA', 'UTKAL'],
  bihar: ['MAA DURGA', 'SHREE GANESH', 'JAI MATA DI', 'SHIV SHAKTI', 'MAGADH'],
  ne: ['MAA KAMAKHYA', 'BRAHMAPUTRA', 'PURBANCHAL', 'NORTH EAST', 'SHREE DURGA'],
};

export function brandPrefixes(region: Region): readonly string[] {
  return REGIONAL_PREFIXES[region] ?? COMMON_PREFIXES;
}
export { COMMON_PREFIXES };

/** nba values (B1). */
export const NBA = {
  factory: 'Factory / Manufacturing',
  wholesale: 'Wholesale Business',
  retail: 'Retail Business',
  office: 'Office / Sale Office',
  recipient: 'Recipient of Goods or Services',
  works: 'Works Contract',
  warehouse: 'Warehouse / Depot',
  service: 'Supplier of Services',
  export: 'Export',
  import: 'Import',
  leasing: 'Leasing Business',
} as const;

/** A line of business: the name word(s), who uses it (P proprietor shop, F firm, C company) and its nba. */
export interface Sector {
  word: string;
  kinds: string;
  nba: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  { word: 'TRADERS', kinds: 'PF', nba: [NBA.wholesale, NBA.retail] },
  { word: 'TRADING COMPANY', kinds: 'FC', nba: [NBA.wholesale, NBA.office] },
  { word: 'ENTERPRISES', kinds: 'PFC', nba: [NBA.wholesale, NBA.service] },
  { word: 'INDUSTRIES', kinds: 'PFC', nba: [NBA.factory, NBA.warehouse] },
  { word: 'TEXTILES', kinds: 'PFC', nba: [NBA.factory, NBA.wholesale] },
  { word: 'FABRICS', kinds: 'PF', nba: [NBA.wholesale, NBA.retail] },
  { word: 'STEELS', kinds: 'FC', nba: [NBA.factory, NBA.warehouse] },
  { word: 'STEEL TRADERS', kinds: 'PF', nba: [NBA.wholesale, NBA.warehouse] },
  { word: 'AGRO FOODS', kinds: 'FC', nba: [NBA.factory, NBA.wholesale] },
  { word: 'PHARMA', kinds: 'FC', nba: [NBA.factory, NBA.wholesale] },
  { word: 'PHARMACEUTICALS', kinds: 'C', nba: [NBA.factory, NBA.export] },
  { word: 'MEDICAL STORES', kinds: 'P', nba: [NBA.retail] },
  { word: 'MEDICAL AGENCIES', kinds: 'PF', nba: [NBA.wholesale] },
  { word: 'LOGISTICS', kinds: 'PFC', nba: [NBA.service, NBA.warehouse] },
  { word: 'ROADWAYS', kinds: 'PF', nba: [NBA.service] },
  { word: 'ELECTRICALS', kinds: 'PF', nba: [NBA.retail, NBA.wholesale] },
  { word: 'HARDWARE', kinds: 'P', nba: [NBA.retail] },
  { word: 'AGENCIES', kinds: 'PF', nba: [NBA.wholesale] },
  { word: 'DISTRIBUTORS', kinds: 'PF', nba: [NBA.wholesale, NBA.warehouse] },
  { word: 'CONSTRUCTIONS', kinds: 'PF', nba: [NBA.works] },
  { word: 'BUILDERS AND DEVELOPERS', kinds: 'FC', nba: [NBA.works, NBA.leasing] },
  { word: 'INFRA PROJECTS', kinds: 'C', nba: [NBA.works, NBA.service] },
  { word: 'AUTOMOBILES', kinds: 'PF', nba: [NBA.retail, NBA.service] },
  { word: 'MOTORS', kinds: 'FC', nba: [NBA.retail, NBA.service] },
  { word: 'AUTO COMPONENTS', kinds: 'C', nba: [NBA.factory, NBA.export] },
  { word: 'PLASTICS', kinds: 'PFC', nba: [NBA.factory] },
  { word: 'POLYMERS', kinds: 'FC', nba: [NBA.factory, NBA.warehouse] },
  { word: 'CHEMICALS', kinds: 'FC', nba: [NBA.factory, NBA.import] },
  { word: 'PACKAGING', kinds: 'FC', nba: [NBA.factory] },
  { word: 'ENGINEERING WORKS', kinds: 'PF', nba: [NBA.factory, NBA.works] },
  { word: 'ENGINEERING', kinds: 'C', nba: [NBA.factory, NBA.works] },
  { word: 'JEWELLERS', kinds: 'PF', nba: [NBA.retail] },
  { word: 'GENERAL STORES', kinds: 'P', nba: [NBA.retail] },
  { word: 'KIRANA STORES', kinds: 'P', nba: [NBA.retail] },
  { word: 'TECHNOLOGIES', kinds: 'FC', nba: [NBA.service, NBA.office] },
  { word: 'SOFTWARE SOLUTIONS', kinds: 'C', nba: [NBA.service, NBA.export] },
  { word: 'INFOTECH', kinds: 'PFC', nba: [NBA.service] },
  { word: 'EXPORTS', kinds: 'PFC', nba: [NBA.export, NBA.wholesale] },
  { word: 'IMPEX', kinds: 'FC', nba: [NBA.import, NBA.export, NBA.wholesale] },
  { word: 'FOODS', kinds: 'PFC', nba: [NBA.factory, NBA.retail] },
  { word: 'SWEETS', kinds: 'P', nba: [NBA.retail] },
  { word: 'CATERERS', kinds: 'P', nba: [NBA.service] },
  { word: 'HOSPITALITY', kinds: 'C', nba: [NBA.service] },
  { word: 'TOURS AND TRAVELS', kinds: 'PF', nba: [NBA.service] },
  { word: 'FURNITURE', kinds: 'PF', nba: [NBA.factory, NBA.retail] },
  { word: 'CEMENT AGENCIES', kinds: 'PF', nba: [NBA.wholesale, NBA.warehouse] },
  { word: 'RICE MILL', kinds: 'PF', nba: [NBA.factory] },
  { word: 'OIL MILLS', kinds: 'PF', nba: [NBA.factory] },
  { word: 'PAPER MILLS', kinds: 'FC', nba: [NBA.factory] },
  { word: 'SPICES', kinds: 'PFC', nba: [NBA.factory, NBA.export] },
  { word: 'MOBILES', kinds: 'P', nba: [NBA.retail] },
  { word: 'COMPUTERS', kinds: 'PF', nba: [NBA.retail, NBA.service] },
  { word: 'GARMENTS', kinds: 'PF', nba: [NBA.retail, NBA.factory] },
  { word: 'CERAMICS', kinds: 'FC', nba: [NBA.factory] },
  { word: 'ALLOYS', kinds: 'C', nba: [NBA.factory] },
  { word: 'FERTILIZERS', kinds: 'PF', nba: [NBA.wholesale] },
  { word: 'SECURITY SERVICES', kinds: 'PFC', nba: [NBA.service] },
];

export const BUILDING_NAMES = [
  'Ganga',
  'Yamuna',
  'Shanti',
  'Lakshmi',
  'Krishna',
  'Sai',
  'Om',
  'Shiv',
  'Ashirwad',
  'Prestige',
  'Sunrise',
  'Royal',
  'Galaxy',
  'Gokul',
  'Vrindavan',
  'Nandanvan',
  'Anand',
  'Kailash',
  'Sagar',
  'Annapurna',
  'Mahavir',
  'Ambika',
  'Padmavathi',
  'Siddhi',
  'Vardhman',
  'Metro',
  'City Centre',
  'Surya',
  'Chandra',
  'Kamdhenu',
];
export const BUILDING_KINDS = [
  'Complex',
  'Towers',
  'Bhavan',
  'Plaza',
  'Arcade',
  'Chambers',
  'House',
  'Apartments',
  'Market',
  'Shopping Centre',
  'Estate',
  'Heights',
  'Trade Centre',
  'Mansion',
];
export const INDUSTRIAL_BUILDINGS = ['Industrial Estate', 'Industrial Area', 'Udyog Nagar', 'Industrial Park', 'Small Industries Estate'];
export const FLOORS = ['Ground Floor', 'First Floor', '1st Floor', '2nd Floor', '3rd Floor', '4th Floor', 'Basement'];
export const STREETS = [
  'MG Road',
  'Station Road',
  'Main Road',
  'Gandhi Road',
  'Nehru Road',
  'Market Road',
  'Bazaar Street',
  'Ring Road',
  'Temple Street',
  'Mill Road',
  'Link Road',
  'Cross Road',
  'Bypass Road',
  'Court Road',
  'Hospital Road',
  'College Road',
  'Subhash Road',
  'Patel Marg',
  'Ambedkar Road',
  'Sardar Patel Road',
  'Old Bus Stand Road',
  'National Highway',
  'Kutchery Road',
  'Bank Street',
  'Cloth Market',
  'Grain Market',
  'Sadar Bazar',
];
export const REGIONAL_STREETS: Partial<Record<Region, readonly string[]>> = {
  ka: ['1st Cross, 2nd Main', '4th Cross', '80 Feet Road', '100 Feet Road', 'KR Road', 'Industrial Suburb'],
  tn: ['Anna Salai', 'Kamaraj Salai', 'Periyar Street', 'Bazaar Street', 'Car Street', 'East Street'],
  kl: ['MG Road', 'Broadway', 'Market Road', 'Convent Road', 'Temple Road'],
  te: ['Main Road', 'RTC X Roads', 'Ring Road', 'Station Road', 'Trunk Road'],
  gujarat: ['GIDC Estate', 'Ashram Road', 'CG Road', 'Station Road', 'Ring Road'],
  west: ['MIDC', 'LBS Marg', 'SV Road', 'Link Road', 'Station Road', 'FC Road'],
  north: ['Sector 18', 'Sector 5', 'GT Road', 'Civil Lines', 'Mall Road', 'Chandni Chowk'],
  punjab: ['GT Road', 'Mall Road', 'Focal Point', 'Industrial Area Phase 2', 'Sector 17'],
  bengal: ['BT Road', 'GT Road', 'Park Street', 'Burrabazar', 'Jessore Road'],
};
