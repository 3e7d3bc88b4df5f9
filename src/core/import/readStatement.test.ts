/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readStatement } from './readStatement';
import type { ReadingProfile } from './types';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
const samples = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'samples');
const sample = (name: string) => readStatement(new Uint8Array(readFileSync(join(samples, name))), parseTable);
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, options = {}) => readStatement(utf8(text), parseTable, options);

describe('sample exports', () => {
  it('reads every sample without errors or review', () => {
    for (const f of readdirSync(samples).filter((n) => n.endsWith('.csv'))) {
      const r = sample(f);
      expect(r.fatal, f).toBeUndefined();
      expect(r.errors, f).toEqual([]);
      expect(r.needsReview, f).toBe(false);
      expect(r.rows.length, f).toBeGreaterThan(30);
    }
  });

  it('Chase checking: trailing comma, MM/DD/YYYY, signed amounts, blank balance', () => {
    const r = sample('us_chase_checking.csv');
    expect(r.profile.bankId).toBe('us_chase_checking');
    expect(r.currency).toBe('USD');
    expect(r.rows[0]).toMatchObject({
      line: 2,
      date: '2025-05-03',
      amount: -1099,
      balance: 400752,
      description: 'SPOTIFY PLKVZ3L',
    });
    expect(r.rows[2]).toMatchObject({
      date: '2025-04-30',
      amount: 45,
      balance: null,
      description: 'INTEREST PAYMENT',
    });
    expect(r.rows.find((x) => x.description.includes('PG&E'))).toBeDefined();
  });

  it('Amex: multi-line quoted cells keep file line numbers; purchases positive become money out', () => {
    const r = sample('us_amex.csv');
    expect(r.profile.sign).toBe('inverted');
    expect(r.rows[0]).toMatchObject({
      line: 2,
      date: '2025-06-03',
      amount: -1099,
      description: 'SPOTIFY PV8D9ES9R9',
    });
    expect(r.rows[1]).toMatchObject({ line: 6, date: '2025-05-28', amount: -9235 });
    expect(r.rows[2]).toMatchObject({ date: '2025-05-27', amount: 3814 });
    const payment = r.rows.find((x) => x.description.includes('AUTOPAY'));
    expect(payment?.amount).toBeGreaterThan(0);
    expect(r.account?.number).toBe('-74725');
  });

  it('Monzo: signed Amount wins over Money In/Out, emoji column ignored, balance kept', () => {
    const r = sample('uk_monzo.csv');
    expect(r.currency).toBe('GBP');
    expect(r.rows[0]).toMatchObject({
      date: '2025-02-16',
      amount: -1099,
      balance: 300406,
      description: 'Netflix · NETFLIX.COM London GBR',
    });
  });

  it('Société Générale: preamble with ="account", Windows-1252, decimal comma', () => {
    const r = sample('fr_societe_generale.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.profile.headerRow).toBe(2);
    expect(r.account).toEqual({ number: '2754233851487884', bankName: 'Société Générale' });
    expect(r.rows[0]).toMatchObject({ line: 4, date: '2025-03-27', amount: 248046, currency: 'EUR' });
    expect(r.rows[1]!.description).toBe('CARTE X4821 25/03 · CARTE X4821 25/03 VINTED PARIS');
  });

  it('Sparkasse CAMT: 2-digit years, pending rows, joined description, IBAN from the account column', () => {
    const r = sample('de_sparkasse_camt.csv');
    expect(r.account?.number).toBe('DE55700500006969948871');
    expect(r.rows[0]).toEqual({
      line: 2,
      date: '2025-05-07',
      valueDate: '2025-05-07',
      description:
        'BURGER KING 8667 · KARTENZAHLUNG · BURGER KING 8667//München/DE 2025-05-07T17:07:21 KFN 1 VJ 2710',
      amount: -1702,
      balance: null,
      currency: 'EUR',
      pending: true,
      account: 'DE55700500006969948871',
    });
    expect(r.rows[2]!.pending).toBeUndefined();
  });

  it('ING NL: Af/Bij indicator, YYYYMMDD, currency from "Bedrag (EUR)", running balance', () => {
    const r = sample('nl_ing.csv');
    expect(r.currency).toBe('EUR');
    expect(r.rows[0]).toMatchObject({ date: '2025-08-27', amount: -13850, balance: 594096 });
    expect(r.rows[2]).toMatchObject({ date: '2025-08-24', amount: 310008, balance: 609491 });
  });
});

describe('readStatement behaviour', () => {
  it('reads day/month order from the sequence of dates when every day is <= 12, and says so', () => {
    const text = 'Date,Description,Amount\n01/02/2025,A,-1.00\n01/03/2025,B,-2.00\n01/04/2025,C,-3.00\n';
    const r = read(text);
    expect(r.needsReview).toBe(false);
    expect(r.rows.map((x) => x.date)).toEqual(['2025-01-02', '2025-01-03', '2025-01-04']);
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY', source: 'sequence' });
  });

  it('asks the date order only when nothing decides it; a known profile, forced profile or locale settles it', () => {
    const text = 'Date,Description,Amount\n01/02/2025,A,-1.00\n02/01/2025,B,-2.00\n';
    const r = read(text);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons).toContain('dateOrder');
    expect(read(text, { locale: 'en-US' }).needsReview).toBe(false);
    expect(read(text, { locale: 'fr-FR' }).rows[0]!.date).toBe('2025-02-01');
    const fixed: ReadingProfile = { ...r.profile, dateOrder: 'MDY' };
    const forced = read(text, { profile: fixed });
    expect(forced.needsReview).toBe(false);
    expect(forced.rows.map((x) => x.date)).toEqual(['2025-01-02', '2025-02-01']);
    const known = read(text, { knownProfiles: [fixed] });
    expect(known.needsReview).toBe(false);
    expect(known.rows[0]!.date).toBe('2025-01-02');
  });

  it('never produces a negative zero (a zero debit, an inverted sign)', () => {
    const ing = [
      '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)","Mutatiesoort","Mededelingen"',
      '"20250402","Kosten","NL10INGB0002338872","","DV","Af","0,00","Diversen","x"',
      '"20250403","Albert Heijn","NL10INGB0002338872","","BA","Af","12,50","Betaalautomaat","x"',
      '"20250404","Salaris","NL10INGB0002338872","","OV","Bij","1500,00","Overschrijving","x"',
    ].join('\n');
    const rows = read(ing).rows;
    expect(rows.map((row) => row.amount)).toEqual([0, -1250, 150000]);
    expect(Object.is(rows[0]?.amount, 0)).toBe(true);
  });

  it('keeps good rows and reports broken ones with 1-based file lines', () => {
    const text =
      'Date;Text;Betrag\n01.02.2025;A;-1,00\n31.02.2025;B;-2,00\n03.02.2025;C;abc\n04.02.2025;D;-4,00\n';
    const r = read(text);
    expect(r.rows.map((x) => x.amount)).toEqual([-100, -400]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons).toContain('errors');
  });

  it('skips opening/closing balance pseudo rows and footers without errors', () => {
    const text =
      'Datum;Omschrijving;Bedrag;Saldo\n01-02-2025;Beginsaldo;;100,00\n02-02-2025;Albert Heijn;-10,00;90,00\n13-02-2025;Salaris;1000,00;1090,00\nEindsaldo;;;1090,00\n\nTotaal;;990,00;\n';
    const r = read(text);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.date, x.amount, x.balance])).toEqual([
      ['2025-02-02', -1000, 9000],
      ['2025-02-13', 100000, 109000],
    ]);
  });

  it('reads a headerless file by values', () => {
    const r = read(
      '15/04/2025,"PRIYA PATEL",-415.00\n14/04/2025,"PRET A MANGER )))",-10.45\n12/04/2025,"RENT","-1,036.81"\n',
    );
    expect(r.profile.headerRow).toBe(-1);
    expect(r.rows.map((x) => x.amount)).toEqual([-41500, -1045, -103681]);
    expect(r.needsReview).toBe(false);
  });

  it('reads UTF-16 tab-separated "Unicode text" exports', () => {
    const text = 'Date\tDescription\tAmount\r\n13/01/2025\tCafé Crème\t-3,50\r\n';
    const body = new Uint8Array(2 + text.length * 2);
    body.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      body[2 + i * 2] = text.charCodeAt(i) & 0xff;
      body[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = readStatement(body, parseTable);
    expect(r.encoding).toBe('utf-16le');
    expect(r.rows).toEqual([
      { line: 2, date: '2025-01-13', description: 'Café Crème', amount: -350, balance: null },
    ]);
  });

  it('returns fatal readings for non-statements and never throws', () => {
    expect(readStatement(new Uint8Array(), parseTable).fatal?.code).toBe('empty');
    expect(read('   \n\n').fatal?.code).toBe('empty');
    expect(readStatement(utf8('%PDF-1.4 ...'), parseTable).fatal?.code).toBe('pdf');
    expect(read('Date,Description,Amount\n').fatal?.code).toBe('noTransactions');
    expect(read('hello world\nthis is not a statement\n').fatal?.code).toBe('noTransactions');
    expect(
      readStatement(utf8('a,b\n1,2'), () => {
        throw new Error('parser crashed');
      }).fatal?.code,
    ).toBe('noTransactions');
  });

  it('reads duplicate column names and Excel-protected cells', () => {
    const text = 'Date;Libellé;Libellé;Montant;Montant\n13/01/2025;="CB";="CB CARREFOUR";="-12,50";\n';
    const r = read(text);
    expect(r.rows[0]).toMatchObject({ date: '2025-01-13', amount: -1250, description: 'CB · CB CARREFOUR' });
  });

  it('takes the currency from a per-row column and uses its minor-unit digits', () => {
    const r = read(
      'Date,Description,Amount,Currency\n2025-01-13,Sushi,-1200,JPY\n2025-01-14,Coffee,-3.5,EUR\n',
    );
    expect(r.rows.map((x) => [x.amount, x.currency])).toEqual([
      [-1200, 'JPY'],
      [-350, 'EUR'],
    ]);
  });

  it('gives signatures that are stable for the same bank shape', () => {
    const a = read('Date,Description,Amount\n13/01/2025,A,-1.00\n');
    const b = read('Date,Description,Amount\r\n14/02/2025,B,-2.00\r\n15/02/2025,C,3.00\r\n');
    expect(a.profile.signature).toBe(b.profile.signature);
    const c = read('Date;Description;Amount\n13/01/2025;A;-1,00\n');
    expect(c.profile.signature).not.toBe(a.profile.signature);
  });

  it('applies a saved profile to a file of the same shape with a longer preamble', () => {
    const a = 'Umsatzanzeige;x\n\nBuchung;Text;Betrag\n01.02.2025;A;-1,00\n02.02.2025;B;-2,00\n';
    const b = 'Umsatzanzeige;x\n\nSaldo;1.234,56;EUR\n\nBuchung;Text;Betrag\n03.02.2025;C;-3,00\n';
    const first = read(a);
    const saved: ReadingProfile = { ...first.profile, dateOrder: 'MDY' };
    const second = read(b, { knownProfiles: [saved] });
    expect(second.profile.headerRow).toBe(4);
    expect(second.needsReview).toBe(false);
    expect(second.rows).toMatchObject([{ line: 6, date: '2025-03-02', amount: -300 }]);
  });

  it('re-reads with the roles a person fixed in the review dialog', () => {
    const text = 'Col A,Col B,Col C,Col D\n13/01/2025,Coffee,3.50,100.00\n14/01/2025,Tea,2.00,98.00\n';
    const guess = read(text);
    const fixed: ReadingProfile = {
      ...guess.profile,
      roles: ['date', 'description', 'debit', 'balance'],
      sign: 'normal',
    };
    const r = read(text, { profile: fixed });
    expect(r.needsReview).toBe(false);
    expect(r.rows.map((x) => [x.amount, x.balance, x.description])).toEqual([
      [-350, 10000, 'Coffee'],
      [-200, 9800, 'Tea'],
    ]);
  });

  it('glues back a description split on the delimiter, and reports a row whose extra field is a number', () => {
    const r = read(
      'Date,Description,Amount\n13/01/2025,A,-1.00\n14/01/2025,B, SUITE 5,-2.00\n15/01/2025,C,-3.00,7.00\n',
    );
    expect(r.rows.map((x) => [x.description, x.amount])).toEqual([
      ['A', -100],
      ['B, SUITE 5', -200],
    ]);
    expect(r.errors).toEqual([{ line: 4, message: 'This line has 4 fields, the header has 3.' }]);
  });

  it('reads unknown languages by values (Polish, Swedish) and honours an Excel "sep=" line', () => {
    const pl = read(
      'Data operacji;Opis operacji;Kwota;Saldo po operacji\n13.01.2025;Biedronka Kraków;-45,20;1 204,80\n',
    );
    expect(pl.rows).toMatchObject([
      { date: '2025-01-13', amount: -4520, balance: 120480, description: 'Biedronka Kraków' },
    ]);
    const se = read(
      'Bokföringsdag;Text;Belopp;Saldo\n2025-01-13;ICA Maxi;-120,00;5 000,00\n2025-01-14;Lön;25 000,00;30 000,00\n',
    );
    expect(se.rows.map((x) => x.amount)).toEqual([-12000, 2500000]);
    const excel = read('sep=,\nDate,Text;with;semicolons,Amount\n13/01/2025,A;B;C,-1.00\n');
    expect(excel.profile.delimiter).toBe(',');
    expect(excel.rows).toMatchObject([{ line: 3, amount: -100 }]);
  });
});

