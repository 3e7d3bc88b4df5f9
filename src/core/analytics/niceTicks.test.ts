import { describe, expect, it } from 'vitest';
import { niceTicks } from './niceTicks';

describe('niceTicks', () => {
  it('uses round steps that cover the data', () => {
    expect(niceTicks(0, 16_400)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    expect(niceTicks(0, 2935)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(0, 87.3)).toEqual([0, 25, 50, 75, 100]);
  });

  it('keeps zero on the axis for negative balances', () => {
    expect(niceTicks(-1200, 3400)).toEqual([-2000, 0, 2000, 4000]);
    expect(niceTicks(-78.64, -10)).toEqual([-80, -60, -40, -20, 0]);
  });

  it('has no float noise and survives empty data', () => {
    expect(niceTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0, 0)).toEqual([0]);
    expect(niceTicks(Number.NaN, 5)).toEqual([0]);
  });
});
