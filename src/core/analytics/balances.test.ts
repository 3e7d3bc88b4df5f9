import { describe, expect, it } from 'vitest';
import { combinedBalanceSeries, endOfDayBalances, runningBalances, seriesStep } from './balances';

describe('runningBalances', () => {
  it('keeps known balances and derives the gaps forward and backward', () => {
    const rows = [
      { date: '2025-01-01', amount: -100, balance: null },
      { date: '2025-01-02', amount: -50, balance: 850 },
      { date: '2025-01-03', amount: 200, balance: null },
      { date: '2025-01-04', amount: -10, balance: 1040 },
    ];
    expect(runningBalances(rows)).toEqual([900, 850, 1050, 1040]);
  });

  it('starts at zero without any known balance', () => {
    const rows = [
      { date: '2025-01-01', amount: 100, balance: null },
      { date: '2025-01-02', amount: -30, balance: null },
    ];
    expect(runningBalances(rows)).toEqual([100, 70]);
  });
});

describe('endOfDayBalances / combinedBalanceSeries', () => {
  it('uses the last row of a day and carries accounts forward', () => {
    const a = endOfDayBalances([
      { date: '2025-01-01', amount: -1, balance: 99 },
      { date: '2025-01-01', amount: -9, balance: 90 },
      { date: '2025-01-03', amount: 10, balance: 100 },
    ]);
    const b = endOfDayBalances([{ date: '2025-01-02', amount: 5, balance: 5 }]);
    expect(b.opening).toBe(0);
    expect(a.opening).toBe(100);
    expect(combinedBalanceSeries([a, b])).toEqual([
      { date: '2025-01-01', balance: 90 },
      { date: '2025-01-02', balance: 95 },
      { date: '2025-01-03', balance: 105 },
    ]);
  });

  it('thins long histories to weekly points', () => {
    expect(seriesStep('2020-01-01', '2020-03-01')).toBe(1);
    expect(seriesStep('2016-01-01', '2025-12-31')).toBe(14);
  });
});
