import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../core/errors.ts';
import { DEMO_GSTIN, sampleEwbRequest, TRANSPORTER_GSTIN } from './fixtures.ts';
import {
  isEwbStateCode,
  MAX_ITEMS,
  type ParseResult,
  parseCancel,
  parseConsolidate,
  parseExtend,
  parseGenerate,
  parseMultiVehicleAdd,
  parseMultiVehicleChange,
  parseMultiVehicleInitiate,
  parsePartB,
  parseRegenerateTripSheet,
  parseReject,
  parseTransporterUpdate,
} from './parse.ts';

type Body = Record<string, unknown>;
type Item = Record<string, unknown>;

const codes = (r: ParseResult<unknown>): string[] => (r.ok ? [] : r.problems.map((p: Problem) => `${p.code}@${p.field ?? ''}`));

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) assert.fail(`unexpected problems: ${codes(r).join(', ')}`);
  return r.value;
}

function gen(kind: 'intra' | 'inter' | 'part-a' = 'intra', mutate: (b: Body) => void = () => {}): Body {
  const b = sampleEwbRequest(kind, { docDate: '01/04/2025' });
  mutate(b);
  return b;
}
const item0 = (b: Body) => (b.itemList as Item[])[0];

/** Asserts `code@field` is among the problems. */
function expectCode(r: ParseResult<unknown>, code: string, field: string): void {
  assert.ok(codes(r).includes(`${code}@${field}`), `expected ${code}@${field}, got [${codes(r).join(', ')}]`);
}

