import { useLiveQuery } from 'dexie-react-hooks';
import { type AnalyticsData, loadAnalytics } from '../../db/analyticsCache';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';

/** The cached transaction columns plus accounts and categories; re-runs whenever stored data changes. */
export function useDashboardData(): AnalyticsData | undefined {
  const localize = useCategoryLocalizer();
  return useLiveQuery(async () => {
    const data = await loadAnalytics(db);
    return { ...data, categories: data.categories.map(localize) };
  }, [localize]);
}
