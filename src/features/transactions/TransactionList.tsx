import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useI18n } from '../../i18n';
import { Money } from '../../ui/Money';
import type { TransactionRow } from './useTransactionRows';

const ROW_HEIGHT = 52;

/** A windowed list: only the rows on screen are in the DOM, so 100,000 transactions scroll smoothly. */
export function TransactionList({ rows }: { rows: readonly TransactionRow[] }) {
  const { t, locale } = useI18n();
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be used this way
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

  return (
    <div className="tx-table" role="table" aria-label={t('transactions.title')} aria-rowcount={rows.length}>
      <div className="tx-row tx-head" role="row">
        <span role="columnheader">{t('transactions.col.date')}</span>
        <span role="columnheader">{t('transactions.col.description')}</span>
        <span role="columnheader">{t('transactions.col.category')}</span>
        <span role="columnheader" className="numeric">
          {t('transactions.col.amount')}
        </span>
        <span role="columnheader" className="numeric">
          {t('transactions.col.balance')}
        </span>
      </div>
      <div ref={parent} className="tx-scroll" data-testid="transaction-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as TransactionRow;
            return (
              <div
                key={row.id}
                role="row"
                data-testid="transaction-row"
                className="tx-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <span role="cell" className="tx-date">
                  {dateFormat.format(new Date(`${row.date}T00:00:00Z`))}
                </span>
                <span role="cell" className="tx-desc">
                  <span className="tx-merchant" title={row.description}>
                    {row.merchant}
                  </span>
                  <span className="tx-sub">
                    {row.accountName}
                    {row.pending ? ` · ${t('transactions.pending')}` : ''}
                  </span>
                </span>
                <span role="cell">
                  <span
                    className="category-chip"
                    style={{ ['--chip' as string]: row.categoryInfo?.color ?? '#999' }}
                  >
                    {row.categoryInfo?.name ?? row.category}
                  </span>
                </span>
                <span role="cell" className="numeric">
                  <Money amount={row.amount} currency={row.currency} colored />
                </span>
                <span role="cell" className="numeric muted">
                  {row.balance === null ? '' : <Money amount={row.balance} currency={row.currency} />}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
