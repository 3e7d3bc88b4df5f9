import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';

describe('rows not booked yet', () => {
  it.each([
    ['Pendiente', 'Fecha;Concepto;Importe;Estado'],
    ['Pendente', 'Data;Descrição;Valor;Estado'],
    ['Reserverad', 'Datum;Text;Belopp;Status'],
    ['Gereserveerd', 'Datum;Omschrijving;Bedrag;Status'],
    ['Blokada', 'Data;Opis;Kwota;Status'],
  ])("marks rows whose state is '%s' as pending", (state, header) => {
    const text = `${header}\n30/11/2021;SHOP;-59,00;${state}\n29/11/2021;RENT;-800,00;OK\n`;
    expect(readText(text).rows.map((x) => x.pending ?? false)).toEqual([true, false]);
  });
  it("marks a row pending whose booking date says 'Reserverat', dating it by its transaction date", () => {
    const r = readText(
      'Bokföringsdag;Transaktionsdag;Text;Belopp\nReserverat;2025-04-12;ICA;-39,61\n2025-04-11;2025-04-11;SL;-5,00\n',
    );
    expect(r.rows.map((x) => [x.date, x.pending ?? false])).toEqual([
      ['2025-04-12', true],
      ['2025-04-11', false],
    ]);
  });
  it.each([
    [
      'Nordea',
      'Datum,Transaktion,Kategori,Belopp,Saldo',
      '2013-05-10,Reservation Kortköp PRESSBYRAN 4008175,,"-38,00",',
    ],
    ['Sparbanken', 'Text;Bokföringsdag;Valutadag;Belopp;Saldo', 'SKYDDAT BELOPP;2019-07-19;-;-196,00;-'],
  ])("marks %s's reserved card payments, left out of the balance, as pending", (_bank, header, reserved) => {
    const separator = header.includes(';') ? ';' : ',';
    const booked = [
      ['2013-05-09', 'Kortköp ICA', '"-47,80"', '"3047,53"'],
      ['2013-05-08', 'Lön', '"2000,00"', '"3095,33"'],
    ];
    const lines = booked.map(([date, text, amount, balance]) =>
      separator === ','
        ? `${date},${text},,${amount},${balance}`
        : `${text};${date};${date};${amount!.replaceAll('"', '')};${balance!.replaceAll('"', '')}`,
    );
    const r = readText(`${header}\n${reserved}\n${lines.join('\n')}\n`);
    expect(r.rows.map((x) => x.pending ?? false)).toEqual([true, false, false]);
  });
  it('leaves a restaurant called Reservation booked when it carries a balance, or when no row does', () => {
    const withBalances = readText(
      'Date,Description,Amount,Balance\n2024-03-02,Reservation Bistro,-40.00,960.00\n2024-03-01,Salary,1000.00,1000.00\n',
    );
    expect(withBalances.rows.map((x) => x.pending ?? false)).toEqual([false, false]);
    const noBalances = readText(
      'Date,Description,Amount,Balance\n2024-03-02,Reservation Bistro,-40.00,\n2024-03-01,Salary,1000.00,\n',
    );
    expect(noBalances.rows.map((x) => x.pending ?? false)).toEqual([false, false]);
  });
  it("leaves out a card's purchases not booked yet (no amount, no booking date) and reads the card holder as no text", () => {
    const header =
      "Numéro de compte;Numéro de carte;Titulaire de compte/carte;Date d'achat;Texte comptable;Secteur;Montant;Monnaie originale;Cours;Monnaie;Débit;Crédit;Ecriture";
    const lines = [
      '0000 1111 2222;5555;MARIE MULLER;26.02.2020;AMAZON MKTP;Shopping;21.62;USD;;CHF;;;',
      '0000 1111 2222;5555;MARIE MULLER;24.02.2020;MIGROS ZURICH;Food;41.00;CHF;;CHF;41.00;;27.02.2020',
      '0000 1111 2222;5555;MARIE MULLER;23.02.2020;HOTEL PARIS;Hotels;30.00;EUR;0.93731957;CHF;28.12;;27.02.2020',
      '0000 1111 2222;5555;MARIE MULLER;20.02.2020;SBB CFF;Travel;12.80;CHF;;CHF;12.80;;21.02.2020',
      '0000 1111 2222;;MARIE MULLER;06.01.2020;PAYMENT THANK YOU;;;;;CHF;;50.00;07.01.2020',
    ];
    const r = readText(`sep=;\n${header}\n${lines.join('\n')}\n`);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.date, x.valueDate, x.amount, x.description])).toEqual([
      ['2020-02-24', '2020-02-27', -4100, 'MIGROS ZURICH · Food'],
      ['2020-02-23', '2020-02-27', -2812, 'HOTEL PARIS · Hotels'],
      ['2020-02-20', '2020-02-21', -1280, 'SBB CFF · Travel'],
      ['2020-01-06', '2020-01-07', 5000, 'PAYMENT THANK YOU'],
    ]);
    expect(r.summary.skipped.undatedPending).toBe(1);
  });
  it('still reports rows without an amount when no row carries a booking date, or that show no figure', () => {
    const noBookingDates = readText(
      'Date;Text;Original;Amount;Value date\n26.02.2020;SHOP A;12.50;;\n24.02.2020;SHOP B;41.00;-41.00;\n23.02.2020;SHOP C;12.00;-12.00;\n',
    );
    expect(noBookingDates.errors.map((e) => e.line)).toEqual([2]);
    const footer = readText(
      'Date;Text;Amount;Value date\n26.02.2020 17:31;Contact us;;\n24.02.2020;SHOP B;-41.00;25.02.2020\n23.02.2020;SHOP C;-12.00;24.02.2020\n',
    );
    expect(footer.errors.map((e) => e.line)).toEqual([2]);
  });
  it('skips the title of a section whose header repeats below it (a card bill per card holder)', () => {
    const bill = [
      'Data;Histórico;Valor(US$);Valor(R$);',
      '26/11/2023;TRMF CONSULT;0;99,79;',
      'Total para IGOR GOMES:;;;99,79;',
      'JOAO G GOMES ;;;6392;',
      'Data;Histórico;Valor(US$);Valor(R$);',
      '28/11/2023;PADARIA REAL;0;12,50;',
    ].join('\n');
    const r = readText(bill);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.description)).toEqual(['TRMF CONSULT', 'PADARIA REAL']);
  });
  it("leaves out a table of another kind below the rows (a card bill's interest rates), but not rows with dates", () => {
    const rows = [
      'Data;Histórico;Valor(R$)',
      '26/11/2023;TRMF CONSULT;99,79',
      '28/11/2023;PADARIA REAL;12,50',
    ];
    const rates = [
      'Descrição;Taxa ao Mês;Taxa ao Ano',
      'Pagamento de contas:;1,99;26,67',
      'Rotativo:;13,49;356,55',
    ];
    const r = readText([...rows, ...rates].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
    const later = readText([...rows, ...rates, '30/11/2023;LATE ROW;1,00'].join('\n'));
    expect(later.rows.map((row) => row.description)).toContain('LATE ROW');
    expect(later.errors.length).toBeGreaterThan(0);
  });
});
