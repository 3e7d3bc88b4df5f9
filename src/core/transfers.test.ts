import { describe, expect, it } from 'vitest';
import { pairTransfers, type TransferCandidate } from './transfers';

const row = (
  id: number,
  accountId: number,
  date: string,
  amount: number,
  extra: Partial<TransferCandidate> = {},
): TransferCandidate => ({
  id,
  accountId,
  date,
  amount,
  currency: 'EUR',
  ...extra,
});

describe('pairTransfers', () => {
  it('pairs opposite amounts between two accounts within a few days', () => {
    const fresh = [row(10, 2, '2025-03-29', 30000)];
    const stored = [row(1, 1, '2025-03-28', -30000), row(2, 1, '2025-03-28', -4500)];
    expect(pairTransfers(fresh, stored)).toEqual([[1, 10]]);
  });

  it('never pairs within one account, across too many days, or card payments', () => {
    const fresh = [
      row(10, 1, '2025-03-29', 30000),
      row(11, 2, '2025-04-20', 5000),
      row(12, 2, '2025-03-01', 999),
    ];
    const stored = [
      row(1, 1, '2025-03-28', -30000),
      row(2, 1, '2025-04-01', -5000),
      row(3, 1, '2025-03-01', -999, { kind: 'card' }),
    ];
    expect(pairTransfers(fresh, stored)).toEqual([]);
  });

  it('pairs each leg once, closest dates first', () => {
    const fresh = [row(10, 2, '2025-01-03', 100), row(11, 2, '2025-02-03', 100)];
    const stored = [row(1, 1, '2025-02-02', -100), row(2, 1, '2025-01-02', -100)];
    expect(pairTransfers(fresh, stored).sort()).toEqual([
      [1, 11],
      [2, 10],
    ]);
  });

  it('leaves rows the person categorized by hand alone', () => {
    const fresh = [row(10, 2, '2025-01-03', 100)];
    const stored = [row(1, 1, '2025-01-03', -100, { categorySource: 'manual' })];
    expect(pairTransfers(fresh, stored)).toEqual([]);
  });

  it('never pairs legs in different currencies (€-100 out, $+100 in)', () => {
    const fresh = [row(10, 2, '2025-01-03', 10000, { currency: 'USD' })];
    const stored = [row(1, 1, '2025-01-03', -10000, { currency: 'EUR' })];
    expect(pairTransfers(fresh, stored)).toEqual([]);
    expect(pairTransfers([row(11, 2, '2025-01-03', 10000)], stored)).toEqual([[1, 11]]);
  });
});
