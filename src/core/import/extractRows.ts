import type { LineError } from '../types';
import { currencyDigits } from '../money';
import type { DateOrder, DecimalMark, SignConvention, StatementRow } from './types';
import { buildLayout, type Layout } from './layout';
import { resolveDate, scanDate, type DateScan } from './parseDate';
import { parseAmount } from './parseAmount';
import { directionOf } from './direction';
import { joinDescription } from './describe';
import { isPseudoRow, pseudoLevel } from './pseudoRows';
import { cleanCell, normalizeName } from './text';
import { scoreHeaderRow } from './findHeader';
import { assignRoles } from './columnRoles';

export interface ExtractSettings {
  layout: Layout;
  dataStart: number;
  headerKey: string | null;
  dateOrder: DateOrder;
  decimalMark: DecimalMark;
  sign: SignConvention;
  /** File-level currency (header, preamble, preset) used when a row has none. */
  currency: string | undefined;
  /** Headerless files: lines before the first good row are a preamble, not errors. */
  headerless: boolean;
  /** Re-read section headers found further down (several tables in one file). */
  followSections: boolean;
}

const PENDING =
  /(vorgemerkt|pending|offen|in behandeling|en attente|en cours|authori[sz]ed|not yet posted|nicht gebucht|in bearbeitung|non comptabilis)/i;
const SKIPPED_STATE = /^(declined|reverted|failed|cancel+ed|abgelehnt|storniert|rejected)$/i;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** 1-based file line of each parsed row (quoted cells may span several lines). */
export function lineNumbers(table: readonly string[][]): Int32Array {
  const lines = new Int32Array(table.length);
  let line = 1;
  for (let i = 0; i < table.length; i++) {
    lines[i] = line;
    line++;
    const row = table[i]!;
    for (let k = 0; k < row.length; k++) {
      const cell = row[k]!;
      let at = cell.indexOf('\n');
      while (at >= 0) {
        line++;
        at = cell.indexOf('\n', at + 1);
      }
    }
  }
  return lines;
}

function isBlank(row: readonly string[]): boolean {
  for (let k = 0; k < row.length; k++) if (row[k]!.trim().length > 0) return false;
  return true;
}

function nonEmptyCount(row: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < row.length; k++) if (row[k]!.trim().length > 0) n++;
  return n;
}

function rowKey(row: readonly string[]): string {
  return row.map((c) => normalizeName(c)).join('|');
}

