import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthFlows } from '../../core/analytics/columnsQueries';
import { niceTicks } from '../../core/analytics/niceTicks';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { useNarrow } from '../../ui/useNarrow';
import {
  horizontalGrid,
  labelAxis,
  moneyAxis,
  monthFormat,
  monthInterval,
  tooltipSeparator,
} from './axisProps';
import { ChartKeys } from './ChartKeys';
import { type DrillScope, drillHref, monthQuery, openDrill } from './drill';
import { useMoneyFormat } from './useMoneyFormat';

const EXPENSES = '#c2410c';

export function IncomeExpensesChart({
  months,
  scope,
  title,
}: {
  months: MonthFlows[];
  scope: DrillScope;
  title: string;
}) {
  const { t, locale, language } = useI18n();
  const sep = tooltipSeparator(language);
  const narrow = useNarrow();
  const { currency } = scope;
  const money = useMoneyFormat(currency);
  const label = monthFormat(locale);
  const data = months.map((month) => ({
    month: label(month.month),
    income: minorToMajor(month.income, currency),
    expenses: minorToMajor(month.expenses, currency),
    incomeHref: drillHref(scope, { ...monthQuery(scope, month.month), flow: 'in' }),
    expensesHref: drillHref(scope, { ...monthQuery(scope, month.month), flow: 'out' }),
  }));
  const ticks = niceTicks(0, Math.max(0, ...data.flatMap((month) => [month.income, month.expenses])));
  const items = data.flatMap((month) => [
    {
      label: `${month.month}, ${t('dashboard.income')}${sep}${money.full(month.income)}`,
      href: month.incomeHref,
    },
    {
      label: `${month.month}, ${t('dashboard.spending')}${sep}${money.full(month.expenses)}`,
      href: month.expensesHref,
    },
  ]);
  return (
    <ChartKeys title={title} items={items} testId="chart-income-expenses" points={data.length}>
      {/* Our own legend, in the bars' order in every language. */}
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-dot" style={{ background: 'var(--in)' }} />
          {t('dashboard.income')}
        </li>
        <li>
          <span className="legend-dot" style={{ background: EXPENSES }} />
          {t('dashboard.spending')}
        </li>
      </ul>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid {...horizontalGrid} />
          <XAxis dataKey="month" {...labelAxis} interval={monthInterval(data.length, narrow)} />
          <YAxis {...moneyAxis(money.compact, ticks, narrow ? 56 : 72)} />
          <Tooltip formatter={(value) => money.full(Number(value))} separator={sep} />
          <Bar
            dataKey="income"
            name={t('dashboard.income')}
            fill="var(--in)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
            className="chart-clickable"
            onClick={(_entry, index) => {
              const href = data[index]?.incomeHref;
              if (href) openDrill(href);
            }}
          />
          <Bar
            dataKey="expenses"
            name={t('dashboard.spending')}
            fill={EXPENSES}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
            className="chart-clickable"
            onClick={(_entry, index) => {
              const href = data[index]?.expensesHref;
              if (href) openDrill(href);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartKeys>
  );
}
