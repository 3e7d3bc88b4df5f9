import { describe, expect, it } from 'vitest';
import { compareNewestFirst, positionNewestFirst } from './newestFirst';
import { tx } from './testRows';

describe('positionNewestFirst', () => {
  // Same-day runs, a gap of years, ids out of step with dates: as a statement imported after another looks.
  const rows = [
    tx({ id: 90, date: '2026-03-01' }),
    tx({ id: 12, date: '2026-03-01' }),
    tx({ id: 11, date: '2026-03-01' }),
    tx({ id: 400, date: '2026-02-28' }),
    tx({ id: 3, date: '2019-12-31' }),
    tx({ id: 2, date: '2019-12-31' }),
    tx({ id: 1000, date: '2001-01-01' }),
  ].sort(compareNewestFirst);

  it('finds every row where it is', () => {
    rows.forEach((row, index) => expect(positionNewestFirst(rows, row)).toBe(index));
  });

  it('says -1 for a row that is not there, even between rows of its own day', () => {
    expect(positionNewestFirst(rows, { id: 50, date: '2026-03-01' })).toBe(-1);
    expect(positionNewestFirst(rows, { id: 12, date: '2026-03-02' })).toBe(-1);
    expect(positionNewestFirst(rows, { id: 1, date: '1999-01-01' })).toBe(-1);
    expect(positionNewestFirst([], { id: 1, date: '2026-01-01' })).toBe(-1);
  });
});
