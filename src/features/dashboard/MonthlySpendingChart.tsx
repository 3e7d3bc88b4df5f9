import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthFlows } from '../../core/analytics/columnsQueries';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { labelAxis, moneyAxis } from './axisProps';
import { useMoneyFormat } from './useMoneyFormat';

/** Spending per month against the period's monthly average. */
export function MonthlySpendingChart({ months, currency }: { months: MonthFlows[]; currency: string }) {
  const { t, locale } = useI18n();
  const money = useMoneyFormat(currency);
  const label = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const data = months.map((month) => ({
    month: label.format(new Date(`${month.month}-01T00:00:00Z`)),
    spending: minorToMajor(month.expenses, currency),
  }));
  const average = data.length > 0 ? data.reduce((sum, month) => sum + month.spending, 0) / data.length : 0;
  return (
    <div className="chart" data-testid="chart-monthly-spending" data-points={data.length}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis dataKey="month" {...labelAxis} />
          <YAxis {...moneyAxis(money.compact)} />
          <Tooltip formatter={(value) => [money.full(Number(value)), t('dashboard.spending')]} />
          <ReferenceLine
            y={average}
            stroke="var(--muted)"
            strokeDasharray="4 4"
            label={{
              value: t('dashboard.average', { amount: money.compact(average) }),
              position: 'insideTopRight',
              fill: 'var(--muted)',
              fontSize: 12,
            }}
          />
          <Bar dataKey="spending" fill="var(--accent)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
