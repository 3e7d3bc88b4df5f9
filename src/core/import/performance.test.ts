import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readStatement } from './readStatement';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

function bigStatement(rows: number): Uint8Array {
  const lines = [
    '"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Betrag";"Waehrung";"Saldo"',
  ];
  let balance = 1_000_000;
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const month = (Math.floor(i / 28) % 12) + 1;
    const amount = ((i * 7919) % 200_000) - 120_000;
    balance += amount;
    const money = (m: number) =>
      `${m < 0 ? '-' : ''}${Math.floor(Math.abs(m) / 100)},${String(Math.abs(m) % 100).padStart(2, '0')}`;
    lines.push(
      `"${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2025";"${day}.${month}.2025";"KARTENZAHLUNG";"REWE Markt ${i}//Berlin/DE";"REWE Markt GmbH";"${money(amount)}";"EUR";"${money(balance)}"`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('performance', () => {
  it('reads 100,000 rows quickly (linear, no per-row regex compilation)', () => {
    const bytes = bigStatement(100_000);
    const t0 = performance.now();
    const parsed = parseTable(new TextDecoder().decode(bytes), ';');
    const papaMs = performance.now() - t0;
    const t1 = performance.now();
    const reading = readStatement(bytes, parseTable);
    const ms = performance.now() - t1;
    console.info(
      `100k rows: readStatement ${ms.toFixed(0)} ms (PapaParse alone ${papaMs.toFixed(0)} ms, ${parsed.length} records)`,
    );
    expect(reading.rows.length).toBe(100_000);
    expect(reading.errors).toEqual([]);
    // Loose bound: a busy CI machine slows PapaParse and us alike.
    expect(ms).toBeLessThan(Math.max(3000, papaMs * 8));
    // The bound above is the measurement; the test's own time limit only has to survive a loaded machine.
  }, 30_000);
});
