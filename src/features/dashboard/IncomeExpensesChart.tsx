import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthFlows } from '../../core/analytics/columnsQueries';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { labelAxis, moneyAxis } from './axisProps';
import { useMoneyFormat } from './useMoneyFormat';

export function IncomeExpensesChart({ months, currency }: { months: MonthFlows[]; currency: string }) {
  const { t, locale } = useI18n();
  const money = useMoneyFormat(currency);
  const label = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const data = months.map((month) => ({
    month: label.format(new Date(`${month.month}-01T00:00:00Z`)),
    income: minorToMajor(month.income, currency),
    expenses: minorToMajor(month.expenses, currency),
  }));
  return (
    <div className="chart" data-testid="chart-income-expenses" data-points={data.length}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} barGap={2}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis dataKey="month" {...labelAxis} />
          <YAxis {...moneyAxis(money.compact)} />
          <Tooltip formatter={(value) => money.full(Number(value))} />
          <Legend iconType="circle" />
          <Bar
            dataKey="income"
            name={t('dashboard.income')}
            fill="var(--in)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="expenses"
            name={t('dashboard.spending')}
            fill="#e07b39"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
