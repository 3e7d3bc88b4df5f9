import { memo, useMemo } from 'react';
import { formatMoney } from '../../core/money';
import type { CurrencySums } from '../../core/workspace/currencySums';
import { useI18n } from '../../i18n';

/** The sum of the rows shown, one figure per currency (never added across currencies). */
export const FilteredTotal = memo(function FilteredTotal({ sums }: { sums: CurrencySums }) {
  const { t, numberLocale } = useI18n();
  const text = useMemo(() => {
    if (sums.size === 0) return null;
    const amount = [...sums]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([currency, sum]) => formatMoney(sum, currency, numberLocale))
      .join(' · ');
    return t('views.total', { amount });
  }, [sums, numberLocale, t]);
  if (text === null) return null;
  return (
    <span className="filtered-total" data-testid="filtered-total">
      {text}
    </span>
  );
});
