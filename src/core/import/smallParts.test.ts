import { describe, expect, it } from 'vitest';
import { isPseudoRow, pseudoLevel } from './pseudoRows';
import { joinDescription } from './describe';
import { findAccountNumber, readPreamble } from './identity';
import { profileSignature } from './signature';
import { matchPreset } from './presets';
import { matchHeaderlessPreset } from './headerlessPresets';
import { cleanCell, decodeEntities, normalizeName } from './text';
import { directionOf } from './direction';
import { currencyCode, currencyFromValues, dollarFor, isIsoCurrency } from './currency';
import { mergeThousandsFragments } from './wideRows';
import { lineNumbers } from './extractRows';
import Papa from 'papaparse';

describe('text helpers', () => {
  it('normalizes header names', () => {
    expect(normalizeName("  Date de l'Opération ")).toBe('date de l operation');
    expect(normalizeName('Zahlungsempfänger*in')).toBe('zahlungsempfanger in');
    expect(normalizeName('Straße')).toBe('strasse');
  });
  it('removes Excel protections', () => {
    expect(cleanCell('="2754233851487884"')).toBe('2754233851487884');
    expect(cleanCell("'320276365645572778'")).toBe('320276365645572778');
    expect(cleanCell("'-12,50")).toBe('-12,50');
    expect(cleanCell("'Tis the season")).toBe("'Tis the season");
    expect(cleanCell('  x  ')).toBe('x');
    expect(cleanCell(undefined)).toBe('');
  });
  it('decodes HTML entities, even double-escaped ones', () => {
    expect(decodeEntities('PG&amp;E')).toBe('PG&E');
    expect(decodeEntities('Cr&amp;eacute;dit')).toBe('Crédit');
    expect(decodeEntities('&#233;t&#xE9;')).toBe('été');
    expect(decodeEntities('AT&T')).toBe('AT&T');
  });
});

describe('direction indicators', () => {
  it('reads Af/Bij, S/H, C/D, DEBIT/CREDIT, -/+', () => {
    for (const v of ['Af', 'S', 'D', 'DR', 'DEBIT', 'Debit', '-', 'Soll']) expect(directionOf(v), v).toBe(-1);
    for (const v of ['Bij', 'H', 'C', 'CR', 'CREDIT', 'Credit', '+', 'Haben'])
      expect(directionOf(v), v).toBe(1);
    for (const v of ['CHECK', 'Card payment', '', 'DSLIP']) expect(directionOf(v), v).toBe(0);
    // Hebrew budget exports: expenses and income (Bank Hapoalim).
    expect(directionOf('הוצאות')).toBe(-1);
    expect(directionOf('הכנסות')).toBe(1);
    for (const v of ['-12.50', '+3', 'DR1', '2025-01-02', ' 0 ']) expect(directionOf(v), v).toBe(0);
  });
  it('reads Chinese marks with or without their English one, and signs in brackets', () => {
    for (const v of ['借 Dr', '借', '(-)']) expect(directionOf(v), v).toBe(-1);
    for (const v of ['贷 Cr', '贷', '(+)']) expect(directionOf(v), v).toBe(1);
  });
  it('reads the ISO 20022 codes and the words of other languages', () => {
    for (const v of ['DBIT', 'Débito', 'Dare', 'Obciążenie', 'Výdaj', 'Uttag'])
      expect(directionOf(v), v).toBe(-1);
    for (const v of ['CRDT', 'Crédito', 'Avere', 'Uznanie', 'Příjem', 'Insättning'])
      expect(directionOf(v), v).toBe(1);
  });
});

