import { monthNamed, resolveDate, scanDate, type DateScan } from './parseDate';
import { filledCells } from './readHelpers';
import { cleanCell } from './text';

const DAY_MONTH = /^(\d{1,2})[/-](\d{1,2})$/;
const FULL_DATE = /\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}/g;
/** Rows looked at to tell a column of dates without a year. */
const LOOKED_AT = 2000;

/**
 * Some banks (BCA) write their dates without a year ("28/03") and give it once, in a period line above the table
 * ("Periode : 01/03/2024 - 31/03/2024"). Such a column's dates are completed with the year of the period's end, or
 * the year before for a day after that end (a period across New Year), written as YYYY-MM-DD. Without a dated
 * preamble, `today` (YYYY-MM-DD) stands for the period's end: the dates are taken as the year up to the import
 * (the reading then asks the person to confirm, see `statesItsYear`). Files whose dates carry a year are left as
 * they are. Returns the column completed, or -1.
 */
export function completeYearlessDates(
  table: string[][],
  preamble: readonly string[][],
  dataStart: number,
  today?: string,
): number {
  const period = periodEnd(preamble);
  let end = period ?? (today ? dayOf(today) : null);
  if (!end) return -1;
  // Rows of the table, not the summary lines below it ("Saldo Awal", an amount).
  const rows = table.slice(dataStart, dataStart + LOOKED_AT).filter((row) => filledCells(row) >= 3);
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let j = 0; j < width; j++) if (rows.some((row) => scanDate(cleanCell(row[j]), scan))) return -1;
  // Every such column (a transaction and a posting date), in one order: a day over 12 in either decides it.
  const columns: number[] = [];
  let dayFirst = false;
  let monthFirst = false;
  for (let j = 0; j < width; j++) {
    const order = columnOrder(rows, j);
    if (!order) continue;
    columns.push(j);
    if (order.dayFirst) dayFirst = true;
    if (order.monthFirst) monthFirst = true;
  }
  if (columns.length === 0 || (dayFirst && monthFirst)) return -1;
  const dayAndMonthOf = (value: string): [number, number] | null => {
    const date = readYearless(value);
    if (!date) return null;
    return date.named || !monthFirst ? [date.first, date.second] : [date.second, date.first];
  };
  // Without a period, the statement ends on its latest day up to today, not at today: a file of 2 Nov to 6 Dec
  // read on 5 Dec is last year's, all of it.
  if (!period) {
    const days = rows.flatMap((row) => columns.map((j) => dayAndMonthOf(cleanCell(row[j]))));
    end = latestDay(
      days.filter((d) => d !== null),
      end,
    );
  }
  for (const j of columns) {
    for (let i = dataStart; i < table.length; i++) {
      const row = table[i]!;
      const date = dayAndMonthOf(cleanCell(row[j]));
      if (!date) continue;
      const [day, month] = date;
      const after = month * 100 + day > end.month * 100 + end.day;
      const year = after ? end.year - 1 : end.year;
      row[j] = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return columns[0]!;
}

type Day = { year: number; month: number; day: number };

/**
 * The statement's latest day: the one before the longest stretch of the year without any of its days (the
 * year-less `days`, [day, month]), in the latest year that puts it no later than `today`.
 */
function latestDay(days: readonly [number, number][], today: Day): Day {
  const order = [...new Set(days.map(([day, month]) => month * 100 + day))].sort((a, b) => a - b);
  if (order.length === 0) return today;
  const dayOfYear = (md: number) => (Math.floor(md / 100) - 1) * 31 + (md % 100);
  let latest = order[order.length - 1]!;
  let longest = dayOfYear(order[0]!) + 372 - dayOfYear(latest);
  for (let k = 0; k + 1 < order.length; k++) {
    const gap = dayOfYear(order[k + 1]!) - dayOfYear(order[k]!);
    if (gap > longest) {
      longest = gap;
      latest = order[k]!;
    }
  }
  const month = Math.floor(latest / 100);
  const day = latest % 100;
  const year = latest <= today.month * 100 + today.day ? today.year : today.year - 1;
  return { year, month, day };
}

/** True when the preamble gives the period the statement covers (a full date): its year-less dates are sure. */
export function statesItsYear(preamble: readonly string[][]): boolean {
  return periodEnd(preamble) !== null;
}

function dayOf(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/**
 * The latest full date written in the preamble (the period's end), or the last day of a month written with its
 * year in Chinese or Japanese ("2024年01月", "2026/02信用卡對帳單": a card bill's month).
 */
function periodEnd(preamble: readonly string[][]): Day | null {
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  let latest: string | null = null;
  const later = (date: string | null) => {
    if (date && (latest === null || date > latest)) latest = date;
  };
  for (const row of preamble)
    for (const cell of row) {
      const text = cleanCell(cell);
      for (const [written] of text.matchAll(FULL_DATE)) {
        if (!scanDate(written, scan)) continue;
        later(resolveDate(scan, scan.p2 > 12 ? 'MDY' : 'DMY'));
      }
      for (const [, year, month, day] of text.matchAll(CJK_DATE)) later(cjkDate(+year!, +month!, day));
      for (const [, year, month] of text.matchAll(BILL_MONTH_TITLE))
        later(cjkDate(+year!, +month!, undefined));
    }
  return latest ? dayOf(latest) : null;
}

const CJK_DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g;
/** A bill's month heading its title ("2026/02信用卡對帳單", Cathay). */
const BILL_MONTH_TITLE = /(\d{4})[/.-](\d{1,2})(?=\p{Script=Han})/gu;

/** YYYY-MM-DD of a year, a month and maybe a day (else the month's last), or null when not a date. */
function cjkDate(year: number, month: number, day: string | undefined): string | null {
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day === undefined ? last : +day;
  if (d < 1 || d > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What a column of dates without a year says of their order (a day over 12 first or second), or null when it is not one. */
function columnOrder(
  rows: readonly string[][],
  j: number,
): { dayFirst: boolean; monthFirst: boolean } | null {
  let filled = 0;
  let dates = 0;
  let named = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const row of rows) {
    const value = cleanCell(row[j]);
    if (!value) continue;
    filled++;
    const date = readYearless(value);
    if (!date) continue;
    dates++;
    if (date.named) {
      named++;
      continue;
    }
    if (date.first > 12 && date.second > 12) return null;
    if (date.first > 12) dayFirst = true;
    if (date.second > 12) monthFirst = true;
  }
  // A month named is a date on a row or two as well; a pair of numbers only in a column of them.
  const enough = dates >= 3 || (named > 0 && named === filled);
  if (!enough || dates < filled * 0.6 || (dayFirst && monthFirst)) return null;
  return { dayFirst, monthFirst };
}

/**
 * A date without a year: two numbers ("28/03", the column tells which is the day), or a day and a month named
 * ("18/abr", "Apr 18", "4月30日"): then `named`, and `first` is the day.
 */
interface Yearless {
  first: number;
  second: number;
  named: boolean;
}

const DAY_NAMED_MONTH = /^(\d{1,2})[/ .-]?(\p{L}{3,}\.?)$/u;
const NAMED_MONTH_DAY = /^(\p{L}{3,}\.?)[ -](\d{1,2})$/u;
const CJK_MONTH_DAY = /^(\d{1,2})月(\d{1,2})日$/;

function readYearless(value: string): Yearless | null {
  let m = DAY_MONTH.exec(value);
  if (m) return dayAndMonth(+m[1]!, +m[2]!, false, true);
  m = CJK_MONTH_DAY.exec(value);
  if (m) return dayAndMonth(+m[2]!, +m[1]!, true);
  m = DAY_NAMED_MONTH.exec(value);
  if (m) return dayAndMonth(+m[1]!, monthNamed(m[2]!), true);
  m = NAMED_MONTH_DAY.exec(value);
  return m ? dayAndMonth(+m[2]!, monthNamed(m[1]!), true) : null;
}

/** The date, or null when its day or month cannot be one (a number pair may be either way round). */
function dayAndMonth(first: number, second: number, named: boolean, eitherWay = false): Yearless | null {
  if (first < 1 || second < 1 || first > 31 || second > (eitherWay ? 31 : 12)) return null;
  return { first, second, named };
}
