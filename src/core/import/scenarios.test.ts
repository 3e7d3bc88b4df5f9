import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readStatement } from './readStatement';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
const read = (text: string) => readStatement(new TextEncoder().encode(text), parseTable);
const amounts = (text: string) => read(text).rows.map((r) => r.amount);

describe('sign conventions of unknown card exports', () => {
  it('inverts when the payment row is negative', () => {
    const r = read(
      'Date,Description,Amount\n05/13/2025,STARBUCKS,5.40\n05/14/2025,PAYMENT - THANK YOU,-500.00\n05/15/2025,SHELL,40.00\n',
    );
    expect(r.profile.sign).toBe('inverted');
    expect(r.rows.map((x) => x.amount)).toEqual([-540, 50000, -4000]);
    expect(r.needsReview).toBe(false);
  });
  it('reads an all-positive file without balance as a card export, and says why', () => {
    const r = read(
      'Date,Description,Amount\n05/13/2025,A,5.40\n05/14/2025,B,6.00\n05/15/2025,C,7.00\n05/16/2025,D,8.00\n',
    );
    expect(r.rows[0]!.amount).toBe(-540);
    expect(r.reviewReasons).toEqual([]);
    expect(r.summary.sign).toMatchObject({ convention: 'inverted', source: 'allPositive' });
  });
  it("keeps a card's payments and refunds as money in when every amount is written positive", () => {
    const r = read(
      '交易日期,记账日期,交易说明,交易金额\n2025-01-10,2025-01-10,退货 美团,1.99\n2025-01-11,2025-01-12,消费 美团,2.99\n2025-01-13,2025-01-13,消费 京东,10.00\n2025-01-29,2025-01-29,信用卡还款 支付宝,666.60\n',
    );
    expect(r.rows.map((x) => x.amount)).toEqual([199, -299, -1000, 66660]);
    expect(r.summary.sign).toMatchObject({ convention: 'inverted', source: 'allPositive' });
  });
  it('asks for the sign when nearly (not all) amounts are positive and nothing else tells', () => {
    const r = read(
      'Date,Description,Amount\n05/13/2025,A,5.40\n05/14/2025,B,6.00\n05/15/2025,C,7.00\n05/16/2025,D,8.00\n05/17/2025,E,1.00\n05/18/2025,F,-2.00\n',
    );
    expect(r.reviewReasons).toEqual(['sign']);
  });
  it('settles a long card export of nearly all positive amounts (a few credits) without asking', () => {
    const charges = Array.from(
      { length: 24 },
      (_, i) => `**** 7008,SHOP ${i},${10 + (i % 20)}/10/25,Pesos,"1${i},00"`,
    );
    const credits = ['**** 7008,REDUC. IVA LEY 17934,01/11/2025,Pesos,"-60,49"'];
    const r = read(['Tarjeta,Nombre,Fecha,Moneda,Importe', ...charges, ...credits].join('\n'));
    expect(r.reviewReasons).toEqual([]);
    expect(r.summary.sign).toMatchObject({ convention: 'inverted', source: 'shareOfPositives' });
    expect(r.rows[0]!.amount).toBe(-1000);
    expect(r.rows.at(-1)!.amount).toBe(6049);
  });
  it("lets a headerless Amex file's payment words overrule the bank's card sign (the older layout)", () => {
    const r = read(
      [
        '03/17/2017,"Reference: 320170770006654721",-12.02,"YARD HOUSE GLENVIEW IL","037023000   847-7299273"',
        '03/17/2017,"Reference: 320170770009880689",-5.83,"ALLSTATE NORTHBROOK IL","032120629   847-6670250"',
        '03/19/2017,"Reference: 320170790001234567",376.24,"ONLINE PAYMENT - THANK YOU",""',
      ].join('\n'),
    );
    expect(r.rows.map((x) => x.amount)).toEqual([-1202, -583, 37624]);
    expect(r.summary.sign).toMatchObject({ convention: 'normal', source: 'typeWords' });
  });
  it('asks about one or two amounts, all positive, with nothing else to go by', () => {
    const r = read('Merchant,Date,Amount\nFUEL STATION,01/10/2025,36.33\nAPP STORE,12/15/2024,13.98\n');
    expect(r.reviewReasons).toEqual(['sign']);
    expect(r.rows.map((x) => x.amount)).toEqual([-3633, -1398]);
  });
  it('reads a Type column (Purchase/Payment) as evidence', () => {
    const r = read(
      'Date,Description,Type,Amount\n05/13/2025,A,Purchase,5.40\n05/14/2025,B,Payment,-100.00\n',
    );
    expect(r.rows.map((x) => x.amount)).toEqual([-540, 10000]);
  });
});

