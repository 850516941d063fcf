import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type GstinKind,
  generateGstin,
  generatePan,
  gstinCheckChar,
  isGstinFormat,
  isValidPan,
  PAN_HOLDER_TYPES,
  panHolderType,
  parseGstin,
} from './gstin.ts';

/** A seeded generator (mulberry32) so generated values are reproducible. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Reference B5.3 "Checksum-VALID" table, with the B5.4 family each belongs to.
const VALID: [string, string][] = [
  ['27AAPFU0939F1ZV', 'regular'],
  ['05AAACG2115R1ZN', 'regular'],
  ['05AAACG2140A1ZL', 'regular'],
  ['24AAUPV7468F1ZW', 'regular'],
  ['29AABCF8078M1C8', 'tcs'],
  ['29AABCF8078M2ZW', 'regular'], // ISD
  ['27AAECG3736E1C2', 'tcs'],
  ['29AAFCB7707D1C1', 'tcs'],
  ['06DELI09652G1DA', 'tds'],
  ['09ALDN00287A1DD', 'tds'],
  ['19AAACI1681G1DV', 'tds'],
  ['0717UNO00157UNO', 'uin'],
  ['0717UNO00211UN2', 'uin'],
  ['2117UNO00002UNF', 'uin'],
  ['0717UNO00154UNU', 'uin'],
  ['9917SGP29001OST', 'oidar'],
  ['36AASFP8573D2ZN', 'regular'],
  ['27AAJCS5738D1Z6', 'regular'],
  ['27AAACR5055K1Z7', 'regular'],
  ['27AADCB2923M1ZL', 'regular'],
  ['27ASJPC0786C3C7', 'tcs'],
  ['29AAFCD5862R1ZR', 'regular'],
  ['27AAFCD5862R1ZV', 'regular'],
  ['33GSPTN0791G1Z5', 'regular'],
  ['08AAAAD1307N1ZW', 'regular'],
  ['29AAECP2371C1ZL', 'regular'],
  ['29AAACW4202F1ZM', 'regular'],
  ['29AEKPV7203E1Z9', 'regular'],
  ['29AAAAA1799H1ZK', 'regular'],
  ['29AAACG0569P1Z3', 'regular'],
  ['05ABNTY3290P8ZA', 'regular'],
  ['05AAAAZ1723G1ZR', 'regular'],
  ['05AAAAZ2166M1Z7', 'regular'],
  ['24ACPPM5624F1ZK', 'regular'],
  ['27AAACT2727Q1ZW', 'regular'],
];

// Reference B5.3 "Checksum-INVALID" table: GSTIN, expected check char, and the first problem we report.
// NIC's e-invoice sandbox GSTINs (…M002, …Q1MT, …E000, …L011) do not even match a B5.4 family.
const INVALID: [string, string, string][] = [
  ['29AADCT2727Q1Z2', 'P', 'INVALID_GSTIN_CHECKSUM'],
  ['37ARZPT4384Q1MT', 'X', 'INVALID_GSTIN_FORMAT'],
  ['01AMBPG7773M002', 'Y', 'INVALID_GSTIN_FORMAT'],
  ['37AMBPG7773M002', 'J', 'INVALID_GSTIN_FORMAT'],
  ['36AMBPG7773M002', 'L', 'INVALID_GSTIN_FORMAT'],
  ['29AKLPM8755F1Z2', 'J', 'INVALID_GSTIN_CHECKSUM'],
  ['02EHFPS5910D2Z0', 'M', 'INVALID_GSTIN_CHECKSUM'],
  ['29BNMPC3977J1Z2', 'E', 'INVALID_GSTIN_CHECKSUM'],
  ['29AMRPV8729L1Z1', 'P', 'INVALID_GSTIN_CHECKSUM'],
  ['29AWGPV7107B1Z1', 'F', 'INVALID_GSTIN_CHECKSUM'],
  ['12AWGPV7107B1Z1', 'U', 'INVALID_GSTIN_CHECKSUM'],
  ['29AAFCA7488L1Z0', 'W', 'INVALID_GSTIN_CHECKSUM'],
  ['29AAACQ3770E000', 'F', 'INVALID_GSTIN_FORMAT'],
  ['29HJKPS9689A8Z5', '1', 'INVALID_GSTIN_CHECKSUM'],
  ['24AAACJ2440E2ZV', '6', 'INVALID_GSTIN_CHECKSUM'],
  ['36BBBFF5679L8ZR', 'N', 'INVALID_GSTIN_CHECKSUM'],
  ['36AABCT1332L011', 'D', 'INVALID_GSTIN_FORMAT'],
  ['29BQSPA3829E1Z2', 'O', 'INVALID_GSTIN_CHECKSUM'],
  ['27ABCDE1234F1Z5', '0', 'INVALID_GSTIN_CHECKSUM'],
  ['27AAAAA0000A1Z5', '2', 'INVALID_GSTIN_CHECKSUM'],
];

/** Completes 14 characters with their check character. */
const withCheck = (first14: string) => first14 + gstinCheckChar(first14);

