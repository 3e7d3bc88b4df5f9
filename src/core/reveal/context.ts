import { dayNumberToIso, isoToDayNumber } from '../dates';
import { toKey } from '../merchant/fold';
import type { Finding, RevealContext, RevealInput, RevealRow } from './types';

/** Evidence lists are cut to the most recent rows beyond this (a link must stay a usable URL). */
export const MAX_EVIDENCE = 2000;

export function buildContext(input: RevealInput): RevealContext {
  const rows: RevealRow[] = [];
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let folded = keys.get(text);
    if (folded === undefined) {
      folded = toKey(text);
      keys.set(text, folded);
    }
    return folded;
  };
  const currencies = new Map<string, number>();
  for (const tx of input.transactions) {
    if (tx.id === undefined || tx.pending) continue;
    const day = isoToDayNumber(tx.date);
    rows.push({
      ...tx,
      id: tx.id,
      text: key(`${tx.description} ${tx.merchant}`),
      day,
      purchaseDay: purchaseDay(tx.description, tx.date, day),
      payee: tx.merchantKey || key(tx.merchant) || key(tx.description),
    });
    currencies.set(tx.currency, (currencies.get(tx.currency) ?? 0) + 1);
  }
  rows.sort((a, b) => a.day - b.day || a.id - b.id);
  const currency = [...currencies].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
  return {
    rows,
    accounts: input.accounts,
    categories: input.categories,
    currency,
    first: rows[0]?.day ?? 0,
    last: rows.at(-1)?.day ?? 0,
    today: isoToDayNumber(input.today),
  };
}

/** Ids of rows, oldest first, at most MAX_EVIDENCE (the most recent ones). */
export function evidenceOf(rows: readonly RevealRow[]): number[] {
  const sorted = [...rows].sort((a, b) => a.day - b.day || a.id - b.id);
  return sorted.slice(-MAX_EVIDENCE).map((row) => row.id);
}

export function finding(
  kind: Finding['kind'],
  message: string,
  params: Finding['params'],
  confidence: number,
  rows: readonly RevealRow[],
): Finding {
  return {
    kind,
    message,
    params,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    evidence: evidenceOf(rows),
  };
}

/** Money going out to someone else: not a transfer between the person's own accounts. */
export function isSpending(row: RevealRow): boolean {
  return (
    row.amount < 0 &&
    row.transferPairId === undefined &&
    row.category !== 'transfers' &&
    row.kind !== 'transfer' &&
    row.kind !== 'cardSummary'
  );
}

/** Money earned or received from others: not a refund, nor a transfer between own accounts. */
export function isIncome(row: RevealRow): boolean {
  return (
    row.amount > 0 &&
    row.transferPairId === undefined &&
    row.kind !== 'refund' &&
    (row.category === 'income' || row.kind === 'income')
  );
}

export function distinct<T>(values: Iterable<T>): number {
  return new Set(values).size;
}

export const monthKey = (row: RevealRow) => row.date.slice(0, 7);

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Items by key; an empty key (a payee nothing could name) groups nothing. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    if (name === '') continue;
    const list = groups.get(name);
    if (list) list.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

/** The purchase day a descriptor gives ("dd/mm" within the 7 days before booking), else the booking day. */
function purchaseDay(description: string, date: string, booked: number): number {
  const match = /(?:^|\s)(\d{2})\/(\d{2})(?:\s|$)/.exec(description);
  if (!match) return booked;
  const [, day, month] = match;
  for (const year of [Number(date.slice(0, 4)), Number(date.slice(0, 4)) - 1]) {
    const lag = booked - isoToDayNumber(`${year}-${month}-${day}`);
    if (lag >= 0 && lag <= 7) return booked - lag;
  }
  return booked;
}

/** The purchase date of a card payment (the booking date when the descriptor does not say). */
export function purchaseDate(row: RevealRow): string {
  return dayNumberToIso(row.purchaseDay);
}

/** ISO weekday (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