describe('direction indicators', () => {
  it('reads an unnamed S/H column next to an unsigned amount (older Volksbank)', () => {
    const text =
      'Buchungstag;Valuta;Empfänger;Vorgang/Verwendungszweck;Währung;Umsatz;\n02.01.2025;02.01.2025;REWE;Kartenzahlung;EUR;12,50;S\n03.01.2025;03.01.2025;ACME;Lohn;EUR;2.000,00;H\n';
    expect(amounts(text)).toEqual([-1250, 200000]);
  });
  it('reads +/- indicators', () => {
    expect(amounts('Date;Text;Amount;Sign\n13.01.2025;A;1,00;-\n14.01.2025;B;2,00;+\n')).toEqual([-100, 200]);
  });
  it('takes no mostly empty column of one mark for a direction beside signed amounts (ANZ, headerless)', () => {
    const r = read(
      '28/11/2025,"5.00",REVERSAL OF ACCOUNT FEE,,,,,\n28/11/2025,"-5.00",ACCOUNT SERVICING FEE,,,,,\n10/11/2025,"-2000.00",PAYMENT TO Westpac Jack,d,Westpac Jack,,,\n06/11/2025,"2000.00",TRANSFER FROM J AN,,,,,\n',
    );
    expect(r.rows.map((x) => x.amount)).toEqual([500, -500, -200000, 200000]);
  });
  it('reads Paid out / Paid in columns (HSBC with header)', () => {
    const text =
      'Date,Type,Description,Paid out,Paid in,Balance\n13/01/2025,DD,COUNCIL TAX,"1,120.00",,"2,000.00"\n14/01/2025,CR,SALARY,,"2,500.00","4,500.00"\n';
    expect(read(text).rows.map((x) => [x.amount, x.balance])).toEqual([
      [-112000, 200000],
      [250000, 450000],
    ]);
  });
});

describe('columns and lines of budgeting-app and small-bank exports', () => {
  it('reads Outflow / Inflow columns whose unused side holds 0', () => {
    const text =
      'Date,Payee,Category,Memo,Outflow,Inflow\n26.03.2026,"SHOP, BERLIN",,,14.21,0\n31.03.2026,Card statement,,Bank,0,684.63\n';
    expect(amounts(text)).toEqual([-1421, 68463]);
    expect(read(text).needsReview).toBe(false);
  });
  it('reads a file of one row, its purpose spread over numbered columns', () => {
    const r = read(
      'Konto;Buchungstag;Auftraggeber/Empfänger;VWZ1;VWZ2;VWZ3;Betrag;Kontostand;Währung\n123;10.10.2024;Mobile Co;Monthly bill;Invoice 987;;-98,76;1.234,56;EUR\n',
    );
    expect(r.rows.map((x) => [x.date, x.amount, x.balance, x.description])).toEqual([
      ['2024-10-10', -9876, 123456, 'Mobile Co · Monthly bill · Invoice 987'],
    ]);
  });
  it('marks the rows under a "Pending Transactions" title as pending, not those under "Posted"', () => {
    const r = read(
      '"Date","Description","Withdrawal","Deposit","RunningBalance"\n"Pending Transactions"\n"05/09/2025","CAFE","$13.00","",""\n"Posted Transactions"\n"05/02/2025","SALARY","","$100.00","$150.00"\n"05/01/2025","RENT","$50.00","","$50.00"\n',
    );
    expect(r.rows.map((x) => [x.amount, x.balance, x.pending ?? false])).toEqual([
      [-1300, null, true],
      [10000, 15000, false],
      [-5000, 5000, false],
    ]);
  });
});