describe('parseGenerate', () => {
  it('parses the three fixture samples', () => {
    for (const kind of ['intra', 'inter', 'part-a'] as const) ok(parseGenerate(gen(kind)));
  });

  it('converts numbers sent as strings, codes sent as numbers, empties to absent, normalises vehicles', () => {
    const v = ok(
      parseGenerate(
        gen('intra', (b) => {
          b.subSupplyType = 1;
          b.transMode = 1;
          b.transDistance = '150';
          b.fromPincode = '560001';
          b.fromStateCode = '29';
          b.totInvValue = '118000.00';
          b.vehicleNo = 'ka-01 ab 1234';
          b.supplyType = ' o ';
          item0(b).hsnCode = '84713010';
        }),
      ),
    );
    assert.equal(v.subSupplyType, 1);
    assert.equal(v.transMode, '1');
    assert.equal(v.transDistance, 150);
    assert.equal(v.fromPincode, 560001);
    assert.equal(v.fromStateCode, 29);
    assert.equal(v.totInvValue, 118000);
    assert.equal(v.vehicleNo, 'KA01AB1234');
    assert.equal(v.supplyType, 'O');
    assert.equal(v.transDocNo, undefined);
    assert.equal(v.subSupplyDesc, undefined);
    assert.equal(v.itemList[0].hsnCode, '84713010');
  });

  it('binds keys case-insensitively, including cessNonadvol / cessAdvol and dispatchFromGstin', () => {
    const v = ok(
      parseGenerate(
        gen('intra', (b) => {
          b.FROMGSTIN = b.fromGstin;
          delete b.fromGstin;
          b.dispatchFromGstin = '29AAACW4202F1ZM';
          const it = item0(b);
          delete it.cessNonAdvol;
          it.cessNonadvol = 5;
        }),
      ),
    );
    assert.equal(v.fromGstin, DEMO_GSTIN);
    assert.equal(v.dispatchFromGSTIN, '29AAACW4202F1ZM');
    assert.equal(v.itemList[0].cessNonAdvol, 5);
    const alias = ok(
      parseGenerate(
        gen('intra', (b) => {
          (item0(b) as Item).cessAdvol = 7;
        }),
      ),
    );
    assert.equal(alias.itemList[0].cessNonAdvol, 0); // cessNonAdvol (0) wins over the alias
    const onlyAlias = ok(
      parseGenerate(
        gen('intra', (b) => {
          delete item0(b).cessNonAdvol;
          item0(b).cessAdvol = 7;
        }),
      ),
    );
    assert.equal(onlyAlias.itemList[0].cessNonAdvol, 7);
  });

  it('reads NIC’s clear POST envelope {action, data} / {Data} as the payload (A1.4)', () => {
    const payload = gen('intra');
    assert.equal(ok(parseGenerate({ action: 'GENEWAYBILL', data: payload })).fromGstin, DEMO_GSTIN);
    assert.equal(ok(parseGenerate({ Data: payload })).docNo, payload.docNo);
    assert.equal(ok(parseCancel({ ACTION: 'CANEWB', data: { ewbNo: '310000000001', cancelRsnCode: 2 } })).ewbNo, 310000000001);
    // Anything else beside it is no envelope: read as a payload.
    expectCode(parseGenerate({ data: payload, docNo: 'X1' }), '201', 'supplyType');
  });

  it('pads an HSN sent as a number that lost its leading zero', () => {
    const v = ok(
      parseGenerate(
        gen('intra', (b) => {
          item0(b).hsnCode = 1001;
        }),
      ),
    );
    assert.equal(v.itemList[0].hsnCode, '1001');
    const padded = ok(
      parseGenerate(
        gen('intra', (b) => {
          item0(b).hsnCode = 101;
        }),
      ),
    );
    assert.equal(padded.itemList[0].hsnCode, '0101');
  });

  it('accepts a transporter id that fails the GSTIN check digit (TRANSIN, A4.2)', () => {
    const v = ok(
      parseGenerate(
        gen('part-a', (b) => {
          b.transporterId = '29AAFCA7488L1Z0';
        }),
      ),
    );
    assert.equal(v.transporterId, '29AAFCA7488L1Z0');
  });

  it('accepts 96 and 99 as Other Country', () => {
    assert.ok(isEwbStateCode('96') && isEwbStateCode(99) && isEwbStateCode('29') && isEwbStateCode(97));
    assert.ok(!isEwbStateCode(0) && !isEwbStateCode(40) && !isEwbStateCode(98));
  });

  const cases: Array<[code: string, field: string, mutate: (b: Body) => void]> = [
    [
      '201',
      'supplyType',
      (b) => {
        b.supplyType = 'X';
      },
    ],
    ['201', 'supplyType', (b) => delete b.supplyType],
    [
      '202',
      'subSupplyType',
      (b) => {
        b.subSupplyType = '13';
      },
    ],
    [
      '202',
      'subSupplyType',
      (b) => {
        b.subSupplyType = 'A';
      },
    ],
    [
      '377',
      'subSupplyDesc',
      (b) => {
        b.subSupplyType = 8;
      },
    ],
    [
      'VALIDATION_FAILED',
      'subSupplyDesc',
      (b) => {
        b.subSupplyDesc = 'x'.repeat(21);
      },
    ],
    [
      '204',
      'docType',
      (b) => {
        b.docType = 'CNT';
      },
    ],
    [
      '206',
      'docNo',
      (b) => {
        b.docNo = '/ABC';
      },
    ],
    [
      '206',
      'docNo',
      (b) => {
        b.docNo = 'A'.repeat(17);
      },
    ],
    ['206', 'docNo', (b) => delete b.docNo],
    [
      '207',
      'docDate',
      (b) => {
        b.docDate = '2025-04-01';
      },
    ],
    [
      '207',
      'docDate',
      (b) => {
        b.docDate = '31/02/2025';
      },
    ],
    ['614', 'transactionType', (b) => delete b.transactionType],
    [
      '612',
      'transactionType',
      (b) => {
        b.transactionType = 5;
      },
    ],
    [
      '208',
      'fromGstin',
      (b) => {
        b.fromGstin = '29AAFCD5862R1Z';
      },
    ],
    ['208', 'fromGstin', (b) => delete b.fromGstin],
    [
      '229',
      'fromTrdName',
      (b) => {
        b.fromTrdName = 'x'.repeat(101);
      },
    ],
    [
      '229',
      'fromTrdName',
      (b) => {
        b.fromGstin = 'URP';
        b.fromTrdName = '';
      },
    ],
    [
      '209',
      'fromAddr1',
      (b) => {
        b.fromGstin = 'URP';
        delete b.fromAddr1;
      },
    ],
    [
      '209',
      'fromAddr2',
      (b) => {
        b.fromAddr2 = 'x'.repeat(121);
      },
    ],
    [
      '230',
      'fromPlace',
      (b) => {
        b.fromGstin = 'URP';
        b.fromPlace = ' ';
      },
    ],
    [
      '210',
      'fromPincode',
      (b) => {
        b.fromPincode = 99999;
      },
    ],
    [
      '210',
      'fromPincode',
      (b) => {
        b.fromPincode = '56000A';
      },
    ],
    [
      '211',
      'fromStateCode',
      (b) => {
        b.fromStateCode = 40;
      },
    ],
    ['211', 'fromStateCode', (b) => delete b.fromStateCode],
    [
      '371',
      'actFromStateCode',
      (b) => {
        b.actFromStateCode = 'KA';
      },
    ],
    [
      '610',
      'dispatchFromGSTIN',
      (b) => {
        b.dispatchFromGSTIN = { gstin: 'x' };
      },
    ],
    [
      '609',
      'shipToGSTIN',
      (b) => {
        b.shipToGSTIN = ['x'];
      },
    ],
    [
      '212',
      'toGstin',
      (b) => {
        b.toGstin = 'UNREGISTERED';
      },
    ],
    [
      '231',
      'toTrdName',
      (b) => {
        b.toGstin = 'URP';
        delete b.toTrdName;
      },
    ],
    [
      '213',
      'toAddr1',
      (b) => {
        b.toGstin = 'URP';
        b.toAddr1 = '';
      },
    ],
    [
      '232',
      'toPlace',
      (b) => {
        b.toGstin = 'URP';
        b.toPlace = null;
      },
    ],
    [
      '214',
      'toPincode',
      (b) => {
        b.toPincode = 1000000;
      },
    ],
    [
      '215',
      'toStateCode',
      (b) => {
        b.toStateCode = 0;
      },
    ],
    ['372', 'actToStateCode', (b) => delete b.actToStateCode],
    [
      '627',
      'totalValue',
      (b) => {
        b.totalValue = -1;
      },
    ],
    [
      '630',
      'cgstValue',
      (b) => {
        b.cgstValue = -1;
      },
    ],
    [
      '631',
      'sgstValue',
      (b) => {
        b.sgstValue = '-1';
      },
    ],
    [
      '629',
      'igstValue',
      (b) => {
        b.igstValue = -0.5;
      },
    ],
    [
      '632',
      'cessValue',
      (b) => {
        b.cessValue = -1;
      },
    ],
    [
      '633',
      'cessNonAdvolValue',
      (b) => {
        b.cessNonAdvolValue = -1;
      },
    ],
    [
      'VALIDATION_FAILED',
      'otherValue',
      (b) => {
        b.otherValue = 'abc';
      },
    ],
    ['640', 'totInvValue', (b) => delete b.totInvValue],
    [
      '640',
      'totInvValue',
      (b) => {
        b.totInvValue = '';
      },
    ],
    [
      '628',
      'totInvValue',
      (b) => {
        b.totInvValue = -5;
      },
    ],
    [
      '222',
      'transporterId',
      (b) => {
        b.transporterId = 'SWIFT';
      },
    ],
    [
      '220',
      'transMode',
      (b) => {
        b.transMode = '5';
      },
    ],
    [
      '221',
      'transDistance',
      (b) => {
        b.transDistance = 4001;
      },
    ],
    [
      '221',
      'transDistance',
      (b) => {
        b.transDistance = '12.5';
      },
    ],
    ['221', 'transDistance', (b) => delete b.transDistance],
    [
      '223',
      'transDocNo',
      (b) => {
        b.transDocNo = 'LR 12';
      },
    ],
    [
      '223',
      'transDocNo',
      (b) => {
        b.transDocNo = '1234567890123456';
      },
    ],
    [
      '224',
      'transDocDate',
      (b) => {
        b.transDocDate = '32/01/2025';
      },
    ],
    [
      '225',
      'vehicleNo',
      (b) => {
        b.vehicleNo = 'KA1';
      },
    ],
    [
      '225',
      'vehicleNo',
      (b) => {
        b.vehicleNo = '22BH1234AA';
      },
    ],
    [
      '361',
      'vehicleType',
      (b) => {
        b.vehicleType = 'X';
      },
    ],
    ['233', 'itemList', (b) => delete b.itemList],
    [
      '233',
      'itemList',
      (b) => {
        b.itemList = { hsnCode: 1001 };
      },
    ],
    [
      '398',
      'itemList',
      (b) => {
        b.itemList = [];
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList',
      (b) => {
        b.itemList = Array.from({ length: MAX_ITEMS + 1 }, () => ({ ...item0(b) }));
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList[0]',
      (b) => {
        b.itemList = ['x'];
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList[0].itemNo',
      (b) => {
        item0(b).itemNo = 'one';
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList[0].productName',
      (b) => {
        item0(b).productName = 'x'.repeat(101);
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList[0].quantity',
      (b) => {
        item0(b).quantity = -1;
      },
    ],
    [
      'VALIDATION_FAILED',
      'itemList[0].cessNonAdvol',
      (b) => {
        item0(b).cessNonAdvol = -1;
      },
    ],
    [
      'VALIDATION_FAILED',
      'userGstin',
      (b) => {
        b.userGstin = 'x'.repeat(16);
      },
    ],
    [
      '216',
      'itemList[0].hsnCode',
      (b) => {
        item0(b).hsnCode = '847';
      },
    ],
    [
      '216',
      'itemList[0].hsnCode',
      (b) => {
        item0(b).hsnCode = '7777';
      },
    ],
    ['216', 'itemList[0].hsnCode', (b) => delete item0(b).hsnCode],
    [
      '217',
      'itemList[0].qtyUnit',
      (b) => {
        item0(b).qtyUnit = 'XYZ';
      },
    ],
    ['234', 'itemList[0].taxableAmount', (b) => delete item0(b).taxableAmount],
    [
      '234',
      'itemList[0].taxableAmount',
      (b) => {
        item0(b).taxableAmount = 'lots';
      },
    ],
    [
      '252',
      'itemList[0].cgstRate',
      (b) => {
        item0(b).cgstRate = 10;
      },
    ],
    [
      '253',
      'itemList[0].sgstRate',
      (b) => {
        item0(b).sgstRate = 4;
      },
    ],
    [
      '254',
      'itemList[0].igstRate',
      (b) => {
        item0(b).igstRate = 17;
      },
    ],
    [
      '255',
      'itemList[0].cessRate',
      (b) => {
        item0(b).cessRate = -1;
      },
    ],
  ];
  for (const [code, field, mutate] of cases) {
    it(`${code} ${field}: ${mutate.toString().replace(/\s+/g, ' ')}`, () => expectCode(parseGenerate(gen('intra', mutate)), code, field));
  }

  it('accepts the CGST/SGST half-slabs and any non-negative cess rate', () => {
    ok(parseGenerate(gen('intra', (b) => Object.assign(item0(b), { cgstRate: 2.5, sgstRate: 2.5, cessRate: 12.345 }))));
    ok(parseGenerate(gen('inter', (b) => Object.assign(item0(b), { igstRate: 28 }))));
    ok(
      parseGenerate(
        gen('intra', (b) => {
          b.itemList = Array.from({ length: MAX_ITEMS }, () => ({ ...item0(b) }));
        }),
      ),
    );
  });

  it('reports every failure at once', () => {
    const r = parseGenerate(
      gen('intra', (b) => {
        b.supplyType = 'Z';
        b.docType = 'ABC';
        b.fromPincode = 12;
        b.vehicleNo = '??';
        b.transDistance = 5000;
        item0(b).qtyUnit = 'FOO';
        item0(b).hsnCode = 'abc';
      }),
    );
    assert.deepEqual(
      codes(r).sort(),
      [
        '201@supplyType',
        '204@docType',
        '210@fromPincode',
        '216@itemList[0].hsnCode',
        '217@itemList[0].qtyUnit',
        '221@transDistance',
        '225@vehicleNo',
      ].sort(),
    );
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, undefined, 'x', [1]]) assert.deepEqual(codes(parseGenerate(body)), ['VALIDATION_FAILED@']);
  });
});

const EWB = 301002999920;

describe('parsePartB (VEHEWB)', () => {
  const base = (): Body => ({
    ewbNo: String(EWB),
    vehicleNo: 'KA 12 AB 1234',
    fromPlace: 'Bengaluru',
    fromState: '29',
    reasonCode: 1,
    reasonRem: 'vehicle broke down',
    transDocNo: '',
    transDocDate: '',
    transMode: '1',
    vehicleType: 'R',
  });
  const partB = (m: (b: Body) => void) => {
    const b = base();
    m(b);
    return parsePartB(b);
  };

  it('parses NIC sample A4.1', () => {
    const v = ok(parsePartB(base()));
    assert.deepEqual(v, {
      ewbNo: EWB,
      vehicleNo: 'KA12AB1234',
      fromPlace: 'Bengaluru',
      fromState: 29,
      reasonCode: '1',
      reasonRem: 'vehicle broke down',
      transDocNo: undefined,
      transDocDate: undefined,
      transMode: '1',
      vehicleType: 'R',
    });
    ok(
      partB((b) =>
        Object.assign(b, { vehicleNo: '', transMode: '2', transDocNo: '123456789', transDocDate: '12/10/2024', vehicleType: '' }),
      ),
    );
    ok(partB((b) => Object.assign(b, { vehicleNo: '', transMode: '4', transDocNo: 'BL-1', transDocDate: '12/10/2024', vehicleType: 'O' })));
  });

  const cases: Array<[string, string, (b: Body) => void]> = [
    [
      '301',
      'ewbNo',
      (b) => {
        b.ewbNo = '30100299992';
      },
    ],
    ['301', 'ewbNo', (b) => delete b.ewbNo],
    [
      '395',
      'ewbNo',
      (b) => {
        b.ewbNo = '30100299992A';
      },
    ],
    [
      '304',
      'vehicleNo',
      (b) => {
        b.vehicleNo = 'XYZ';
      },
    ],
    ['305', 'fromPlace', (b) => delete b.fromPlace],
    [
      '305',
      'fromPlace',
      (b) => {
        b.fromPlace = 'x'.repeat(51);
      },
    ],
    [
      '306',
      'fromState',
      (b) => {
        b.fromState = 96;
      },
    ],
    ['306', 'fromState', (b) => delete b.fromState],
    [
      '307',
      'reasonCode',
      (b) => {
        b.reasonCode = '5';
      },
    ],
    ['307', 'reasonCode', (b) => delete b.reasonCode],
    [
      '308',
      'reasonRem',
      (b) => {
        b.reasonRem = 'x'.repeat(51);
      },
    ],
    [
      '308',
      'reasonRem',
      (b) => {
        b.reasonCode = '3';
        b.reasonRem = '';
      },
    ],
    [
      '223',
      'transDocNo',
      (b) => {
        b.transDocNo = 'LR#1';
      },
    ],
    [
      '224',
      'transDocDate',
      (b) => {
        b.transDocDate = '1/1/2025';
      },
    ],
    [
      '302',
      'transMode',
      (b) => {
        b.transMode = '5';
      },
    ],
    ['302', 'transMode', (b) => delete b.transMode],
    [
      '361',
      'vehicleType',
      (b) => {
        b.vehicleType = 'Z';
      },
    ],
    ['226', 'vehicleNo', (b) => delete b.vehicleNo],
    [
      '303',
      'vehicleNo',
      (b) => {
        b.vehicleNo = '';
        b.transDocNo = 'LR1';
      },
    ],
    [
      '394',
      'transDocNo',
      (b) => {
        b.transMode = '3';
        b.transDocDate = '12/10/2024';
      },
    ],
    [
      '385',
      'transDocDate',
      (b) => {
        b.transMode = '2';
        b.transDocNo = '123456789';
      },
    ],
    [
      '634',
      'vehicleType',
      (b) => Object.assign(b, { transMode: '2', transDocNo: '123456789', transDocDate: '12/10/2024', vehicleType: 'O' }),
    ],
    ['726', 'vehicleType', (b) => Object.assign(b, { transMode: '4', transDocNo: 'BL1', transDocDate: '12/10/2024', vehicleType: 'R' })],
  ];
  for (const [code, field, mutate] of cases) it(`${code} ${field}`, () => expectCode(partB(mutate), code, field));

  it('reports every failure at once', () => {
    const r = partB((b) => Object.assign(b, { ewbNo: 'x', fromPlace: '', fromState: 100, reasonCode: '9', transMode: '9' }));
    assert.deepEqual(codes(r), ['395@ewbNo', '305@fromPlace', '306@fromState', '307@reasonCode', '302@transMode']);
  });
});

describe('parseTransporterUpdate (UPDATETRANSPORTER)', () => {
  it('parses A4.2 and upper-cases the id', () => {
    assert.deepEqual(ok(parseTransporterUpdate({ ewbNo: String(EWB), transporterId: TRANSPORTER_GSTIN.toLowerCase() })), {
      ewbNo: EWB,
      transporterId: TRANSPORTER_GSTIN,
    });
  });
  it('222 bad or missing transporter id; 395 ewbNo', () => {
    expectCode(parseTransporterUpdate({ ewbNo: EWB, transporterId: 'URP' }), '222', 'transporterId');
    expectCode(parseTransporterUpdate({ ewbNo: EWB }), '222', 'transporterId');
    assert.deepEqual(codes(parseTransporterUpdate({ ewbNo: '-1', transporterId: 'x' })), ['395@ewbNo', '222@transporterId']);
  });
});

describe('parseExtend (EXTENDVALIDITY)', () => {
  const inTransit = (): Body => ({
    ewbNo: 161000843009,
    vehicleNo: 'PQR1234',
    fromPlace: 'Bengaluru',
    fromState: '29',
    remainingDistance: 50,
    transDocNo: '1234',
    transDocDate: '12/10/2024',
    transMode: '5',
    extnRsnCode: 1,
    extnRemarks: 'Flood',
    fromPincode: 560090,
    consignmentStatus: 'T',
    transitType: 'R',
    addressLine1: 'Bengaluru',
    addressLine2: 'Bengaluru',
    addressLine3: 'Bengaluru',
  });
  const inMovement = (): Body => ({
    ewbNo: '321003228100',
    vehicleNo: 'KA01AB1234',
    fromPlace: 'Mysuru',
    fromState: 29,
    fromPincode: '570001',
    remainingDistance: '5',
    transMode: '1',
    extnRsnCode: '99',
    extnRemarks: 'Accident on highway',
    consignmentStatus: 'M',
    transitType: '',
    addressLine1: '',
  });
  const ext = (base: () => Body, m: (b: Body) => void) => {
    const b = base();
    m(b);
    return parseExtend(b);
  };

  it('parses the NIC in-transit sample and an in-movement request', () => {
    const t = ok(parseExtend(inTransit()));
    assert.equal(t.transMode, '5');
    assert.equal(t.transitType, 'R');
    assert.equal(t.extnRsnCode, '1');
    assert.equal(t.remainingDistance, 50);
    const m = ok(parseExtend(inMovement()));
    assert.equal(m.consignmentStatus, 'M');
    assert.equal(m.transitType, undefined);
    assert.equal(m.addressLine1, undefined);
    assert.equal(m.fromPincode, 570001);
    ok(
      ext(inMovement, (b) => {
        b.extnRsnCode = 3;
      }),
    ); // 3 UNCONFIRMED, accepted
    ok(ext(inMovement, (b) => Object.assign(b, { vehicleNo: '', transMode: '3', transDocNo: 'AWB-1', transDocDate: '01/04/2025' })));
  });

  const cases: Array<[string, string, () => Body, (b: Body) => void]> = [
    [
      '301',
      'ewbNo',
      inMovement,
      (b) => {
        b.ewbNo = 12;
      },
    ],
    [
      '304',
      'vehicleNo',
      inMovement,
      (b) => {
        b.vehicleNo = '1234';
      },
    ],
    ['305', 'fromPlace', inMovement, (b) => delete b.fromPlace],
    [
      '306',
      'fromState',
      inMovement,
      (b) => {
        b.fromState = 'X';
      },
    ],
    ['210', 'fromPincode', inMovement, (b) => delete b.fromPincode],
    [
      '710',
      'fromPincode',
      inMovement,
      (b) => {
        b.fromPincode = 400001;
      },
    ],
    ['389', 'remainingDistance', inMovement, (b) => delete b.remainingDistance],
    [
      '221',
      'remainingDistance',
      inMovement,
      (b) => {
        b.remainingDistance = 4001;
      },
    ],
    [
      '223',
      'transDocNo',
      inMovement,
      (b) => {
        b.transDocNo = 'a b';
      },
    ],
    [
      '224',
      'transDocDate',
      inMovement,
      (b) => {
        b.transDocDate = '2025/01/01';
      },
    ],
    [
      '302',
      'transMode',
      inMovement,
      (b) => {
        b.transMode = '6';
      },
    ],
    ['386', 'extnRsnCode', inMovement, (b) => delete b.extnRsnCode],
    [
      '386',
      'extnRemarks',
      inMovement,
      (b) => {
        b.extnRemarks = '';
      },
    ],
    [
      '307',
      'extnRsnCode',
      inMovement,
      (b) => {
        b.extnRsnCode = 6;
      },
    ],
    [
      '308',
      'extnRemarks',
      inMovement,
      (b) => {
        b.extnRemarks = 'x'.repeat(51);
      },
    ],
    [
      '711',
      'consignmentStatus',
      inMovement,
      (b) => {
        b.consignmentStatus = 'X';
      },
    ],
    ['711', 'consignmentStatus', inMovement, (b) => delete b.consignmentStatus],
    [
      '711',
      'consignmentStatus',
      inMovement,
      (b) => {
        b.consignmentStatus = 'T';
      },
    ],
    [
      '711',
      'consignmentStatus',
      inTransit,
      (b) => {
        b.consignmentStatus = 'M';
      },
    ],
    [
      '712',
      'transitType',
      inMovement,
      (b) => {
        b.transitType = 'R';
      },
    ],
    [
      '713',
      'addressLine2',
      inMovement,
      (b) => {
        b.addressLine2 = 'Somewhere';
      },
    ],
    ['303', 'vehicleNo', inMovement, (b) => delete b.vehicleNo],
    [
      '385',
      'transDocNo',
      inMovement,
      (b) => {
        b.transMode = '2';
        b.transDocDate = '01/04/2025';
      },
    ],
    [
      '385',
      'transDocDate',
      inMovement,
      (b) => {
        b.transMode = '4';
        b.transDocNo = 'BL1';
      },
    ],
    ['705', 'transitType', inTransit, (b) => delete b.transitType],
    [
      '705',
      'transitType',
      inTransit,
      (b) => {
        b.transitType = 'X';
      },
    ],
    ['706', 'addressLine1', inTransit, (b) => delete b.addressLine1],
    [
      '707',
      'addressLine2',
      inTransit,
      (b) => {
        b.addressLine2 = ' ';
      },
    ],
    ['708', 'addressLine3', inTransit, (b) => delete b.addressLine3],
  ];
  for (const [code, field, base, mutate] of cases) it(`${code} ${field}`, () => expectCode(ext(base, mutate), code, field));

  it('reports every failure at once', () => {
    const r = ext(inTransit, (b) => {
      delete b.remainingDistance;
      delete b.addressLine1;
      delete b.addressLine2;
      b.transitType = 'Q';
    });
    assert.deepEqual(codes(r), ['389@remainingDistance', '705@transitType', '706@addressLine1', '707@addressLine2']);
  });
});

describe('parseCancel (CANEWB) / parseReject (REJEWB)', () => {
  it('parses A4.3 with the reason as string or number', () => {
    assert.deepEqual(ok(parseCancel({ ewbNo: '301002999920', cancelRsnCode: 3, cancelRmrk: 'Data Entry Mistake' })), {
      ewbNo: EWB,
      cancelRsnCode: '3',
      cancelRmrk: 'Data Entry Mistake',
    });
  });
  it('307 reason outside 1–4 or missing, 308 remarks over 50', () => {
    expectCode(parseCancel({ ewbNo: EWB, cancelRsnCode: '5' }), '307', 'cancelRsnCode');
    expectCode(parseCancel({ ewbNo: EWB }), '307', 'cancelRsnCode');
    expectCode(parseCancel({ ewbNo: EWB, cancelRsnCode: 1, cancelRmrk: 'x'.repeat(51) }), '308', 'cancelRmrk');
  });
  it('REJEWB: 344 for every bad number', () => {
    assert.deepEqual(ok(parseReject({ ewbNo: 181000609270 })), { ewbNo: 181000609270 });
    for (const ewbNo of ['abc', 123, undefined]) assert.deepEqual(codes(parseReject({ ewbNo })), ['344@ewbNo']);
  });
});

describe('parseConsolidate (GENCEWB)', () => {
  const base = (): Body => ({
    fromPlace: 'BANGALORE SOUTH',
    fromState: 29,
    vehicleNo: 'KA12AB1234',
    transMode: '1',
    transDocNo: '1234',
    transDocDate: '12/10/2024',
    tripSheetEwbBills: [{ ewbNo: '111000609282' }, { ewbNo: 181000609270 }, { EWBNO: '111000609282' }],
  });
  it('parses A4.6 into ewbNos (duplicates once)', () => {
    const v = ok(parseConsolidate(base()));
    assert.deepEqual(v.ewbNos, [111000609282, 181000609270]);
    assert.equal(v.fromState, 29);
    assert.equal(v.transMode, '1');
  });
  it('322 without e-way bills; 301/395 per row; Part-B rules', () => {
    expectCode(parseConsolidate({ ...base(), tripSheetEwbBills: [] }), '322', 'tripSheetEwbBills');
    expectCode(parseConsolidate({ ...base(), tripSheetEwbBills: undefined }), '322', 'tripSheetEwbBills');
    const rows = parseConsolidate({ ...base(), tripSheetEwbBills: [{ ewbNo: '1' }, { ewbNo: 'x1' }, 'junk'] });
    assert.deepEqual(codes(rows), ['301@tripSheetEwbBills[0].ewbNo', '395@tripSheetEwbBills[1].ewbNo', '301@tripSheetEwbBills[2].ewbNo']);
    expectCode(parseConsolidate({ ...base(), fromPlace: '' }), '305', 'fromPlace');
    expectCode(parseConsolidate({ ...base(), fromState: 99 }), '306', 'fromState');
    expectCode(parseConsolidate({ ...base(), transMode: '' }), '302', 'transMode');
    expectCode(parseConsolidate({ ...base(), vehicleNo: 'A' }), '304', 'vehicleNo');
    expectCode(parseConsolidate({ ...base(), vehicleNo: '' }), '303', 'vehicleNo');
    expectCode(parseConsolidate({ ...base(), vehicleNo: '', transDocNo: '' }), '226', 'vehicleNo');
    expectCode(parseConsolidate({ ...base(), transMode: 3, transDocNo: '' }), '394', 'transDocNo');
  });
});

describe('parseRegenerateTripSheet (REGENTRIPSHEET)', () => {
  const base = (): Body => ({
    tripSheetNo: 1710001952,
    vehicleNo: 'PQR1234',
    fromPlace: 'Bengaluru',
    fromState: 29,
    transDocNo: '1234',
    transDocDate: '26/04/2018',
    transMode: '1',
    reasonCode: 1,
    reasonRem: 'Flood',
  });
  it('parses A4.6; the URL number wins over the body', () => {
    assert.equal(ok(parseRegenerateTripSheet(base())).tripSheetNo, 1710001952);
    const { tripSheetNo: _, ...noNumber } = base();
    assert.equal(ok(parseRegenerateTripSheet(noNumber, 3910007392)).tripSheetNo, 3910007392);
    assert.equal(ok(parseRegenerateTripSheet(base(), 3910007392)).tripSheetNo, 3910007392);
  });
  it('387 for a missing or malformed trip sheet number; 307, 308, Part-B rules', () => {
    const { tripSheetNo: _, ...noNumber } = base();
    expectCode(parseRegenerateTripSheet(noNumber), '387', 'tripSheetNo');
    expectCode(parseRegenerateTripSheet(noNumber, Number.NaN), '387', 'tripSheetNo');
    expectCode(parseRegenerateTripSheet({ ...base(), tripSheetNo: '12345' }), '387', 'tripSheetNo');
    expectCode(parseRegenerateTripSheet({ ...base(), reasonCode: 0 }), '307', 'reasonCode');
    expectCode(parseRegenerateTripSheet({ ...base(), reasonCode: 3, reasonRem: '' }), '308', 'reasonRem');
    expectCode(parseRegenerateTripSheet({ ...base(), transMode: '2', transDocDate: '' }), '385', 'transDocDate');
  });
});

describe('multi-vehicle parsers (MULTIVEHMOVINT, MULTIVEHADD, MULTIVEHUPD)', () => {
  const init = (): Body => ({
    ewbNo: 131001111287,
    reasonCode: '1',
    reasonRem: 'vehicle broke down',
    fromPlace: 'BANGALORE',
    fromState: 29,
    toPlace: 'Chennai',
    toState: 33,
    transMode: '1',
    totalQuantity: 33,
    unitCode: 'nos',
  });
  const add = (): Body => ({
    ewbNo: 291010080003,
    groupNo: '1',
    vehicleNo: 'PQR1234',
    transDocNo: '1234',
    transDocDate: '12/10/2017',
    quantity: 15,
  });
  const change = (): Body => ({
    ewbNo: 291010080003,
    groupNo: 1,
    oldvehicleNo: 'PQR1234',
    newVehicleNo: 'PQR1235',
    oldTranNo: 'ABC123',
    newTranNo: 'PQR123',
    fromPlace: 'Lucknow',
    fromState: 9,
    reasonCode: '1',
    reasonRem: 'vehicle broke down',
  });

  it('parses the A4.7 samples', () => {
    const i = ok(parseMultiVehicleInitiate(init()));
    assert.equal(i.unitCode, 'NOS');
    assert.equal(i.toState, 33);
    assert.equal(ok(parseMultiVehicleAdd(add())).groupNo, 1);
    const c = ok(parseMultiVehicleChange({ ...change(), oldVehicleNo: 'PQR1234', oldvehicleNo: undefined }));
    assert.equal(c.oldvehicleNo, 'PQR1234');
    assert.equal(c.newVehicleNo, 'PQR1235');
  });

  it('MULTIVEHMOVINT codes', () => {
    expectCode(parseMultiVehicleInitiate({ ...init(), toPlace: '' }), '321', 'toPlace');
    expectCode(parseMultiVehicleInitiate({ ...init(), toState: 96 }), '320', 'toState');
    expectCode(parseMultiVehicleInitiate({ ...init(), totalQuantity: 0 }), '402', 'totalQuantity');
    expectCode(parseMultiVehicleInitiate({ ...init(), totalQuantity: undefined }), '402', 'totalQuantity');
    expectCode(parseMultiVehicleInitiate({ ...init(), unitCode: 'XXX' }), '217', 'unitCode');
    expectCode(parseMultiVehicleInitiate({ ...init(), unitCode: '' }), '217', 'unitCode');
    expectCode(parseMultiVehicleInitiate({ ...init(), transMode: 7 }), '302', 'transMode');
    expectCode(parseMultiVehicleInitiate({ ...init(), reasonCode: '3', reasonRem: '' }), '308', 'reasonRem');
    const all = parseMultiVehicleInitiate({ ...init(), ewbNo: 'x', fromPlace: '', fromState: 0, reasonCode: 9 });
    assert.deepEqual(codes(all), ['395@ewbNo', '307@reasonCode', '305@fromPlace', '306@fromState']);
  });

  it('MULTIVEHADD codes', () => {
    expectCode(parseMultiVehicleAdd({ ...add(), groupNo: 0 }), '406', 'groupNo');
    expectCode(parseMultiVehicleAdd({ ...add(), groupNo: '' }), '406', 'groupNo');
    expectCode(parseMultiVehicleAdd({ ...add(), quantity: -2 }), '402', 'quantity');
    expectCode(parseMultiVehicleAdd({ ...add(), vehicleNo: '', transDocNo: '' }), '226', 'vehicleNo');
    expectCode(parseMultiVehicleAdd({ ...add(), vehicleNo: 'Q' }), '304', 'vehicleNo');
  });

  it('MULTIVEHUPD codes', () => {
    expectCode(parseMultiVehicleChange({ ...change(), oldvehicleNo: 'X1' }), '407', 'oldvehicleNo');
    expectCode(parseMultiVehicleChange({ ...change(), newVehicleNo: 'X1' }), '408', 'newVehicleNo');
    expectCode(parseMultiVehicleChange({ ...change(), oldTranNo: 'A B' }), '409', 'oldTranNo');
    expectCode(parseMultiVehicleChange({ ...change(), newTranNo: 'x'.repeat(16) }), '410', 'newTranNo');
    expectCode(parseMultiVehicleChange({ ...change(), oldvehicleNo: '', oldTranNo: '' }), '226', 'oldvehicleNo');
    expectCode(parseMultiVehicleChange({ ...change(), newVehicleNo: '', newTranNo: '' }), '226', 'newVehicleNo');
    expectCode(parseMultiVehicleChange({ ...change(), groupNo: 'a' }), '406', 'groupNo');
  });
});
