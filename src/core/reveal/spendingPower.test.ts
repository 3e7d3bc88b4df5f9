import { describe, expect, it } from 'vitest';
import { inferSpendingPower } from './spendingPower';
import { ACCOUNT, contextOf, every, messages, row } from './revealTestkit';

const months = (count: number) =>
  every('2025-01-27', 30, count).flatMap((date) => [
    row(date, 285000, 'VIR RECU ACME SALAIRE', { category: 'income', balance: 400000 }),
    row(date, -200000, 'CB LOYER ET COURSES', { balance: 200000 }),
  ]);

describe('inferSpendingPower', () => {
  it('bands the income, adds up balances and works out the savings rate', () => {
    const found = inferSpendingPower(contextOf(months(8)));
    expect(messages(found)).toEqual(['power.incomeBand', 'power.balance', 'power.savingsRate']);
    expect(found[0]?.params).toEqual({
      low: { money: 250000, currency: 'EUR', whole: true },
      high: { money: 300000, currency: 'EUR', whole: true },
    });
    expect(found[1]?.params.amount).toEqual({ money: 200000, currency: 'EUR', whole: true });
    expect(found[2]?.params.rate).toBe(30);
  });

  it('says when spending is above income', () => {
    const rows = [...months(8), row('2025-06-01', -1000000, 'CB CONCESSION AUTO')];
    expect(messages(inferSpendingPower(contextOf(rows)))).toContain('power.overspending');
  });

  it('needs months of income before banding it, and balances to add them', () => {
    const rows = months(2).map((entry) => ({ ...entry, balance: null }));
    expect(inferSpendingPower(contextOf(rows, [ACCOUNT]))).toEqual([]);
  });
});
