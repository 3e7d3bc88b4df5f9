import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceTicks } from '../../core/analytics/niceTicks';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { horizontalGrid, labelAxis, moneyAxis, tooltipSeparator } from './axisProps';
import { ChartKeys } from './ChartKeys';
import { type DrillScope, drillHref, openDrill } from './drill';
import { useMoneyFormat } from './useMoneyFormat';

/** Average spending per weekday: when in the week the money goes. */
export function WeekdayChart({
  perWeekday,
  scope,
  title,
}: {
  perWeekday: number[];
  scope: DrillScope;
  title: string;
}) {
  const { t, locale, language } = useI18n();
  const sep = tooltipSeparator(language);
  const { currency } = scope;
  const money = useMoneyFormat(currency);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const data = perWeekday.map((amount, index) => ({
    day: weekday.format(new Date(Date.UTC(2024, 0, 1 + index))),
    long: weekdayLong.format(new Date(Date.UTC(2024, 0, 1 + index))),
    value: minorToMajor(amount, currency),
    href: drillHref(scope, { weekday: index, flow: 'out' }),
  }));
  const ticks = niceTicks(0, Math.max(0, ...data.map((day) => day.value)));
  const items = data.map((day) => ({
    label: `${day.long}${sep}${money.full(day.value)} (${t('dashboard.perWeek')})`,
    href: day.href,
  }));
  return (
    <ChartKeys title={title} items={items} testId="chart-weekday-habits">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...horizontalGrid} />
          <XAxis dataKey="day" {...labelAxis} interval={0} />
          <YAxis {...moneyAxis(money.compact, ticks, 64)} />
          <Tooltip
            formatter={(value) => [money.full(Number(value)), t('dashboard.perWeek')]}
            separator={sep}
          />
          <Bar
            dataKey="value"
            fill="#5c6bc0"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
            className="chart-clickable"
            onClick={(_entry, index) => {
              const href = data[index]?.href;
              if (href) openDrill(href);
            }}
          >
            <LabelList
              dataKey="value"
              position="top"
              formatter={(value) => money.compact(Number(value))}
              fill="var(--text)"
              fontSize={11}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartKeys>
  );
}
