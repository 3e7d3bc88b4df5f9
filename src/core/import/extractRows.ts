import type { LineError } from '../types';
import { currencyDigits } from '../money';
import type { StatementRow } from './types';
import { buildLayout, type Layout } from './layout';
import type { ExtractSettings } from './extractSettings';
import { resolveDate, scanDate, type DateScan } from './parseDate';
import { parseAmount, writesSide } from './parseAmount';
import { directionOf } from './direction';
import { joinDescription } from './describe';
import { isPseudoRow, pseudoLevel } from './pseudoRows';
import { cleanCell, isWords, normalizeName } from './text';
import { leaveOut } from './holderName';
import { isSkippedState, namesPending, showsAFigure } from './rowStates';
import { readsLikePayment } from './signConvention';
import { currencyCode } from './currency';
import { filledCells } from './readHelpers';
import { hasExtraText, hasExtraValues } from './wideRows';
import { allEmpty, continuesRow } from './continuationLines';
import { mendRowWidth } from './rowWidth';
import { scoreHeaderRow } from './findHeader';
import { assignRoles } from './columnRoles';
import { filledLinesFrom, startsTrailingTable } from './trailingTable';

/**
 * 1-based file line of each parsed row (quoted cells may span several lines). Given the text the table was parsed
 * from, a file whose line feeds are exactly the breaks between its rows (or that has none) has none inside a cell,
 * so row i is line i + 1 without a look at every cell.
 */
export function lineNumbers(table: readonly string[][], text?: string): Int32Array {
  const lines = new Int32Array(table.length);
  if (text !== undefined && onlyRowBreaks(text, table.length)) {
    for (let i = 0; i < table.length; i++) lines[i] = i + 1;
    return lines;
  }
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

/** The line feeds in `text`, counted up to `limit`. */
function lineFeeds(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && count < limit; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** True when some carriage return in `text` ends a line alone (old Mac files), not as half of a CR LF. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1))
    if (text.charCodeAt(at + 1) !== 10) return true;
  return false;
}

/**
 * True when no cell of the `rows` rows parsed from `text` holds a line feed: the text has none at all, or every
 * break between rows holds one (no line ends with a carriage return alone) and there are no more than those.
 */
function onlyRowBreaks(text: string, rows: number): boolean {
  const feeds = lineFeeds(text, rows);
  return feeds === 0 || (feeds === rows - 1 && !hasLoneCarriageReturn(text));
}

function isBlank(row: readonly string[]): boolean {
  for (let k = 0; k < row.length; k++) if (row[k]!.trim().length > 0) return false;
  return true;
}

function rowKey(row: readonly string[]): string {
  return row.map((c) => normalizeName(c)).join('|');
}