describe('lines and codes of older and smaller banks', () => {
  it('reads the withdrawn rouble code RUR as RUB', () => {
    const r = read(
      'Дата операции;Описание;Валюта;Сумма\n03.05.2017;Комиссия;RUR;-50,00\n04.05.2017;Зарплата;RUR;1000,00\n',
    );
    expect(r.rows.map((x) => [x.amount, x.currency])).toEqual([
      [-5000, 'RUB'],
      [100000, 'RUB'],
    ]);
  });
  it('leaves out balance lines written after a mark or in Lithuanian, and payments not approved', () => {
    const bancoposta =
      'Data,Valuta,Addebiti,Accrediti,Descrizione\n03/01/18,03/01/18,2.90,,IMPOSTA DI BOLLO\n31/08/18,,,28359.05,|SALDO FINALE\n';
    expect(amounts(bancoposta)).toEqual([-290]);
    const swedbank =
      'Data,Paaiskinimai,Suma\n2012-01-01,Likutis pradžiai,2123.82\n2012-01-26,PIRKINYS,-12.20\n';
    expect(amounts(swedbank)).toEqual([-1220]);
    const satispay =
      'name,state,date,amount,currency\nShop,APPROVED,"24 lug 2024. 02:59:45","-30,40 ",EUR\nFriend,NOT APPROVED,"13 apr 2023. 11:48:16","-5,00 ",EUR\n';
    expect(read(satispay).rows.map((x) => [x.date, x.amount])).toEqual([['2024-07-24', -3040]]);
  });
});

