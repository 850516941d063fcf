/**
 * Taxpayer import/export (taxpayer.io.ts): the RFC 4180 reader and writer, JSON line numbers, record
 * validation, and an export → import round trip through the real database (PGlite, or PostgreSQL
 * when DATABASE_URL is set).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { type OwnApp, openApp, sqlRows, validGstin, withBadCheckChar } from '../../../test/support.ts';
import {
  type CsvSyntaxError,
  csvLine,
  csvRecords,
  exportTaxpayers,
  importTaxpayers,
  jsonRecords,
  parseCsv,
  seedSynthetic,
  TAXPAYER_CSV_COLUMNS,
  taxpayerPages,
  toRecord,
  validateRecord,
} from './taxpayer.io.ts';
import type { TaxpayerRow } from './taxpayer.tables.ts';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('RFC 4180 CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and a BOM', async () => {
    const text = '\ufeffa,b,c\r\n"x,1","say ""hi""","two\r\nlines"\r\n\r\nplain,,""\nlast,row,end';
    const recs = await collect(parseCsv([text]));
    assert.deepEqual(recs, [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x,1', 'say "hi"', 'two\r\nlines'] },
      { line: 5, fields: ['plain', '', ''] },
      { line: 6, fields: ['last', 'row', 'end'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const text = 'h1,h2\r\n"a ""q"" b","c\nd"\r\ne,f\r\n';
    const whole = await collect(parseCsv([text]));
    for (let size = 1; size < text.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      assert.deepEqual(await collect(parseCsv(chunks)), whole, `chunks of ${size}`);
    }
  });

  it('rejects a stray quote, text after a closing quote and an unclosed quote, with the line', async () => {
    await assert.rejects(collect(parseCsv(['a,b\nx,y"z\n'])), (e: CsvSyntaxError) => e.line === 2 && /quote/.test(e.message));
    await assert.rejects(
      collect(parseCsv(['a,b\n"x"y,z\n'])),
      (e: CsvSyntaxError) => e.line === 2 && /after the closing quote/.test(e.message),
    );
    await assert.rejects(collect(parseCsv(['a,b\n1,2\n"open,3\n'])), (e: CsvSyntaxError) => e.line === 3 && /not closed/.test(e.message));
  });

  it('writes fields that need it quoted, and reads them back unchanged', async () => {
    const fields = ['plain', 'with,comma', 'with "quote"', 'multi\nline', ' edge ', '', 'ünïcödé ₹'];
    const line = csvLine(fields);
    assert.equal(line, 'plain,"with,comma","with ""quote""","multi\nline"," edge ",,ünïcödé ₹\r\n');
    assert.deepEqual((await collect(parseCsv([line])))[0].fields, fields);
  });

  it('reports a record with the wrong number of fields and an unknown column', async () => {
    const header = csvLine(['gstin', 'legalName', 'rgdt']);
    const recs = await collect(csvRecords([`${header}27AAPFU0939F1ZV,X,01/07/2017,extra\r\n`]));
    assert.deepEqual(recs, [{ line: 2, error: '4 fields, the header has 3' }]);
    await assert.rejects(collect(csvRecords(['gstin,legalName,rgdt,colour\n'])), /unknown column "colour"/);
  });
});

describe('JSON import records', () => {
  it('carry the line each array element starts on', () => {
    const text = '[\n  {"gstin": "A", "legalName": "x [y] {z}, \\"q\\""},\n\n  {\n    "gstin": "B"\n  }, {"gstin": "C"}\n]';
    assert.deepEqual(
      jsonRecords(text).map((r) => r.line),
      [2, 4, 6],
    );
    assert.throws(() => jsonRecords('{"gstin": "A"}'), /array/);
  });
});

describe('taxpayer import and export on the database', () => {
  let source: OwnApp;
  let target: OwnApp;
  before(async () => {
    source = await openApp();
    target = await openApp();
  });
  after(async () => {
    await source?.close();
    await target?.close();
  });

  const rowsOf = async (own: OwnApp): Promise<Omit<TaxpayerRow, 'createdAt' | 'updatedAt'>[]> => {
    const rows: TaxpayerRow[] = [];
    for await (const page of taxpayerPages(own.database.db, 97)) rows.push(...page);
    return rows.map(({ createdAt, updatedAt, ...rest }) => rest);
  };

  it('export → import gives the same rows, in CSV and in JSON (demo taxpayers, test identities, synthetic ones)', async () => {
    await seedSynthetic(source.app.services.taxpayers, { count: 250, seed: 7, now: source.clock.now() });
    const original = await rowsOf(source);
    assert.ok(original.length >= 250);
    assert.ok(
      original.some((r) => r.testIdentity),
      'the demo seed has test identities',
    );
    const toRow = target.app.services.sandbox.toRow.bind(target.app.services.sandbox);

    const csv = (await collect(exportTaxpayers(source.database.db, { format: 'csv', pageSize: 64 }))).join('');
    assert.ok(csv.startsWith(`${TAXPAYER_CSV_COLUMNS.join(',')}\r\n`));
    // The target already holds the demo taxpayers: they are skipped, the rest inserted.
    const demo = await target.app.services.taxpayers.count();
    const fromCsv = await importTaxpayers(target.database.db, csvRecords([csv]), { toRow, batchSize: 100 });
    assert.deepEqual(
      { ...fromCsv, errors: fromCsv.errors.length },
      {
        read: original.length,
        inserted: original.length - demo,
        skipped: demo,
        invalid: 0,
        errors: 0,
      },
    );
    assert.deepEqual(await rowsOf(target), original);

    await sqlRows(target.database, sql`DELETE FROM taxpayers`);
    const json = (await collect(exportTaxpayers(source.database.db, { format: 'json', pageSize: 64 }))).join('');
    const fromJson = await importTaxpayers(target.database.db, jsonRecords(json), { toRow });
    assert.equal(fromJson.inserted, original.length);
    assert.deepEqual(await rowsOf(target), original);
    assert.deepEqual(JSON.parse(json)[0], toRecord(original[0] as TaxpayerRow));
  });

  it('stops at a CSV syntax error, keeping the valid records before it', async () => {
    const toRow = target.app.services.sandbox.toRow.bind(target.app.services.sandbox);
    const rows = [
      csvLine(['gstin', 'legalName', 'rgdt']),
      csvLine([validGstin('33', 'AABCS1429B'), 'BEFORE THE ERROR', '01/04/2019']),
      csvLine(['33AAAAA0000A1Z0', 'INVALID GSTIN', '01/04/2019']),
      `${validGstin('33', 'AABCS1430B')},"UNCLOSED,01/04/2019\r\n`,
      csvLine([validGstin('33', 'AABCS1431B'), 'AFTER', '01/04/2019']),
    ];
    await assert.rejects(importTaxpayers(target.database.db, csvRecords([rows.join('')]), { toRow }), (err: CsvSyntaxError) => {
      assert.equal(err.line, 4);
      assert.match(err.message, /not closed; the import stopped there \(1 taxpayers from earlier lines imported, 1 invalid\)/);
      assert.deepEqual(
        err.partial?.errors.map((e) => e.line),
        [3],
      );
      return true;
    });
    assert.ok(await target.app.services.taxpayers.findByGstin(validGstin('33', 'AABCS1429B')));
  });

  it('reports invalid records by line, and imports the valid ones', async () => {
    const toRow = target.app.services.sandbox.toRow.bind(target.app.services.sandbox);
    const text = [
      '[',
      `{"gstin": "${validGstin('07', 'AAACB1234C')}", "legalName": "Good One", "rgdt": "01/04/2020", "address": {"stateCode": "07", "pincode": "110001"}},`,
      `{"gstin": "${withBadCheckChar(validGstin('07', 'AAACB1236C'))}", "legalName": "Bad Check Digit", "rgdt": "01/04/2020"},`,
      `{"gstin": "${validGstin('07', 'AAACB1235C')}", "legalName": "Wrong PIN", "rgdt": "01/04/2020", "address": {"stateCode": "07", "pincode": "560001"}},`,
      '{"legalName": "No GSTIN", "rgdt": "2020-04-01"}',
      ']',
    ].join('\n');
    const records = jsonRecords(text);
    const good = validateRecord(records[0].record, toRow);
    assert.ok(good.ok, JSON.stringify(good));
    const result = await importTaxpayers(target.database.db, records, { toRow });
    assert.equal(result.inserted, 1);
    assert.equal(result.invalid, 3);
    assert.deepEqual(
      result.errors.map((e) => e.line),
      [3, 4, 5],
    );
    assert.match(result.errors[1].messages.join(), /2178/);
    assert.match(result.errors[2].messages.join(), /gstin/);
  });
});
