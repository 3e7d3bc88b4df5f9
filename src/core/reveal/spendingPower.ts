import { distinct, finding, isIncome, isSpending, monthKey } from './context';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * What the person can spend, as a lender or an advertiser would band it, over the last 12 months of data:
 * - incomeBand: average monthly income (≥ 3 months of income), in bands of 500 (of the main currency).
 * - balance: the latest known balance of every account, added up.
 * - savingsRate: (income − spending) ÷ income, with ≥ 6 months of data.
 */
const YEAR_DAYS = 365;
const BAND = 50_000;
const MIN_INCOME_MONTHS = 3;
const MIN_SAVINGS_MONTHS = 6;

export function inferSpendingPower(context: RevealContext): Finding[] {
  const findings: Finding[] = [];
  const money = (minor: number) => ({ money: minor, currency: context.currency });
  const end = Math.min(context.last, context.today);
  const recent = context.rows.filter(
    (row) => row.day > end - YEAR_DAYS && row.day <= end && row.currency === context.currency,
  );
  const months = distinct(recent.map(monthKey));
  const income = recent.filter(isIncome);
  const incomeMonths = distinct(income.map(monthKey));
  const earned = income.reduce((sum, row) => sum + row.amount, 0);
  if (incomeMonths >= MIN_INCOME_MONTHS && earned > 0) {
    const monthly = earned / months;
    const low = Math.floor(monthly / BAND) * BAND;
    findings.push(
      finding(
        'spending-power',
        'power.incomeBand',
        { low: { ...money(low), whole: true }, high: { ...money(low + BAND), whole: true } },
        0.5 + Math.min(0.45, incomeMonths / 24),
        income,
      ),
    );
  }

  const latest: RevealRow[] = [];
  for (const account of context.accounts) {
    const row = context.rows.findLast(
      (candidate) => candidate.accountId === account.id && candidate.balance !== null,
    );
    if (row && row.currency === context.currency) latest.push(row);
  }
  if (latest.length > 0) {
    findings.push(
      finding(
        'spending-power',
        'power.balance',
        {
          // "About": in whole units, not to the cent.
          amount: { ...money(latest.reduce((sum, row) => sum + (row.balance ?? 0), 0)), whole: true },
          accounts: latest.length,
        },
        latest.length === context.accounts.length ? 0.95 : 0.7,
        latest,
      ),
    );
  }

  const spent = -recent.filter(isSpending).reduce((sum, row) => sum + row.amount, 0);
  if (months >= MIN_SAVINGS_MONTHS && earned > 0) {
    const rate = Math.round((100 * (earned - spent)) / earned);
    const saved = recent.filter((row) => row.amount < 0 && row.transferPairId !== undefined);
    findings.push(
      finding(
        'spending-power',
        rate >= 0 ? 'power.savingsRate' : 'power.overspending',
        { rate: Math.abs(rate), saved: money(Math.abs(earned - spent)) },
        0.5 + Math.min(0.35, months / 30),
        saved.length > 0 ? saved : income,
      ),
    );
  }
  return findings;
}