describe('statements laid out for print', () => {
  it("joins a transaction's continuation lines to its description (OCBC, Fintro, ING Romania)", () => {
    const text =
      'Transaction date,Value date,Description,Withdrawals (SGD),Deposits (SGD)\n18/04/2025,18/04/2025,DEBIT PURCHASE,6.66,\n,,15/04/25 UBER EATS HELP.UBER\n17/04/2025,17/04/2025,SALARY,,100.00\n,,ACME PTE LTD\n';
    expect(read(text).rows.map((x) => [x.amount, x.description])).toEqual([
      [-666, 'DEBIT PURCHASE · 15/04/25 UBER EATS HELP.UBER'],
      [10000, 'SALARY · ACME PTE LTD'],
    ]);
  });
  it('takes a first line of text for no continuation when no row came before it', () => {
    const r = read('10/2009/09,Flubber Co,50,\n11/2009/09,Flubber Co,,50\n');
    expect(r.fatal?.message).toBe('No transactions were found in this file.');
  });
  it("reads a page's repeated header and a long disclaimer footer as neither data nor evidence", () => {
    const footer =
      '"Brokerage services are provided by a broker. This is not a statement and is not for tax reporting."\n';
    const text = `Run Date,Action,Amount ($),Settlement Date\n12/08/2025,REDEMPTION PAYOUT,14000,\n12/07/2025,YOU BOUGHT,-13870.83,\nRun Date,Action,Amount ($),Settlement Date\n12/06/2025,DIVIDEND,1.00,\n\n${footer.repeat(6)}`;
    const r = read(text);
    expect(r.rows.map((x) => [x.date, x.amount])).toEqual([
      ['2025-12-08', 1400000],
      ['2025-12-07', -1387083],
      ['2025-12-06', 100],
    ]);
  });
  it('reads a statement above a legend of codes, naming its account in a sentence', () => {
    const legend =
      'ICONN , Transaction through Internet Banking\nCWDR , Cash Withdrawal through ATM\n'.repeat(5);
    const text = `Customer ID :- 961467188\nCurrency :- INR\nStatement of Account No - 5153341817 for the period\nTran Date,PARTICULARS,DR,CR,BAL\n05-12-2023,PURCHASE LULU,999.00,,87830.18\n06-12-2023,SALARY,,1000.00,88830.18\n\nLegend :\n${legend}`;
    const r = read(text);
    expect(r.rows.map((x) => [x.date, x.amount])).toEqual([
      ['2023-12-05', -99900],
      ['2023-12-06', 100000],
    ]);
    expect([r.account?.number, r.currency]).toEqual(['5153341817', 'INR']);
  });
  it('reads a header that carries a notice in one cell, and leaves out turnover lines', () => {
    const notice =
      'This export contains a list of transactions displayed on the main screen, not a complete list.';
    const text = `"Posting date";"Amount";"Description";"Row type";"${notice}"\n"2025/05/11";"-11,11";"SHOP";"20";\n"2025/05/12";"1000";"Turnover";"82";\n"2025/05/13";"-2,50";"CAFE";"20";\n`;
    expect(amounts(text)).toEqual([-1111, -250]);
  });
  it("leaves the holder's own name out of the description beside the counterparty's (KBC)", () => {
    const text =
      'Rekeningnummer;Naam;Datum;Omschrijving;Bedrag;Saldo;Naam tegenpartij\nBE11;SMITH JOHN;28/02/2025;BIJDRAGE PLUSREKENING;-3,40;219,95;\nBE11;SMITH JOHN;27/02/2025;BETALING;-10,00;223,35;SHOP NV\n';
    expect(read(text).rows.map((x) => x.description)).toEqual([
      'BIJDRAGE PLUSREKENING',
      'SHOP NV · BETALING',
    ]);
  });
  it('marks future entries as pending, and reads a currency sign in a currency column', () => {
    const itau =
      'data;lançamento;valor (R$);\n17/06/2025;PIX TRANSFER;6.900,00;\nlançamentos futuros;;;\n01/07/2025;DA LIGHT;-3.022,34;\n';
    expect(read(itau).rows.map((x) => [x.amount, x.pending ?? false])).toEqual([
      [690000, false],
      [-302234, true],
    ]);
    const bbva =
      'Fecha;Concepto;Importe;Divisa;\n23/01/2026;Kfc;-18,48;€;\n03/01/2026;Netflix.com;-6,99;€;\n';
    expect(read(bbva).rows.map((x) => x.currency)).toEqual(['EUR', 'EUR']);
  });
  it("marks rows whose state is 'Autorizzato' (authorized, not booked) as pending (Fineco)", () => {
    const fineco =
      'Data\tEntrate\tUscite\tDescrizione\tStato\n30/11/2021\t\t-59\tMAV\tContabilizzato\n28/11/2021\t\t-4,11\tCONTACTLESS\tAutorizzato\n27/11/2021\t1650\t\tBonifico\tContabilizzato\n';
    expect(read(fineco).rows.map((x) => x.pending ?? false)).toEqual([false, true, false]);
  });
  it('finds a debit/credit pair without a header whose unused side holds 0 (SunTrust)', () => {
    const text =
      '11/01/2014,0, Deposit,0,500.00,500.00\n11/02/2014,101,Check,100.00,0,400.00\n11/03/2014,102,Check,100.00,0,300.00\n11/04/2014,103,Check,100.00,0,200.00\n';
    expect(amounts(text)).toEqual([50000, -10000, -10000, -10000]);
  });
  it('leaves out balance lines and a section title standing under a money column (Intesa)', () => {
    const r = read(
      [
        'Data contabile;Data valuta;Descrizione;Accrediti;Addebiti;Descrizione estesa;Effettuata tramite:;;',
        ';;Saldo contabile iniziale in Euro;;111;;;;',
        '03/11/25;01/11/25;COMMISSIONI TRANSATO POS;;-8,12;test;;;',
        '03/11/25;03/11/25;ACCREDITO POS LORDO;12,00;;test;;;',
        ';;Saldo contabile finale in Euro;;111;;;;',
        ';;;;;;;;',
        ';;;Operazioni non contabilizzate;;;;;',
        ';Data;Descrizione;Accrediti;Addebiti;Descrizione estesa;;;',
      ].join('\n'),
    );
    expect(r.rows.map((x) => x.amount)).toEqual([-812, 1200]);
    expect(r.errors).toEqual([]);
  });
  it('reads currency names and mixed-case signs in a currency column', () => {
    const r = read(
      'Fecha;Concepto;Moneda;Importe\n01/10/2025;SUPERMERCADO;Dólares;-12,50\n02/10/2025;FARMACIA;Dólares;-3,10\n03/10/2025;SUELDO;Dólares;1.200,00\n04/10/2025;PKO;zł;-4,00\n',
    );
    expect(r.rows.map((x) => x.currency)).toEqual(['USD', 'USD', 'USD', 'PLN']);
  });
  it('reads currency codes written in lower case in a currency column', () => {
    const text =
      'Date,Merchant,Amount,Currency\n01/02/2026,SUPER,-123.45,\n03/02/2026,AMAZON,-89.90,usd\n04/02/2026,SHOP,-1.00,eur\n';
    expect(read(text).rows.map((x) => x.currency)).toEqual([undefined, 'USD', 'EUR']);
  });
  it('takes a lone Interest row for income on an account, not for a card charge', () => {
    const text =
      'Date;Type;Value;Note\n2025-01-20;Removal;-7.01;Card Payment - Shop\n2025-02-20;Deposit;100;Jane Doe\n2025-03-01;Interest;1.23;Zinsen\n';
    expect(amounts(text)).toEqual([-701, 10000, 123]);
  });
});

