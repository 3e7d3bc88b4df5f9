import { addDays } from '../dates';
import type { Transaction } from '../types';

/** Helpers for the recurring and unusual tests: transactions from short descriptions. */
let nextId = 1;

export function charge(
  date: string,
  amount: number,
  merchant: string,
  extra: Partial<Transaction> = {},
): Transaction {
  return {
    id: nextId++,
    accountId: 1,
    date,
    description: merchant.toUpperCase(),
    merchant,
    category: 'uncategorized',
    kind: 'card',
    amount: -Math.abs(amount),
    currency: 'EUR',
    balance: null,
    importId: 1,
    fingerprint: `${date}|${amount}|${merchant}`,
    ...extra,
  };
}

/** `count` monthly dates on `day` of the month (clamped to the month's length), from `year`-`month`. */
export function monthlyDates(year: number, month: number, day: number, count: number): string[] {
  const dates: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const total = year * 12 + month - 1 + index;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    dates.push(`${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`);
  }
  return dates;
}

export function everyNDays(start: string, days: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(start, index * days));
}

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everyday spending that should never look recurring or unusual: groceries and coffees on random days. */
export function everyday(start: string, days: number, seed = 1): Transaction[] {
  const next = random(seed);
  const rows: Transaction[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const date = addDays(start, offset);
    if (next() < 0.35)
      rows.push(charge(date, 800 + Math.round(next() * 6000), 'Carrefour City', { category: 'groceries' }));
    if (next() < 0.5) {
      rows.push(charge(date, 390, 'Starbucks', { category: 'dining' }));
      if (next() < 0.3) rows.push(charge(date, 390, 'Starbucks', { category: 'dining' }));
    }
    if (next() < 0.1)
      rows.push(charge(date, 1500 + Math.round(next() * 9000), 'Amazon', { category: 'shopping' }));
  }
  return rows;
}
