import { resolveDate, scanDate, type DateScan } from './parseDate';
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
  const end = periodEnd(preamble) ?? (today ? dayOf(today) : null);
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
  for (const j of columns) {
    for (let i = dataStart; i < table.length; i++) {
      const row = table[i]!;
      const m = DAY_MONTH.exec(cleanCell(row[j]));
      if (!m) continue;
      const [day, month] = monthFirst ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
      const after = month * 100 + day > end.month * 100 + end.day;
      const year = after ? end.year - 1 : end.year;
      row[j] = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return columns[0]!;
}

/** True when the preamble gives the period the statement covers (a full date): its year-less dates are sure. */
export function statesItsYear(preamble: readonly string[][]): boolean {
  return periodEnd(preamble) !== null;
}

function dayOf(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/**
 * The latest full date written in the preamble (the period's end), or the last day of a month written with its
 * year in Chinese or Japanese ("2024年01月": a card bill's month).
 */
function periodEnd(preamble: readonly string[][]): { year: number; month: number; day: number } | null {
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
    }
  return latest ? dayOf(latest) : null;
}

const CJK_DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g;

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
  let dayFirst = false;
  let monthFirst = false;
  for (const row of rows) {
    const value = cleanCell(row[j]);
    if (!value) continue;
    filled++;
    const m = DAY_MONTH.exec(value);
    if (!m) continue;
    const first = +m[1]!;
    const second = +m[2]!;
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return null;
    dates++;
    if (first > 12) dayFirst = true;
    if (second > 12) monthFirst = true;
  }
  if (dates < 3 || dates < filled * 0.6 || (dayFirst && monthFirst)) return null;
  return { dayFirst, monthFirst };
}
