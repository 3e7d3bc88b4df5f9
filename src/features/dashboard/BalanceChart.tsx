import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BalancePoint } from '../../core/analytics/balances';
import { monthTicks } from '../../core/analytics/monthTicks';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { labelAxis, moneyAxis } from './axisProps';
import { useMoneyFormat } from './useMoneyFormat';

export function BalanceChart({ series, currency }: { series: BalancePoint[]; currency: string }) {
  const { locale } = useI18n();
  const money = useMoneyFormat(currency);
  const data = series.map((point) => ({ date: point.date, value: minorToMajor(point.balance, currency) }));
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return (
    <div className="chart" data-testid="chart-balance" data-points={data.length}>
      <ResponsiveContainer width="100%" height={280}>
        <AreaChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <defs>
            <linearGradient id="balanceFill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="var(--accent)" stopOpacity={0.28} />
              <stop offset="100%" stopColor="var(--accent)" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis
            dataKey="date"
            ticks={monthTicks(data.map((point) => point.date))}
            tickFormatter={(value: string) => month.format(toDate(value))}
            minTickGap={40}
            {...labelAxis}
          />
          <YAxis {...moneyAxis(money.compact)} />
          <Tooltip
            formatter={(value) => [money.full(Number(value)), '']}
            labelFormatter={(label) => day.format(toDate(String(label)))}
            separator=""
          />
          <Area
            type="monotone"
            dataKey="value"
            stroke="var(--accent)"
            strokeWidth={2}
            fill="url(#balanceFill)"
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
