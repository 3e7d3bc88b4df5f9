import type { DayRange } from '../../core/analytics/columnsQueries';
import { dayNumberToIso } from '../../core/dates';
import { type TransactionQuery, transactionsHref } from '../../core/workspace/txQuery';

/** What every dashboard figure is computed over: one currency, one period. */
export interface DrillScope {
  currency: string;
  range: DayRange;
}

/** A link to exactly the transactions behind a figure: the scope's currency and period plus `query`. */
export function drillHref(scope: DrillScope, query: TransactionQuery): string {
  return transactionsHref({
    from: dayNumberToIso(scope.range.from),
    to: dayNumberToIso(scope.range.to),
    currency: scope.currency,
    ...query,
  });
}

/** Follows a drill-down link as a new history entry, so Back returns to the dashboard. */
export function openDrill(href: string) {
  location.hash = href.slice(1);
}

/** The first and last day of a `YYYY-MM` month, clipped to the scope. */
export function monthQuery(scope: DrillScope, month: string): TransactionQuery {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  const from = dayNumberToIso(scope.range.from);
  const to = dayNumberToIso(scope.range.to);
  const first = `${month}-01`;
  return { from: first > from ? first : from, to: last < to ? last : to };
}
