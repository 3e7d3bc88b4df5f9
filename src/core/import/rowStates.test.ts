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
});
