import { describe, expect, it } from 'vitest';
import { joinTexts, packRows, splitTexts, unpackRows } from './packRows';

const roundTrip = (rows: object[], skip?: Set<string>) => unpackRows(structuredClone(packRows(rows, skip)));

describe('packRows', () => {
  it('gives back the very rows, absent fields staying absent', () => {
    const rows = [
      { id: 1, date: '2024-01-31', amount: -1234, balance: 5000, pending: true, note: 'café ☕' },
      { id: 2, date: '2024-01-31', amount: 0.5, category: 'groceries' },
      { id: 3, date: '2024-01-02', amount: -0, pending: false, splits: [{ category: 'a', amount: -1 }] },
      {},
    ];
    const back = roundTrip(rows);
    expect(back).toEqual(rows);
    expect(Object.is((back[2] as { amount: number }).amount, -0)).toBe(true);
    expect('balance' in (back[1] as object)).toBe(false);
  });

  it('gives fields every row has first, in column order, whatever their values, then the others', () => {
    const rows = [
      { note: 'n', date: '2024-01-31', balance: 12 },
      { date: '2024-02-01', balance: null },
      { date: '2024-02-02', balance: 'n/a' },
    ];
    const back = roundTrip(rows);
    expect(back).toEqual(rows);
    expect(back.map((row) => Object.keys(row as object))).toEqual([
      ['date', 'balance', 'note'],
      ['date', 'balance'],
      ['date', 'balance'],
    ]);
  });

  it('packs numbers, repeated text and flags into typed arrays', () => {
    const rows = Array.from({ length: 100 }, (_, index) => ({
      amount: -index,
      category: index % 2 ? 'food' : 'rent',
      pending: index === 3 ? true : undefined,
      description: `CARD ${index}`,
    }));
    const { columns } = packRows(rows);
    expect(columns.amount).toEqual({ numbers: expect.any(Float64Array) });
    expect(columns.category).toEqual({ dictionary: ['rent', 'food'], codes: expect.any(Uint8Array) });
    expect(columns.pending).toEqual({ flags: expect.any(Uint8Array) });
    // Nearly all distinct: a dictionary would only add work; joined, the column clones in one copy.
    expect(columns.description).toEqual({ text: expect.any(String), ends: expect.any(Uint32Array) });
    expect(unpackRows(packRows(rows))).toEqual(
      rows.map(({ pending, ...rest }) => (pending ? { ...rest, pending } : rest)),
    );
  });

  it('packs numbers that take a few values as a byte a row, and the others (or a -0) as they are', () => {
    const rows = Array.from({ length: 600 }, (_, index) => ({
      accountId: 7,
      confidence: index % 3 ? 0.9 : undefined,
      amount: index * 100 - 0.5,
      few: index % 255,
    }));
    const { columns } = packRows(rows);
    expect(columns.accountId).toEqual({
      numberDictionary: Float64Array.of(7),
      numberCodes: expect.any(Uint8Array),
    });
    expect(columns.confidence).toHaveProperty('numberCodes');
    expect(columns.few).toHaveProperty('numberCodes');
    expect(columns.amount).toHaveProperty('numbers');
    expect(roundTrip(rows)).toEqual(
      rows.map(({ confidence, ...rest }) => (confidence ? { ...rest, confidence } : rest)),
    );
    const zero = packRows([{ amount: -0 }, { amount: 5 }]).columns.amount;
    expect(zero).toHaveProperty('numbers');
    expect(
      Object.is(
        (unpackRows<{ amount: number }>(packRows([{ amount: -0 }]))[0] as { amount: number }).amount,
        -0,
      ),
    ).toBe(true);
  });

  it('packs consecutive integers (ids) as their first alone', () => {
    const rows = Array.from({ length: 300 }, (_, index) => ({ id: 1_000 + index, step: index * 2 }));
    const { columns } = packRows(rows);
    expect(columns.id).toEqual({ sequenceFrom: 1_000 });
    expect(columns.step).toHaveProperty('numbers');
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('keeps columns of mixed or odd values as they are (NaN, objects, numbers mixed with text)', () => {
    const rows = [{ value: 1 }, { value: 'one' }, { value: NaN }, { value: null }, { value: { a: 1 } }];
    expect(packRows(rows).columns.value).toHaveProperty('values');
    expect(roundTrip(rows)).toEqual(rows);
    const nan = [{ x: NaN }, { x: 2 }];
    expect(roundTrip(nan)).toEqual(nan);
  });

  it('joins nearly distinct text, empty and astral strings included; with rows lacking it, keeps it as it is', () => {
    const texts = Array.from({ length: 500 }, (_, index) =>
      index % 7 === 0 ? '' : index % 5 === 0 ? `😀 ${index} é` : `CARD ${index}`,
    );
    const rows = texts.map((text) => ({ text }));
    expect(packRows(rows).columns.text).toHaveProperty('text');
    expect(roundTrip(rows)).toEqual(rows);
    const holes = rows.map((row, index) => (index === 3 ? {} : row));
    expect(packRows(holes).columns.text).toHaveProperty('values');
    expect(roundTrip(holes)).toEqual(holes);
  });

  it('tells nearly distinct text by its first 200 values, a row without text counting as one more', () => {
    const rows: { text?: string }[] = Array.from({ length: 400 }, (_, index) => ({
      text: `S${index % 100}`,
    }));
    expect(packRows(rows).columns.text).toHaveProperty('codes');
    rows[0] = {};
    expect(packRows(rows).columns.text).toHaveProperty('values');
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('joins a list of strings into one and splits it back', () => {
    const list = ['Café ☕', '', 'Tesco', '😀'];
    expect(splitTexts(structuredClone(joinTexts(list)))).toEqual(list);
    expect(splitTexts(joinTexts([]))).toEqual([]);
  });

  it('leaves out skipped fields', () => {
    expect(roundTrip([{ a: 1, fingerprint: 'x' }], new Set(['fingerprint']))).toEqual([{ a: 1 }]);
  });

  it('reads columns written as plain arrays by older versions', () => {
    expect(unpackRows({ count: 2, columns: { id: [1, 2], note: [undefined, 'n'] } })).toEqual([
      { id: 1 },
      { id: 2, note: 'n' },
    ]);
  });

  it('uses codes as narrow as the dictionary allows: a byte, two bytes, four past 65,535 values', () => {
    const medium = Array.from({ length: 2_000 }, (_, index) => ({ t: `v${Math.floor(index / 4) % 300}` }));
    expect((packRows(medium).columns.t as { codes: unknown }).codes).toBeInstanceOf(Uint16Array);
    expect(unpackRows(packRows(medium))).toEqual(medium);
    const rows = Array.from({ length: 140_000 }, (_, index) => ({ t: `v${Math.floor(index / 2)}` }));
    const column = packRows(rows).columns.t;
    expect(column).toHaveProperty('codes');
    expect((column as { codes: unknown }).codes).toBeInstanceOf(Uint32Array);
    expect(unpackRows(packRows(rows))).toEqual(rows);
  });
});
