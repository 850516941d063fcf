import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../core/errors.ts';
import { generateGstin } from '../gstin.ts';
import type { RegistryEntry } from '../invoice/rules.ts';
import { DEMO_GSTIN, type SampleEwbKind, sampleEwbRequest, TRANSPORTER_GSTIN, UNIVERSAL_GSTIN, WESTERN_GSTIN } from './fixtures.ts';
import { type GenerateRuleContext, railDocProblem, referencedEwbGstins, validateGenerate } from './generate-rules.ts';
import { parseGenerate } from './parse.ts';
import type { GenerateEwbRequest } from './types.ts';

/** 02/04/2025 12:00 IST. */
const NOW = new Date('2025-04-02T06:30:00Z');
const DOC_DATE = '01/04/2025';
const SEZ_KA = generateGstin({ stateCode: '29', pan: 'AAJCS5738D' });
const TCS_KA = generateGstin({ stateCode: '29', pan: 'AAFCB7707D', kind: 'tcs' });
const OTHER_KA = generateGstin({ stateCode: '29', pan: 'AABCT1234Q' });

function entry(gstin: string, over: Partial<RegistryEntry> = {}): RegistryEntry {
  return { gstin, status: 'ACT', taxpayerType: 'REG', registrationDate: '2017-07-01', cancellationDate: null, blocked: false, ...over };
}

/** The seeded sandbox taxpayers (fixtures.ts), plus an SEZ unit and a TCS operator in Karnataka. */
function registry(over: Record<string, Partial<RegistryEntry> | null> = {}): Map<string, RegistryEntry> {
  const base = [
    entry(DEMO_GSTIN),
    entry(WESTERN_GSTIN),
    entry(UNIVERSAL_GSTIN),
    entry(TRANSPORTER_GSTIN),
    entry(SEZ_KA, { taxpayerType: 'SEZ' }),
    entry(TCS_KA, { taxpayerType: 'TCS' }),
    entry(OTHER_KA),
  ];
  const m = new Map(base.map((e) => [e.gstin, e]));
  for (const [g, o] of Object.entries(over)) {
    if (o === null) m.delete(g);
    else m.set(g, entry(g, { ...m.get(g), ...o }));
  }
  return m;
}

function ctx(over: Partial<GenerateRuleContext> = {}): GenerateRuleContext {
  return { now: NOW, callerGstin: DEMO_GSTIN, registry: registry(), ...over };
}

