import { memo, type RefObject, useLayoutEffect, useRef } from 'react';
import type { Category } from '../../core/types';
import { formatDay } from '../../core/workspace/formatDay';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { Money } from '../../ui/Money';
import { CategoryCell } from './CategoryCell';
import { MerchantCell } from './MerchantCell';
import { RowActions } from './RowActions';
import type { TransactionRow } from './useTransactionRows';

export const ROW_HEIGHT = 60;

export interface RowHandlers {
  onCategory: (row: TransactionRow, category: string) => void;
  onRename: (row: TransactionRow, name: string) => void;
  onSplit: (row: TransactionRow) => void;
  onNote: (row: TransactionRow) => void;
}

/**
 * The list reuses a row for another transaction when what is shown changes (a search): focus inside it belonged to
 * the transaction that was there, so it goes, as it would have gone with the transaction's own row. Otherwise the
 * next key press (an arrow on a category list) would act on a transaction the person never chose.
 */
function useLeavesFocusWithTransaction(element: RefObject<HTMLElement | null>, id: number) {
  const shown = useRef(id);
  useLayoutEffect(() => {
    if (shown.current === id) return;
    shown.current = id;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && element.current?.contains(focused)) focused.blur();
  }, [element, id]);
}

/**
 * One transaction of the table. Memoized: an edit gives a new object to the edited row only, so only that row
 * renders again (every row's category list is long).
 */
export const TransactionRowView = memo(function TransactionRowView({
  row,
  start,
  isSelected,
  categories,
  handlers,
  onSelect,
  accountLabel,
}: {
  row: TransactionRow;
  /** Where the virtual list places the row (px from the top). */
  start: number;
  isSelected: boolean;
  categories: readonly Category[];
  handlers: RowHandlers;
  onSelect: (ids: readonly number[], on: boolean) => void;
  accountLabel: (accountId: number) => string;
}) {
  const { t, locale } = useI18n();
  const merchantName = useMerchantLocalizer();
  const element = useRef<HTMLDivElement>(null);
  useLeavesFocusWithTransaction(element, row.id);
  return (
    <div
      ref={element}
      data-item={row.id}
      role="row"
      data-testid="transaction-row"
      aria-selected={isSelected}
      className={`tx-row ${isSelected ? 'tx-selected' : ''}`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      <span role="cell" className="tx-check">
        <input
          type="checkbox"
          aria-label={t('tx.select', { merchant: merchantName(row.merchant) })}
          checked={isSelected}
          onChange={(event) => onSelect([row.id], event.target.checked)}
        />
      </span>
      <span role="cell" className="tx-date">
        {formatDay(row.date, locale)}
      </span>
      <MerchantCell key={`${row.id} ${row.merchant}`} row={row} onRename={handlers.onRename} />
      <span role="cell" className="tx-account">
        {accountLabel(row.accountId)}
      </span>
      <CategoryCell
        row={row}
        categories={categories}
        onChange={handlers.onCategory}
        onSplit={handlers.onSplit}
      />
      <span role="cell" className="numeric tx-amount">
        <Money amount={row.amount} currency={row.currency} colored />
      </span>
      <RowActions row={row} onSplit={handlers.onSplit} onNote={handlers.onNote} />
    </div>
  );
});