describe('pseudo rows', () => {
  it('recognizes balance lines in several languages', () => {
    for (const t of [
      'Opening balance',
      'Beginning balance as of 05/01/2025',
      'Solde au 31/03/2025',
      'Kontostand',
      'Anfangssaldo',
      'Alter Kontostand',
      'Saldo',
      'Solde',
      'Endsaldo',
      'Balance brought forward',
      'Saldo contabile iniziale in Euro',
      'BALANCE INICIAL',
      'S A L D O',
    ]) {
      expect(pseudoLevel(t), t).toBe(2);
    }
    for (const t of ['合计金额', '人民币合计']) expect(pseudoLevel(t), t).toBe(1);
    for (const t of ['S A L T Y SNACKS', 'A B C', 'Saldo contabile pagato a ROSSI'])
      expect(pseudoLevel(t), t).toBe(0);
  });
  it('keeps transactions that merely mention a balance word', () => {
    expect(pseudoLevel('Saldo der Abschlussposten QC6844166481 Kontoabschluss 1. Quartal 25')).toBe(0);
    expect(pseudoLevel('TOTAL ENERGIES PARIS')).toBe(1);
    expect(isPseudoRow(['TOTAL ENERGIES PARIS'], false)).toBe(false);
    expect(isPseudoRow(['Total'], true)).toBe(true);
    expect(pseudoLevel('REWE SAGT DANKE')).toBe(0);
  });
  it('takes a total named after what it adds up for a total, never a payment carrying its amount and date', () => {
    for (const t of ['Transactions Total', 'GRAND TOTAL', 'Card totals']) expect(pseudoLevel(t), t).toBe(1);
    expect(isPseudoRow(['STATION TOTAL'], false)).toBe(false);
    for (const t of ['Total', 'SHELL STATION TOTAL ENERGIES', 'A very long description that ends in total'])
      expect(pseudoLevel(t), t).not.toBe(2);
  });
  it('finds balance words behind marks, in any case, after accented or non-Latin first letters', () => {
    for (const t of [
      '  #* SOLDE AU 31/03',
      '–Saldo końcowe',
      'oPENING bALANCE',
      'Počáteční zůstatek',
      'Итого',
    ])
      expect(pseudoLevel(t), t).toBeGreaterThan(0);
    for (const t of ['NEW BALANCE 1.234,56', 'Total:', 'SUMME 12'])
      expect(pseudoLevel(t), t).toBeGreaterThan(0);
    for (const t of [
      'STARBUCKS STORE 1234',
      'Sta',
      '##',
      '#ab',
      'Ŝoldo',
      'SOLDES PRIVES 12/03',
      'NEWBALANCE',
    ])
      expect(pseudoLevel(t), t).toBe(0);
  });
});

describe('joinDescription', () => {
  it('joins parts readably, skipping empty and repeated parts', () => {
    expect(joinDescription(['BURGER KING 8667', 'KARTENZAHLUNG', 'BURGER KING 8667//München/DE'])).toBe(
      'BURGER KING 8667 · KARTENZAHLUNG · BURGER KING 8667//München/DE',
    );
    expect(joinDescription(['SPOTIFY', '', 'spotify'])).toBe('SPOTIFY');
    expect(joinDescription(['UBER   *EATS\nXRWX07V20'])).toBe('UBER *EATS XRWX07V20');
    expect(joinDescription(['PG&amp;E'])).toBe('PG&E');
  });
});

describe('account identity', () => {
  it('finds IBANs, card masks and account numbers', () => {
    expect(findAccountNumber('DE55 7005 0000 6969 9488 71')).toBe('DE55700500006969948871');
    expect(findAccountNumber('Carte ****4821')).toBe('****4821');
    expect(findAccountNumber('Compte de Dépôt carte n° 12345678901;')).toBe('12345678901');
    expect(findAccountNumber('01/02/2025')).toBeUndefined();
    expect(findAccountNumber('Card Number XXXX-XXXX-XXXX-5023 (Visa Light)')).toBe('XXXX-XXXX-XXXX-5023');
    expect(findAccountNumber('From date 20250101')).toBeUndefined();
    expect(
      findAccountNumber('起始时间：[2020-08-30 00:00:00] 终止时间：[2020-09-06 23:59:59]'),
    ).toBeUndefined();
  });
  it('takes no period date of the preamble for the account number', () => {
    expect(
      readPreamble([
        ['Начало периода', '2019-07-07'],
        ['Конец периода', '2019-07-13'],
        ['Карта', "'462235******0069"],
      ]).number,
    ).toBe('******0069');
  });
  it('reads the preamble (Société Générale, La Banque Postale, Deutsche Bank)', () => {
    expect(
      readPreamble([['="2754233851487884"', '01/01/2025', '31/03/2025', '40', '31/03/2025', '5718,49 EUR']]),
    ).toEqual({
      number: '2754233851487884',
      currency: 'EUR',
    });
    expect(
      readPreamble([
        ['Numéro Compte   ', '0123456X020'],
        ['Compte tenu en  ', 'euros'],
      ]),
    ).toEqual({ number: '0123456X020', currency: 'EUR' });
    expect(
      readPreamble([
        ['Konto', 'Filial-/Kontonummer', 'IBAN', 'Währung'],
        ['Girokonto', '500 1234567 00', 'DE89370400440532013000', 'EUR'],
      ]).number,
    ).toBe('DE89370400440532013000');
  });
});

