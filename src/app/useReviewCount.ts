import { useEffect, useSyncExternalStore } from 'react';
import type { Transaction } from '../core/types';
import { needsReview } from '../core/workspace/review';
import { db } from '../db/database';

/** Each block's count, kept while the block is: an edit counts its own block again, not every row. */
const byBlock = new WeakMap<readonly Transaction[], number>();

function blockCount(block: readonly Transaction[]): number {
  let count = byBlock.get(block);
  if (count === undefined) {
    count = 0;
    for (const row of block) if (needsReview(row)) count += 1;
    byBlock.set(block, count);
  }
  return count;
}

function reviewCountNow(): number | undefined {
  if (!db.store.isReady) return undefined;
  let count = 0;
  for (const block of db.store.blockArrays().values()) count += blockCount(block);
  return count;
}

/**
 * How many transactions wait in "Needs review", for the navigation. Renders again only when the number changes
 * (most edits leave it as it was).
 */
export function useReviewCount(): number | undefined {
  useEffect(() => {
    void db.store.ready();
  }, []);
  return useSyncExternalStore(db.store.subscribe, reviewCountNow);
}
