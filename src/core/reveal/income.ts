import { finding, median } from './context';
import { regularPayers } from './payers';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * Who pays the person and when: the main regular payer (its name, the usual pay day and amount) and the last
 * lasting change of that pay (≥ 2% between the medians before and after, with ≥ 2 payments after it).
 */
const MIN_CHANGE = 0.02;
const MIN_AFTER = 2;

function lastChange(rows: readonly RevealRow[]): { index: number; from: number; to: number } | undefined {
  for (let index = rows.length - MIN_AFTER; index >= 1; index -= 1) {
    const before = median(rows.slice(Math.max(0, index - 3), index).map((row) => row.amount));
    const after = median(rows.slice(index, index + 3).map((row) => row.amount));
    const previous = (rows[index - 1] as RevealRow).amount;
    const current = (rows[index] as RevealRow).amount;
    if (Math.abs(current - previous) / previous < MIN_CHANGE) continue;
    if (Math.abs(after - before) / before >= MIN_CHANGE) return { index, from: before, to: after };
  }
  return undefined;
}

export function inferIncome(context: RevealContext): Finding[] {
  const payer = regularPayers(context)[0];
  if (!payer) return [];
  const money = (minor: number) => ({ money: minor, currency: context.currency });
  const findings = [
    finding(
      'income',
      payer.salary ? 'income.employer' : 'income.payer',
      { payer: payer.name, day: payer.payDay, amount: money(payer.amount), count: payer.rows.length },
      (payer.salary ? 0.8 : 0.6) + Math.min(0.15, payer.rows.length / 80),
      payer.rows,
    ),
  ];
  const change = lastChange(payer.rows);
  if (change) {
    const around = payer.rows.slice(Math.max(0, change.index - 1), change.index + MIN_AFTER);
    findings.push(
      finding(
        'income',
        change.to > change.from ? 'income.raise' : 'income.cut',
        {
          payer: payer.name,
          from: money(change.from),
          to: money(change.to),
          month: { month: (payer.rows[change.index] as RevealRow).date.slice(0, 7) },
        },
        0.85,
        around,
      ),
    );
  }
  return findings;
}
