import { describe, expect, it } from 'vitest';
import { isoToDayNumber } from '../dates';
import { combinedBalanceSeries, endOfDayBalances, runningBalances, seriesStep } from './balances';

const d = isoToDayNumber;

describe('runningBalances', () => {
  it('keeps known balances and derives the gaps forward and backward', () => {
    const rows = [
      { day: d('2025-01-01'), amount: -100, balance: null },
      { day: d('2025-01-02'), amount: -50, balance: 850 },
      { day: d('2025-01-03'), amount: 200, balance: null },
      { day: d('2025-01-04'), amount: -10, balance: 1040 },
    ];
    expect(runningBalances(rows)).toEqual([900, 850, 1050, 1040]);
  });

  it('starts at zero without any known balance', () => {
    const rows = [
      { day: 1, amount: 100, balance: null },
      { day: 2, amount: -30, balance: null },
    ];
    expect(runningBalances(rows)).toEqual([100, 70]);
  });
});

describe('endOfDayBalances / combinedBalanceSeries', () => {
  it('uses the last row of a day, opening balances, and carries accounts forward', () => {
    const a = endOfDayBalances([
      { day: d('2025-01-01'), amount: -1, balance: 99 },
      { day: d('2025-01-01'), amount: -9, balance: 90 },
      { day: d('2025-01-03'), amount: 10, balance: 100 },
    ]);
    const b = endOfDayBalances([{ day: d('2025-01-02'), amount: 5, balance: 5 }]);
    expect(a.opening).toBe(100);
    expect(b.opening).toBe(0);
    expect(combinedBalanceSeries([a, b], d('2025-01-01'), d('2025-01-03'))).toEqual([
      { date: '2025-01-01', balance: 90 },
      { date: '2025-01-02', balance: 95 },
      { date: '2025-01-03', balance: 105 },
    ]);
  });

  it('starts a window mid-history from the balance carried so far', () => {
    const a = endOfDayBalances([
      { day: 10, amount: 5, balance: 5 },
      { day: 20, amount: 5, balance: 10 },
    ]);
    expect(combinedBalanceSeries([a], 15, 16).map((point) => point.balance)).toEqual([5, 5]);
  });

  it('thins long histories to weekly points', () => {
    expect(seriesStep(60)).toBe(1);
    expect(seriesStep(3650)).toBe(14);
  });
});
