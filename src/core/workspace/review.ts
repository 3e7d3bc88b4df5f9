import { merchantKeyOf } from './filter';
import type { Transaction } from '../types';

/** Below this confidence an automatic category is worth a look. */
export const REVIEW_CONFIDENCE = 0.8;

/** True when the transaction has no category, or an automatic one Kept is unsure of. */
export function needsReview(tx: Transaction): boolean {
  if (tx.splits && tx.splits.length > 0) return false;
  if (tx.category === 'uncategorized') return true;
  const automatic = tx.categorySource === 'model' || tx.categorySource === 'keyword';
  return automatic && (tx.confidence ?? 0) < REVIEW_CONFIDENCE;
}

export interface ReviewGroup<T extends Transaction = Transaction> {
  merchantKey: string;
  merchant: string;
  transactions: T[];
  /** Sum of absolute amounts, minor units (mixed currencies are summed as numbers, for ordering only). */
  totalAbs: number;
  /** The category most of the group currently has. */
  category: string;
}

/** Transactions to review, grouped by merchant; biggest groups (by absolute amount) first. */
export function buildReviewGroups<T extends Transaction>(transactions: readonly T[]): ReviewGroup<T>[] {
  const groups = new Map<string, ReviewGroup<T>>();
  for (const tx of transactions) {
    if (!needsReview(tx)) continue;
    const key = merchantKeyOf(tx);
    let group = groups.get(key);
    if (!group) {
      group = {
        merchantKey: key,
        merchant: tx.merchant,
        transactions: [],
        totalAbs: 0,
        category: tx.category,
      };
      groups.set(key, group);
    }
    group.transactions.push(tx);
    group.totalAbs += Math.abs(tx.amount);
  }
  for (const group of groups.values())
    group.category = mostCommon(group.transactions.map((tx) => tx.category));
  return [...groups.values()].sort((a, b) => b.totalAbs - a.totalAbs || a.merchant.localeCompare(b.merchant));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0] ?? 'uncategorized';
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}