/** Reads every data row into normalized transactions; unreadable rows become line errors. */
export function extractRows(
  table: string[][],
  lines: Int32Array,
  settings: ExtractSettings,
): {
  rows: StatementRow[];
  errors: LineError[];
  skipped: { balanceLines: number; summaryLines: number; undatedPending: number };
} {
  const skipped = { balanceLines: 0, summaryLines: 0, undatedPending: 0 };
  const skip = (texts: readonly string[]) => {
    let level = 0;
    for (const t of texts) level = Math.max(level, pseudoLevel(t));
    if (level === 2) skipped.balanceLines++;
    else skipped.summaryLines++;
  };
  const rows: StatementRow[] = [];
  const errors: LineError[] = [];
  // Rows without an amount or a booking date yet: pending where the other rows carry booking dates, else errors.
  const unbooked: LineError[] = [];
  let l = settings.layout;
  let headerKey = settings.headerKey;
  const { dateOrder, decimalMark, sign, pairSigns: signs } = settings;
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  let pendingSection = settings.startsPending === true;
  /** The table row of the last row read: a continuation line must follow it directly. */
  let lastStoredAt = -1;
  const parts: string[] = [];
  const fileCurrency = settings.currency;
  const holder = settings.holderName;
  const fileDigits = fileCurrency ? currencyDigits(fileCurrency) : settings.unnamedCurrencyDigits;
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
    let row = table[i]!;
    if (row.length <= 1 && (row[0] ?? '').trim() === '') continue;
    if (row.length !== l.width) row = mendRowWidth(row, l, settings.delimiter, readDate, decimalMark);
    const line = lines[i]!;
    // Currency of the row decides its minor-unit digits.
    let currency = fileCurrency;
    let digits = fileDigits;
    if (l.currency >= 0) {
      const c = currencyCode(cleanCell(row[l.currency]).toUpperCase());
      if (c) {
        currency = c;
        digits = currencyDigits(c);
      }
    }
    const dateRaw = l.date >= 0 ? cleanCell(row[l.date]) : '';
    let date = dateRaw ? readDate(dateRaw) : null;
    const valueRaw = l.valueDate >= 0 ? cleanCell(row[l.valueDate]) : '';
    const valueDate = valueRaw ? readDate(valueRaw) : null;
    // A booking date that is not one yet ('Reserverat' beside a transaction date, Nordea) names a pending row too.
    const valueDateSaysPending = valueDate === null && valueRaw !== '' && namesPending(valueRaw);
    let amount: number | null = null;
    let amountBad = false;
    for (let k = 0; k < l.amounts.length; k++) {
      const raw = cleanCell(row[l.amounts[k]!]);
      if (raw.length === 0) continue;
      const colCurrency = l.amountCurrencies[k];
      const value = parseAmount(raw, decimalMark, colCurrency ? currencyDigits(colCurrency) : digits);
      // "0" in the first of several amount columns (foreign amount unused): the next column holds the amount.
      if (value === 0 && amount === null && k < l.amounts.length - 1) {
        amount = 0;
        continue;
      }
      if (colCurrency && l.amounts.length > 1) {
        currency = colCurrency;
        digits = currencyDigits(colCurrency);
      }
      amount = value;
      if (amount === null) amountBad = true;
      break;
    }
    if (l.amounts.length > 0) {
      if (amount !== null && l.direction >= 0) {
        const dir = directionOf(cleanCell(row[l.direction])) || settings.emptyDirection;
        if (dir !== 0) amount = dir * Math.abs(amount);
      }
      if (amount !== null && sign === 'inverted') amount = -amount;
    } else if (l.debit >= 0 || l.credit >= 0) {
      const dRaw = l.debit >= 0 ? cleanCell(row[l.debit]) : '';
      const cRaw = l.credit >= 0 ? cleanCell(row[l.credit]) : '';
      const d = dRaw ? parseAmount(dRaw, decimalMark, digits) : null;
      const c = cRaw ? parseAmount(cRaw, decimalMark, digits) : null;
      if ((dRaw && d === null) || (cRaw && c === null)) amountBad = true;
      // A Dr/Cr mark on a sum beats the column it sits in (TMB writes every sum, marked, under CREDIT).
      else if (d !== null || c !== null)
        amount =
          (signs?.creditsSigned || writesSide(cRaw) ? (c ?? 0) : Math.abs(c ?? 0)) -
          (writesSide(dRaw) ? -(d ?? 0) : signs?.debitsSigned ? (d ?? 0) : Math.abs(d ?? 0));
    }
    const fee = l.fee >= 0 ? parseAmount(cleanCell(row[l.fee]), decimalMark, digits) : null;
    if (fee !== null && amount !== null && !settings.feesIncluded) amount -= Math.abs(fee);
    // A fee on a row of its own (Capitec): the row's amount.
    else if (fee !== null && fee !== 0 && amount === null && !amountBad)
      amount = settings.feesSigned ? fee : -Math.abs(fee);
    // Overwritten in place, then cut: emptying an array (length 0) drops its storage, which every row would reallocate.
    for (let k = 0; k < l.description.length; k++) parts[k] = cleanCell(row[l.description[k]!]);
    parts.length = l.description.length;
    if (holder !== undefined) leaveOut(parts, holder);
    const statusRaw = l.status >= 0 ? cleanCell(row[l.status]) : '';
    let pending =
      (statusRaw.length > 0 && namesPending(statusRaw)) ||
      (date === null && namesPending(dateRaw)) ||
      valueDateSaysPending;
    if (date === null && valueDate !== null && (dateRaw === '' || pending)) {
      date = valueDate;
      pending = pending || dateRaw !== '';
    }
    if (date === null || amount === null) {
      if (isBlank(row)) continue;
      // The rest of the row above, on a line of its own (OCBC, Fintro): only description text, no date, no money.
      if (
        rows.length > 0 &&
        lastStoredAt === i - 1 &&
        continuesRow(row, l, dateRaw, parts, amount, amountBad)
      ) {
        const previous = rows[rows.length - 1] as StatementRow;
        previous.description = joinDescription([previous.description, ...parts]);
        lastStoredAt = i;
        continue;
      }
      // A section title alone on its line ("Pending Transactions", "Posted Transactions"), wherever it stands (under
      // a money column too): the rows under a pending one are not booked yet.
      if (date === null && amount === null && filledCells(row) === 1) {
        const title = cleanCell(row.find((cell) => cell.trim() !== ''));
        if (!amountBad || isWords(title)) {
          pendingSection = namesPending(title);
          skipped.summaryLines++;
          continue;
        }
      }
      parts.push(dateRaw);
      if (headerKey !== null && rowKey(row) === headerKey) continue;
      // Before the balance words: a table's header names its balance column too ("Saldo (€)", Postbank).
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
      if (isPseudoRow(parts, true) || isPseudoRow(row, true)) {
        skip(row);
        continue;
      }
      if (settings.headerless && rows.length === 0) continue;
      const filled = filledCells(row);
      if (
        date === null &&
        amount === null &&
        !amountBad &&
        (filled <= 2 || Math.abs(row.length - l.width) > 1)
      )
        continue;
      if (date === null && dateRaw === '' && amount === null && !amountBad) continue;
      // A pending payment without any date ("Pending", "offen"): no day to store it on, so it is counted, not read.
      if (date === null && namesPending(dateRaw)) {
        if (amount !== null) skipped.undatedPending++;
        continue;
      }
      // A date and a balance but no amount and no words (an opening/closing line with its D/C mark): nothing to store.
      if (
        date !== null &&
        amount === null &&
        !amountBad &&
        l.balance >= 0 &&
        cleanCell(row[l.balance]) !== ''
      ) {
        if (allEmpty(parts.slice(0, -1))) {
          skipped.balanceLines++;
          continue;
        }
      }
      if (startsTrailingTable(table, i)) {
        skipped.summaryLines += filledLinesFrom(table, i);
        break;
      }
      // The title of a section whose header repeats below it (a card bill's "JOAO G C GOMES ;;;6392").
      if (headerKey !== null && rowKey(table[i + 1] ?? []) === headerKey) {
        skipped.summaryLines++;
        continue;
      }
      const message =
        row.length > l.width && hasExtraText(row, l.width)
          ? `This line has ${row.length} fields, the header has ${l.width}.`
          : rowError(dateRaw, date, amount, amountBad);
      // A purchase listed before the bank booked it (UBS cards): no booking date and no amount yet.
      const notBooked =
        date !== null &&
        amount === null &&
        !amountBad &&
        l.valueDate >= 0 &&
        valueRaw === '' &&
        showsAFigure(row);
      (notBooked ? unbooked : errors).push({ line, message });
      continue;
    }
    if (
      isPseudoRow(parts, amount === 0) ||
      pseudoLevel(dateRaw) > 0 ||
      (allEmpty(parts) && balanceWordElsewhere(row, l))
    ) {
      skip([...parts, dateRaw, ...(l.otherColumns ?? []).map((k) => cleanCell(row[k]))]);
      continue;
    }
    if (row.length > l.width && hasExtraText(row, l.width)) {
      // Text beyond the header (an unquoted description split on the delimiter) continues the description;
      // a number or a date there means the cells are shifted and the row cannot be trusted.
      if (hasExtraValues(row, l.width)) {
        errors.push({ line, message: `This line has ${row.length} fields, the header has ${l.width}.` });
        continue;
      }
      for (let k = l.width; k < row.length; k++) parts.push(cleanCell(row[k]));
    }
    if (statusRaw && isSkippedState(statusRaw)) continue;
    let balance: number | null = null;
    if (l.balance >= 0) {
      const b = cleanCell(row[l.balance]);
      if (b) balance = parseAmount(b, decimalMark, digits);
    }
    let description = joinDescription(parts);
    // Nothing named the row (PayPal's bank-funding legs): its transaction type says what it is.
    if (description === '' && settings.typeColumn >= 0)
      description = joinDescription([cleanCell(row[settings.typeColumn])]);
    const category = l.category.length > 0 ? joinDescription(l.category.map((k) => cleanCell(row[k]))) : '';
    // `+ 0` turns a negated zero (a "Debit 0.00" row, an inverted sign) into 0: -0 would show as "-€0.00".
    // A card's payments and refunds, written as positive as its charges, are money in.
    const stored =
      (settings.paymentsIn && amount < 0 && readsLikePayment(description) ? -amount : amount) + 0;
    const storedBalance = balance === null ? null : balance + 0;
    // Most rows have a currency and no other optional field: built whole, as a field added later costs an allocation.
    const currencyOnly = !category && valueDate === null && currency;
    const out: StatementRow = currencyOnly
      ? { line, date, description, amount: LAID_OUT_FOR_ANY_NUMBER, balance: null, currency }
      : { line, date, description, amount: LAID_OUT_FOR_ANY_NUMBER, balance: null };
    out.amount = stored;
    out.balance = storedBalance;
    if (category) out.bankCategory = category;
    if (valueDate !== null) out.valueDate = valueDate;
    if (currency && !currencyOnly) out.currency = currency;
    if (pending || pendingSection) out.pending = true;
    if (l.account >= 0) {
      const a = cleanCell(row[l.account]);
      if (a) out.account = a;
    }
    rows.push(out);
    lastStoredAt = i;
  }
  if (unbooked.length > 0 && rows.some((row) => row.valueDate !== undefined))
    skipped.undatedPending += unbooked.length;
  else if (unbooked.length > 0) {
    errors.push(...unbooked);
    errors.sort((a, b) => a.line - b.line);
  }
  return { rows, errors, skipped };
}

