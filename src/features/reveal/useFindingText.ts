import { useCallback, useMemo } from 'react';
import { formatMoney, minorToMajor } from '../../core/money';
import type { Finding, FindingParam } from '../../core/reveal';
import { type MessageKey, useI18n } from '../../i18n';

/** Turns a finding's message id and typed params into a sentence in the interface language. */
export function useFindingText(): (finding: Finding) => string {
  const { t, locale, numberLocale, language } = useI18n();
  const formats = useMemo(
    () => ({
      date: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
      region: new Intl.DisplayNames([locale], { type: 'region' }),
    }),
    [locale],
  );
  return useCallback(
    (finding: Finding) => {
      const show = (value: FindingParam): string | number => {
        if (typeof value !== 'object') return value;
        if ('money' in value) {
          return value.whole
            ? new Intl.NumberFormat(numberLocale, {
                style: 'currency',
                currency: value.currency,
                maximumFractionDigits: 0,
              }).format(minorToMajor(value.money, value.currency))
            : formatMoney(value.money, value.currency, numberLocale);
        }
        if ('date' in value) return formats.date.format(new Date(`${value.date}T00:00:00Z`));
        if ('month' in value) return formats.month.format(new Date(`${value.month}-01T00:00:00Z`));
        // 2024-01-01 was a Monday: ISO weekday 0.
        if ('weekday' in value) return formats.weekday.format(new Date(Date.UTC(2024, 0, 1 + value.weekday)));
        if ('country' in value) return formats.region.of(value.country) ?? value.country;
        if ('city' in value) return (language === 'fr' && value.fr) || value.city;
        return value.category;
      };
      const params = Object.fromEntries(
        Object.entries(finding.params).map(([key, value]) => [key, show(value)]),
      );
      const text = t(`reveal.msg.${finding.message}` as MessageKey, params);
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    [t, numberLocale, language, formats],
  );
}
