import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { Category } from '../../core/types';
import type { Sort } from '../../core/workspace/filter';
import { formatDay } from '../../core/workspace/formatDay';
import { useI18n } from '../../i18n';
import { ListHeader } from './ListHeader';
import { StableItemKeys } from './stableItemKeys';
import { ROW_HEIGHT, type RowHandlers, TransactionRowView } from './TransactionRowView';
import type { TransactionRow } from './useTransactionRows';

export type { RowHandlers } from './TransactionRowView';

const DAY_HEIGHT = 34;

/**
 * Rows are keyed by their place in the list (modulo more places than a screen ever shows), not by transaction:
 * when a search or filter changes which transactions are shown, the rows on screen stay and only their content
 * changes, instead of every row (with its long category list) being removed and built again. That halved the
 * time from a keystroke to the new result over 100,000 rows. A row resets what belongs to its transaction when
 * it shows another one (see TransactionRowView).
 */
const SLOTS = 1024;

interface DayHeading {
  day: string;
}
/** A row, or (on phones) a heading before each new day. */
type ListItem = DayHeading | TransactionRow;

const isHeading = (item: ListItem): item is DayHeading => !('id' in item);
const keyOf = (item: ListItem) => (isHeading(item) ? `day-${item.day}` : item.id);

/** Rows with a heading before each new day (phones, newest-first order): the date leaves the row itself. */
function withDayHeadings(rows: readonly TransactionRow[]): ListItem[] {
  const items: ListItem[] = [];
  let day = '';
  for (const row of rows) {
    if (row.date !== day) {
      day = row.date;
      items.push({ day });
    }
    items.push(row);
  }
  return items;
}

/** A windowed table: only the rows on screen are in the DOM, so 100,000 transactions scroll smoothly. */
export const TransactionList = memo(function TransactionList({
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
  const items = useMemo<readonly ListItem[]>(
    () => (groupByDay ? withDayHeadings(rows) : rows),
    [rows, groupByDay],
  );
  // Stable between renders: a new function would make the virtualizer re-measure all rows on every scroll frame.
  const [stableKeys] = useState(() => new StableItemKeys(keyOf));
  const getItemKey = useMemo(() => stableKeys.for(items), [stableKeys, items]);
  const estimateSize = useCallback(
    (index: number) => {
      const item = items[index];
      return item && isHeading(item) ? DAY_HEIGHT : ROW_HEIGHT;
    },
    [items],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize,
    overscan: 10,
    getItemKey,
  });
  const selectedShown = useMemo(
    () => (selected.size === 0 ? 0 : rows.filter((row) => selected.has(row.id)).length),
    [rows, selected],
  );

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
            if (isHeading(entry))
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
            return (
              <TransactionRowView
                key={`slot-${item.index % SLOTS}`}
                row={entry}
                start={item.start}
                isSelected={selected.has(entry.id)}
                categories={categories}
                handlers={handlers}
                onSelect={onSelect}
                accountLabel={accountLabel}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});
