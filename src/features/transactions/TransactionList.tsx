import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { Category } from '../../core/types';
import type { Sort } from '../../core/workspace/filter';
import { formatDay } from '../../core/workspace/formatDay';
import { useI18n } from '../../i18n';
import { Money } from '../../ui/Money';
import { CategoryCell } from './CategoryCell';
import { ListHeader } from './ListHeader';
import { MerchantCell } from './MerchantCell';
import { RowActions } from './RowActions';
import type { TransactionRow } from './useTransactionRows';

const ROW_HEIGHT = 60;
const DAY_HEIGHT = 34;

type ListItem = { day: string } | { row: TransactionRow };

/** Rows with a heading before each new day (phones, newest-first order): the date leaves the row itself. */
function withDayHeadings(rows: readonly TransactionRow[]): ListItem[] {
  const items: ListItem[] = [];
  let day = '';
  for (const row of rows) {
    if (row.date !== day) {
      day = row.date;
      items.push({ day });
    }
    items.push({ row });
  }
  return items;
}

export interface RowHandlers {
  onCategory: (row: TransactionRow, category: string) => void;
  onRename: (row: TransactionRow, name: string) => void;
  onSplit: (row: TransactionRow) => void;
  onNote: (row: TransactionRow) => void;
}

/** A windowed table: only the rows on screen are in the DOM, so 100,000 transactions scroll smoothly. */
export function TransactionList({
  rows,
  categories,
  sort,
  onSort,
  selected,
  onSelect,
  handlers,
  accountLabel,
  groupByDay,
}: {
  rows: readonly TransactionRow[];
  /** Names that tell accounts apart ("Chase ··1234" when two are called "Chase"). */
  accountLabel: (accountId: number) => string;
  groupByDay: boolean;
  categories: readonly Category[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<number>;
  onSelect: (ids: readonly number[], on: boolean) => void;
  handlers: RowHandlers;
}) {
  const { t, locale } = useI18n();
  const parent = useRef<HTMLDivElement>(null);
  // Stable between renders: a new function would make the virtualizer re-measure all rows on every scroll frame.
  const items = useMemo<ListItem[]>(
    () => (groupByDay ? withDayHeadings(rows) : rows.map((row) => ({ row }))),
    [rows, groupByDay],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const item = items[index];
      return !item ? index : 'day' in item ? `day-${item.day}` : item.row.id;
    },
    [items],
  );
  const estimateSize = useCallback(
    (index: number) => (items[index] && 'day' in (items[index] as ListItem) ? DAY_HEIGHT : ROW_HEIGHT),
    [items],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be used this way
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize,
    overscan: 10,
    getItemKey,
  });
  const selectedShown = useMemo(() => rows.filter((row) => selected.has(row.id)).length, [rows, selected]);

  return (
    <div
      className="tx-table"
      role="table"
      aria-label={t('transactions.title')}
      aria-rowcount={items.length + 1}
    >
      <ListHeader
        sort={sort}
        onSort={onSort}
        allSelected={rows.length > 0 && selectedShown === rows.length}
        someSelected={selectedShown > 0}
        onSelectAll={(on) =>
          onSelect(
            rows.map((row) => row.id),
            on,
          )
        }
      />
      <div ref={parent} className="tx-scroll" data-testid="transaction-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = items[item.index] as ListItem;
            if ('day' in entry)
              return (
                <div
                  key={`day-${entry.day}`}
                  role="row"
                  className="tx-day"
                  style={{ height: DAY_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell">{formatDay(entry.day, locale)}</span>
                </div>
              );
            const row = entry.row;
            const isSelected = selected.has(row.id);
            return (
              <div
                key={row.id}
                role="row"
                data-testid="transaction-row"
                aria-selected={isSelected}
                className={`tx-row ${isSelected ? 'tx-selected' : ''}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="tx-check">
                  <input
                    type="checkbox"
                    aria-label={t('tx.select', { merchant: row.merchant })}
                    checked={isSelected}
                    onChange={(event) => onSelect([row.id], event.target.checked)}
                  />
                </span>
                <span role="cell" className="tx-date">
                  {formatDay(row.date, locale)}
                </span>
                <MerchantCell key={row.merchant} row={row} onRename={handlers.onRename} />
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
          })}
        </div>
      </div>
    </div>
  );
}
