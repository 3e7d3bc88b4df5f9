import { formatMoney } from '../../core/money';
import { useI18n } from '../../i18n';
import type { TransactionRow } from './useTransactionRows';

/** The sum of the rows shown, one figure per currency (never added across currencies). */
export function FilteredTotal({ rows }: { rows: readonly TransactionRow[] }) {
  const { t, locale } = useI18n();
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.amount);
  if (sums.size === 0) return null;
  const amount = [...sums]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([currency, sum]) => formatMoney(sum, currency, locale))
    .join(' · ');
  return (
    <span className="filtered-total" data-testid="filtered-total">
      {t('views.total', { amount })}
    </span>
  );
}
