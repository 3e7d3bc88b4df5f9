import { useMemo } from 'react';
import { needsReview } from '../core/workspace/review';
import { db } from '../db/database';
import { useVersionedSource } from '../ui/useVersionedSource';

/** How many transactions wait in "Needs review", for the navigation (kept until the transactions change). */
export function useReviewCount(): number | undefined {
  const version = useVersionedSource(db.store);
  return useMemo(
    () =>
      version === undefined
        ? undefined
        : db.store.derive('reviewCount', (rows) => rows.filter((row) => needsReview(row)).length),
    [version],
  );
}