describe('signature and presets', () => {
  it('is stable across header spelling noise', () => {
    expect(profileSignature(';', ['Datum', 'Naam / Omschrijving', 'Bedrag (EUR)', ''])).toBe(
      profileSignature(';', ['datum', 'Naam/Omschrijving', 'BEDRAG (EUR)']),
    );
    expect(profileSignature('\t', null, 'dtn')).toBe('n|tab|3|dtn');
  });
  it('takes no bank for generic names in another order, but follows a bank that reordered its own', () => {
    expect(matchPreset(['Status', 'Date', 'Description', 'Debit', 'Credit'])?.id).toBe('us_citi_credit_card');
    expect(matchPreset(['Date', 'Status', 'Description', 'Credit', 'Debit'])).toBeUndefined();
    const reordered = ['Account Number', 'Transaction Date', 'Transaction Amount', 'Transaction Type'];
    expect(matchPreset([...reordered, 'Transaction Description', 'Balance'])?.id).toBe(
      'us_capital_one_360_bank',
    );
  });
  it('finds the account number under its label (mBank)', () => {
    const preamble = [
      ['mLinia: 801 300 800'],
      ['#Numer rachunku', ''],
      ['71 1140 2017 0000 4102 0524 4308', ''],
    ];
    expect(readPreamble(preamble).number).toBe('71 1140 2017 0000 4102 0524 4308');
  });
  it('recognizes banks by header names', () => {
    expect(matchPreset(['Date', 'Description', 'Card Member', 'Account #', 'Amount'])?.id).toBe('us_amex');
    expect(
      matchPreset([
        'Datum',
        'Naam / Omschrijving',
        'Rekening',
        'Tegenrekening',
        'Code',
        'Af Bij',
        'Bedrag (EUR)',
      ])?.id,
    ).toBe('nl_ing');
    expect(matchPreset(['Date', 'Amount'])).toBeUndefined();
  });
  it('recognizes headerless shapes', () => {
    const wf = [['03/13/2025', '-89.99', '*', '', 'COMCAST']];
    expect(matchHeaderlessPreset(',', 'dnttt', wf)?.bankName).toBe('Wells Fargo');
    expect(matchHeaderlessPreset(';', 'dtttn', [])?.id).toBe('fr_bnp_paribas');
    const hsbc = [['06/08/2021', 'TESCO STORES 3041', '-12.80']];
    expect(matchHeaderlessPreset(',', 'dtn', hsbc)?.id).toBe('uk_hsbc');
    // The same shape full of a French bank's words is not HSBC UK's.
    const french = [['06/08/2021', 'ACHAT CB GVB VOERTUIG 05.08.21 EUR 12.80 CARTE NO 222', '-12.80']];
    expect(matchHeaderlessPreset(',', 'dtn', french)).toBeUndefined();
    const german = [['06/08/2021', 'ÜBERWEISUNG an Max Muster', '-12.80']];
    expect(matchHeaderlessPreset(',', 'dtn', german)).toBeUndefined();
  });
});

describe('currencyFromValues', () => {
  it('reads codes and symbols in money cells', () => {
    expect(currencyFromValues(['5718,49 EUR'])).toBe('EUR');
    expect(currencyFromValues(['($45.00)'])).toBe('USD');
    expect(currencyFromValues(['£3.20'])).toBe('GBP');
    expect(currencyFromValues(['12.00'])).toBeUndefined();
    expect(currencyFromValues(['1.234,56 RON'])).toBe('RON');
    expect(currencyFromValues(['(INR 1,234.50)'])).toBe('INR');
    expect(currencyFromValues(['R$ 1.234,56'])).toBe('BRL');
    expect(currencyFromValues(['CA$12.50'])).toBe('CAD');
    expect(currencyFromValues(['US$ -3.50'])).toBe('USD');
    expect(currencyFromValues(['350円'])).toBe('JPY');
    expect(currencyFromValues(['₩350,000'])).toBe('KRW');
    expect(currencyFromValues(['1 234,50 zł'])).toBe('PLN');
    expect(currencyFromValues(['12,50 Kč'])).toBe('CZK');
  });

  it('names the currency of a currency column: codes, signs alone in any case, names of one currency only', () => {
    expect(['EUR', 'RUR', '€', 'ZŁ', 'KČ', 'DÓLARES', 'U$S', 'РУБ.', 'LEI'].map(currencyCode)).toEqual([
      'EUR',
      'RUB',
      'EUR',
      'PLN',
      'CZK',
      'USD',
      'USD',
      'RUB',
      'RON',
    ]);
    expect(['PESOS', 'DOLLARS', 'KR', '$', 'POS', 'FT'].map(currencyCode)).toEqual(Array(6).fill(undefined));
  });

  it('reads a bare "$" as the dollar or peso of the person’s region', () => {
    expect(currencyFromValues(['-$42.17'], dollarFor('en-AU'))).toBe('AUD');
    expect(currencyFromValues(['$1,823.40'], dollarFor('es-MX'))).toBe('MXN');
    expect(currencyFromValues(['$1,823.40'], dollarFor('fr-FR'))).toBe('USD');
    expect(currencyFromValues(['$1,823.40'], dollarFor(undefined))).toBe('USD');
    expect(currencyFromValues(['CA$12.50'], dollarFor('en-AU'))).toBe('CAD');
  });

  it('takes no word or code that is not a currency beside a number', () => {
    expect(currencyFromValues(['12.50 CR', '3.00 DR', 'POS 12.00', '12.00 ALL'])).toBeUndefined();
  });
});

