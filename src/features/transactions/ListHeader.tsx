import type { Sort, SortKey } from '../../core/workspace/filter';
import { useI18n } from '../../i18n';

function SortButton({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: SortKey;
  label: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  numeric?: boolean;
}) {
  const { t } = useI18n();
  const active = sort.key === column;
  return (
    <span
      role="columnheader"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className={`sort-button ${active ? 'sort-active' : ''}`}
        onClick={() =>
          onSort({
            key: column,
            direction: active
              ? sort.direction === 'asc'
                ? 'desc'
                : 'asc'
              : column === 'merchant'
                ? 'asc'
                : 'desc',
          })
        }
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '↑' : '↓') : '↕'}
        </span>
        {active ? (
          <span className="visually-hidden">
            , {t(sort.direction === 'asc' ? 'tx.sorted.asc' : 'tx.sorted.desc')}
          </span>
        ) : null}
      </button>
    </span>
  );
}

export function ListHeader({
  sort,
  onSort,
  allSelected,
  someSelected,
  onSelectAll,
}: {
  sort: Sort;
  onSort: (sort: Sort) => void;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: (selected: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="tx-row tx-head" role="row">
      <span role="columnheader" className="tx-check">
        <input
          type="checkbox"
          aria-label={t('tx.selectAll')}
          checked={allSelected}
          ref={(input) => {
            if (input) input.indeterminate = someSelected && !allSelected;
          }}
          onChange={(event) => onSelectAll(event.target.checked)}
        />
      </span>
      <SortButton column="date" label={t('transactions.col.date')} sort={sort} onSort={onSort} />
      <SortButton column="merchant" label={t('tx.col.merchant')} sort={sort} onSort={onSort} />
      <span role="columnheader" className="tx-account">
        {t('views.col.account')}
      </span>
      <span role="columnheader">{t('transactions.col.category')}</span>
      <SortButton column="amount" label={t('transactions.col.amount')} sort={sort} onSort={onSort} numeric />
      <span role="columnheader">
        <span className="visually-hidden">{t('tx.col.actions')}</span>
      </span>
    </div>
  );
}