describe('dates in unusual shapes', () => {
  it('reads Barclaycard-like headerless "DD Mon YY" files', () => {
    const r = read(
      '16 Feb 25,TESCO STORES 3041,Groceries,-23.40\n17 Feb 25,TFL TRAVEL CHARGE,Transport,-7.80\n',
    );
    expect(r.rows.map((x) => [x.date, x.amount])).toEqual([
      ['2025-02-16', -2340],
      ['2025-02-17', -780],
    ]);
  });
  it('reads French month names and dotted ISO dates', () => {
    expect(read('Date;Libellé;Montant\n12 janv. 2025;CB;-1,00\n').rows[0]!.date).toBe('2025-01-12');
    expect(read('Date;Text;Betrag\n2025.05.07;X;-1,00\n').rows[0]!.date).toBe('2025-05-07');
  });
  it('uses the value date and marks the row pending when the booking date says "offen"', () => {
    const r = read(
      'Buchungstag;Wertstellung;Buchungstext;Umsatz in EUR\noffen;12.04.2025;REWE;-39,61\n13.04.2025;13.04.2025;ALDI;-5,00\n',
    );
    expect(r.rows[0]).toMatchObject({ date: '2025-04-12', pending: true, amount: -3961 });
    expect(r.rows[1]!.pending).toBeUndefined();
  });
});

describe('running balance whatever the row order', () => {
  it('keeps the balance of newest-first and oldest-first files', () => {
    const newest = read(
      'Date,Description,Amount,Balance\n13/01/2025,B,-2.00,97.00\n12/01/2025,A,-1.00,99.00\n',
    );
    const oldest = read(
      'Date,Description,Amount,Balance\n12/01/2025,A,-1.00,99.00\n13/01/2025,B,-2.00,97.00\n',
    );
    expect(newest.rows.map((r) => r.balance)).toEqual([9700, 9900]);
    expect(oldest.rows.map((r) => r.balance)).toEqual([9900, 9700]);
  });
});

describe('wallet exports naming both parties', () => {
  const venmo = [
    '" ID","Datetime","Type","Status","Note","From","To","Amount (total)","Amount (fee)","Funding Source","Destination"',
    '"1","2025-04-25T03:15:53","Payment","Complete","Tutoring","Ana Lima","Tom Berg","- $220.00","","Visa Debit *1559",""',
    '"2","2025-05-06T05:10:45","Payment","Complete","Rent","Sam Ortiz","ana lima","+ $1,150.00","","","Venmo balance"',
    '"3","2025-05-06T05:13:03","Standard Transfer","Issued","","","","- $1,150.00","","","Visa Debit *8967"',
    '"4","2025-06-05T18:22:13","Charge","Complete","Utilities","Mia Park","Ana Lima","- $120.00","","Visa Debit *1559",""',
    '"5","2025-06-17T15:43:19","Payment","Complete","Bagels","Ana Lima","Mia Park","- $3.00","","Visa Debit *1559",""',
  ].join('\n');
  it("describes each row by the other party, not the holder's own name (Venmo's From and To)", () => {
    const r = read(venmo);
    expect(r.rows.map((x) => [x.description, x.amount])).toEqual([
      ['Tom Berg · Tutoring', -22000],
      ['Sam Ortiz · Rent', 115000],
      ['Standard Transfer', -115000],
      ['Mia Park · Utilities', -12000],
      ['Mia Park · Bagels', -300],
    ]);
    expect(r.needsReview).toBe(false);
  });
  it('keeps both names when no name is on half the rows', () => {
    const r = read(
      'Date,From,To,Amount\n2025-01-02,Ana,Tom,-1.00\n2025-01-03,Sam,Leo,2.00\n2025-01-04,Mia,Kim,-3.00\n2025-01-05,Bo,Ana,-4.00\n2025-01-06,Eve,Max,-5.00\n',
    );
    expect(r.rows.map((x) => x.description)).toEqual([
      'Ana · Tom',
      'Sam · Leo',
      'Mia · Kim',
      'Bo · Ana',
      'Eve · Max',
    ]);
  });
});