/** Reads every data row into normalized transactions; unreadable rows become line errors. */
export function extractRows(
  table: string[][],
  lines: Int32Array,
  settings: ExtractSettings,
): { rows: StatementRow[]; errors: LineError[] } {
  const rows: StatementRow[] = [];
  const errors: LineError[] = [];
  let l = settings.layout;
  let headerKey = settings.headerKey;
  const { dateOrder, decimalMark, sign } = settings;
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  const parts: string[] = [];
  const fileCurrency = settings.currency;
  const fileDigits = currencyDigits(fileCurrency ?? 'EUR');
  // Statements repeat the same few hundred dates: cache each distinct cell's reading.
  const dateCache = new Map<string, string | null>();
  const readDate = (text: string): string | null => {
    let d = dateCache.get(text);
    if (d === undefined) {
      d = scanDate(text, scan) ? resolveDate(scan, dateOrder) : null;
      if (dateCache.size < 20_000) dateCache.set(text, d);
    }
    return d;
  };
  for (let i = settings.dataStart; i < table.length; i++) {
    const row = table[i]!;
    if (row.length <= 1 && (row[0] ?? '').trim() === '') continue;
    const line = lines[i]!;
    // Currency of the row decides its minor-unit digits.
    let currency = fileCurrency;
    let digits = fileDigits;
    if (l.currency >= 0) {
      const c = cleanCell(row[l.currency]).toUpperCase();
      if (CURRENCY_CODE.test(c)) {
        currency = c;
        digits = currencyDigits(c);
      }
    }
    const dateRaw = l.date >= 0 ? cleanCell(row[l.date]) : '';
    let date = dateRaw ? readDate(dateRaw) : null;
    let valueDate: string | null = null;
    if (l.valueDate >= 0) {
      const v = cleanCell(row[l.valueDate]);
      valueDate = v ? readDate(v) : null;
    }
    let amount: number | null = null;
    let amountBad = false;
    for (let k = 0; k < l.amounts.length; k++) {
      const raw = cleanCell(row[l.amounts[k]!]);
      if (raw.length === 0) continue;
      const colCurrency = l.amountCurrencies[k];
      if (colCurrency && l.amounts.length > 1) {
        currency = colCurrency;
        digits = currencyDigits(colCurrency);
      }
      amount = parseAmount(raw, decimalMark, digits);
      if (amount === null) amountBad = true;
      break;
    }
    if (l.amounts.length > 0) {
      if (amount !== null && l.direction >= 0) {
        const dir = directionOf(cleanCell(row[l.direction]));
        if (dir !== 0) amount = dir * Math.abs(amount);
      }
      if (amount !== null && sign === 'inverted') amount = -amount;
    } else if (l.debit >= 0 || l.credit >= 0) {
      const dRaw = l.debit >= 0 ? cleanCell(row[l.debit]) : '';
      const cRaw = l.credit >= 0 ? cleanCell(row[l.credit]) : '';
      const d = dRaw ? parseAmount(dRaw, decimalMark, digits) : null;
      const c = cRaw ? parseAmount(cRaw, decimalMark, digits) : null;
      if ((dRaw && d === null) || (cRaw && c === null)) amountBad = true;
      else if (d !== null || c !== null) amount = Math.abs(c ?? 0) - Math.abs(d ?? 0);
    }
    if (amount !== null && l.fee >= 0) {
      const f = parseAmount(cleanCell(row[l.fee]), decimalMark, digits);
      if (f !== null) amount -= Math.abs(f);
    }
    parts.length = 0;
    for (let k = 0; k < l.description.length; k++) parts.push(cleanCell(row[l.description[k]!]));
    const statusRaw = l.status >= 0 ? cleanCell(row[l.status]) : '';
    let pending =
      (statusRaw.length > 0 && PENDING.test(statusRaw)) || (date === null && PENDING.test(dateRaw));
    if (date === null && valueDate !== null && (dateRaw === '' || pending)) {
      date = valueDate;
      pending = pending || dateRaw !== '';
    }
    if (date === null || amount === null) {
      if (isBlank(row)) continue;
      parts.push(dateRaw);
      if (isPseudoRow(parts, true)) continue;
      if (headerKey !== null && rowKey(row) === headerKey) continue;
      if (settings.followSections && date === null) {
        const s = scoreHeaderRow(row);
        if (s && s.known >= 2 && (s.hasDate || s.hasMoney)) {
          const next = assignRoles(row, [], row.length);
          if (
            next.roles.includes('date') &&
            next.roles.some((r) => r === 'amount' || r === 'debit' || r === 'credit')
          ) {
            l = buildLayout(next.roles, row, next.descriptionOrder);
            headerKey = rowKey(row);
          }
          continue;
        }
      }
      if (settings.headerless && rows.length === 0) continue;
      const filled = nonEmptyCount(row);
      if (
        date === null &&
        amount === null &&
        !amountBad &&
        (filled <= 2 || Math.abs(row.length - l.width) > 1)
      )
        continue;
      if (date === null && dateRaw === '' && amount === null && !amountBad) continue;
      if (date === null && PENDING.test(dateRaw)) continue;
      const message =
        row.length > l.width && hasExtraText(row, l.width)
          ? `This line has ${row.length} fields, the header has ${l.width}.`
          : rowError(dateRaw, date, amount, amountBad);
      errors.push({ line, message });
      continue;
    }
    if (isPseudoRow(parts, amount === 0) || pseudoLevel(dateRaw) > 0) continue;
    if (row.length > l.width + 1 || (row.length > l.width && row[l.width]!.trim() !== '')) {
      if (hasExtraText(row, l.width)) {
        errors.push({ line, message: `This line has ${row.length} fields, the header has ${l.width}.` });
        continue;
      }
    }
    if (statusRaw && SKIPPED_STATE.test(statusRaw)) continue;
    let balance: number | null = null;
    if (l.balance >= 0) {
      const b = cleanCell(row[l.balance]);
      if (b) balance = parseAmount(b, decimalMark, digits);
    }
    // `+ 0` turns a negated zero (a "Debit 0.00" row, an inverted sign) into 0: -0 would show as "-€0.00".
    const out: StatementRow = {
      line,
      date,
      description: joinDescription(parts),
      amount: amount + 0,
      balance: balance === null ? null : balance + 0,
    };
    if (valueDate !== null) out.valueDate = valueDate;
    if (currency) out.currency = currency;
    if (pending) out.pending = true;
    if (l.account >= 0) {
      const a = cleanCell(row[l.account]);
      if (a) out.account = a;
    }
    rows.push(out);
  }
  return { rows, errors };
}

function hasExtraText(row: readonly string[], width: number): boolean {
  for (let k = width; k < row.length; k++) if (row[k]!.trim() !== '') return true;
  return false;
}

function rowError(dateRaw: string, date: string | null, amount: number | null, amountBad: boolean): string {
  if (date === null)
    return dateRaw ? `Cannot read the date "${dateRaw.slice(0, 40)}".` : 'The date is missing.';
  if (amountBad) return 'Cannot read the amount.';
  if (amount === null) return 'The amount is missing.';
  return 'Cannot read this line.';
}
