import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NamedAmount } from '../../core/analytics/columnsQueries';
import { minorToMajor } from '../../core/money';
import { useI18n } from '../../i18n';
import { useMoneyFormat } from './useMoneyFormat';

export function TopMerchantsChart({ merchants, currency }: { merchants: NamedAmount[]; currency: string }) {
  const { t } = useI18n();
  const money = useMoneyFormat(currency);
  const data = merchants.map((merchant) => ({
    name: merchant.key.length > 22 ? `${merchant.key.slice(0, 21)}…` : merchant.key,
    value: minorToMajor(merchant.amount, currency),
    count: merchant.count,
  }));
  return (
    <div className="chart" data-testid="chart-top-merchants" data-points={data.length}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 20)}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
          <XAxis type="number" hide />
          <YAxis
            type="category"
            dataKey="name"
            width={150}
            tick={{ fill: 'var(--text)', fontSize: 13 }}
            axisLine={false}
            tickLine={false}
          />
          <Tooltip
            formatter={(value, _name, item) => [
              `${money.full(Number(value))} · ${t('dashboard.payments', { count: (item.payload as { count: number }).count })}`,
              '',
            ]}
            separator=""
          />
          <Bar
            dataKey="value"
            fill="var(--accent)"
            radius={[0, 4, 4, 0]}
            isAnimationActive={false}
            barSize={18}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
