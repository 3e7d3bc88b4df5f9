import type { UnusualCharge, UnusualReason } from '../../core/analytics/unusual';
import { formatMoney, minorToDecimalString } from '../../core/money';
import type { Category } from '../../core/types';
import { type MessageKey, useI18n, useMerchantLocalizer } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import './alerts.css';
import { type DrillScope, drillHref } from './drill';
import { useDayFormat } from './useDayFormat';

const ICONS: Record<UnusualReason, string> = {
  large: '!',
  aboveUsual: '↑',
  newMerchant: '★',
  duplicate: '2×',
  priceIncrease: '↗',
  cardTesting: '!',
  trialConverted: '€',
  stoppedSubscription: '↺',
  sameCharge: '2×',
  newFee: '+',
  fxFee: '⇄',
};

/** Charges that stand out in the period, each with the reason in words. */
export function UnusualList({
  items,
  categories,
  scope,
  periodHint,
}: {
  items: UnusualCharge[];
  categories: Category[];
  scope: DrillScope;
  periodHint: string;
}) {
  const { currency } = scope;
  const { t, numberLocale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const days = useDayFormat();
  const byId = new Map(categories.map((category) => [category.id, category]));
  const money = (amount: number) => formatMoney(amount, currency, numberLocale);
  return (
    <Card title={t('unusual.title')} subtitle={periodHint} testId="list-unusual" className="unusual-card">
      {items.length === 0 ? (
        <div className="list-empty">
          <span className="list-empty-icon is-calm" aria-hidden>
            ✓
          </span>
          <strong>{t('unusual.empty.title')}</strong>
          <span className="muted small">{t('unusual.empty.body')}</span>
        </div>
      ) : (
        <ul className="unusual-list">
          {items.map((item) => {
            const category = byId.get(item.category);
            const values = item.values;
            const params = {
              ...values,
              usual: money(values.usual ?? 0),
              from: money(values.from ?? 0),
              to: money(values.to ?? 0),
              total: money(values.total ?? 0),
            };
            return (
              <li
                key={item.row}
                className={`unusual-row reason-${item.reason}`}
                data-testid="unusual-item"
                data-merchant={item.merchant}
                data-reason={item.reason}
                data-date={days.iso(item.day)}
              >
                <span className="unusual-icon" aria-hidden>
                  {ICONS[item.reason]}
                </span>
                <div className="unusual-main">
                  <div className="unusual-line">
                    {/* Exactly this charge: its merchant, day and amount. */}
                    <a
                      className="unusual-merchant drill-link"
                      href={drillHref(scope, {
                        merchant: item.merchant,
                        from: days.iso(item.day),
                        to: days.iso(item.day),
                        q: minorToDecimalString(item.amount, currency),
                      })}
                    >
                      {merchantName(item.merchant)}
                    </a>
                    <span className="unusual-tag">{t(`unusual.tag.${item.reason}` as MessageKey)}</span>
                  </div>
                  <div className="unusual-why">
                    {t(`unusual.reason.${item.reason}` as MessageKey, params)}
                  </div>
                  {item.charges.length > 1 ? (
                    <div className="unusual-charges muted small" data-testid="unusual-charges">
                      {t('unusual.charges', { count: item.charges.length })}{' '}
                      {item.charges
                        .map((charge) =>
                          `${days.short(charge.day)}\u00a0${money(charge.amount)}`.replace(/ /g, '\u00a0'),
                        )
                        .join(' · ')}
                    </div>
                  ) : null}
                  <div className="unusual-meta muted small">
                    <time dateTime={days.iso(item.day)}>{days.long(item.day)}</time>
                    {category ? (
                      <>
                        {' · '}
                        <span className="unusual-category" style={{ ['--chip' as string]: category.color }}>
                          {category.name}
                        </span>
                      </>
                    ) : null}
                  </div>
                </div>
                <span className="unusual-amount">
                  <Money amount={-(values.total ?? item.amount)} currency={currency} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
