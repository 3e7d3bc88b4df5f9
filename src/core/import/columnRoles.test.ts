import { describe, expect, it } from 'vitest';
import { assignRoles } from './columnRoles';

const rows = (text: string, d = ';') =>
  text
    .trim()
    .split('\n')
    .map((l) => l.split(d));

describe('assignRoles from header names', () => {
  it('reads a Sparkasse-like header and orders description parts', () => {
    const header = [
      'Auftragskonto',
      'Buchungstag',
      'Valutadatum',
      'Buchungstext',
      'Verwendungszweck',
      'Beguenstigter/Zahlungspflichtiger',
      'Betrag',
      'Waehrung',
      'Info',
    ];
    const data = rows(
      'DE55;07.05.25;07.05.25;KARTENZAHLUNG;BURGER KING//München;BURGER KING 8667;-17,02;EUR;Umsatz vorgemerkt',
    );
    const r = assignRoles(header, data, header.length);
    expect(r.roles).toEqual([
      'account',
      'date',
      'valueDate',
      'description',
      'description',
      'description',
      'amount',
      'currency',
      'status',
    ]);
    expect(r.descriptionOrder).toEqual([5, 3, 4]);
    expect(r.guessed).toBe(false);
  });
  it('prefers a single amount over debit/credit duplicates (Deutsche Bank, Monzo)', () => {
    const header = ['Buchungstag', 'Wert', 'Betrag', 'Soll', 'Haben', 'Währung'];
    const data = rows('2.1.2026;2.1.2026;-74,8;-74,8;;EUR\n3.1.2026;3.1.2026;200;;200;EUR');
    expect(assignRoles(header, data, 6).roles).toEqual([
      'date',
      'valueDate',
      'amount',
      'ignore',
      'ignore',
      'currency',
    ]);
  });
  it("leaves out an amount that is not the debit/credit pair's sum (a card's amount in the purchase's currency)", () => {
    const header = ['Date', 'Texte', 'Montant', 'Monnaie originale', 'Débit', 'Crédit'];
    const data = rows(
      '27.10.2017;SHOP A;13.90;USD;16.68;\n28.10.2017;SHOP B;189.00;CHF;189.00;\n29.10.2017;REFUND;20.00;CHF;;20.00',
    );
    expect(assignRoles(header, data, 6).roles).toEqual([
      'date',
      'description',
      'ignore',
      'ignore',
      'debit',
      'credit',
    ]);
  });
  it('takes an unnamed column of text for the description when the named one stays empty', () => {
    const header = ['', 'Value date', '', 'Transaction description', 'Debits', 'Credits', 'Balance'];
    const data = rows(
      '07/02/2020;07/02/2020;INTERNAL TRANSFER 226;;600,00;;58 658,71\n;08/02/2020;CARD PAYMENT;;12,00;;58 646,71',
    );
    expect(assignRoles(header, data, 7).roles).toEqual([
      'ignore',
      'date',
      'description',
      'description',
      'debit',
      'credit',
      'balance',
    ]);
  });
  it("takes the amount charged to the account, not the operation's amount and currency (VTB)", () => {
    const header = [
      'Дата операции',
      'Сумма операции',
      'Валюта операции',
      'Сумма пересчитанная в валюту счета',
      'Валюта счета',
      'Основание',
    ];
    const data = rows(
      '2019-07-06;-4,50;EUR;-336,15;RUR;Карта payee1\n2019-07-05;-300,00;RUR;-300,00;RUR;Карта payee2',
    );
    expect(assignRoles(header, data, 6).roles).toEqual([
      'date',
      'ignore',
      'ignore',
      'amount',
      'currency',
      'description',
    ]);
  });
  it('uses debit/credit columns when there is no amount', () => {
    const header = ['Date', 'Libellé', 'Débit euros', 'Crédit euros'];
    const data = rows('01/02/2025;CB CARREFOUR;12,50;\n02/02/2025;VIR SALAIRE;;2 000,00');
    expect(assignRoles(header, data, 4).roles).toEqual(['date', 'description', 'debit', 'credit']);
  });
  it('finds a direction indicator by its values (Chase Details, Capital One Transaction Type)', () => {
    const header = ['Details', 'Posting Date', 'Description', 'Amount', 'Type', 'Balance'];
    const data = rows(
      'DEBIT,05/03/2025,SPOTIFY,-10.99,DEBIT_CARD,4007.52\nCREDIT,04/30/2025,INTEREST,0.45,MISC_CREDIT,4008.00',
      ',',
    );
    expect(assignRoles(header, data, 6).roles).toEqual([
      'direction',
      'date',
      'description',
      'amount',
      'ignore',
      'balance',
    ]);
  });
  it('reads "Valuta" as a value date or a currency depending on values', () => {
    expect(assignRoles(['Datum', 'Valuta', 'Bedrag'], rows('2025-01-02;EUR;1,00'), 3).roles[1]).toBe(
      'currency',
    );
    expect(assignRoles(['Buchung', 'Valuta', 'Betrag'], rows('02.01.2025;03.01.2025;1,00'), 3).roles[1]).toBe(
      'valueDate',
    );
  });
  it('takes the first of two "Solde" columns as the amount (BoursoBank localized)', () => {
    const header = ['Date opération', 'Libellé', 'Solde', 'Solde'];
    const data = rows(
      '2025-01-02;CB;-12,00;100.00\n2025-01-03;VIR;50,00;150.00\n2025-01-04;CB;-1,00;149.00\n2025-01-05;CB;-2,00;147.00',
    );
    expect(assignRoles(header, data, 4).roles).toEqual(['date', 'description', 'amount', 'balance']);
  });
  it('drops a balance that is the same on every row (not a running balance)', () => {
    const header = ['dateOp', 'label', 'amount', 'accountbalance'];
    const data = rows(
      '2025-01-02;A;-1,00;4512.33\n2025-01-03;B;-2,00;4512.33\n2025-01-04;C;-3,00;4512.33\n2025-01-05;D;-4,00;4512.33',
    );
    expect(assignRoles(header, data, 4).roles[3]).toBe('ignore');
  });
});

