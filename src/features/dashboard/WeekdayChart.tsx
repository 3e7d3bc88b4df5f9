import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { labelAxis, moneyAxis } from './axisProps';
import { useMoneyFormat } from './useMoneyFormat';

/** Average spending per weekday: when in the week the money goes. */
export function WeekdayChart({ perWeekday, currency }: { perWeekday: number[]; currency: string }) {
  const { t, locale } = useI18n();
  const money = useMoneyFormat(currency);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const data = perWeekday.map((amount, index) => ({
    day: weekday.format(new Date(Date.UTC(2024, 0, 1 + index))),
    value: minorToMajor(amount, currency),
  }));
  return (
    <div className="chart" data-testid="chart-weekday-habits" data-points={data.length}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis dataKey="day" {...labelAxis} />
          <YAxis {...moneyAxis(money.compact, 64)} />
          <Tooltip formatter={(value) => [money.full(Number(value)), t('dashboard.perWeek')]} />
          <Bar dataKey="value" fill="#5c6bc0" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
