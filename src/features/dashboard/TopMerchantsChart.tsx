import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { NamedAmount } from '../../core/analytics/columnsQueries';
import { minorToMajor } from '../../core/money';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { useNarrow } from '../../ui/useNarrow';
import { tooltipSeparator } from './axisProps';
import { ChartKeys } from './ChartKeys';
import { type DrillScope, drillHref, openDrill } from './drill';
import { useMoneyFormat } from './useMoneyFormat';

/** Money out per merchant, each bar labelled with its amount and opening its payments. */
export function TopMerchantsChart({
  merchants,
  scope,
  title,
}: {
  merchants: NamedAmount[];
  scope: DrillScope;
  title: string;
}) {
  const { t, language } = useI18n();
  const sep = tooltipSeparator(language);
  const narrow = useNarrow();
  const money = useMoneyFormat(scope.currency);
  const merchantName = useMerchantLocalizer();
  const cut = narrow ? 12 : 22;
  const data = merchants.map((merchant) => {
    const name = merchantName(merchant.key);
    return {
      name: name.length > cut ? `${name.slice(0, cut - 1)}…` : name,
      value: minorToMajor(merchant.amount, scope.currency),
      href: drillHref(scope, { merchant: merchant.key, flow: 'out' }),
      label: `${name}${sep}${money.full(minorToMajor(merchant.amount, scope.currency))} · ${t('dashboard.payments', { count: merchant.count })}`,
    };
  });
  return (
    <ChartKeys title={title} items={data} testId="chart-top-merchants" className="chart-clickable">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 20)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, (max: number) => max * (narrow ? 1.45 : 1.3)]} />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 104 : 150}
            tick={{ fill: 'var(--text)', fontSize: narrow ? 12 : 13 }}
            axisLine={false}
            tickLine={false}
            // Every merchant's name, one per bar: Recharts would otherwise measure each in the DOM to drop overlaps.
            interval={0}
          />
          <Bar
            dataKey="value"
            fill="var(--accent)"
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
            barSize={18}
            onClick={(_entry, index) => {
              const href = data[index]?.href;
              if (href) openDrill(href);
            }}
          >
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => money.compact(Number(value))}
              fill="var(--text)"
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartKeys>
  );
}
