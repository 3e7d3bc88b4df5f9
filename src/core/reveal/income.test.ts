import { describe, expect, it } from 'vitest';
import { inferIncome } from './income';
import { contextOf, every, messages, row } from './revealTestkit';

const salary = (from: string, count: number, amount: (index: number) => number, name = 'ACME SAS') =>
  every(from, 30, count).map((date, index) =>
    row(date, amount(index), `VIR RECU ${name} SALAIRE`, { category: 'income', merchant: name }),
  );

describe('inferIncome', () => {
  it('names the employer, the pay day and the usual pay', () => {
    const found = inferIncome(contextOf(salary('2025-01-27', 6, () => 285000)));
    expect(messages(found)).toEqual(['income.employer']);
    expect(found[0]?.params).toMatchObject({ payer: 'ACME SAS', amount: { money: 285000, currency: 'EUR' } });
    expect(found[0]?.evidence).toHaveLength(6);
  });

  it('sees a lasting raise, not a one-off bonus', () => {
    const raised = inferIncome(contextOf(salary('2025-01-27', 8, (index) => (index < 5 ? 285000 : 293500))));
    expect(raised.find((finding) => finding.message === 'income.raise')?.params).toMatchObject({
      from: { money: 285000 },
      to: { money: 293500 },
    });
    const bonus = inferIncome(contextOf(salary('2025-01-27', 8, (index) => (index === 4 ? 385000 : 285000))));
    expect(messages(bonus)).toEqual(['income.employer']);
  });

  it('makes nothing of a single payment or of refunds', () => {
    expect(inferIncome(contextOf(salary('2025-01-27', 1, () => 285000)))).toEqual([]);
    const refunds = every('2025-01-10', 30, 5).map((date) =>
      row(date, 2100, 'VIR RECU CPAM REMBOURSEMENT', { kind: 'refund', category: 'health' }),
    );
    expect(inferIncome(contextOf(refunds))).toEqual([]);
  });

  it('sees a pay cut, and names a regular payer that is not a salary as such', () => {
    const cut = inferIncome(contextOf(salary('2025-01-27', 8, (index) => (index < 4 ? 285000 : 240000))));
    expect(messages(cut)).toEqual(['income.employer', 'income.cut']);
    const pension = every('2025-01-09', 30, 6).map((date) =>
      row(date, 132000, 'VIR RECU CARSAT RETRAITE', { category: 'income', merchant: 'CARSAT' }),
    );
    expect(messages(inferIncome(contextOf(pension)))).toEqual(['income.payer']);
  });

  it('names no payer for a savings account’s monthly interest', () => {
    const interest = every('2025-01-31', 30, 6).map((date) =>
      row(date, 1250, 'INTERETS CREDITEURS', { category: 'income', kind: 'interest', merchant: 'Interest' }),
    );
    expect(inferIncome(contextOf(interest))).toEqual([]);
  });
});
