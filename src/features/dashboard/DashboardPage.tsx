import { addDays } from '../../core/dates';
import { incomeAndSpending } from '../../core/analytics/totals';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import { BalanceChart } from './BalanceChart';
import { useDashboardData } from './useDashboardData';

function Kpi({
  label,
  amount,
  currency,
  hint,
}: {
  label: string;
  amount: number;
  currency: string;
  hint?: string;
}) {
  return (
    <div className="kpi">
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">
        <Money amount={amount} currency={currency} />
      </div>
      {hint ? <div className="kpi-hint">{hint}</div> : null}
    </div>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const data = useDashboardData();
  if (!data) return <div className="page muted">{t('common.loading')}</div>;
  const { currency } = data;
  const lastDate =
    data.balanceSeries[data.balanceSeries.length - 1]?.date ?? new Date().toISOString().slice(0, 10);
  const flows = incomeAndSpending(data.transactions, currency, addDays(lastDate, -364), lastDate);
  const netWorth = data.accounts
    .filter((entry) => entry.account.currency === currency)
    .reduce((sum, entry) => sum + entry.balance, 0);
  return (
    <div className="page">
      <h1>{t('dashboard.title')}</h1>
      <div className="kpis">
        <Kpi label={t('dashboard.net')} amount={netWorth} currency={currency} />
        <Kpi
          label={t('dashboard.income')}
          amount={flows.income}
          currency={currency}
          hint={t('dashboard.period')}
        />
        <Kpi
          label={t('dashboard.spending')}
          amount={flows.spending}
          currency={currency}
          hint={t('dashboard.period')}
        />
      </div>
      <Card title={t('dashboard.balance')} subtitle={t('dashboard.balanceHint', { currency })}>
        <BalanceChart series={data.balanceSeries} currency={currency} />
      </Card>
      <Card title={t('dashboard.accounts')}>
        <ul className="account-list">
          {data.accounts.map(({ account, balance }) => (
            <li key={account.id}>
              <span>
                <strong>{account.name}</strong>
                {account.number ? <span className="muted small"> · {account.number}</span> : null}
              </span>
              <Money amount={balance} currency={account.currency} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
