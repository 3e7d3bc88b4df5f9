import { describe, expect, it } from 'vitest';
import { monthTicks } from './monthTicks';

describe('monthTicks', () => {
  it('puts one tick on the first point of each month', () => {
    expect(monthTicks(['2025-01-30', '2025-01-31', '2025-02-06', '2025-02-13', '2025-03-06'])).toEqual([
      '2025-01-30',
      '2025-02-06',
      '2025-03-06',
    ]);
  });

  it('thins long histories to every n-th month', () => {
    const dates = Array.from({ length: 36 }, (_, index) => {
      const year = 2020 + Math.floor(index / 12);
      return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    });
    const ticks = monthTicks(dates);
    expect(ticks).toHaveLength(12);
    expect(ticks[1]).toBe('2020-04-01');
  });
});