describe('gstinCheckChar (B5.2)', () => {
  it('reproduces the worked example 27AAPFU0939F1ZV', () => {
    assert.equal(gstinCheckChar('27AAPFU0939F1Z'), 'V');
  });
  it('rejects characters outside 0-9A-Z', () => {
    assert.throws(() => gstinCheckChar('27aapfu0939f1z'));
  });
});

describe('parseGstin: B5.3 checksum-valid examples', () => {
  for (const [gstin, kind] of VALID) {
    it(`${gstin} is a valid ${kind} GSTIN`, () => {
      const info = parseGstin(gstin);
      assert.deepEqual(info.problems, []);
      assert.equal(info.kind, kind);
      assert.equal(info.formatValid, true);
      assert.equal(info.checksumValid, true);
      assert.equal(info.stateCode, gstin.slice(0, 2));
    });
  }
});

describe('parseGstin: B5.3 checksum-invalid examples', () => {
  for (const [gstin, expected, code] of INVALID) {
    it(`${gstin} expects check char ${expected} (${code})`, () => {
      assert.equal(gstinCheckChar(gstin), expected);
      const info = parseGstin(gstin);
      assert.equal(info.checksumValid, false);
      assert.equal(info.problems[0].code, code);
      // Every example names its expected check character, format failures too (all failures at once).
      const checksum = info.problems.find((p) => p.code === 'INVALID_GSTIN_CHECKSUM');
      assert.ok(checksum, JSON.stringify(info.problems));
      assert.match(checksum.message, new RegExp(`expected ${expected}$`));
      if (code === 'INVALID_GSTIN_CHECKSUM') {
        assert.equal(info.formatValid, true);
        assert.equal(info.problems.length, 1);
        assert.equal(parseGstin(gstin.slice(0, 14) + expected).problems.length, 0);
      } else {
        assert.equal(info.formatValid, false);
        assert.deepEqual(
          info.problems.map((p) => p.code),
          ['INVALID_GSTIN_FORMAT', 'INVALID_GSTIN_CHECKSUM'],
        );
      }
    });
  }
});

describe('parseGstin: one example per B5.4 family', () => {
  // Government and NRTP have no public example in the reference: built here with a valid check char.
  // The government family ends in a digit, so take the first serial whose check char is one.
  const government = Array.from({ length: 100 }, (_, i) => withCheck(`07DELG123${String(i).padStart(2, '0')}A1Z`)).find((g) =>
    /[0-9]$/.test(g),
  );
  const cases: [GstinKind, string][] = [
    ['regular', '27AAPFU0939F1ZV'],
    ['government', government ?? ''],
    ['nrtp', withCheck('0724USA00001NR')],
    ['oidar', '9917SGP29001OST'],
    ['uin', '0717UNO00157UNO'],
    ['tds', '06DELI09652G1DA'],
    ['tcs', '29AABCF8078M1C8'],
  ];
  for (const [kind, gstin] of cases) {
    it(`${kind}: ${gstin}`, () => {
      const info = parseGstin(gstin);
      assert.equal(info.kind, kind);
      assert.deepEqual(info.problems, []);
    });
  }
  it('pan only for regular/tcs, entity number for regular/tcs/tds', () => {
    assert.deepEqual(
      { pan: parseGstin('27AAPFU0939F1ZV').pan, e: parseGstin('27AAPFU0939F1ZV').entityNumber },
      { pan: 'AAPFU0939F', e: '1' },
    );
    assert.equal(parseGstin('29AABCF8078M1C8').pan, 'AABCF8078M');
    assert.equal(parseGstin('06DELI09652G1DA').pan, undefined);
    assert.equal(parseGstin('06DELI09652G1DA').entityNumber, '1');
    assert.equal(parseGstin('0717UNO00157UNO').pan, undefined);
    assert.equal(parseGstin('0717UNO00157UNO').entityNumber, undefined);
  });
});

