import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace, selectKth, selectPair } from './orderStatistics';

const sortedCopy = (values: number[]) => Float64Array.from(values).sort();

describe('order statistics', () => {
  it('selects like sorting does, with ties, negatives and ranges of an array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 80 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const sorted = sortedCopy(values);
          expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
          expect(selectPair(Float64Array.from(values), k)).toEqual([
            sorted[k],
            sorted[Math.min(k + 1, values.length - 1)],
          ]);
          const middle = values.length >> 1;
          const median =
            values.length % 2
              ? sorted[middle]
              : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
          expect(medianInPlace(Float64Array.from(values))).toBe(median);
        },
      ),
    );
  });

  it('works on a part of an array and leaves the rest alone', () => {
    const values = Float64Array.from([9, 9, 5, 1, 3, 9, 9]);
    expect(medianInPlace(values, 2, 5)).toBe(3);
    expect([values[0], values[1], values[5], values[6]]).toEqual([9, 9, 9, 9]);
    expect(medianInPlace(new Float64Array(0))).toBe(0);
  });

  it('stays linear on sorted, reversed and constant input', () => {
    const cases: [(index: number) => number, number][] = [
      [(index) => index, 100_000],
      [(index) => -index, -99_999],
      [() => 7, 7],
    ];
    for (const [make, expected] of cases) {
      const values = Float64Array.from({ length: 200_000 }, (_, index) => make(index));
      expect(selectKth(values, 100_000)).toBe(expected);
    }
  });
});
