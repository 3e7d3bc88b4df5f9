import { distinct, groupBy, isIncome, median, monthKey } from './context';
import { keywordList, matches } from './keywords';
import type { RevealContext, RevealRow } from './types';

/** Someone who pays the person regularly: an employer, a pension fund, a benefits office. */
export interface RegularPayer {
  name: string;
  rows: RevealRow[];
  /** The descriptor says salary/payroll. */
  salary: boolean;
  /** Usual day of the month. */
  payDay: number;
  /** Median of the last three payments, minor units. */
  amount: number;
  first: number;
  last: number;
}

const MIN_PAYMENTS = 3;
const MIN_GAP = 20;
const MAX_GAP = 40;

const SALARY = keywordList(
  'salaire salaires paie payroll salary wages gehalt lohn salaris loon nomina sueldo stipendio des_payroll direct_dep',
);

/** Payers with ≥ 3 payments in ≥ 3 months, about monthly (median gap 20–40 days); largest total first. */
export function regularPayers(context: RevealContext): RegularPayer[] {
  // Interest and dividends are the person's own money at work, not someone who pays them.
  const income = context.rows.filter(
    (row) => isIncome(row) && row.kind !== 'interest' && row.currency === context.currency,
  );
  const payers: RegularPayer[] = [];
  for (const rows of groupBy(income, (row) => row.payee).values()) {
    if (rows.length < MIN_PAYMENTS || distinct(rows.map(monthKey)) < MIN_PAYMENTS) continue;
    const gaps = rows.slice(1).map((row, index) => row.day - (rows[index] as RevealRow).day);
    const gap = median(gaps);
    if (gap < MIN_GAP || gap > MAX_GAP) continue;
    payers.push({
      name: rows[0]?.merchant ?? '',
      rows,
      salary: rows.some((row) => matches(row.text, SALARY)),
      payDay: Math.round(median(rows.map((row) => Number(row.date.slice(8, 10))))),
      amount: Math.round(median(rows.slice(-3).map((row) => row.amount))),
      first: rows[0]?.day ?? 0,
      last: rows.at(-1)?.day ?? 0,
    });
  }
  const total = (payer: RegularPayer) => payer.rows.reduce((sum, row) => sum + row.amount, 0);
  return payers.sort((a, b) => Number(b.salary) - Number(a.salary) || total(b) - total(a));
}
