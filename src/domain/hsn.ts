/**
 * HSN / SAC structure (reference nic-einvoice.md §5.7 `HsnCd`, NIC error 2176 "Invalid HSN code(s)").
 * Without a master only the structure is checked. With a master (CSV from the GST portal or a seed) a
 * code is known when the master lists it, lists a code under it (a heading whose lines are listed), or
 * lists an ancestor that it does not break down further (a master that stops at 4 or 6 digits). So
 * 8-digit codes under a heading whose 8-digit lines are listed must match exactly. NIC's own rule
 * (exact match vs prefix) is not documented; this is our choice.
 */

/** Customs Tariff chapter titles (short), 01–98 without 77 (reserved), and 99 Services (SAC). */
export const HSN_CHAPTERS: Record<string, string> = {
  '01': 'Live animals',
  '02': 'Meat and edible meat offal',
  '03': 'Fish and crustaceans, molluscs and other aquatic invertebrates',
  '04': "Dairy produce; birds' eggs; natural honey; edible products of animal origin",
  '05': 'Products of animal origin, not elsewhere specified',
  '06': 'Live trees and other plants; bulbs, roots; cut flowers and ornamental foliage',
  '07': 'Edible vegetables and certain roots and tubers',
  '08': 'Edible fruit and nuts; peel of citrus fruit or melons',
  '09': 'Coffee, tea, mate and spices',
  '10': 'Cereals',
  '11': 'Products of the milling industry; malt; starches; inulin; wheat gluten',
  '12': 'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder',
  '13': 'Lac; gums, resins and other vegetable saps and extracts',
  '14': 'Vegetable plaiting materials; vegetable products not elsewhere specified',
  '15': 'Animal or vegetable fats and oils; prepared edible fats; animal or vegetable waxes',
  '16': 'Preparations of meat, of fish or of crustaceans, molluscs or other aquatic invertebrates',
  '17': 'Sugars and sugar confectionery',
  '18': 'Cocoa and cocoa preparations',
  '19': "Preparations of cereals, flour, starch or milk; pastrycooks' products",
  '20': 'Preparations of vegetables, fruit, nuts or other parts of plants',
  '21': 'Miscellaneous edible preparations',
  '22': 'Beverages, spirits and vinegar',
  '23': 'Residues and waste from the food industries; prepared animal fodder',
  '24': 'Tobacco and manufactured tobacco substitutes',
  '25': 'Salt; sulphur; earths and stone; plastering materials, lime and cement',
  '26': 'Ores, slag and ash',
  '27': 'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes',
  '28': 'Inorganic chemicals; compounds of precious metals, rare-earth metals, radioactive elements or isotopes',
  '29': 'Organic chemicals',
  '30': 'Pharmaceutical products',
  '31': 'Fertilisers',
  '32': 'Tanning or dyeing extracts; dyes, pigments; paints and varnishes; putty; inks',
  '33': 'Essential oils and resinoids; perfumery, cosmetic or toilet preparations',
  '34': 'Soap, washing and lubricating preparations, waxes, polishes, candles, modelling pastes, dental preparations',
  '35': 'Albuminoidal substances; modified starches; glues; enzymes',
  '36': 'Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations',
  '37': 'Photographic or cinematographic goods',
  '38': 'Miscellaneous chemical products',
  '39': 'Plastics and articles thereof',
  '40': 'Rubber and articles thereof',
  '41': 'Raw hides and skins (other than furskins) and leather',
  '42': 'Articles of leather; saddlery and harness; travel goods, handbags and similar containers',
  '43': 'Furskins and artificial fur; manufactures thereof',
  '44': 'Wood and articles of wood; wood charcoal',
  '45': 'Cork and articles of cork',
  '46': 'Manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork',
  '47': 'Pulp of wood or of other fibrous cellulosic material; recovered paper or paperboard',
  '48': 'Paper and paperboard; articles of paper pulp, of paper or of paperboard',
  '49': 'Printed books, newspapers, pictures and other products of the printing industry',
  '50': 'Silk',
  '51': 'Wool, fine or coarse animal hair; horsehair yarn and woven fabric',
  '52': 'Cotton',
  '53': 'Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn',
  '54': 'Man-made filaments; strip and the like of man-made textile materials',
  '55': 'Man-made staple fibres',
  '56': 'Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables',
  '57': 'Carpets and other textile floor coverings',
  '58': 'Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery',
  '59': 'Impregnated, coated, covered or laminated textile fabrics; textile articles for industrial use',
  '60': 'Knitted or crocheted fabrics',
  '61': 'Articles of apparel and clothing accessories, knitted or crocheted',
  '62': 'Articles of apparel and clothing accessories, not knitted or crocheted',
  '63': 'Other made up textile articles; sets; worn clothing and worn textile articles; rags',
  '64': 'Footwear, gaiters and the like; parts of such articles',
  '65': 'Headgear and parts thereof',
  '66': 'Umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof',
  '67': 'Prepared feathers and down; artificial flowers; articles of human hair',
  '68': 'Articles of stone, plaster, cement, asbestos, mica or similar materials',
  '69': 'Ceramic products',
  '70': 'Glass and glassware',
  '71': 'Pearls, precious or semi-precious stones, precious metals and articles thereof; imitation jewellery; coin',
  '72': 'Iron and steel',
  '73': 'Articles of iron or steel',
  '74': 'Copper and articles thereof',
  '75': 'Nickel and articles thereof',
  '76': 'Aluminium and articles thereof',
  '78': 'Lead and articles thereof',
  '79': 'Zinc and articles thereof',
  '80': 'Tin and articles thereof',
  '81': 'Other base metals; cermets; articles thereof',
  '82': 'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof',
  '83': 'Miscellaneous articles of base metal',
  '84': 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof',
  '85': 'Electrical machinery and equipment and parts thereof; sound and television recorders and reproducers',
  '86': 'Railway or tramway locomotives, rolling-stock, track fixtures and fittings; traffic signalling equipment',
  '87': 'Vehicles other than railway or tramway rolling-stock, and parts and accessories thereof',
  '88': 'Aircraft, spacecraft, and parts thereof',
  '89': 'Ships, boats and floating structures',
  '90': 'Optical, photographic, measuring, checking, precision, medical or surgical instruments and apparatus',
  '91': 'Clocks and watches and parts thereof',
  '92': 'Musical instruments; parts and accessories of such articles',
  '93': 'Arms and ammunition; parts and accessories thereof',
  '94': 'Furniture; bedding, mattresses, cushions; lamps and lighting fittings n.e.s.; illuminated signs; prefabricated buildings',
  '95': 'Toys, games and sports requisites; parts and accessories thereof',
  '96': 'Miscellaneous manufactured articles',
  '97': "Works of art, collectors' pieces and antiques",
  '98': "Project imports; laboratory chemicals; passengers' baggage; personal importations by air or post; ship stores",
  '99': 'Services (SAC)',
};

