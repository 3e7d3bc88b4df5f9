import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { combinedBalanceSeries, seriesStep } from '../../core/analytics/balances';
import { balancesByAccount, mainCurrency, totalFlows } from '../../core/analytics/columnsQueries';
import { useI18n, type MessageKey } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import { BalanceChart } from './BalanceChart';
import { DetailCharts } from './DetailCharts';
import { RANGES, type RangeName, rangeFor } from './ranges';
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
  const [rangeName, setRangeName] = useState<RangeName>('12m');
  // The balance chart and key figures paint first; the other charts follow a frame later.
  const [showDetails, setShowDetails] = useState(false);
  useEffect(() => {
    if (!data || showDetails) return;
    const timer = setTimeout(() => setShowDetails(true), 0);
    return () => clearTimeout(timer);
  }, [data, showDetails]);

  const base = useMemo(() => {
    if (!data || data.columns.length === 0) return null;
    const currency = mainCurrency(data.columns, data.accounts[0]?.currency);
    const perAccount = balancesByAccount(data.columns, currency);
    return {
      currency,
      perAccount,
      first: data.columns.day[0] as number,
      last: data.columns.day[data.columns.length - 1] as number,
    };
  }, [data]);

  const view = useMemo(() => {
    if (!data || !base) return null;
    const range = rangeFor(rangeName, base.first, base.last);
    const { columns } = data;
    return {
      range,
      balance: combinedBalanceSeries(
        [...base.perAccount.values()],
        range.from,
        range.to,
        seriesStep(range.to - range.from + 1),
      ),
      flows: totalFlows(columns, base.currency, range),
    };
  }, [data, base, rangeName]);
  // A new period redraws the balance first; the detail charts follow at lower priority.
  const detailRange = useDeferredValue(view?.range);

  if (!data || !base || !view || !detailRange) return <div className="page muted">{t('common.loading')}</div>;
  const { currency } = base;
  const accounts = data.accounts
    .map((account) => ({ account, balance: base.perAccount.get(account.id ?? -1)?.points.at(-1)?.balance }))
    .filter(
      (entry): entry is { account: (typeof data.accounts)[number]; balance: number } =>
        entry.balance !== undefined,
    );
  const netWorth = accounts.reduce((sum, entry) => sum + entry.balance, 0);
  const periodHint = t(`range.hint.${rangeName}` as MessageKey);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <div className="segmented" role="group" aria-label={t('dashboard.range')}>
          {RANGES.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={rangeName === name}
              onClick={() => setRangeName(name)}
            >
              {t(`range.${name}` as MessageKey)}
            </button>
          ))}
        </div>
      </div>
      <div className="kpis">
        <Kpi
          label={t('dashboard.net')}
          amount={netWorth}
          currency={currency}
          hint={t('dashboard.allAccounts')}
        />
        <Kpi label={t('dashboard.income')} amount={view.flows.income} currency={currency} hint={periodHint} />
        <Kpi
          label={t('dashboard.spending')}
          amount={view.flows.spending}
          currency={currency}
          hint={periodHint}
        />
      </div>
      <Card title={t('dashboard.balance')} subtitle={t('dashboard.balanceHint', { currency })}>
        <BalanceChart series={view.balance} currency={currency} />
      </Card>
      {showDetails ? (
        <DetailCharts
          columns={data.columns}
          range={detailRange}
          categories={data.categories}
          currency={currency}
          periodHint={periodHint}
        />
      ) : null}
      <Card title={t('dashboard.accounts')}>
        <ul className="account-list">
          {accounts.map(({ account, balance }) => (
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
