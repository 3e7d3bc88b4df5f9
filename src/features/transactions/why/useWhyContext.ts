import { useLiveQuery } from 'dexie-react-hooks';
import type { ExplainContext } from '../../../core/workspace/explainCategory';
import { db } from '../../../db/database';

/** The person's rules and when each merchant was learned: what an explanation refers to. */
export function useWhyContext(): ExplainContext | undefined {
  return useLiveQuery(async () => {
    const [rules, merchants] = await Promise.all([db.rules.toArray(), db.merchants.toArray()]);
    return {
      rules,
      learnedAt: new Map(merchants.map((merchant) => [merchant.key, merchant.updatedAt])),
    };
  }, []);
}
