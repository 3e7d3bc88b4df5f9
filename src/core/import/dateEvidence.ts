import type { DateOrder } from './types';
import type { DateOrderInference } from './inferDateOrder';
import { scanDate, type DateScan } from './parseDate';
import { cleanCell, normalizeName } from './text';

/** What settled the day/month order, for the import summary. */
export type DateOrderSource =
  | 'values'
  | 'weekday'
  | 'otherDates'
  | 'profile'
  | 'preset'
  | 'dateSeparator'
  | 'decimalMark'
  | 'language'
  | 'currency'
  | 'sequence'
  | 'locale'
  | 'undecided';

export interface DateOrderDecision {
  order: DateOrder;
  source: DateOrderSource;
  /** True only when nothing in the file, the bank or the browser settles the order: the person is asked. */
  ask: boolean;
}

export interface DateOrderClues {
  /** Inference from the date columns' values (inferDateOrder). */
  values: DateOrderInference;
  /** Raw cells of the main date column (weekday names, separators). */
  dateCells: readonly string[];
  /** Every row of the file (preamble dates such as "Von: 01.01.2017 Bis: 31.12.2017" settle the order). */
  table: readonly string[][];
  header: readonly string[] | null;
  presetOrder?: DateOrder;
  decimalMark: '.' | ',';
  /** True when the money cells really showed the decimal mark (not the default). */
  decimalSeen: boolean;
  currency?: string;
  /** The browser's language ("en-US", "fr-FR"). */
  locale?: string;
  /** Whether the sequence of dates is much smoother in one order (set by inferDateOrder's roughness). */
  smoother?: DateOrder;
}

const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_WORDS = [
  'sun sunday so sonntag dim dimanche zo zondag dom domingo',
  'mon monday mo montag lun lundi ma maandag lunes',
  'tue tues tuesday di dienstag mar mardi dinsdag martes',
  'wed weds wednesday mi mittwoch mer mercredi wo woensdag miercoles',
  'thu thur thurs thursday do donnerstag jeu jeudi donderdag jueves',
  'fri friday fr freitag ven vendredi vrijdag viernes',
  'sat saturday sa samstag sam samedi za zaterdag sabado',
];
WEEKDAY_WORDS.forEach((words, day) => {
  for (const w of words.split(' ')) WEEKDAYS[w] = day;
});

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Weekday names beside ambiguous dates ("06/01/2019  Sat") say which reading is the calendar's. */
function orderFromWeekdays(cells: readonly string[]): DateOrder | null {
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  let dmy = 0;
  let mdy = 0;
  for (const cell of cells.slice(0, 500)) {
    if (!scanDate(cell, scan) || scan.fixed !== 0 || scan.p1 === scan.p2) continue;
    const word = normalizeName(cell.replace(/[\d./-]+/g, ' '))
      .split(' ')
      .find((w) => w in WEEKDAYS);
    if (word === undefined) continue;
    const wanted = WEEKDAYS[word]!;
    if (weekdayOf(scan.year, scan.p2, scan.p1) === wanted) dmy++;
    if (weekdayOf(scan.year, scan.p1, scan.p2) === wanted) mdy++;
  }
  if (dmy > mdy * 3 && dmy > 0) return 'DMY';
  if (mdy > dmy * 3 && mdy > 0) return 'MDY';
  return null;
}

const FULL_DATE = /(?:^|[^\d])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:$|[^\d])/;

/** Any full date anywhere in the file (preamble, other columns) whose day is > 12 settles the order. */
function orderFromOtherDates(table: readonly string[][]): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (let i = 0; i < table.length && i < 3000; i++) {
    for (const raw of table[i]!) {
      if (raw.length < 8 || raw.length > 200) continue;
      const m = FULL_DATE.exec(raw);
      if (!m) continue;
      const a = +m[1]!;
      const b = +m[3]!;
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy++;
    }
  }
  if (dmy > 0 && mdy === 0) return 'DMY';
  if (mdy > 0 && dmy === 0) return 'MDY';
  return null;
}

const ENGLISH =
  /^(date|posted|posting|transaction|trans|amount|description|details|detail|narration|narrative|particulars|balance|running|closing|debit|credit|paid|in|out|money|value|memo|reference|ref|type|payee|payer|withdrawal|withdrawals|deposit|deposits|category|name|status|currency|fee|fees|check|cheque|number|no|chq|account|card|time|merchant|notes|note|id|total|completed|started|original|from|to|of|the|by|and|or|a|receipt|address|city|state|country|zip|code|sort|dr|cr|gross|net|item|title|email|timezone|product|narrative|subcategory|booking|cleared|tag|tags|location|summary|source|destination|slip|running|available|pending|memo|bank|branch)$/;

/** 'en' when the header is written in English, 'other' when in another language, null when unknown. */
export function headerLanguage(header: readonly string[] | null): 'en' | 'other' | null {
  if (!header) return null;
  let english = 0;
  let other = 0;
  for (const name of header) {
    const words = normalizeName(cleanCell(name))
      .split(' ')
      .filter((w) => w.length > 1 && !/^\d+$/.test(w));
    if (words.length === 0) continue;
    if (words.some((w) => ENGLISH.test(w))) english++;
    else other++;
  }
  if (english + other < 2) return null;
  return english >= other ? 'en' : 'other';
}

/** Currencies of the countries whose banks write month first (Canada's dollar says nothing: both are used). */
const MONTH_FIRST_CURRENCIES = new Set(['USD', 'PHP']);

/** Regions whose banks write month first. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'PR', 'VI', 'UM']);

function localeOrder(locale: string | undefined): DateOrder | null {
  if (!locale) return null;
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  if (region) return MONTH_FIRST_REGIONS.has(region) ? 'MDY' : 'DMY';
  return locale.toLowerCase().startsWith('en') ? null : 'DMY';
}

/**
 * Decides day/month order from the strongest evidence available: the values, weekday names, other dates in the
 * file, the bank's preset, then the bank's convention (dotted dates, decimal comma, header language, currency),
 * the sequence of dates, and last the browser's locale. Asks only when none of them says anything.
 */
export function decideDateOrder(clues: DateOrderClues): DateOrderDecision {
  const v = clues.values;
  if (!v.ambiguous) return { order: v.order, source: 'values', ask: false };
  const decided = (order: DateOrder, source: DateOrderSource): DateOrderDecision => ({
    order,
    source,
    ask: false,
  });
  const weekday = orderFromWeekdays(clues.dateCells);
  if (weekday) return decided(weekday, 'weekday');
  const other = orderFromOtherDates(clues.table);
  if (other) return decided(other, 'otherDates');
  if (clues.presetOrder) return decided(clues.presetOrder, 'preset');
  const sample = clues.dateCells.find((c) => /^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(c.trim()));
  if (sample) return decided('DMY', 'dateSeparator');
  if (clues.decimalSeen && clues.decimalMark === ',') return decided('DMY', 'decimalMark');
  const language = headerLanguage(clues.header);
  if (language === 'other') return decided('DMY', 'language');
  if (clues.currency && clues.currency !== 'CAD')
    return decided(MONTH_FIRST_CURRENCIES.has(clues.currency) ? 'MDY' : 'DMY', 'currency');
  if (clues.smoother) return decided(clues.smoother, 'sequence');
  const fromLocale = localeOrder(clues.locale);
  if (fromLocale) return decided(fromLocale, 'locale');
  return { order: v.order === 'MDY' ? 'MDY' : 'DMY', source: 'undecided', ask: true };
}