/**
 * V8 lays a field out for the kind of value it first holds. A running balance in minor units that first fits a
 * small integer and later does not (past 2^30: ten million in cents, a billion dong) would re-lay every row made
 * before it, and the next pass over the rows would pay for each (50 ms for 100k rows). Made with null and then set,
 * the amount and balance fields hold any number from the first row on.
 */
const LAID_OUT_FOR_ANY_NUMBER = null as unknown as number;

/**
 * "Anfangssaldo" / "Opening balance" in a column the reading does not use (a reference column), on a row with no
 * description of its own.
 */
function balanceWordElsewhere(row: readonly string[], l: Layout): boolean {
  const others = l.otherColumns;
  if (!others) return false;
  for (let k = 0; k < others.length; k++) {
    const v = row[others[k]!];
    if (v && v.length >= 5 && pseudoLevel(cleanCell(v)) === 2) return true;
  }
  return false;
}

function rowError(dateRaw: string, date: string | null, amount: number | null, amountBad: boolean): string {
  if (date === null)
    return dateRaw ? `Cannot read the date "${dateRaw.slice(0, 40)}".` : 'The date is missing.';
  if (amountBad) return 'Cannot read the amount.';
  if (amount === null) return 'The amount is missing.';
  return 'Cannot read this line.';
}