/** A parsed fixture sample, then changed in code (the rules take typed requests). */
function req(kind: SampleEwbKind = 'intra', mutate: (r: GenerateEwbRequest) => void = () => {}): GenerateEwbRequest {
  const parsed = parseGenerate(sampleEwbRequest(kind, { docDate: DOC_DATE }));
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.problems)}`);
  mutate(parsed.value);
  return parsed.value;
}

const codes = (ps: Problem[]) => ps.map((p) => `${p.code}@${p.field ?? ''}`);

function expectCode(r: GenerateEwbRequest, c: GenerateRuleContext, code: string, field: string): void {
  const got = codes(validateGenerate(r, c).problems);
  assert.ok(got.includes(`${code}@${field}`), `expected ${code}@${field}, got [${got.join(', ')}]`);
}

function expectClean(r: GenerateEwbRequest, c: GenerateRuleContext = ctx()) {
  const res = validateGenerate(r, c);
  assert.deepEqual(codes(res.problems), []);
  return res;
}

/** Export to a foreign buyer by road (O/3): URP consignee, Other Country 99, PIN 999999, IGST. */
function exportReq(): GenerateEwbRequest {
  return req('inter', (r) => {
    r.subSupplyType = 3;
    r.toGstin = 'URP';
    r.toStateCode = 99;
    r.actToStateCode = 99;
    r.toPincode = 999999;
    r.transDistance = 2200;
  });
}

/** Import on a Bill of Entry (I/2): URP supplier, Other Country 96, PIN 999999, received by Demo Computers. */
function importReq(): GenerateEwbRequest {
  return req('inter', (r) => {
    r.supplyType = 'I';
    r.subSupplyType = 2;
    r.docType = 'BOE';
    r.fromGstin = 'URP';
    r.fromStateCode = 96;
    r.actFromStateCode = 96;
    r.fromPincode = 999999;
    r.toGstin = DEMO_GSTIN;
    r.toStateCode = 29;
    r.actToStateCode = 29;
    r.toPincode = 560001;
    r.transDistance = 900;
  });
}

describe('validateGenerate: valid requests', () => {
  it('the three fixture samples pass with the seeded registry; distance computed from the PINs', () => {
    const intra = expectClean(req('intra'));
    assert.equal(intra.actualDist, 158);
    assert.equal(intra.alert, ', Distance between these two pincodes is 158, ');
    assert.equal(intra.info, undefined);
    assert.equal(expectClean(req('inter')).actualDist, 1045);
    expectClean(req('part-a'));
  });

  it('passes offline (no caller, no registry)', () => {
    for (const kind of ['intra', 'inter', 'part-a'] as const) expectClean(req(kind), { now: NOW });
  });

  it('exports and imports pass', () => {
    expectClean(exportReq());
    expectClean(importReq());
    expectClean(exportReq(), { now: NOW });
    // export to an SEZ unit (450 allows it)
    expectClean(
      req('inter', (r) =>
        Object.assign(r, { subSupplyType: 3, toGstin: SEZ_KA, toStateCode: 96, actToStateCode: 96, toPincode: 999999, transDistance: 20 }),
      ),
      ctx(),
    );
  });

  it('the transporter may generate; a declared distance is kept; unknown pairs are taken as given', () => {
    expectClean(
      req('part-a', (r) => {
        r.userGstin = TRANSPORTER_GSTIN;
      }),
      ctx({ callerGstin: TRANSPORTER_GSTIN }),
    );
    expectClean(
      req('part-a', (r) => {
        r.userGstin = undefined;
      }),
      ctx({ callerGstin: TRANSPORTER_GSTIN }),
    );
    // a negative otherValue (discount, rounding) lowers the floor of 620
    expectClean(
      req('intra', (r) => {
        r.otherValue = -100;
        r.totInvValue = 117900;
      }),
    );
    const declared = expectClean(
      req('intra', (r) => {
        r.transDistance = 170;
      }),
    );
    assert.deepEqual([declared.actualDist, declared.alert], [170, '']);
    const unknown = expectClean(
      req('intra', (r) => {
        r.toPincode = 560028;
        r.transDistance = 12;
      }),
    );
    assert.equal(unknown.actualDist, 12);
  });

  it('Part-B by rail, air and ship with a transport document', () => {
    const rail = (r: GenerateEwbRequest) =>
      Object.assign(r, { transMode: '2', vehicleNo: undefined, vehicleType: undefined, transDocNo: '1234567890', transDocDate: DOC_DATE });
    expectClean(req('inter', rail));
    expectClean(req('inter', (r) => Object.assign(rail(r), { transMode: '4', transDocNo: 'BL-77', vehicleType: 'O' })));
    expectClean(req('inter', (r) => Object.assign(rail(r), { transMode: '3', transDocNo: 'AWB/1' })));
  });

  it('bill-to-ship-to, bill-from-dispatch-from and the combination pass', () => {
    const t2 = (r: GenerateEwbRequest) =>
      Object.assign(r, { transactionType: 2, shipToGSTIN: OTHER_KA, shipToTradeName: 'Mysuru Depot', actToStateCode: 29 });
    expectClean(req('inter', (r) => Object.assign(t2(r), { toPincode: 570001, transDistance: 0 })));
    const t3 = (r: GenerateEwbRequest) => Object.assign(r, { transactionType: 3, dispatchFromGSTIN: OTHER_KA });
    expectClean(req('intra', t3));
    expectClean(req('inter', (r) => Object.assign(t3(t2(r)), { transactionType: 4, toPincode: 570001 })));
  });
});

describe('validateGenerate: every code', () => {
  type Case = [code: string, field: string, build: () => GenerateEwbRequest, c?: GenerateRuleContext];
  const cases: Case[] = [
    // identity (A1.3, A3.3)
    [
      '358',
      'userGstin',
      () =>
        req('intra', (r) => {
          r.userGstin = WESTERN_GSTIN;
        }),
    ],
    [
      '359',
      'fromGstin',
      () =>
        req('intra', (r) => {
          r.userGstin = undefined;
        }),
      ctx({ callerGstin: OTHER_KA }),
    ],
    ['360', 'toGstin', () => Object.assign(importReq(), { userGstin: undefined }), ctx({ callerGstin: OTHER_KA, registry: undefined })],
    [
      '369',
      'transporterId',
      () =>
        req('intra', (r) => {
          r.userGstin = OTHER_KA;
        }),
      ctx({ callerGstin: OTHER_KA }),
    ],
    [
      '370',
      'transporterId',
      () =>
        req('part-a', (r) => {
          r.transporterId = UNIVERSAL_GSTIN;
          r.userGstin = undefined;
        }),
      ctx({ callerGstin: UNIVERSAL_GSTIN }),
    ],
    // A3.3 combinations
    [
      '203',
      'subSupplyType',
      () =>
        req('intra', (r) => {
          r.subSupplyType = 2;
        }),
    ],
    [
      '203',
      'subSupplyType',
      () =>
        req('intra', (r) => {
          r.supplyType = 'I';
          r.subSupplyType = 11;
        }),
    ],
    [
      '611',
      'docType',
      () =>
        req('intra', (r) => {
          r.docType = 'BOE';
        }),
    ],
    [
      '205',
      'docType',
      () =>
        req('intra', (r) => {
          r.docType = 'CHL';
        }),
    ],
    [
      '205',
      'docType',
      () =>
        Object.assign(importReq(), {
          subSupplyType: 9,
          fromGstin: WESTERN_GSTIN,
          fromStateCode: 29,
          actFromStateCode: 29,
          fromPincode: 570001,
        }),
    ],
    [
      '208',
      'fromGstin',
      () =>
        req('intra', (r) => {
          r.fromGstin = 'URP';
        }),
      ctx({ callerGstin: undefined }),
    ],
    ['212', 'toGstin', () => Object.assign(importReq(), { toGstin: 'URP' }), ctx({ callerGstin: undefined })],
    [
      '212',
      'toGstin',
      () =>
        req('intra', (r) => {
          r.subSupplyType = 5;
          r.docType = 'CHL';
        }),
    ],
    [
      '212',
      'toGstin',
      () =>
        req('intra', (r) => {
          r.toGstin = DEMO_GSTIN;
        }),
    ],
    [
      '208',
      'fromGstin',
      () => Object.assign(importReq(), { subSupplyType: 5, docType: 'CHL', fromGstin: WESTERN_GSTIN }),
      ctx({ registry: undefined }),
    ],
    [
      '208',
      'fromGstin',
      () => Object.assign(importReq(), { subSupplyType: 1, docType: 'INV', fromGstin: DEMO_GSTIN }),
      ctx({ registry: undefined }),
    ],
    ['822', 'toGstin', () => Object.assign(importReq(), { toGstin: 'URP' }), ctx({ callerGstin: undefined })],
    ['450', 'toGstin', () => Object.assign(exportReq(), { toGstin: UNIVERSAL_GSTIN })],
    ['373', 'toStateCode', () => Object.assign(exportReq(), { toStateCode: 27 })],
    ['374', 'toPincode', () => Object.assign(exportReq(), { toPincode: 400001 })],
    [
      '214',
      'toPincode',
      () =>
        req('inter', (r) => {
          r.toPincode = 999999;
        }),
    ],
    ['451', 'fromGstin', () => Object.assign(importReq(), { fromGstin: UNIVERSAL_GSTIN })],
    ['375', 'fromStateCode', () => Object.assign(importReq(), { fromStateCode: 27 })],
    ['376', 'fromPincode', () => Object.assign(importReq(), { fromPincode: 400001 })],
    [
      '210',
      'fromPincode',
      () =>
        req('inter', (r) => {
          r.fromPincode = 999999;
        }),
    ],
    // transaction types
    [
      '643',
      'actFromStateCode',
      () =>
        req('inter', (r) => {
          r.actFromStateCode = 27;
        }),
    ],
    [
      '644',
      'actToStateCode',
      () =>
        req('inter', (r) => {
          r.actToStateCode = 29;
          r.toPincode = 570001;
        }),
    ],
    [
      '615',
      'dispatchFromGSTIN',
      () =>
        req('intra', (r) => {
          r.dispatchFromGSTIN = OTHER_KA;
        }),
    ],
    [
      '616',
      'shipToGSTIN',
      () =>
        req('intra', (r) => {
          r.shipToGSTIN = OTHER_KA;
        }),
    ],
    ['608', 'shipToGSTIN', () => req('intra', (r) => Object.assign(r, { transactionType: 2, shipToTradeName: 'X' }))],
    [
      '609',
      'shipToGSTIN',
      () => req('intra', (r) => Object.assign(r, { transactionType: 2, shipToGSTIN: 'NOT-A-GSTIN', shipToTradeName: 'X' })),
    ],
    [
      '618',
      'shipToGSTIN',
      () => req('intra', (r) => Object.assign(r, { transactionType: 2, shipToGSTIN: WESTERN_GSTIN, shipToTradeName: 'X' })),
    ],
    [
      '863',
      'shipToTradeName',
      () => req('intra', (r) => Object.assign(r, { transactionType: 4, shipToGSTIN: 'URP', dispatchFromGSTIN: OTHER_KA })),
    ],
    [
      '857',
      'actToStateCode',
      () => req('intra', (r) => Object.assign(r, { transactionType: 2, shipToGSTIN: 'URP', shipToTradeName: 'X', actToStateCode: 96 })),
    ],
    [
      '858',
      'toPincode',
      () => req('intra', (r) => Object.assign(r, { transactionType: 2, shipToGSTIN: 'URP', shipToTradeName: 'X', toPincode: 400001 })),
    ],
    [
      '865',
      'toStateCode',
      () =>
        req('inter', (r) =>
          Object.assign(r, { transactionType: 2, shipToGSTIN: 'URP', shipToTradeName: 'X', toStateCode: 29, igstValue: 0 }),
        ),
    ],
    [
      '607',
      'dispatchFromGSTIN',
      () =>
        req('intra', (r) => {
          r.transactionType = 3;
        }),
    ],
    ['610', 'dispatchFromGSTIN', () => req('intra', (r) => Object.assign(r, { transactionType: 3, dispatchFromGSTIN: '29-DEPOT' }))],
    ['617', 'dispatchFromGSTIN', () => req('intra', (r) => Object.assign(r, { transactionType: 3, dispatchFromGSTIN: DEMO_GSTIN }))],
    [
      '864',
      'shipToGSTIN',
      () => req('intra', (r) => Object.assign(r, { transactionType: 3, dispatchFromGSTIN: OTHER_KA, shipToGSTIN: OTHER_KA })),
    ],
    // PIN vs state
    [
      '437',
      'fromPincode',
      () =>
        req('intra', (r) => {
          r.fromPincode = 400001;
        }),
    ],
    [
      '436',
      'toPincode',
      () =>
        req('intra', (r) => {
          r.toPincode = 400001;
        }),
    ],
    // dates (IST)
    [
      '207',
      'docDate',
      () =>
        req('intra', (r) => {
          r.docDate = '03/04/2025';
        }),
    ],
    [
      '819',
      'docDate',
      () =>
        req('intra', (r) => {
          r.docDate = '30/06/2017';
        }),
    ],
    [
      '820',
      'docDate',
      () =>
        req('intra', (r) => {
          r.docDate = '01/10/2024';
        }),
    ],
    // values
    [
      '620',
      'totInvValue',
      () =>
        req('intra', (r) => {
          r.totInvValue = 116998.99;
        }),
    ],
    [
      '620',
      'totInvValue',
      () =>
        req('intra', (r) => {
          r.cessValue = 1000;
        }),
    ],
    [
      '620',
      'totInvValue',
      () =>
        req('intra', (r) => {
          r.otherValue = -100;
          r.totInvValue = 117898.99;
        }),
    ],
    // tax heads
    [
      '378',
      'toGstin',
      () =>
        req('intra', (r) => {
          r.toGstin = SEZ_KA;
        }),
    ],
    [
      '623',
      'igstValue',
      () =>
        req('intra', (r) => {
          r.igstValue = 1;
          r.totInvValue += 1;
        }),
    ],
    [
      '624',
      'cgstValue',
      () =>
        req('inter', (r) => {
          r.cgstValue = 9000;
          r.totInvValue += 9000;
        }),
    ],
    [
      '218',
      'itemList[0].igstRate',
      () =>
        req('intra', (r) => {
          r.itemList[0].igstRate = 18;
        }),
    ],
    [
      '235',
      'itemList[0].cgstRate',
      () =>
        req('intra', (r) => {
          r.itemList[0].cgstRate = undefined;
        }),
    ],
    [
      '219',
      'itemList[0].sgstRate',
      () =>
        req('inter', (r) => {
          r.itemList[0].sgstRate = 9;
        }),
    ],
    [
      '236',
      'itemList[0].igstRate',
      () =>
        req('inter', (r) => {
          r.itemList[0].igstRate = undefined;
        }),
    ],
    [
      '251',
      'itemList[0].sgstRate',
      () =>
        req('intra', (r) => {
          r.itemList[0].sgstRate = 6;
        }),
    ],
    ['714', 'docType', () => req('intra'), ctx({ registry: registry({ [DEMO_GSTIN]: { taxpayerType: 'COM' } }) })],
    [
      '703',
      'toStateCode',
      () =>
        req('inter', (r) => {
          r.docType = 'BIL';
        }),
      ctx({ registry: registry({ [DEMO_GSTIN]: { taxpayerType: 'COM' } }) }),
    ],
    [
      '704',
      'itemList',
      () =>
        req('intra', (r) => {
          r.docType = 'BIL';
        }),
      ctx({ registry: registry({ [DEMO_GSTIN]: { taxpayerType: 'COM' } }) }),
    ],
    // HSN
    [
      '724',
      'itemList',
      () =>
        req('intra', (r) => {
          r.itemList[0].hsnCode = '998314';
        }),
    ],
    [
      '283',
      'itemList[0].hsnCode',
      () =>
        req('intra', (r) => {
          r.itemList[0].hsnCode = '8471';
        }),
      ctx({ registry: registry({ [DEMO_GSTIN]: { reportingLimitDays: 30 } }) }),
    ],
    [
      '282',
      'itemList[0].hsnCode',
      () =>
        req('intra', (r) => {
          r.itemList[0].hsnCode = '84';
        }),
    ],
    // transport
    [
      '621',
      'transMode',
      () =>
        req('intra', (r) => {
          r.transMode = undefined;
        }),
    ],
    ['622', 'transMode', () => req('intra', (r) => Object.assign(r, { transMode: undefined, vehicleNo: undefined, transDocNo: 'LR1' }))],
    [
      '619',
      'transporterId',
      () =>
        req('part-a', (r) => {
          r.transporterId = undefined;
        }),
    ],
    ['303', 'vehicleNo', () => req('intra', (r) => Object.assign(r, { vehicleNo: undefined, transDocNo: 'LR1', transDocDate: DOC_DATE }))],
    ['394', 'transDocNo', () => req('intra', (r) => Object.assign(r, { transMode: '3', vehicleType: undefined }))],
    ['385', 'transDocDate', () => req('intra', (r) => Object.assign(r, { transMode: '4', vehicleType: 'O', transDocNo: 'BL1' }))],
    [
      '634',
      'vehicleType',
      () => req('intra', (r) => Object.assign(r, { transMode: '3', vehicleType: 'O', transDocNo: 'AWB1', transDocDate: DOC_DATE })),
    ],
    [
      '726',
      'vehicleType',
      () => req('intra', (r) => Object.assign(r, { transMode: '4', vehicleType: 'R', transDocNo: 'BL1', transDocDate: DOC_DATE })),
    ],
    ['362', 'transDocDate', () => req('intra', (r) => Object.assign(r, { transDocNo: 'LR1', transDocDate: '31/03/2025' }))],
    [
      '823',
      'transDocNo',
      () =>
        req('inter', (r) =>
          Object.assign(r, { transMode: '2', vehicleNo: undefined, vehicleType: undefined, transDocNo: 'RR-12', transDocDate: DOC_DATE }),
        ),
    ],
    // distance (A7)
    [
      '721',
      'transDistance',
      () =>
        req('intra', (r) => {
          r.toPincode = 560028;
        }),
    ],
    [
      '721',
      'transDistance',
      () =>
        req('intra', (r) => {
          r.toPincode = 560001;
        }),
    ],
    [
      '702',
      'transDistance',
      () =>
        req('intra', (r) => {
          r.transDistance = 174;
        }),
    ],
    [
      '702',
      'transDistance',
      () =>
        req('intra', (r) => {
          r.toPincode = 560001;
          r.transDistance = 101;
        }),
    ],
    // registry
    ['208', 'fromGstin', () => req('intra'), ctx({ registry: registry({ [DEMO_GSTIN]: null }) })],
    [
      '208',
      'fromGstin',
      () => req('intra'),
      ctx({ registry: registry({ [DEMO_GSTIN]: { status: 'CNL', cancellationDate: '2025-01-01' } }) }),
    ],
    ['212', 'toGstin', () => req('intra'), ctx({ registry: registry({ [WESTERN_GSTIN]: null }) })],
    ['212', 'toGstin', () => req('intra'), ctx({ registry: registry({ [WESTERN_GSTIN]: { status: 'INA' } }) })],
    [
      '722',
      'toGstin',
      () => req('intra'),
      ctx({ registry: registry({ [WESTERN_GSTIN]: { status: 'CNL', cancellationDate: '2025-03-31' } }) }),
    ],
    ['715', 'fromGstin', () => req('intra'), ctx({ registry: registry({ [DEMO_GSTIN]: { blocked: true } }) })],
    ['716', 'toGstin', () => req('intra'), ctx({ registry: registry({ [WESTERN_GSTIN]: { blocked: true } }) })],
    ['717', 'transporterId', () => req('part-a'), ctx({ registry: registry({ [TRANSPORTER_GSTIN]: { blocked: true } }) })],
    [
      '855',
      'fromGstin',
      () =>
        req('intra', (r) => {
          r.fromGstin = TCS_KA;
          r.userGstin = TCS_KA;
        }),
      ctx({ callerGstin: TCS_KA }),
    ],
  ];
  for (const [code, field, build, c] of cases) {
    it(`${code} ${field}`, () => expectCode(build() as GenerateEwbRequest, c ?? ctx(), code, field));
  }

  it('702 carries the portal distance in info; the declared distance is kept', () => {
    const res = validateGenerate(
      req('intra', (r) => {
        r.transDistance = 174;
      }),
      ctx(),
    );
    assert.deepEqual(res.info, [{ fromPinCode: '560001', toPinCode: '570001', distance: 158 }]);
    assert.equal(res.actualDist, 174);
    expectClean(
      req('intra', (r) => {
        r.transDistance = 173;
      }),
    ); // 158 + 10 % = 173.8 → 173 accepted
  });

  it('a consignee cancelled after the document date, a blocked-free unknown transporter, and PRO status are fine', () => {
    expectClean(
      req('intra'),
      ctx({ registry: registry({ [WESTERN_GSTIN]: { status: 'CNL', cancellationDate: '2025-04-01' }, [DEMO_GSTIN]: { status: 'PRO' } }) }),
    );
    expectClean(
      req('part-a', (r) => {
        r.transporterId = '29AAFCA7488L1Z0';
      }),
    );
  });

  it('823 only from 1 Jan 2025 on the government clock', () => {
    assert.equal(railDocProblem('2', 'RR-12', new Date('2024-12-31T12:00:00Z'))?.code, undefined);
    assert.equal(railDocProblem('2', 'RR-12', new Date('2024-12-31T18:30:00Z'))?.code, '823'); // 00:00 IST on 1 Jan 2025
    assert.equal(railDocProblem('2', '123456789', NOW), undefined);
    assert.equal(railDocProblem('1', 'RR-12', NOW), undefined);
  });

  it('reports every failure at once', () => {
    const r = req('intra', (x) => {
      x.userGstin = WESTERN_GSTIN;
      x.docType = 'BOE';
      x.docDate = '30/06/2017';
      x.igstValue = 5;
      x.itemList[0].hsnCode = '998314';
      x.transDistance = 400;
    });
    assert.deepEqual(codes(validateGenerate(r, ctx({ registry: registry({ [WESTERN_GSTIN]: { blocked: true } }) })).problems), [
      '358@userGstin',
      '611@docType',
      '819@docDate',
      '620@totInvValue',
      '623@igstValue',
      '724@itemList',
      '702@transDistance',
      '716@toGstin',
    ]);
  });
});

describe('referencedEwbGstins', () => {
  it('lists from, to, transporter, dispatch-from and ship-to once, without URP', () => {
    const r = req('part-a', (x) => Object.assign(x, { dispatchFromGSTIN: OTHER_KA, shipToGSTIN: 'URP', toGstin: DEMO_GSTIN }));
    assert.deepEqual(referencedEwbGstins(r), [DEMO_GSTIN, TRANSPORTER_GSTIN, OTHER_KA]);
    assert.deepEqual(referencedEwbGstins(importReq()), [DEMO_GSTIN]);
  });
});