describe('column names for the review dialog', () => {
  it('uses the header, or the first values of a headerless file', () => {
    expect(read('Date,Description,Amount\n2025-03-14,Coffee,-3.80\n').columnNames).toEqual([
      'Date',
      'Description',
      'Amount',
    ]);
    expect(read('14/03/2025;Coffee;-3,80\n15/03/2025;Tea;-2,10\n').columnNames).toEqual([
      '14/03/2025',
      'Coffee',
      '-3,80',
    ]);
    // A title line above the rows names no column.
    const titled = 'Card statement Jane Doe;;;;\n14/03/2025;Coffee;-3,80;;\n15/03/2025;Tea;-2,10;;\n';
    expect(read(titled).columnNames?.slice(0, 3)).toEqual(['14/03/2025', 'Coffee', '-3,80']);
  });
});

describe('dates that end with a dot', () => {
  it('reads Hungarian, Korean and Japanese statements: Hangul or kana in a file naming no currency says won or yen', () => {
    const hungarian =
      'Könyvelés dátuma;Közlemény;Összeg;Egyenleg\n2024.01.05.;Kávé;-3 500;996 500\n2024.01.06.;Fizetés;450 000;1 446 500\n';
    const korean = '거래일자,적요,출금,입금\n2024. 01. 05.,커피,4500,\n2024. 01. 25.,급여,,3500000\n';
    expect(read(hungarian).rows.map((row) => [row.date, row.amount, row.balance])).toEqual([
      ['2024-01-05', -350000, 99650000],
      ['2024-01-06', 45000000, 144650000],
    ]);
    const debitCredit =
      'Tranzakció dátuma;Értéknap;Partner neve;Terhelés;Jóváírás;Pénznem\n2024.01.05.;2024.01.08.;Kávézó;3 500;;HUF\n2024.01.06.;2024.01.06.;Munkáltató;;450 000;HUF\n';
    expect(read(debitCredit).rows.map((row) => [row.date, row.valueDate, row.amount, row.currency])).toEqual([
      ['2024-01-05', '2024-01-08', -3500, 'HUF'],
      ['2024-01-06', '2024-01-06', 450000, 'HUF'],
    ]);
    expect(read(korean).rows.map((row) => [row.date, row.amount])).toEqual([
      ['2024-01-05', -4500],
      ['2024-01-25', 3500000],
    ]);
    // 元金 (principal) in its header names no yuan.
    const japaneseCard =
      'ご利用年月日,ご利用場所,ご利用金額（キャッシングでは元金になります）,支払区分\n2025年1月15日,東京都水道局,3377,1回払い\n2025年1月20日,ローソン,540,1回払い\n';
    expect(read(japaneseCard).currency).toBe('JPY');
    expect(read(japaneseCard).rows.map((row) => row.amount)).toEqual([-3377, -540]);
  });
});

describe('a description column that never changes', () => {
  it('is left out beside one that varies (KBC repeats the account holder’s name on every row)', () => {
    const kbc =
      'Datum;Naam;Omschrijving;Bedrag\n28/03/2024;JAN PEETERS;DELHAIZE LEUVEN;-42,17\n25/03/2024;JAN PEETERS;ENGIE ELECTRABEL;-96,00\n22/03/2024;JAN PEETERS;ACME NV LOON;2450,00\n';
    expect(read(kbc).rows.map((row) => row.description)).toEqual([
      'DELHAIZE LEUVEN',
      'ENGIE ELECTRABEL',
      'ACME NV LOON',
    ]);
  });

  it('stays when it is the only one', () => {
    const loan =
      'Date;Libellé;Montant\n05/01/2024;ECHEANCE PRET;-500,00\n05/02/2024;ECHEANCE PRET;-500,00\n05/03/2024;ECHEANCE PRET;-500,00\n';
    expect(read(loan).rows.map((row) => row.description)).toEqual([
      'ECHEANCE PRET',
      'ECHEANCE PRET',
      'ECHEANCE PRET',
    ]);
  });
});
