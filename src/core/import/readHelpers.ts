import type { ReadingProfile, StatementReading } from './types';
import type { Fatal } from './decode';
import { looksLikeDate } from './parseDate';
import { describeReading } from './readingSummary';
import { findAccountNumber } from './identity';
import { cleanCell, normalizeName } from './text';

export function emptyProfile(delimiter = ','): ReadingProfile {
  return {
    signature: '',
    delimiter,
    headerRow: -1,
    roles: [],
    dateOrder: 'DMY',
    decimalMark: '.',
    sign: 'normal',
  };
}

export function fatalReading(fatal: Fatal, encoding: string, profile = emptyProfile()): StatementReading {
  const reading = { profile, rows: [], errors: [], needsReview: false, reviewReasons: [], encoding, fatal };
  return { ...reading, summary: describeReading(reading) };
}

export function columnValues(table: string[][], start: number, col: number): string[] {
  const out: string[] = [];
  if (col < 0) return out;
  for (let i = start; i < table.length; i++) {
    const v = table[i]![col];
    if (v !== undefined && v !== '') out.push(cleanCell(v));
  }
  return out;
}

export function modeWidth(rows: string[][]): number {
  const freq = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const r of rows) {
    const f = (freq.get(r.length) ?? 0) + 1;
    freq.set(r.length, f);
    if (f > bestCount || (f === bestCount && r.length > best)) {
      best = r.length;
      bestCount = f;
    }
  }
  return best;
}

export function firstDataRow(table: string[][], dateCol: number): number {
  if (dateCol < 0) return 0;
  for (let i = 0; i < table.length && i < 100; i++)
    if (looksLikeDate(cleanCell(table[i]![dateCol]))) return i;
  return 0;
}

export function findTypeColumn(header: readonly string[] | null): number {
  if (!header) return -1;
  for (let j = 0; j < header.length; j++) {
    const n = normalizeName(header[j] ?? '');
    if (n === 'type' || n === 'transaction type') return j;
  }
  return -1;
}

export function accountFromRows(rows: readonly { account?: string }[]): string | undefined {
  const counts = new Map<string, number>();
  // Indexed, as in summarizeCurrency: once per import over every row.
  for (let i = 0; i < rows.length; i++) {
    const account = rows[i]!.account;
    if (account) counts.set(account, (counts.get(account) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [a, c] of counts) {
    if (c > bestCount) {
      best = a;
      bestCount = c;
    }
  }
  // A column whose numbers change from row to row names the counterparties (N26's "Account number" beside the
  // payee), or several accounts (each part of the file then says its own): not the statement's one account.
  let named = 0;
  for (const count of counts.values()) named += count;
  if (!best || bestCount < named * 0.95) return undefined;
  return findAccountNumber(best) ?? best;
}

/** How many cells of a row hold something. */
export function filledCells(row: readonly string[]): number {
  let filled = 0;
  for (const cell of row) if (cell.trim()) filled++;
  return filled;
}
