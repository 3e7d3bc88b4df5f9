import { memo, useMemo } from 'react';
import type { TransactionColumns } from '../../core/analytics/columns';
import {
  type DayRange,
  monthlyFlows,
  spendingByCategory,
  spendingByMerchant,
  spendingByWeekday,
} from '../../core/analytics/columnsQueries';
import { findRecurring } from '../../core/analytics/recurring';
import { findUnusual } from '../../core/analytics/unusual';
import type { Category } from '../../core/types';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { CategoryBreakdownChart } from './CategoryBreakdownChart';
import { IncomeExpensesChart } from './IncomeExpensesChart';
import { MonthlySpendingChart } from './MonthlySpendingChart';
import { RecurringList } from './RecurringList';
import { TopMerchantsChart } from './TopMerchantsChart';
import { UnusualList } from './UnusualList';
import { WeekdayChart } from './WeekdayChart';

/** The charts below the balance: where the money goes, to whom, month by month and day by day. */
export const DetailCharts = memo(function DetailCharts({
  columns,
  range,
  categories,
  currency,
  periodHint,
  today,
}: {
  columns: TransactionColumns;
  range: DayRange;
  categories: Category[];
  currency: string;
  periodHint: string;
  today: number;
}) {
  const { t } = useI18n();
  const scope = useMemo(() => ({ currency, range }), [currency, range]);
  const view = useMemo(
    () => ({
      months: monthlyFlows(columns, currency, range),
      categories: spendingByCategory(columns, currency, range),
      merchants: spendingByMerchant(columns, currency, range, 10),
      weekdays: spendingByWeekday(columns, currency, range),
    }),
    [columns, currency, range],
  );
  // Recurring payments come from the whole history; unusual charges are listed for the period.
  const recurring = useMemo(() => findRecurring(columns, currency), [columns, currency]);
  const unusual = useMemo(
    () => findUnusual(columns, currency, range, recurring.items),
    [columns, currency, range, recurring],
  );
  return (
    <>
      <div className="grid-2">
        <Card title={t('dashboard.byCategory')} subtitle={periodHint}>
          <CategoryBreakdownChart
            spending={view.categories}
            categories={categories}
            scope={scope}
            title={t('dashboard.byCategory')}
          />
        </Card>
        <Card title={t('dashboard.topMerchants')} subtitle={periodHint}>
          <TopMerchantsChart merchants={view.merchants} scope={scope} title={t('dashboard.topMerchants')} />
        </Card>
      </div>
      <Card title={t('dashboard.incomeExpenses')} subtitle={periodHint}>
        <IncomeExpensesChart months={view.months} scope={scope} title={t('dashboard.incomeExpenses')} />
      </Card>
      <div className="grid-2">
        <Card title={t('dashboard.monthlySpending')} subtitle={periodHint}>
          <MonthlySpendingChart months={view.months} scope={scope} title={t('dashboard.monthlySpending')} />
        </Card>
        <Card title={t('dashboard.weekdays')} subtitle={`${t('dashboard.weekdaysHint')} · ${periodHint}`}>
          <WeekdayChart perWeekday={view.weekdays} scope={scope} title={t('dashboard.weekdays')} />
        </Card>
      </div>
      <div className="grid-2 lists-row">
        <RecurringList
          summary={recurring}
          categories={categories}
          currency={currency}
          today={today}
          dataEnd={columns.day[columns.length - 1] ?? today}
        />
        <UnusualList items={unusual} categories={categories} scope={scope} periodHint={periodHint} />
      </div>
    </>
  );
});
