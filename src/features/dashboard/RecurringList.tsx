import { useState } from 'react';
import type { RecurringLine, RecurringOverview } from '../../core/analytics/recurring';
import { formatMoney } from '../../core/money';
import type { Category } from '../../core/types';
import { transactionsHref } from '../../core/workspace/txQuery';
import { type MessageKey, useI18n, useMerchantLocalizer } from '../../i18n';
import { Card } from '../../ui/Card';
import { Money } from '../../ui/Money';
import { useDayFormat } from './useDayFormat';

const FIRST_ROWS = 12;

function RecurringRow({
  item,
  category,
  currency,
  today,
  dataEnd,
}: {
  item: RecurringLine;
  category: Category | undefined;
  currency: string;
  today: number;
  dataEnd: number;
}) {
  const { t, numberLocale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const days = useDayFormat();
  const change = item.priceChange;
  const money = (amount: number) => formatMoney(amount, currency, numberLocale);
  const pastDue = item.active && item.next < today;
  return (
    <li
      className={`recurring-row${item.active ? '' : ' is-ended'}${pastDue ? ' is-past-due' : ''}`}
      data-testid="recurring-item"
      data-merchant={item.merchant}
      data-cadence={item.cadence}
      data-active={item.active}
      data-price-change={change ? `${change.from}:${change.to}` : undefined}
    >
      <span
        className="recurring-avatar"
        style={{ ['--chip' as string]: category?.color ?? '#90a4ae' }}
        aria-hidden
      >
        {merchantName(item.merchant).slice(0, 1).toUpperCase()}
      </span>
      <div className="recurring-main">
        <div className="recurring-line">
          <a
            className="recurring-merchant drill-link"
            href={transactionsHref({ merchant: item.merchant, currency, flow: 'out' })}
          >
            {merchantName(item.merchant)}
          </a>
          <span className={`cadence-badge cadence-${item.cadence}`}>
            {t(`recurring.cadence.${item.cadence}` as MessageKey)}
          </span>
          {change ? (
            <span
              className={`price-badge ${change.to > change.from ? 'is-up' : 'is-down'}`}
              title={t('recurring.priceChangeTitle', {
                from: money(change.from),
                to: money(change.to),
                date: days.long(change.day),
              })}
            >
              <span aria-hidden>{change.to > change.from ? '↑' : '↓'}</span>
              <span>
                {money(change.from)} → {money(change.to)}
              </span>
              <span className="price-badge-date">{days.month(change.day)}</span>
            </span>
          ) : null}
        </div>
        <div className="recurring-meta">
          <span className="category-chip" style={{ ['--chip' as string]: category?.color ?? '#90a4ae' }}>
            {category?.name ?? item.category}
          </span>
          <span className="muted small">
            {pastDue
              ? t(item.next > dataEnd ? 'views.pastDueNoData' : 'views.pastDue', {
                  date: days.long(item.next),
                })
              : item.active
                ? t('recurring.next', { date: days.short(item.next) })
                : t('recurring.ended', { date: days.long(item.last) })}
          </span>
        </div>
      </div>
      <div className="recurring-amounts">
        <span className="recurring-amount">
          {item.variable ? <span className="muted small">{t('recurring.about')} </span> : null}
          <Money amount={item.amount} currency={currency} />
        </span>
        {item.cadence !== 'monthly' ? (
          <span className="muted small">{t('recurring.perMonth', { amount: money(item.monthly) })}</span>
        ) : item.variable ? (
          <span className="muted small">{t('recurring.variable')}</span>
        ) : null}
      </div>
    </li>
  );
}

/** Subscriptions and other recurring payments, with what they cost per month. */
export function RecurringList({
  summary,
  categories,
  currency,
  today,
  dataEnd,
}: {
  summary: RecurringOverview;
  categories: Category[];
  currency: string;
  /** Day number of today: an expected charge before it that has not come is past due. */
  today: number;
  /** Last day with data: a charge due after it may simply not be imported yet. */
  dataEnd: number;
}) {
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const active = summary.items.filter((item) => item.active);
  const ended = summary.items.filter((item) => !item.active);
  const shown = showAll ? active : active.slice(0, FIRST_ROWS);
  const hidden = active.length - shown.length;
  const rowsOf = (items: typeof active) => (
    <ul className="recurring-list">
      {items.map((item) => (
        <RecurringRow
          key={item.key}
          item={item}
          category={byId.get(item.category)}
          currency={currency}
          today={today}
          dataEnd={dataEnd}
        />
      ))}
    </ul>
  );
  return (
    <Card
      title={t('recurring.title')}
      subtitle={t('recurring.subtitle')}
      testId="list-recurring"
      className="recurring-card"
      actions={
        active.length > 0 ? (
          <div className="recurring-total" data-testid="recurring-total" data-amount={summary.monthlyTotal}>
            <span className="recurring-total-value">
              <Money amount={summary.monthlyTotal} currency={currency} />
            </span>
            <span className="muted small">{t('recurring.totalLabel', { count: active.length })}</span>
          </div>
        ) : undefined
      }
    >
      {summary.items.length === 0 ? (
        <div className="list-empty">
          <span className="list-empty-icon" aria-hidden>
            ↻
          </span>
          <strong>{t('recurring.empty.title')}</strong>
          <span className="muted small">{t('recurring.empty.body')}</span>
        </div>
      ) : (
        <>
          {rowsOf(shown)}
          {hidden > 0 || (showAll && active.length > FIRST_ROWS) ? (
            <button type="button" className="list-more" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('recurring.showLess') : t('recurring.showMore', { count: hidden })}
            </button>
          ) : null}
          {ended.length > 0 ? (
            <details className="recurring-ended">
              <summary>{t('recurring.endedTitle', { count: ended.length })}</summary>
              {rowsOf(ended)}
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
