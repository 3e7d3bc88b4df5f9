import { useMemo } from 'react';
import { formatMoney, majorToMinor } from '../../core/money';
import { useI18n } from '../../i18n';

/** Formatters for chart values (charts work in major units). */
export function useMoneyFormat(currency: string) {
  const { numberLocale } = useI18n();
  return useMemo(
    () => ({
      full: (major: number) => formatMoney(majorToMinor(major, currency), currency, numberLocale),
      compact: (major: number) =>
        formatMoney(majorToMinor(major, currency), currency, numberLocale, { compact: true }),
    }),
    [currency, numberLocale],
  );
}
