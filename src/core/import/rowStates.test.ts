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
});
