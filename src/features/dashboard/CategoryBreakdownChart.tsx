import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { NamedAmount } from '../../core/analytics/columnsQueries';
import { minorToMajor } from '../../core/money';
import type { Category } from '../../core/types';
import { useI18n } from '../../i18n';
import { Money } from '../../ui/Money';
import { useMoneyFormat } from './useMoneyFormat';

const SHOWN = 7;

/** A donut of spending per category, the largest seven named and the rest grouped. */
export function CategoryBreakdownChart({
  spending,
  categories,
  currency,
}: {
  spending: NamedAmount[];
  categories: Category[];
  currency: string;
}) {
  const { t } = useI18n();
  const money = useMoneyFormat(currency);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const top = spending.slice(0, SHOWN).map((entry) => ({
    name: byId.get(entry.key)?.name ?? entry.key,
    color: byId.get(entry.key)?.color ?? '#999',
    amount: entry.amount,
  }));
  const rest = spending.slice(SHOWN).reduce((sum, entry) => sum + entry.amount, 0);
  if (rest > 0) top.push({ name: t('dashboard.otherCategories'), color: '#c5ccd3', amount: rest });
  const total = top.reduce((sum, entry) => sum + entry.amount, 0);
  const data = top.map((entry) => ({ ...entry, value: minorToMajor(entry.amount, currency) }));
  return (
    <div className="chart chart-split" data-testid="chart-category-breakdown" data-points={data.length}>
      <ResponsiveContainer width="45%" height={240}>
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius="58%"
            outerRadius="92%"
            paddingAngle={1}
            isAnimationActive={false}
          >
            {data.map((entry) => (
              <Cell key={entry.name} fill={entry.color} stroke="var(--surface)" />
            ))}
          </Pie>
          <Tooltip formatter={(value, name) => [money.full(Number(value)), String(name)]} />
        </PieChart>
      </ResponsiveContainer>
      <ul className="legend-list">
        {top.map((entry) => (
          <li key={entry.name}>
            <span className="legend-dot" style={{ background: entry.color }} />
            <span className="legend-name">{entry.name}</span>
            <span className="legend-share">{total > 0 ? Math.round((entry.amount / total) * 100) : 0}%</span>
            <Money amount={entry.amount} currency={currency} />
          </li>
        ))}
      </ul>
    </div>
  );
}
