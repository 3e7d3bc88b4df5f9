import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readStatement } from './readStatement';
import { completeYearlessDates, statesItsYear } from './yearlessDates';

const preamble = (period: string) => [['Periode :', period]];
const dates = (table: string[][]) => table.slice(1).map((row) => row[0]);
const read = (text: string, options = {}) =>
  readStatement(
    new TextEncoder().encode(text),
    (body, delimiter) => Papa.parse<string[]>(body, { delimiter }).data,
    options,
  );

describe('completeYearlessDates', () => {
  it('gives day/month dates the year of the period’s end, the year before after that end', () => {
    const table = [
      ['Tanggal', 'Keterangan', 'Jumlah'],
      ['28/12', 'A', '1.00'],
      ['31/12', 'B', '2.00'],
      ['05/01', 'C', '3.00'],
      ['PEND', 'D', '4.00'],
    ];
    expect(completeYearlessDates(table, preamble('01/12/2023 - 10/01/2024'), 1)).toBe(0);
    expect(dates(table)).toEqual(['2023-12-28', '2023-12-31', '2024-01-05', 'PEND']);
  });

  it('reads month/day columns when a second part is over 12', () => {
    const table = [
      ['Date', 'Text', 'Amount'],
      ['03/28', 'a', '1'],
      ['03/29', 'b', '2'],
      ['04/02', 'c', '3'],
    ];
    completeYearlessDates(table, preamble('2024-03-01 to 2024-04-30'), 1);
    expect(dates(table)).toEqual(['2024-03-28', '2024-03-29', '2024-04-02']);
  });

  it('completes every year-less column in one order, a day over 12 in either deciding; a month in 年/月 is the period', () => {
    const table = [
      ['交易日', '记账日', '交易摘要', '人民币金额'],
      ['', '12/29', '掌上生活还款', '-1.23'],
      ['', '01/01', '银联转账还款', '-30.00'],
      ['01/02', '01/03', '电影票', '56.78'],
      ['01/03', '01/04', '饭票', '-3.90'],
      ['01/05', '01/07', '中国移动', '8,000.00'],
    ];
    const bill = [['招商银行信用卡对账单（个人消费卡账户 2024年01月）']];
    expect(statesItsYear(bill)).toBe(true);
    expect(completeYearlessDates(table, bill, 1)).toBe(0);
    expect(table.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ['', '2023-12-29'],
      ['', '2024-01-01'],
      ['2024-01-02', '2024-01-03'],
      ['2024-01-03', '2024-01-04'],
      ['2024-01-05', '2024-01-07'],
    ]);
  });

  it('reads a day and a month named, in Portuguese, English or 月/日, the month deciding the year', () => {
    const table = [
      ['Data', 'Histórico', 'Valor(R$)'],
      ['01/mai', 'SALDO ANTERIOR', '10418,12'],
      ['26/nov', 'TRMF CONSULT 5/12', '99,79'],
      ['Apr 18', 'SUPERMERCADO', '86,92'],
      ['4月30日', 'NSS', '4600'],
    ];
    expect(completeYearlessDates(table, [['Data: 02/07/2023 12:17:30']], 1)).toBe(0);
    expect(dates(table)).toEqual(['2023-05-01', '2022-11-26', '2023-04-18', '2023-04-30']);
  });

  it('takes a month named on one or two rows for dates, not a pair of numbers', () => {
    const named = [
      ['取扱日付', '摘要', 'お支払金額'],
      ['4月30日', 'NSS', '4600'],
      ['4月30日', 'ｳｳ', '7000'],
    ];
    expect(completeYearlessDates(named, [], 1, '2026-12-05')).toBe(0);
    const numbers = [
      ['Date', 'Text', 'Amount'],
      ['4/30', 'NSS', '4600'],
      ['4/30', 'ｳｳ', '7000'],
    ];
    expect(completeYearlessDates(numbers, [], 1, '2026-12-05')).toBe(-1);
  });

  it('without a dated preamble, ends the statement on its latest day up to today, all its days in one run', () => {
    const table = [
      ['Date', 'Text', 'Amount'],
      ['02/12', 'a', '1'],
      ['28/11', 'b', '2'],
      ['15/12', 'c', '3'],
    ];
    const account = [['Account', '123']];
    expect(statesItsYear(account)).toBe(false);
    // 15 Dec is after the 4th: that statement (28 Nov to 15 Dec) is last year's, not split across two years.
    expect(completeYearlessDates(table, account, 1, '2026-12-04')).toBe(0);
    expect(dates(table)).toEqual(['2025-12-02', '2025-11-28', '2025-12-15']);
    const lastMonth = [
      ['Date', 'Text', 'Amount'],
      ['02/12', 'a', '1'],
      ['28/11', 'b', '2'],
      ['15/11', 'c', '3'],
    ];
    completeYearlessDates(lastMonth, account, 1, '2026-12-04');
    expect(dates(lastMonth)).toEqual(['2026-12-02', '2026-11-28', '2026-11-15']);
    const acrossNewYear = [
      ['Date', 'Text', 'Amount'],
      ['02/01', 'a', '1'],
      ['28/12', 'b', '2'],
      ['15/12', 'c', '3'],
    ];
    completeYearlessDates(acrossNewYear, account, 1, '2026-03-01');
    expect(dates(acrossNewYear)).toEqual(['2026-01-02', '2025-12-28', '2025-12-15']);
    // A period in the preamble is the statement's own word: today does not override it.
    const dated = [
      ['Date', 'Text', 'Amount'],
      ['02/12', 'a', '1'],
      ['28/11', 'b', '2'],
      ['15/11', 'c', '3'],
    ];
    expect(statesItsYear(preamble('01/11/2023 - 31/12/2023'))).toBe(true);
    completeYearlessDates(dated, preamble('01/11/2023 - 31/12/2023'), 1, '2026-12-04');
    expect(dates(dated)).toEqual(['2023-12-02', '2023-11-28', '2023-11-15']);
  });

  it('leaves files alone without a dated preamble, with dates that carry a year, or with amounts', () => {
    const noPeriod = [
      ['Date', 'Amount'],
      ['28/12', '1'],
      ['29/12', '2'],
      ['30/12', '3'],
    ];
    expect(completeYearlessDates(noPeriod, [['Account', '123']], 1)).toBe(-1);
    const withYears = [
      ['Date', 'Day', 'Amount'],
      ['28/12/2023', '28/12', '1'],
      ['29/12/2023', '29/12', '2'],
      ['30/12/2023', '30/12', '3'],
    ];
    expect(completeYearlessDates(withYears, preamble('01/12/2023 - 31/12/2023'), 1)).toBe(-1);
    const amounts = [
      ['Text', 'Amount'],
      ['a', '12/50'],
      ['b', '3.10'],
      ['c', '45.00'],
      ['d', '7.25'],
    ];
    expect(completeYearlessDates(amounts, preamble('01/12/2023 - 31/12/2023'), 1)).toBe(-1);
  });
});

