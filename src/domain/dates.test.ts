import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  financialYear,
  formatEwbDateTime,
  formatIstDate,
  formatIstDateTime,
  istDayNumber,
  istParts,
  nicDateToUtcMidnightIst,
  parseEwbDateTime,
  parseIstDateTime,
  parseNicDate,
} from './dates.ts';

describe('parseNicDate (§5.2, NIC 2144/2225)', () => {
  it('parses real dates', () => {
    assert.deepEqual(parseNicDate('18/08/2020'), { y: 2020, m: 8, d: 18 });
    assert.deepEqual(parseNicDate('29/02/2024'), { y: 2024, m: 2, d: 29 });
    assert.deepEqual(parseNicDate('31/12/1999'), { y: 1999, m: 12, d: 31 });
  });
  it('rejects impossible dates and other formats', () => {
    for (const s of [
      '29/02/2023',
      '31/04/2024',
      '00/01/2024',
      '01/13/2024',
      '01/00/2024',
      '32/01/2024',
      '1/8/2020',
      '2020-08-18',
      '18-08-2020',
      '18/08/20',
      ' 18/08/2020',
      '18/08/2020 ',
      '18/08/2020T',
      '',
    ]) {
      assert.equal(parseNicDate(s), undefined, s);
    }
    assert.equal(parseNicDate(undefined as unknown as string), undefined);
  });
});

describe('IST conversions', () => {
  it('nicDateToUtcMidnightIst is 18:30 UTC of the previous day', () => {
    assert.equal(nicDateToUtcMidnightIst('16/09/2022')?.toISOString(), '2022-09-15T18:30:00.000Z');
    assert.equal(nicDateToUtcMidnightIst('01/01/2024')?.toISOString(), '2023-12-31T18:30:00.000Z');
    assert.equal(nicDateToUtcMidnightIst('30/02/2024'), undefined);
  });
  it('istParts and formatIstDateTime add 05:30 (AckDt format)', () => {
    const d = new Date('2023-10-03T09:38:39Z');
    assert.deepEqual(istParts(d), { y: 2023, m: 10, d: 3, hh: 15, mm: 8, ss: 39 });
    assert.equal(formatIstDateTime(d), '2023-10-03 15:08:39');
    assert.equal(formatIstDateTime(new Date('2022-12-31T18:30:00Z')), '2023-01-01 00:00:00');
  });
  it('formatIstDate crosses the day at 18:30 UTC', () => {
    assert.equal(formatIstDate(new Date('2022-09-16T18:29:59Z')), '16/09/2022');
    assert.equal(formatIstDate(new Date('2022-09-16T18:30:00Z')), '17/09/2022');
  });
  it('formatEwbDateTime uses a 12-hour clock', () => {
    assert.equal(formatEwbDateTime(new Date('2022-09-16T13:59:00Z')), '16/09/2022 07:29:00 PM');
    assert.equal(formatEwbDateTime(new Date('2022-09-29T18:29:00Z')), '29/09/2022 11:59:00 PM');
    assert.equal(formatEwbDateTime(new Date('2022-09-16T18:30:05Z')), '17/09/2022 12:00:05 AM');
    assert.equal(formatEwbDateTime(new Date('2022-09-17T06:30:00Z')), '17/09/2022 12:00:00 PM');
    assert.equal(formatEwbDateTime(new Date('2022-09-17T05:29:00Z')), '17/09/2022 10:59:00 AM');
  });
  it('istDayNumber counts IST calendar days', () => {
    const a = istDayNumber(new Date('2022-09-16T18:29:59Z')); // 16 Sep 23:59:59 IST
    const b = istDayNumber(new Date('2022-09-16T18:30:00Z')); // 17 Sep 00:00 IST
    assert.equal(b - a, 1);
    assert.equal(istDayNumber(nicDateToUtcMidnightIst('01/01/1970') as Date), 0);
    assert.equal(
      istDayNumber(nicDateToUtcMidnightIst('18/08/2020') as Date) - istDayNumber(nicDateToUtcMidnightIst('18/07/2020') as Date),
      31,
    );
  });
  it('does not depend on the process TZ', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      assert.equal(formatIstDateTime(new Date('2024-03-10T07:00:00Z')), '2024-03-10 12:30:00');
      assert.equal(nicDateToUtcMidnightIst('10/03/2024')?.toISOString(), '2024-03-09T18:30:00.000Z');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('financialYear (§6.1)', () => {
  it('April starts the year', () => {
    assert.equal(financialYear({ y: 2022, m: 9 }), '2022-23');
    assert.equal(financialYear({ y: 2023, m: 3 }), '2022-23');
    assert.equal(financialYear({ y: 2023, m: 4 }), '2023-24');
    assert.equal(financialYear({ y: 2099, m: 4 }), '2099-00');
    assert.equal(financialYear({ y: 2000, m: 1 }), '1999-00');
  });
});

describe('parseEwbDateTime / parseIstDateTime (EWB Part C, §6.2)', () => {
  it('reads back what the formatters write, at every hour of the 12-hour clock', () => {
    for (let h = 0; h < 24; h++) {
      const d = new Date(Date.UTC(2025, 5, 2, h, 7, 9) - 330 * 60_000); // 02/06/2025 h:07:09 IST
      assert.equal(parseEwbDateTime(formatEwbDateTime(d))?.getTime(), d.getTime(), formatEwbDateTime(d));
      assert.equal(parseIstDateTime(formatIstDateTime(d))?.getTime(), d.getTime(), formatIstDateTime(d));
    }
  });
  it('ends validity at 23:59 IST: 08/06/2025 11:59:00 PM is 18:29 UTC', () => {
    assert.equal(parseEwbDateTime('08/06/2025 11:59:00 PM')?.toISOString(), '2025-06-08T18:29:00.000Z');
    assert.equal(parseEwbDateTime('08/06/2025 12:00:00 AM')?.toISOString(), '2025-06-07T18:30:00.000Z');
    assert.equal(parseIstDateTime('2025-06-08 23:59:00')?.toISOString(), '2025-06-08T18:29:00.000Z');
  });
  it('refuses other shapes and impossible values', () => {
    for (const bad of [
      '',
      '08/06/2025',
      '08/06/2025 13:00:00 PM',
      '08/06/2025 00:10:00 AM',
      '31/02/2025 10:00:00 AM',
      '2025-06-08T10:00:00',
    ]) {
      assert.equal(parseEwbDateTime(bad), undefined, bad);
    }
    for (const bad of ['', '2025-06-08', '2025-06-08 24:00:00', '2025-02-30 10:00:00', '08/06/2025 11:59:00 PM']) {
      assert.equal(parseIstDateTime(bad), undefined, bad);
    }
  });
});
