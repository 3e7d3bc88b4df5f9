import { useLiveQuery } from 'dexie-react-hooks';
import { type AnalyticsData, loadAnalytics } from '../../db/analyticsCache';
import { db } from '../../db/database';

/** The cached transaction columns plus accounts and categories; re-runs whenever stored data changes. */
export function useDashboardData(): AnalyticsData | undefined {
  return useLiveQuery(() => loadAnalytics(db), []);
}
