import { memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { accountStandings, currenciesHeld, currencyTotal } from '../../core/analytics/accountStandings';
import { combinedBalanceSeries, seriesStep } from '../../core/analytics/balances';
import { totalFlows } from '../../core/analytics/columnsQueries';
import { useI18n, type MessageKey } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import { AccountsOverview } from './AccountsOverview';
import { BalanceChart } from './BalanceChart';
import { DataThrough, TotalNotice } from './DashboardNotices';
import { DetailCharts } from './DetailCharts';
import { periodLabel, RANGES, rangeFor, todayDayNumber } from './ranges';
import { type AnalyticsData, useDashboardData } from './useDashboardData';
import { useDashboardView } from './useDashboardView';

function Kpi({
  label,
  amount,
  currency,
  hint,
  testId,
  unknown,
}: {
  label: string;
  amount: number;
  currency: string;
  hint?: string;
  testId?: string;
  /** Shown instead of the amount when nothing is known to add up (no account with a known balance). */
  unknown?: string | undefined;
}) {
  return (
    <div className="kpi" data-testid={testId} data-amount={amount} data-currency={currency}>
      <div className="kpi-label">{label}</div>
      <div className={unknown ? 'kpi-value kpi-unknown' : 'kpi-value'}>
        {unknown ?? <Money amount={amount} currency={currency} />}
      </div>
      {hint ? <div className="kpi-hint">{hint}</div> : null}
    </div>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  const data = useDashboardData();
  if (!data) return <div className="page muted">{t('common.loading')}</div>;
  return <DashboardBody data={data} />;
}

/**
 * Its own component, so that after a change React can give the page a turn between turning the store into
 * columns (above) and computing the figures from them (here).
 */
const DashboardBody = memo(function DashboardBody({ data }: { data: AnalyticsData }) {
  const { t, locale } = useI18n();
  const view = useDashboardView();
  const rangeName = view.range;
  const today = todayDayNumber();
  // The balance chart and key figures paint first; the other charts follow a frame later.
  const [showDetails, setShowDetails] = useState(false);
  useEffect(() => {
    if (showDetails) return;
    // A transition: a big history's figures are computed card by card, the page getting turns in between.
    const timer = setTimeout(() => startTransition(() => setShowDetails(true)), 0);
    return () => clearTimeout(timer);
  }, [data, showDetails]);

  const base = useMemo(() => {
    if (data.columns.length === 0) return null;
    const standings = accountStandings(data.histories, data.accounts);
    return {
      standings,
      currencies: currenciesHeld(standings),
      first: data.columns.day[0] as number,
      last: data.columns.day[data.columns.length - 1] as number,
    };
  }, [data]);
  const currency =
    base && view.currency && base.currencies.includes(view.currency)
      ? view.currency
      : (base?.currencies[0] ?? 'EUR');

  const figures = useMemo(() => {
    if (!base) return null;
    const range = rangeFor(rangeName, base.first, base.last);
    const total = currencyTotal(base.standings, currency);
    const histories = total.included.flatMap((entry) => (entry.history ? [entry.history] : []));
    return {
      range,
      total,
      balance: combinedBalanceSeries(histories, range.from, range.to, seriesStep(range.to - range.from + 1)),
      flows: totalFlows(data.columns, currency, range),
    };
  }, [data, base, rangeName, currency]);
  // A new period redraws the balance first; the detail charts follow at lower priority.
  const detailRange = useDeferredValue(figures?.range);

  if (!base || !figures || !detailRange) return <div className="page muted">{t('common.loading')}</div>;
  const { total } = figures;
  const periodHint = periodLabel(figures.range, locale);
  const scope = { currency, range: figures.range };

  return (
    <div className="page page-dashboard">
      <div className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <DataThrough lastDay={base.last} today={today} />
        </div>
        <div className="dashboard-controls">
          {base.currencies.length > 1 ? (
            <div
              className="segmented"
              role="group"
              aria-label={t('views.currency')}
              data-testid="currency-switcher"
            >
              {base.currencies.map((code) => (
                <button
                  key={code}
                  type="button"
                  aria-pressed={code === currency}
                  onClick={() => view.setCurrency(code)}
                >
                  {code}
                </button>
              ))}
            </div>
          ) : null}
          <div className="segmented" role="group" aria-label={t('dashboard.range')}>
            {RANGES.map((name) => (
              <button
                key={name}
                type="button"
                aria-pressed={rangeName === name}
                onClick={() => view.setRange(name)}
              >
                {t(`range.${name}` as MessageKey)}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="kpis">
        <Kpi
          label={t('dashboard.net')}
          amount={total.total}
          currency={currency}
          hint={
            total.included.length === 0
              ? t('views.netHintNone', { currency })
              : t('views.netHint', { count: total.included.length, currency })
          }
          testId="kpi-net-worth"
          unknown={total.included.length === 0 ? t('views.balanceUnknown') : undefined}
        />
        <Kpi
          label={t('dashboard.income')}
          amount={figures.flows.income}
          currency={currency}
          hint={periodHint}
        />
        <Kpi
          label={t('dashboard.spending')}
          amount={figures.flows.spending}
          currency={currency}
          hint={periodHint}
        />
      </div>
      <TotalNotice total={total} />
      <Card
        title={t('dashboard.balance')}
        subtitle={`${t('views.balanceHint', { currency })} · ${periodHint}`}
      >
        <BalanceChart series={figures.balance} scope={scope} title={t('dashboard.balance')} />
      </Card>
      {showDetails ? (
        <DetailCharts
          columns={data.columns}
          range={detailRange}
          categories={data.categories}
          currency={currency}
          periodHint={periodHint}
          today={today}
        />
      ) : null}
      <AccountsOverview standings={base.standings} currencies={base.currencies} />
    </div>
  );
});
