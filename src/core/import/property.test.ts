import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { dialectArb, normalizeTxs, pad, render, txArb } from './property.testkit';
import { readStatement } from './readStatement';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('property: any dialect reads back the same transactions', () => {
  it('round-trips random statements', () => {
    fc.assert(
      fc.property(
        fc.array(txArb, { minLength: 3, maxLength: 25 }),
        dialectArb,
        fc.boolean(),
        (raw, dialect, quoteAll) => {
          const txs = normalizeTxs(raw);
          const { bytes, balances } = render(txs, dialect, quoteAll);
          const reading = readStatement(bytes, parseTable);
          expect(reading.fatal).toBeUndefined();
          expect(reading.errors).toEqual([]);
          expect(reading.rows.length).toBe(txs.length);
          txs.forEach((t, i) => {
            const row = reading.rows[i]!;
            expect(row.date).toBe(`${t.y}-${pad(t.m)}-${pad(t.d)}`);
            expect(row.amount).toBe(t.amount);
            expect(row.balance).toBe(dialect.balance ? balances[i] : null);
            expect(squash(row.description)).toContain(squash(t.description));
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('property: garbage never throws and never yields NaN', () => {
  const check = (bytes: Uint8Array) => {
    const r = readStatement(bytes, parseTable);
    for (const row of r.rows) {
      expect(Number.isSafeInteger(row.amount)).toBe(true);
      expect(row.balance === null || Number.isSafeInteger(row.balance)).toBe(true);
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.line).toBeGreaterThan(0);
    }
    for (const e of r.errors) expect(e.line).toBeGreaterThan(0);
  };
  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => check(b)),
      { numRuns: 300 },
    );
  });
  it('survives random CSV-ish text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '01/02/2025',
        '13.13.2025',
        '2025-02-30',
        '-12,50',
        '1.234,56',
        '(3.00)',
        '"',
        '""',
        '="1"',
        'Solde',
        'Total',
        'Af',
        'EUR',
      ),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 6 }).map((c) => c.join(';'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) =>
        check(new TextEncoder().encode(['Datum;Text;Betrag;Saldo', ...lines].join('\n'))),
      ),
      { numRuns: 300 },
    );
  });
});
