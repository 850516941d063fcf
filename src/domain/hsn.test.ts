import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { clearHsnMaster, HSN_CHAPTERS, hsnProblem, isServiceHsn, isValidHsn, loadHsnMaster } from './hsn.ts';

describe('hsn structure (§5.7, NIC 2176)', () => {
  it('HSN_CHAPTERS has 01–98 without 77, plus 99', () => {
    const keys = Object.keys(HSN_CHAPTERS);
    assert.equal(keys.length, 98);
    assert.equal(HSN_CHAPTERS['77'], undefined);
    assert.equal(HSN_CHAPTERS['10'], 'Cereals');
    assert.equal(HSN_CHAPTERS['99'], 'Services (SAC)');
  });
  it('accepts 4, 6 and 8 digits', () => {
    for (const c of ['1001', '100190', '61149090', '998314', '9954']) assert.equal(hsnProblem(c), undefined, c);
    assert.equal(isValidHsn('1001'), true);
  });
  it("'format' for wrong length, non-digits, all zeros", () => {
    for (const c of ['', '1', '10', '100', '10019', '1001909', '100190900', '10O1', ' 1001', '0000', '00000000']) {
      assert.equal(hsnProblem(c), 'format', c);
    }
    assert.equal(isValidHsn('123'), false);
  });
  it("'chapter' for 00 and 77", () => {
    assert.equal(hsnProblem('0012'), 'chapter');
    assert.equal(hsnProblem('77010000'), 'chapter');
    assert.equal(hsnProblem('9801'), undefined);
  });
  it('isServiceHsn', () => {
    assert.equal(isServiceHsn('998314'), true);
    assert.equal(isServiceHsn('9954'), true);
    assert.equal(isServiceHsn('1001'), false);
  });
});

describe('hsn master', () => {
  afterEach(() => clearHsnMaster());

  it("'unknown' when a master is loaded and the code is not in it; clear restores structure-only", () => {
    assert.equal(loadHsnMaster('hsn_code,description\n1001,Wheat\n61149090,"Garments, of other textiles"\n'), 2);
    assert.equal(hsnProblem('1001'), undefined);
    assert.equal(hsnProblem('61149090'), undefined);
    assert.equal(hsnProblem('8471'), 'unknown');
    assert.equal(hsnProblem('84'), 'format'); // structure first
    clearHsnMaster();
    assert.equal(hsnProblem('8471'), undefined);
  });
  it('a heading is known when codes under it are listed', () => {
    loadHsnMaster('HSN,Desc\n61149090,x\n');
    assert.equal(hsnProblem('6114'), undefined);
    assert.equal(hsnProblem('611490'), undefined);
    assert.equal(hsnProblem('611420'), 'unknown');
  });
  it('8 digits: exact when the master breaks the heading down, accepted under a leaf parent', () => {
    loadHsnMaster('code\n1001\n10011100\n6114\n');
    assert.equal(hsnProblem('10011100'), undefined);
    assert.equal(hsnProblem('10019910'), 'unknown'); // 1001 has listed lines; this one is not among them
    assert.equal(hsnProblem('61149090'), undefined); // 6114 is a leaf in this master
    assert.equal(hsnProblem('611490'), undefined);
  });
  it('replaces the previous master', () => {
    loadHsnMaster('hsn\n1001\n');
    loadHsnMaster('hsn\n1002\n');
    assert.equal(hsnProblem('1001'), 'unknown');
    assert.equal(hsnProblem('1002'), undefined);
  });
  it('reads quoted CSV, CRLF, BOM, header variants, and pads lost leading zeros', () => {
    const csv =
      '\uFEFF"Sl","HSN_CD","HSN_Description"\r\n"1","101","Live horses, ""asses"", mules"\r\n"2","0102","Bovine\nanimals"\r\n3,,empty\r\n4,abc,bad\r\n';
    assert.equal(loadHsnMaster(csv), 2);
    assert.equal(hsnProblem('0101'), undefined);
    assert.equal(hsnProblem('0102'), undefined);
    assert.equal(loadHsnMaster('id,Description,sac_code\n1,x,998314\n'), 1);
    assert.equal(hsnProblem('998314'), undefined);
  });
  it('throws without a code column', () => {
    assert.throws(() => loadHsnMaster('name,description\nx,y\n'), /column/);
    assert.equal(hsnProblem('8471'), undefined); // master unchanged (none)
  });
});