describe('assignRoles from values (no header)', () => {
  it('finds date, amount and description (HSBC-like)', () => {
    const data = rows(
      '15/04/2025,PRIYA PATEL,-415.00\n14/04/2025,PRET A MANGER,-10.45\n12/04/2025,THAMES WATER,"1,036.81"',
      ',',
    );
    const r = assignRoles(null, data, 3);
    expect(r.roles).toEqual(['date', 'description', 'amount']);
    expect(r.guessed).toBe(true);
    expect(r.lowConfidence).toBe(false);
  });
  it('tells the amount from the balance by arithmetic (ABN AMRO-like)', () => {
    const data = rows(
      [
        '123456789\tEUR\t20250101\t1000,00\t990,00\t20250101\t-10,00\tALBERT HEIJN',
        '123456789\tEUR\t20250102\t990,00\t1990,00\t20250102\t1000,00\tSALARIS',
        '123456789\tEUR\t20250103\t1990,00\t1985,50\t20250103\t-4,50\tKRUIDVAT',
        '123456789\tEUR\t20250104\t1985,50\t1900,00\t20250104\t-85,50\tNS REIZEN',
      ].join('\n'),
      '\t',
    );
    const r = assignRoles(null, data, 8);
    expect(r.roles[6]).toBe('amount');
    expect(r.roles[4]).toBe('balance');
    expect(r.roles[2]).toBe('date');
    expect(r.roles[5]).toBe('valueDate');
    expect(r.roles[1]).toBe('currency');
    expect(r.roles[7]).toBe('description');
  });
});

describe('guessing the amount among several money columns', () => {
  const header = ['TransactionID', 'DateInput', 'Details', 'Turnover', 'Balance', 'Date', 'Value', 'Type'];
  it('is sure when the other columns hold the same sums (Mintos: "Turnover" and "Value")', () => {
    const data = rows(
      `1;2024-01-01;deposits;500.00;500.00;2024-01-01;500.00;Deposit
2;2024-01-15;loan - investment in loan;-100.00;400.00;2024-01-15;-100.00;Buy
3;2024-02-01;interest received;5.00;405.00;2024-02-01;5.00;Dividend`,
    );
    const r = assignRoles(header, data, header.length);
    expect(r.roles[3]).toBe('amount');
    expect(r.roles[4]).toBe('balance');
    expect(r.lowConfidence).toBe(false);
  });
  it('takes the one the named balance runs with, and asks when nothing tells them apart', () => {
    const data = rows(
      `1;2024-01-01;deposits;500.00;500.00;2024-01-01;7.00;Deposit
2;2024-01-15;loan - investment in loan;-100.00;400.00;2024-01-15;-3.00;Buy
3;2024-02-01;interest received;5.00;405.00;2024-02-01;-2.00;Dividend`,
    );
    const r = assignRoles(header, data, header.length);
    expect(r.roles[3]).toBe('amount');
    expect(r.lowConfidence).toBe(false);
    const noBalance = rows(
      `1;2024-01-01;deposits;500.00;x;2024-01-01;7.00;Deposit
2;2024-01-15;loan;-100.00;x;2024-01-15;-3.00;Buy
3;2024-02-01;interest;5.00;x;2024-02-01;-2.00;Dividend`,
    );
    expect(assignRoles(header, noBalance, header.length).lowConfidence).toBe(true);
  });
});