describe('banks that export one shape in several countries', () => {
  const amex =
    'Date,Description,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference\n' +
    "06/03/2026,BUS/MRT 123456789 SINGAPORE,3.08,,BUS/MRT,9 MAXWELL ROAD,,069112,SINGAPORE,'AT26157'\n" +
    "06/05/2026,KOPITIAM,12.40,,KOPITIAM,1 RAFFLES PL,,048616,SINGAPORE,'AT26158'\n";
  const currency = (locale: string) =>
    readStatement(new TextEncoder().encode(amex), parseTable, { locale }).currency;
  it("take the person's region's currency over the bank's home one, but not from the default en-US", () => {
    expect(currency('en-SG')).toBe('SGD');
    expect(currency('en-US')).toBe('USD');
    expect(currency('en')).toBe('USD');
  });
});

describe('amount columns named otherwise', () => {
  it("reads signed sums under 'Debit/Credit' (Nationwide's midata export)", () => {
    const r = read(
      '"Date","Type","Merchant/Description","Debit/Credit","Balance"\n"19/07/2025","Visa purchase","A COFFEE SHOP GB","-£53.00","-£2.00"\n"30/05/2025","Interest added","Credit","+£1.00","£51.00"\n"28/05/2025","Transfer","From savings","£50.00","£50.00"\n',
    );
    expect(r.rows.map((x) => x.amount)).toEqual([-5300, 100, 5000]);
  });
  it("reads PayPal's Spanish statement by its net sum, its shipping sum left out", () => {
    const r = read(
      'Fecha,Hora,Descripción,Divisa,Bruto,Comisión,Neto,Saldo,Nombre,Importe de envío y manipulación\n2/1/2020,11:05:56,Pago estándar,EUR,"49,37","-1,78","47,59","4.626,81",Partner 1,"0,00"\n3/1/2020,10:00:00,Pago estándar,EUR,"28,00","-1,00","27,00","4.653,81",Partner 2,"0,00"\n',
    );
    expect(r.rows.map((x) => [x.amount, x.description])).toEqual([
      [4759, 'Partner 1 · Pago estándar'],
      [2700, 'Partner 2 · Pago estándar'],
    ]);
  });
});

describe('two tables in one file', () => {
  it('reads the coming payments as pending, then the booked ones under their own header (Postbank)', () => {
    const r = read(
      [
        'Umsatzauskunft;',
        'IBAN;DE73700100800340532801;',
        'Aktueller Kontostand;486,79 €;',
        '',
        'Umsätze in den nächsten 14 Tagen;',
        'Buchungsdatum;Umsatzart;Buchungsdetails;Auftraggeber;Empfänger;Betrag (€);',
        '03.09.2018;Dauerauftrag;TASCHENGELD;Adrian S;BENEDIKT H;-10,00 €;',
        '10.09.2018;Überweisung;Steuer;Adrian S;Finanzamt;-409,00 €;',
        '',
        'gebuchte Umsätze;',
        'Buchungsdatum;Wertstellung;Umsatzart;Buchungsdetails;Auftraggeber;Empfänger;Betrag (€);Saldo (€);',
        '31.08.2018;31.08.2018;Gehalt/Rente;RV-RENTE 08.2018;Renten Service;Adrian S;858,13 €;486,79 €;',
        '30.08.2018;30.08.2018;Lastschrift;Strom;Adrian S;Stadtwerke;-45,00 €;-371,34 €;',
        '29.08.2018;29.08.2018;Kartenzahlung;Einkauf;Adrian S;REWE;-12,34 €;-326,34 €;',
      ].join('\n'),
    );
    expect(r.rows.map((x) => [x.date, x.amount, x.balance, x.pending ?? false])).toEqual([
      ['2018-09-03', -1000, null, true],
      ['2018-09-10', -40900, null, true],
      ['2018-08-31', 85813, 48679, false],
      ['2018-08-30', -4500, -37134, false],
      ['2018-08-29', -1234, -32634, false],
    ]);
    expect(r.errors).toEqual([]);
  });
});
