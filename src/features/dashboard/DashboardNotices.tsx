import type { CurrencyTotal } from '../../core/analytics/accountStandings';
import { useI18n } from '../../i18n';
import { useDayFormat } from './useDayFormat';

const STALE_DAYS = 7;

/** How old the newest data is, with a nudge to import newer statements when it is more than a week old. */
export function DataThrough({ lastDay, today }: { lastDay: number; today: number }) {
  const { t } = useI18n();
  const days = useDayFormat();
  const age = Math.max(0, today - lastDay);
  return (
    <p className={`data-through${age > STALE_DAYS ? ' is-stale' : ''}`} data-testid="data-through">
      {t('views.dataThrough', { date: days.long(lastDay), days: age })}
      {age > STALE_DAYS ? (
        <>
          {' · '}
          <a href="#/import">{t('views.importNewer')}</a>
        </>
      ) : null}
    </p>
  );
}

/** What the total leaves out, in words: other currencies and accounts whose balance is unknown. */
export function TotalNotice({ total }: { total: CurrencyTotal }) {
  const { t } = useI18n();
  if (total.elsewhere.length === 0 && total.unknown.length === 0) return null;
  return (
    <ul className="total-notice" data-testid="total-notice">
      {total.elsewhere.map(({ currency, count }) => (
        <li key={currency}>{t('views.elsewhere', { count, currency })}</li>
      ))}
      {total.unknown.length > 0 ? (
        <li>
          {t('views.unknownNotInTotal', {
            count: total.unknown.length,
            names: total.unknown.map((entry) => entry.account.name).join(', '),
          })}
        </li>
      ) : null}
    </ul>
  );
}
