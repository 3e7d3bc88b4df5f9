import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { needsReview } from '../core/workspace/review';
import { db } from '../db/database';

const START_AFTER_MS = 2500;

/**
 * How many transactions wait in "Needs review", for the navigation. It reads every transaction, so it starts a
 * moment after the page has drawn its first chart and then follows changes.
 */
export function useReviewCount(): number | undefined {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setStarted(true), START_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return useLiveQuery(
    async () => (started ? db.transactions.filter(needsReview).count() : undefined),
    [started],
  );
}