describe('dates without a year', () => {
  it('are read as the year up to today, and the person asked, only when nothing in the file gives the year', () => {
    const today = { knownProfiles: [], locale: 'en-GB', today: '2026-12-04' };
    const body =
      'Date,Description,Amount\n28/11,COFFEE SHOP,-3.50\n27/11,SALARY,2500.00\n15/12,RENT,-1200.00\n';
    const assumed = read(body, today);
    expect(assumed.fatal).toBeUndefined();
    expect(assumed.rows.map((row) => [row.date, row.amount])).toEqual([
      ['2025-11-28', -350],
      ['2025-11-27', 250000],
      ['2025-12-15', -120000],
    ]);
    expect(assumed.needsReview).toBe(true);
    expect(assumed.reviewReasons).toEqual(['yearAssumed']);
    const stated = read(`Statement period,01/12/2023 - 31/12/2023\n\n${body}`, today);
    expect(stated.rows.map((row) => row.date)).toEqual(['2023-11-28', '2023-11-27', '2023-12-15']);
    expect(stated.reviewReasons).not.toContain('yearAssumed');
    // Without the day of the import (older callers), such a file still finds no dates.
    const noToday = read(body);
    expect(noToday.rows).toEqual([]);
  });
  it('are read in a file without a header too (a card bill: "28 JUL", Portuguese month names)', () => {
    const bill =
      '28 JUL,,Alura - 7/12,"68,00"\n31 JUL,,Drogarias Pacheco,"25,99"\n04 AGO,,Mundo Verde,"5,90"\n';
    const r = read(bill, { knownProfiles: [], locale: 'pt-BR', today: '2026-12-04' });
    expect(r.rows.map((row) => [row.date, row.amount])).toEqual([
      ['2026-07-28', -6800],
      ['2026-07-31', -2599],
      ['2026-08-04', -590],
    ]);
    expect(r.reviewReasons).toContain('yearAssumed');
  });
});
