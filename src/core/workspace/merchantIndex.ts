import type { Transaction } from '../types';
import { merchantKeyOf } from './filter';
import { compareNewestFirst } from './newestFirst';

/** One merchant (by payee key): the name its newest transaction shows, and how many transactions it has. */
export interface MerchantEntry {
  name: string;
  /** The newest transaction's date and id: whose name wins when parts are merged. */
  date: string;
  id: number;
  count: number;
}

export type MerchantIndex = ReadonlyMap<string, MerchantEntry>;

function add(index: Map<string, MerchantEntry>, key: string, entry: MerchantEntry): void {
  const known = index.get(key);
  if (!known) index.set(key, { ...entry });
  else {
    known.count += entry.count;
    if (compareNewestFirst(entry, known) < 0) {
      known.name = entry.name;
      known.date = entry.date;
      known.id = entry.id;
    }
  }
}

/** The merchants of some transactions (one block). */
export function indexMerchants(rows: readonly Transaction[]): MerchantIndex {
  const index = new Map<string, MerchantEntry>();
  for (const row of rows)
    add(index, merchantKeyOf(row), { name: row.merchant, date: row.date, id: row.id ?? 0, count: 1 });
  return index;
}

/** The merchants of all the parts together (what indexMerchants of all their rows gives). */
export function mergeMerchantIndexes(parts: Iterable<MerchantIndex>): MerchantIndex {
  const index = new Map<string, MerchantEntry>();
  for (const part of parts) for (const [key, entry] of part) add(index, key, entry);
  return index;
}

/** True when both give every merchant the same name (counts aside): a list of names made from one fits both. */
export function sameMerchantNames(a: MerchantIndex, b: MerchantIndex): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) if (b.get(key)?.name !== entry.name) return false;
  return true;
}
