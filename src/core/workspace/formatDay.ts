import type { IsoDate } from '../types';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` as a short local date ("Oct 31, 2026", "31 oct. 2026"), independent of the time zone. */
export function formatDay(date: IsoDate, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : format.format(time);
}