describe('parseGstin: each problem code', () => {
  it('trims and upper-cases', () => {
    const info = parseGstin('  27aapfu0939f1zv ');
    assert.equal(info.gstin, '27AAPFU0939F1ZV');
    assert.deepEqual(info.problems, []);
  });
  it('INVALID_GSTIN_LENGTH stops further checks', () => {
    const info = parseGstin('27AAPFU0939F1Z');
    assert.deepEqual(
      info.problems.map((p) => p.code),
      ['INVALID_GSTIN_LENGTH'],
    );
    assert.equal(info.formatValid, false);
    assert.equal(parseGstin('').problems[0].code, 'INVALID_GSTIN_LENGTH');
  });
  it('INVALID_GSTIN_FORMAT, with the check character judged whenever it can be computed', () => {
    // Entity number 0 breaks the format; the check character of these 14 is right.
    const rightCheck = withCheck('27AAPFU0939F0Z');
    const info = parseGstin(rightCheck);
    assert.deepEqual(
      info.problems.map((p) => p.code),
      ['INVALID_GSTIN_FORMAT'],
    );
    assert.equal(info.checksumValid, true);
    assert.equal(info.formatValid, false);
    const wrongCheck = parseGstin(`27AAPFU0939F0Z${gstinCheckChar('27AAPFU0939F0Z') === 'A' ? 'B' : 'A'}`);
    assert.deepEqual(
      wrongCheck.problems.map((p) => p.code),
      ['INVALID_GSTIN_FORMAT', 'INVALID_GSTIN_CHECKSUM'],
    );
    // Outside 0-9A-Z there is no check character to compute.
    assert.deepEqual(
      parseGstin('27AAPFU0939F1Z*').problems.map((p) => p.code),
      ['INVALID_GSTIN_FORMAT'],
    );
  });
  it('INVALID_GSTIN_STATE_CODE for 00, 39, 98, 96 (Other Country) and 99 outside OIDAR (B6)', () => {
    for (const st of ['00', '39', '98', '96', '99']) {
      const info = parseGstin(withCheck(`${st}AAPFU0939F1Z`));
      assert.deepEqual(
        info.problems.map((p) => p.code),
        ['INVALID_GSTIN_STATE_CODE'],
      );
      assert.match(info.problems[0].message, new RegExp(`unknown state code ${st}$`));
      assert.equal(info.formatValid, false);
      assert.equal(info.checksumValid, true);
    }
  });
  it('accepts 97 Other Territory and legacy 25', () => {
    assert.deepEqual(parseGstin(withCheck('97AAPFU0939F1Z')).problems, []);
    assert.deepEqual(parseGstin(withCheck('25AAPFU0939F1Z')).problems, []);
  });
  it('state and checksum problems are both reported', () => {
    assert.deepEqual(
      parseGstin('00AAPFU0939F1Z0').problems.map((p) => p.code),
      ['INVALID_GSTIN_STATE_CODE', 'INVALID_GSTIN_CHECKSUM'],
    );
  });
});

describe('isGstinFormat (INV-01 schema pattern)', () => {
  it('accepts sandbox GSTINs that fail B5.4 and rejects lower case / URP', () => {
    assert.equal(isGstinFormat('01AMBPG7773M002'), true);
    assert.equal(isGstinFormat('37ARZPT4384Q1MT'), true);
    assert.equal(isGstinFormat('27aapfu0939f1zv'), false);
    assert.equal(isGstinFormat('URP'), false);
    assert.equal(isGstinFormat('A7AAPFU0939F1ZV'), false);
  });
});

describe('PAN', () => {
  it('isValidPan', () => {
    assert.equal(isValidPan('AAPFU0939F'), true);
    assert.equal(isValidPan('AAPFU0939'), false);
    assert.equal(isValidPan('aapfu0939f'), false);
    assert.equal(isValidPan('AAPF10939F'), false);
  });
  it('panHolderType', () => {
    assert.equal(panHolderType('AAPFU0939F'), 'Firm / LLP');
    assert.equal(panHolderType('AAACR5055K'), 'Company');
    assert.equal(panHolderType('AAAXA1234A'), undefined);
    assert.equal(panHolderType('bad'), undefined);
  });
  it('generatePan honours the holder type and is valid', () => {
    const rng = seeded(1);
    for (const t of Object.keys(PAN_HOLDER_TYPES)) {
      const pan = generatePan(t, rng);
      assert.equal(isValidPan(pan), true, pan);
      assert.equal(pan[3], t);
    }
    assert.equal(isValidPan(generatePan()), true);
    assert.throws(() => generatePan('X'));
  });
  it('generatePan is deterministic for a seeded rng', () => {
    assert.equal(generatePan('C', seeded(42)), generatePan('C', seeded(42)));
  });
});

describe('generateGstin', () => {
  it('generated GSTINs validate for every kind and state', () => {
    const rng = seeded(7);
    for (const stateCode of ['1', '07', '27', '29', '38', '97']) {
      for (const kind of ['regular', 'tcs', 'tds'] as const) {
        for (let i = 0; i < 20; i++) {
          const g = generateGstin({ stateCode, kind }, rng);
          const info = parseGstin(g);
          assert.deepEqual(info.problems, [], g);
          assert.equal(info.kind, kind);
          assert.equal(info.stateCode, stateCode.padStart(2, '0'));
        }
      }
    }
  });
  it('uses the given PAN and entity', () => {
    assert.equal(generateGstin({ stateCode: '27', pan: 'AAPFU0939F' }), '27AAPFU0939F1ZV');
    assert.equal(generateGstin({ stateCode: '29', pan: 'AABCF8078M', entity: '2' }), '29AABCF8078M2ZW');
    assert.equal(generateGstin({ stateCode: '29', pan: 'AABCF8078M', kind: 'tcs' }), '29AABCF8078M1C8');
  });
  it('rejects bad inputs', () => {
    assert.throws(() => generateGstin({ stateCode: '96' }));
    assert.throws(() => generateGstin({ stateCode: '27', pan: 'BAD' }));
    assert.throws(() => generateGstin({ stateCode: '27', entity: '0' }));
  });
});
