import type { AccountStanding } from '../../core/analytics/accountStandings';
import { transactionsHref } from '../../core/workspace/txQuery';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import { useDayFormat } from './useDayFormat';

/** Every account, grouped by currency, each in its own currency; an unknown balance says so. */
export function AccountsOverview({
  standings,
  currencies,
}: {
  standings: readonly AccountStanding[];
  currencies: readonly string[];
}) {
  const { t } = useI18n();
  const days = useDayFormat();
  return (
    <Card title={t('dashboard.accounts')} testId="accounts-overview">
      {currencies.map((currency) => (
        <div key={currency} className="account-group">
          {currencies.length > 1 ? <h3 className="account-group-title">{currency}</h3> : null}
          <ul className="account-list">
            {standings
              .filter((standing) => standing.currency === currency)
              .map(({ account, balance, lastDay }) => (
                <li key={account.id} data-testid="account-balance" data-currency={currency}>
                  <span className="account-name">
                    <a className="drill-link" href={transactionsHref({ account: account.id ?? -1 })}>
                      <strong>{account.name}</strong>
                    </a>
                    <span className="muted small">
                      {account.number ? ` · ${account.number}` : ''}
                      {lastDay !== null ? ` · ${t('views.lastRow', { date: days.long(lastDay) })}` : ''}
                    </span>
                  </span>
                  {balance === null ? (
                    <span className="muted balance-unknown">{t('views.balanceUnknown')}</span>
                  ) : (
                    <Money amount={balance} currency={currency} />
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}
