import { describe, expect, it } from 'vitest';
import { toChronological } from './chronological';

describe('toChronological', () => {
  it('reverses newest-first files keeping same-day sequence', () => {
    const rows = [
      { date: '2025-05-03', n: 4 },
      { date: '2025-05-02', n: 3 },
      { date: '2025-05-02', n: 2 },
      { date: '2025-05-01', n: 1 },
    ];
    expect(toChronological(rows).map((row) => row.n)).toEqual([1, 2, 3, 4]);
  });
  it('keeps oldest-first files and sorts stray rows', () => {
    const rows = [
      { date: '2025-05-01', n: 1 },
      { date: '2025-05-03', n: 3 },
      { date: '2025-05-02', n: 2 },
      { date: '2025-05-04', n: 4 },
    ];
    expect(toChronological(rows).map((row) => row.n)).toEqual([1, 2, 3, 4]);
  });
});
