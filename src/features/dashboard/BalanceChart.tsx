import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BalancePoint } from '../../core/analytics/balances';
import { monthTicks } from '../../core/analytics/monthTicks';
import { niceTicks } from '../../core/analytics/niceTicks';
import { addDays } from '../../core/dates';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { useNarrow } from '../../ui/useNarrow';
import { horizontalGrid, labelAxis, moneyAxis, tooltipSeparator } from './axisProps';
import { ChartKeys } from './ChartKeys';
import { type DrillScope, drillHref, openDrill } from './drill';
import { useMoneyFormat } from './useMoneyFormat';

export function BalanceChart({
  series,
  scope,
  title,
}: {
  series: BalancePoint[];
  scope: DrillScope;
  title: string;
}) {
  const { locale, language, t } = useI18n();
  const sep = tooltipSeparator(language);
  const narrow = useNarrow();
  const { currency } = scope;
  const money = useMoneyFormat(currency);
  // A point stands for the days since the previous one (one day, or a week on long histories).
  const data = series.map((point, index) => {
    const previous = series[index - 1];
    const from = previous ? addDays(previous.date, 1) : point.date;
    return {
      date: point.date,
      value: minorToMajor(point.balance, currency),
      href: drillHref(scope, { from, to: point.date }),
    };
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const values = data.map((point) => point.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  // Keyboard: one stop per month (its closing balance), opening that month's transactions.
  const monthEnds = data.filter(
    (point, index) => data[index + 1]?.date.slice(0, 7) !== point.date.slice(0, 7),
  );
  const items = monthEnds.map((point) => ({
    label: `${month.format(toDate(point.date))}${sep}${money.full(point.value)}`,
    href: drillHref(scope, { from: `${point.date.slice(0, 7)}-01`, to: point.date }),
  }));
  if (data.length === 0)
    return (
      <ChartKeys title={title} items={[]} testId="chart-balance" points={0}>
        <p className="muted chart-empty">{t('balance.none')}</p>
      </ChartKeys>
    );
  return (
    <ChartKeys
      title={title}
      items={items}
      testId="chart-balance"
      points={data.length}
      className="chart-clickable"
    >
      <ResponsiveContainer width="100%" height={narrow ? 220 : 280}>
        <AreaChart
          data={data}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
          onClick={(state) => {
            const href = data[Number(state.activeTooltipIndex)]?.href;
            if (href) openDrill(href);
          }}
        >
          <defs>
            <linearGradient id="balanceFill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="var(--accent)" stopOpacity={0.28} />
              <stop offset="100%" stopColor="var(--accent)" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid {...horizontalGrid} />
          <XAxis
            dataKey="date"
            ticks={monthTicks(
              data.map((point) => point.date),
              narrow ? 4 : 8,
            )}
            tickFormatter={(value: string) => month.format(toDate(value))}
            interval={0}
            {...labelAxis}
          />
          <YAxis {...moneyAxis(money.compact, ticks, narrow ? 60 : 72)} />
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
    </ChartKeys>
  );
}
