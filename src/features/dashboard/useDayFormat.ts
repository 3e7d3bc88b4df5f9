import { useMemo } from 'react';
import { useI18n } from '../../i18n';

const DAY_MS = 86_400_000;

/** Formats day numbers (days since 1970-01-01) as locale dates: short ("15 Nov") and with the year. */
export function useDayFormat() {
  const { locale } = useI18n();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      short: (day: number) => short.format(new Date(day * DAY_MS)),
      long: (day: number) => long.format(new Date(day * DAY_MS)),
      month: (day: number) => month.format(new Date(day * DAY_MS)),
      iso: (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10),
    };
  }, [locale]);
}