describe('balance words decided by what follows them', () => {
  it('a fee that starts with a balance word is a transaction; a balance line holds only dates and filler', () => {
    expect(pseudoLevel('Solde prix prestations')).toBe(0);
    expect(pseudoLevel('Balance transfer to card')).toBe(0);
    expect(pseudoLevel('Solde au 31/03/2019')).toBe(2);
    expect(pseudoLevel('Kontostand 31.03.2025 EUR')).toBe(2);
    expect(pseudoLevel('Anfangssaldo')).toBe(2);
  });
});

describe('real ISO 4217 codes only', () => {
  it('does not take POS/ATM/DEB for currencies', () => {
    expect(isIsoCurrency('EUR')).toBe(true);
    expect(isIsoCurrency('POS')).toBe(false);
    expect(isIsoCurrency('ATM')).toBe(false);
    expect(isIsoCurrency('DEB')).toBe(false);
  });
});

describe('mergeThousandsFragments', () => {
  it('glues a number split on its thousands separator in a money column while the row is wider than the header', () => {
    const money = new Set([2, 3]);
    expect(
      mergeThousandsFragments(['17 Jun', ' Paypal ', ' 84.46 ', ' 1', '415.41', ' Shopping'], 5, money),
    ).toEqual(['17 Jun', ' Paypal ', ' 84.46 ', '1,415.41', ' Shopping']);
    expect(mergeThousandsFragments([' "1', '000.00" ', 'x'], 2, new Set([0]))).toEqual(['1,000.00', 'x']);
    const fits = ['1', '415.41'];
    expect(mergeThousandsFragments(fits, 2, new Set([0]))).toBe(fits);
    const quantity = ['12', '345.67', 'x', ''];
    expect(mergeThousandsFragments(quantity, 3, new Set([1]))).toBe(quantity);
  });
});

const parseTableWithPapa = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

describe('lineNumbers', () => {
  it('gives the file line of each row, with or without the text, line breaks in quoted cells or not', () => {
    const plain = 'Date,Amount\r\n2025-01-02,-1\r\n2025-01-03,-2\r\n';
    const quoted =
      'Date,Memo,Amount\n2025-01-02,"two\nlines",-1\n2025-01-03,"x",-2\n2025-01-04,"a\r\nb\nc",-3\n';
    const oldMac = 'Date,Memo,Amount\r2025-01-02,"two\nlines",-1\r2025-01-03,"x",-2\r2025-01-04,"y",-3\r';
    // As many line feeds inside cells as there are breaks between rows, which end with a carriage return alone.
    const oldMacFeeds = 'Date,Memo\r2025-01-02,"a\nb"\r2025-01-03,"c\nd"';
    for (const text of [plain, quoted, oldMac, oldMacFeeds]) {
      const table = parseTableWithPapa(text, ',');
      expect([...lineNumbers(table, text)]).toEqual([...lineNumbers(table)]);
    }
    expect([...lineNumbers(parseTableWithPapa(plain, ','), plain)]).toEqual([1, 2, 3, 4]);
    expect([...lineNumbers(parseTableWithPapa(quoted, ','), quoted)]).toEqual([1, 2, 4, 5, 8]);
    expect([...lineNumbers(parseTableWithPapa(oldMac, ','), oldMac)]).toEqual([1, 2, 4, 5, 6]);
    expect([...lineNumbers(parseTableWithPapa(oldMacFeeds, ','), oldMacFeeds)]).toEqual([1, 2, 4]);
  });
});
