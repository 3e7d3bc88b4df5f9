import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';
import { statedBalance } from './statedBalance';

const stated = (lines: string[]) => readText(lines.join('\n')).statedBalance;
const cells = (lines: string[]) => lines.map((line) => line.split(';'));
const DMY = { order: 'DMY', mark: ',', digits: 2, lastRowDate: '2025-06-30' } as const;

describe('the balance a file states above its rows', () => {
  it('reads a bank’s summary line (Société Générale: account, period, count, date, balance)', () => {
    expect(
      stated([
        '="3233482890542757";08/04/2025;16/06/2025;2;16/06/2025;3681,61 EUR',
        '',
        "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise",
        '14/06/2025;PRELEVEMENT NETFLIX;PRELEVEMENT EUROPEEN NETFLIX.COM;-13,49;EUR',
        '12/06/2025;PRELEVEMENT FREE;PRELEVEMENT EUROPEEN FREE TELECOM;-29,99;EUR',
      ]),
    ).toEqual({ amount: 368161, date: '2025-06-16' });
  });

  it('reads a labelled balance with its date in the label, beside it, or on a date line', () => {
    expect(statedBalance(cells(['Solde au 31/10/2025 6 877,97 €']), DMY)).toEqual({
      amount: 687797,
      date: '2025-10-31',
    });
    expect(statedBalance(cells(['Kontostand vom 31.12.2017:;1.234,56 EUR']), DMY)).toEqual({
      amount: 123456,
      date: '2017-12-31',
    });
    // La Banque Postale: its date on a line of its own, the balance in francs beside the one in euros.
    expect(
      statedBalance(
        cells(['Date  ;16/06/2025', 'Solde (EUROS)  ;1 234,56', 'Solde (FRANCS)  ;8 098,45']),
        DMY,
      ),
    ).toEqual({ amount: 123456, date: '2025-06-16' });
    // A current balance without a date: as of the last row.
    expect(statedBalance(cells(['Neuer Kontostand;1.134,11 EUR;']), DMY)).toEqual({
      amount: 113411,
      date: '2025-06-30',
    });
  });

  it('takes the closing balance, not the opening one, and the booked one before what is available', () => {
    const intesa = cells([
      ';;Saldo contabile iniziale al:;01.11.2025;111;',
      ';;Saldo contabile finale al:;30.11.2025;1111;',
      ';;Saldo disponibile al (escluso Fido):;09.12.2025;1111;',
    ]);
    expect(statedBalance(intesa, DMY)).toEqual({ amount: 111100, date: '2025-11-30' });
    const dbs = [
      ['Available Balance:', '13490.75'],
      ['Ledger Balance:', '13532.14'],
    ];
    expect(statedBalance(dbs, { ...DMY, mark: '.' })).toEqual({ amount: 1353214, date: '2025-06-30' });
    expect(
      statedBalance([['Beginning balance as of 01/01/2025', '', '1,000.00']], { ...DMY, mark: '.' }),
    ).toBe(undefined);
    expect(statedBalance(cells(['Balance brought forward;1 000,00', 'Solde reporté;1 000,00']), DMY)).toBe(
      undefined,
    );
    const bofa = [
      ['Beginning balance as of 01/01/2025', '1,000.00'],
      ['Ending balance as of 01/31/2025', '1,250.00'],
    ];
    expect(statedBalance(bofa, { ...DMY, order: 'MDY', mark: '.' })).toEqual({
      amount: 125000,
      date: '2025-01-31',
    });
  });

  it('leaves out a first line that sums something else, or names no account', () => {
    expect(statedBalance(cells(['12345678;01/06/2025;30/06/2025;Total;1 234,56']), DMY)).toBeUndefined();
    expect(statedBalance(cells(['Export;01/06/2025;1 234,56']), DMY)).toBeUndefined();
    expect(statedBalance(cells(['Compte de chèques;****1234;18/03/2022;;-1 456,78']), DMY)).toEqual({
      amount: -145678,
      date: '2022-03-18',
    });
  });

  it('is what is owed on a card whose charges are written positive', () => {
    expect(
      stated([
        'Card Member,****1234',
        'Balance,"1,234.56"',
        'Date,Description,Amount',
        '06/28/2025,STARBUCKS,5.40',
        '06/29/2025,PAYMENT THANK YOU,-100.00',
        '06/30/2025,WHOLE FOODS,54.10',
      ]),
    ).toEqual({ amount: -123456, date: '2025-06-30' });
  });

  it('is not asked of rows that carry their own running balance', () => {
    expect(
      stated([
        'Solde au 30/06/2025;1 000,00',
        'Date;Libellé;Montant;Solde',
        '29/06/2025;CB PAUL;-5,00;1 000,00',
        '28/06/2025;CB PAUL;-5,00;1 005,00',
      ]),
    ).toBeUndefined();
  });
});
