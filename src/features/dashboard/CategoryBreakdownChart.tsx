import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { NamedAmount } from '../../core/analytics/columnsQueries';
import { distinctColors } from '../../core/analytics/distinctColors';
import { minorToMajor } from '../../core/money';
import type { Category } from '../../core/types';
import { useI18n } from '../../i18n';
import { Money } from '../../ui/Money';
import { tooltipSeparator } from './axisProps';
import { ChartKeys } from './ChartKeys';
import { type DrillScope, drillHref, openDrill } from './drill';
import { useMoneyFormat } from './useMoneyFormat';

const SHOWN = 9;

/** A donut of spending per category, the largest named and the rest grouped; every slice and legend entry opens its payments. */
export function CategoryBreakdownChart({
  spending,
  categories,
  scope,
  title,
}: {
  spending: NamedAmount[];
  categories: Category[];
  scope: DrillScope;
  title: string;
}) {
  const { t, language, numberLocale } = useI18n();
  const sep = tooltipSeparator(language);
  const { currency } = scope;
  const money = useMoneyFormat(currency);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const top = spending.slice(0, SHOWN).map((entry) => ({
    name: byId.get(entry.key)?.name ?? entry.key,
    color: byId.get(entry.key)?.color ?? '#999',
    amount: entry.amount,
    href: drillHref(scope, { category: entry.key, flow: 'out' }),
  }));
  const rest = spending.slice(SHOWN).reduce((sum, entry) => sum + entry.amount, 0);
  if (rest > 0)
    top.push({
      name: t('dashboard.otherCategories'),
      color: '#c5ccd3',
      amount: rest,
      href: drillHref(scope, {
        categories: spending.slice(SHOWN).map((entry) => entry.key),
        flow: 'out',
      }),
    });
  const colors = distinctColors(top.map((entry) => entry.color));
  const total = top.reduce((sum, entry) => sum + entry.amount, 0);
  const percent = new Intl.NumberFormat(numberLocale, { style: 'percent' });
  const data = top.map((entry, index) => ({
    ...entry,
    color: colors[index] as string,
    value: minorToMajor(entry.amount, currency),
    share: percent.format(total > 0 ? entry.amount / total : 0),
  }));
  const items = data.map((entry) => ({
    href: entry.href,
    label: `${entry.name}${sep}${money.full(entry.value)} (${entry.share})`,
  }));
  return (
    <ChartKeys title={title} items={items} testId="chart-category-breakdown" className="chart-split">
      <ResponsiveContainer width="45%" height={240}>
        <PieChart accessibilityLayer={false}>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius="58%"
            outerRadius="92%"
            paddingAngle={1}
            isAnimationActive={false}
            rootTabIndex={-1}
            className="chart-clickable"
            onClick={(_entry, index) => {
              const href = data[index]?.href;
              if (href) openDrill(href);
            }}
          >
            {data.map((entry) => (
              <Cell key={entry.name} fill={entry.color} stroke="var(--surface)" />
            ))}
          </Pie>
          <Tooltip formatter={(value, name) => [money.full(Number(value)), String(name)]} separator={sep} />
        </PieChart>
      </ResponsiveContainer>
      <ul className="legend-list">
        {data.map((entry) => (
          <li key={entry.name}>
            <span className="legend-dot" style={{ background: entry.color }} />
            {/* Not a tab stop: the chart's arrow keys reach the same items. */}
            <a className="legend-name" href={entry.href} tabIndex={-1} data-testid="legend-link">
              {entry.name}
            </a>
            <span className="legend-share">{entry.share}</span>
            <Money amount={entry.amount} currency={currency} />
          </li>
        ))}
      </ul>
    </ChartKeys>
  );
}
