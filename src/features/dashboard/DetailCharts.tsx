import { memo, useMemo } from 'react';
import type { TransactionColumns } from '../../core/analytics/columns';
import {
  type DayRange,
  monthlyFlows,
  spendingByCategory,
  spendingByMerchant,
  spendingByWeekday,
} from '../../core/analytics/columnsQueries';
import type { Category } from '../../core/types';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { useStaggeredMount } from '../../ui/useStaggeredMount';
import { CategoryBreakdownChart } from './CategoryBreakdownChart';
import { IncomeExpensesChart } from './IncomeExpensesChart';
import { MonthlySpendingChart } from './MonthlySpendingChart';
import { RecurringList } from './RecurringList';
import { TopMerchantsChart } from './TopMerchantsChart';
import { UnusualList } from './UnusualList';
import { useMoneyLists } from './useMoneyLists';
import { WeekdayChart } from './WeekdayChart';

interface DetailProps {
  columns: TransactionColumns;
  range: DayRange;
  categories: Category[];
  currency: string;
  periodHint: string;
  today: number;
}

type Scope = { currency: string; range: DayRange };

// Each card computes its own figures in its own component: after a change the dashboard re-renders at low
// priority, and React can give the page a turn between components (a million rows would otherwise hold it for
// a second in one go).

const CategoryCard = memo(function CategoryCard({
  columns,
  scope,
  categories,
  periodHint,
}: Pick<DetailProps, 'columns' | 'categories' | 'periodHint'> & { scope: Scope }) {
  const { t } = useI18n();
  const spending = useMemo(() => spendingByCategory(columns, scope.currency, scope.range), [columns, scope]);
  return (
    <Card title={t('dashboard.byCategory')} subtitle={periodHint}>
      <CategoryBreakdownChart
        spending={spending}
        categories={categories}
        scope={scope}
        title={t('dashboard.byCategory')}
      />
    </Card>
  );
});

const MerchantsCard = memo(function MerchantsCard({
  columns,
  scope,
  periodHint,
}: Pick<DetailProps, 'columns' | 'periodHint'> & { scope: Scope }) {
  const { t } = useI18n();
  const merchants = useMemo(
    () => spendingByMerchant(columns, scope.currency, scope.range, 10),
    [columns, scope],
  );
  return (
    <Card title={t('dashboard.topMerchants')} subtitle={periodHint}>
      <TopMerchantsChart merchants={merchants} scope={scope} title={t('dashboard.topMerchants')} />
    </Card>
  );
});

const MonthCards = memo(function MonthCards({
  columns,
  scope,
  periodHint,
  shown,
}: Pick<DetailProps, 'columns' | 'periodHint'> & { scope: Scope; shown: number }) {
  const { t } = useI18n();
  const months = useMemo(() => monthlyFlows(columns, scope.currency, scope.range), [columns, scope]);
  return (
    <>
      {shown > 0 ? (
        <Card title={t('dashboard.incomeExpenses')} subtitle={periodHint}>
          <IncomeExpensesChart months={months} scope={scope} title={t('dashboard.incomeExpenses')} />
        </Card>
      ) : (
        <CardPlaceholder title={t('dashboard.incomeExpenses')} />
      )}
      <div className="grid-2">
        {shown > 1 ? (
          <Card title={t('dashboard.monthlySpending')} subtitle={periodHint}>
            <MonthlySpendingChart months={months} scope={scope} title={t('dashboard.monthlySpending')} />
          </Card>
        ) : (
          <CardPlaceholder title={t('dashboard.monthlySpending')} />
        )}
        {shown > 2 ? (
          <WeekdayCard columns={columns} scope={scope} periodHint={periodHint} />
        ) : (
          <CardPlaceholder title={t('dashboard.weekdays')} />
        )}
      </div>
    </>
  );
});

const WeekdayCard = memo(function WeekdayCard({
  columns,
  scope,
  periodHint,
}: Pick<DetailProps, 'columns' | 'periodHint'> & { scope: Scope }) {
  const { t } = useI18n();
  const perWeekday = useMemo(() => spendingByWeekday(columns, scope.currency, scope.range), [columns, scope]);
  return (
    <Card title={t('dashboard.weekdays')} subtitle={`${t('dashboard.weekdaysHint')} · ${periodHint}`}>
      <WeekdayChart perWeekday={perWeekday} scope={scope} title={t('dashboard.weekdays')} />
    </Card>
  );
});

/** A card while its figures are worked out (or before its turn to mount). */
function CardPlaceholder({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <Card title={title}>
      <p className="muted" aria-busy="true">
        {t('common.loading')}
      </p>
    </Card>
  );
}

/** Recurring payments (from the whole history) and unusual charges (of the period), found in a worker. */
const ListsRow = memo(function ListsRow({
  columns,
  scope,
  categories,
  periodHint,
  today,
}: Omit<DetailProps, 'range' | 'currency'> & { scope: Scope }) {
  const { t } = useI18n();
  const lists = useMoneyLists(columns, scope.currency, scope.range);
  if (!lists)
    return (
      <div className="grid-2 lists-row">
        <CardPlaceholder title={t('recurring.title')} />
        <CardPlaceholder title={t('unusual.title')} />
      </div>
    );
  return (
    <div className="grid-2 lists-row">
      <RecurringList
        summary={lists.recurring}
        categories={categories}
        currency={scope.currency}
        today={today}
        dataEnd={columns.day[columns.length - 1] ?? today}
      />
      <UnusualList items={lists.unusual} categories={categories} scope={scope} periodHint={periodHint} />
    </div>
  );
});

/** The charts below the balance: where the money goes, to whom, month by month and day by day. */
export const DetailCharts = memo(function DetailCharts({
  columns,
  range,
  categories,
  currency,
  periodHint,
  today,
}: DetailProps) {
  const { t } = useI18n();
  const scope = useMemo(() => ({ currency, range }), [currency, range]);
  const shown = useStaggeredMount(6);
  return (
    <>
      <div className="grid-2">
        <CategoryCard columns={columns} scope={scope} categories={categories} periodHint={periodHint} />
        {shown > 1 ? (
          <MerchantsCard columns={columns} scope={scope} periodHint={periodHint} />
        ) : (
          <CardPlaceholder title={t('dashboard.topMerchants')} />
        )}
      </div>
      <MonthCards columns={columns} scope={scope} periodHint={periodHint} shown={shown - 2} />
      {shown > 5 ? (
        <ListsRow
          columns={columns}
          scope={scope}
          categories={categories}
          periodHint={periodHint}
          today={today}
        />
      ) : (
        <div className="grid-2 lists-row">
          <CardPlaceholder title={t('recurring.title')} />
          <CardPlaceholder title={t('unusual.title')} />
        </div>
      )}
    </>
  );
});