interface Master {
  codes: Set<string>;
  /** Codes (2, 4 or 6 digits) that have longer codes under them in the master. */
  parents: Set<string>;
}

let master: Master | undefined;

/** §5.7 `HsnCd` pattern, chapter and master checks (NIC 2176); undefined when the code is valid. */
export function hsnProblem(code: string): 'format' | 'chapter' | 'unknown' | undefined {
  if (typeof code !== 'string' || !/^(?!0+$)([0-9]{4}|[0-9]{6}|[0-9]{8})$/.test(code)) return 'format';
  if (!Object.hasOwn(HSN_CHAPTERS, code.slice(0, 2))) return 'chapter';
  if (master && !isKnown(master, code)) return 'unknown';
  return undefined;
}

function isKnown(m: Master, code: string): boolean {
  if (m.codes.has(code) || m.parents.has(code)) return true;
  for (let len = code.length - 2; len >= 2; len -= 2) {
    const ancestor = code.slice(0, len);
    if (m.parents.has(ancestor)) return false; // broken down further, and this code is not listed
    if (m.codes.has(ancestor)) return true; // the master stops here
  }
  return false;
}

/** §5.7: services (SAC) start with 99. */
export function isServiceHsn(code: string): boolean {
  return typeof code === 'string' && code.startsWith('99');
}

/** NIC 2176: structure, chapter and (when loaded) master all pass. */
export function isValidHsn(code: string): boolean {
  return hsnProblem(code) === undefined;
}

/**
 * Loads an HSN/SAC master from CSV and makes it the active one; returns the number of distinct codes.
 * Code column: one headed hsn, hsn_code, hsn_cd, sac, code …; else the first header starting with
 * "hsn" that is not a description; else one ending in "code". Codes that lost a leading zero in a
 * spreadsheet (odd length, e.g. "101") are padded back ("0101").
 */
export function loadHsnMaster(csvText: string): number {
  const rows = parseCsv(csvText.replace(/^\uFEFF/, ''));
  const header = (rows.shift() ?? []).map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );
  const col = [
    (h: string) => ['hsn', 'hsncode', 'hsncd', 'hsnsac', 'hsnsaccode', 'sac', 'saccode', 'code'].includes(h),
    (h: string) => h.startsWith('hsn') && !/desc|name/.test(h),
    (h: string) => h.endsWith('code'),
  ]
    .map((match) => header.findIndex(match))
    .find((i) => i >= 0);
  if (col === undefined) throw new Error('HSN master CSV needs a column named like hsn, hsn_code or code');
  const codes = new Set<string>();
  const parents = new Set<string>();
  for (const row of rows) {
    let c = (row[col] ?? '').replace(/\s/g, '');
    if (!/^[0-9]{1,8}$/.test(c)) continue;
    if (c.length % 2 === 1) c = `0${c}`;
    if (/^0+$/.test(c)) continue;
    codes.add(c);
    for (let len = 2; len < c.length; len += 2) parents.add(c.slice(0, len));
  }
  master = { codes, parents };
  return codes.size;
}

/** Back to structure-only checks. */
export function clearHsnMaster(): void {
  master = undefined;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF/LF, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f.trim() !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  endRow();
  return rows;
}
