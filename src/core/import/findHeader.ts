import { headerMeaning } from './headerRoles';
import { looksLikeDate } from './parseDate';
import { parseAmount } from './parseAmount';
import { cleanCell } from './text';

const SCAN_ROWS = 60;

export interface HeaderScore {
  known: number;
  hasDate: boolean;
  hasMoney: boolean;
}

/** A preamble's "label: value" cell ("Opening Balance INR: 1250.00", "Payment Due Date: 05 Oct '22"). */
const LABELLED_VALUE = /:\s+[^\s:]*\d/;

/** How much a row looks like a header: known column names, no date or amount values. */
export function scoreHeaderRow(row: string[]): HeaderScore | null {
  let known = 0;
  let hasDate = false;
  let hasMoney = false;
  let nonEmpty = 0;
  let recordType = false;
  let long = 0;
  for (const raw of row) {
    const v = cleanCell(raw);
    if (v.length === 0) continue;
    nonEmpty++;
    // A sentence is no column name; a header may still carry one notice cell (Česká spořitelna's paged export).
    if (v.length > 60) {
      long++;
      continue;
    }
    // One small number in the first cell is a record-type column ("5,Number,Date,Description…"), not data.
    if (!recordType && nonEmpty === 1 && /^\d{1,2}$/.test(v)) {
      recordType = true;
      continue;
    }
    if (looksLikeDate(v) || parseAmount(v, '.', 2) !== null || LABELLED_VALUE.test(v)) return null;
    const m = headerMeaning(v);
    if (!m) continue;
    known++;
    if (m.role === 'date' || m.role === 'valueDate') hasDate = true;
    if (m.role === 'amount' || m.role === 'debit' || m.role === 'credit' || m.role === 'balance')
      hasMoney = true;
  }
  if (nonEmpty < 2 || (long > 0 && (long > 1 || known < 3))) return null;
  return { known, hasDate, hasMoney };
}

function isDataRow(row: string[]): boolean {
  let date = false;
  let money = false;
  for (const raw of row) {
    const v = cleanCell(raw);
    if (v.length === 0) continue;
    if (!date && looksLikeDate(v)) date = true;
    else if (parseAmount(v, '.', 2) !== null) money = true;
  }
  return date && money;
}

function nonEmptyCount(row: string[]): number {
  let n = 0;
  for (const c of row) if (c.trim().length > 0) n++;
  return n;
}

/**
 * Finds the header row: the row with the most known column names (it must name a date or an amount and
 * hold no date/amount values). Falls back to a text-only row right before the first data row;
 * -1 when the file has no header.
 */
export function findHeader(table: string[][]): number {
  const limit = Math.min(table.length, SCAN_ROWS);
  let best = -1;
  let bestKnown = 1;
  for (let i = 0; i < limit; i++) {
    const s = scoreHeaderRow(table[i]!);
    if (!s || !(s.hasDate || s.hasMoney)) continue;
    // The first complete header wins (later sections of the file have their own headers).
    if (s.known >= 2 && s.hasDate && s.hasMoney) return i;
    const value = s.known + (s.hasDate ? 0.5 : 0) + (s.hasMoney ? 0.5 : 0);
    if (s.known >= 2 && value > bestKnown) {
      best = i;
      bestKnown = value;
    }
  }
  if (best >= 0) return best;
  // Unknown language: a row of plain labels right before the first data row with the same width.
  for (let i = 0; i < limit; i++) {
    if (!isDataRow(table[i]!)) continue;
    const prev = table[i - 1];
    if (!prev) return -1;
    const width = nonEmptyCount(table[i]!);
    const s = scoreHeaderRow(prev);
    if (s && nonEmptyCount(prev) >= Math.max(2, width - 1)) return i - 1;
    return -1;
  }
  return -1;
}
