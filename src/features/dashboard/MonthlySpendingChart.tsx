import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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

/** Spending per month against the period's monthly average (named above the chart, not over the bars). */
export function MonthlySpendingChart({
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
    spending: minorToMajor(month.expenses, currency),
    href: drillHref(scope, { ...monthQuery(scope, month.month), flow: 'out' }),
  }));
  const average = data.length > 0 ? data.reduce((sum, month) => sum + month.spending, 0) / data.length : 0;
  const ticks = niceTicks(0, Math.max(0, ...data.map((month) => month.spending)));
  const items = data.map((month) => ({
    label: `${month.month}${sep}${money.full(month.spending)}`,
    href: month.href,
  }));
  return (
    <ChartKeys title={title} items={items} testId="chart-monthly-spending">
      <p className="chart-note">
        <span className="average-swatch" aria-hidden="true" />
        {t('dashboard.average', { amount: money.full(average) })}
      </p>
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...horizontalGrid} />
          <XAxis dataKey="month" {...labelAxis} interval={monthInterval(data.length, narrow, true)} />
          <YAxis {...moneyAxis(money.compact, ticks, narrow ? 56 : 72)} />
          <Tooltip
            formatter={(value) => [money.full(Number(value)), t('dashboard.spending')]}
            separator={sep}
          />
          <ReferenceLine y={average} stroke="var(--muted)" strokeDasharray="4 4" />
          <Bar
            dataKey="spending"
            fill="var(--accent)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
            className="chart-clickable"
            onClick={(_entry, index) => {
              const href = data[index]?.href;
              if (href) openDrill(href);
            }}
          >
            {/* Values on the bars when they have room; otherwise the readout and tooltip say them. */}
            {data.length <= (narrow ? 4 : 8) ? (
              <LabelList
                dataKey="spending"
                position="top"
                formatter={(value) => money.compact(Number(value))}
                fill="var(--text)"
                fontSize={11}
              />
            ) : null}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartKeys>
  );
}
