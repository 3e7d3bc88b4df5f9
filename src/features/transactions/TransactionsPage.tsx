import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { IncrementalFilter } from '../../core/workspace/incrementalFilter';
import { accountLabels } from '../../core/workspace/accountLabels';
import type { Sort } from '../../core/workspace/filter';
import { IncrementalSort } from '../../core/workspace/resortAfterEdit';
import { db } from '../../db/database';
import { trainCategoryModel } from '../../db/learning';
import { type BulkChange, type BulkUndo, bulkEdit, undoBulkEdit } from '../../db/bulkEdits';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { BulkBar } from './BulkBar';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { FilteredTotal } from './FilteredTotal';
import { shownSums } from './shownSums';
import { activeFilterCount, toFilter } from './filterForm';
import { LinkFilters } from './LinkFilters';
import { LearnPrompt } from './LearnPrompt';
import { NoteDialog } from './NoteDialog';
import { SplitDialog } from './SplitDialog';
import { type RowHandlers, TransactionList } from './TransactionList';
import { useLearning } from './useLearning';
import { useNarrow } from '../../ui/useNarrow';
import { useUrlFilters } from './useUrlFilters';
import { merchantCount, useMerchantOptions } from './useMerchants';
import { useVersionedSource } from '../../ui/useVersionedSource';
import { type TransactionRow, useWorkspaceData } from './useTransactionRows';

export function TransactionsPage() {
  const { t } = useI18n();
  const data = useWorkspaceData();
  const [form, setForm] = useUrlFilters();
  const narrow = useNarrow();
  const [sheetOpen, setSheetOpen] = useState(false);
  const deferredForm = useDeferredValue(form);
  const [sort, setSort] = useState<Sort>({ key: 'date', direction: 'desc' });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [splitting, setSplitting] = useState<TransactionRow | null>(null);
  const [noting, setNoting] = useState<TransactionRow | null>(null);
  const [bulkDone, setBulkDone] = useState<{ change: BulkChange; undo: BulkUndo } | null>(null);
  const learning = useLearning(merchantCount);

  const currency = data?.accounts[0]?.currency ?? 'EUR';
  const version = useVersionedSource(db.store);
  // Not before the rows: the first rows need no merchant names.
  const merchants = useMerchantOptions(data ? version : undefined, form.merchant.trim() !== '');
  // Typing on narrows the last result, and an edit looks again only at the rows it changed, instead of every row.
  const [incremental] = useState(() => new IncrementalFilter<TransactionRow>());
  const [sorted] = useState(() => new IncrementalSort<TransactionRow>());
  const merchantName = useMerchantLocalizer();
  const typedFilter = useMemo(
    () => toFilter(form, currency, merchants, merchantName),
    [form, currency, merchants, merchantName],
  );
  const deferredFilter = useMemo(
    () => toFilter(deferredForm, currency, merchants, merchantName),
    [deferredForm, currency, merchants, merchantName],
  );
  // Narrowing a small result is cheap: shown with the keystroke itself. Anything else waits for the deferred
  // render, so that typing stays smooth over 100,000 rows.
  const filter = data && incremental.narrowsCheaply(data.rows, typedFilter) ? typedFilter : deferredFilter;
  const { visible, sums } = useMemo(() => {
    if (!data) return { visible: [], sums: new Map<string, number>() };
    const filtered = incremental.apply(data.rows, filter, data.textAt, data.patchedFrom);
    const shown = sorted.apply(data.rows, filter, filtered, sort, data.patchedFrom);
    return { visible: shown, sums: shownSums(filtered, filtered === data.rows) };
  }, [data, filter, incremental, sorted, sort]);
  const count = visible.length;
  const countText = useMemo(() => t('transactions.count', { count }), [t, count]);
  const doneText = useMemo(() => t('views.filtersDone', { count }), [t, count]);

  const accounts = data?.accounts;
  const labels = useMemo(() => accountLabels(accounts ?? []), [accounts]);
  const accountLabel = useCallback((id: number) => labels.get(id) ?? '', [labels]);

  const categories = data?.categories;
  const categoryName = useCallback(
    (id: string) => categories?.find((category) => category.id === id)?.name ?? id,
    [categories],
  );
  const select = useCallback((ids: readonly number[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const { changeCategory, rename } = learning;
  const handlers = useMemo<RowHandlers>(
    () => ({
      onCategory: (row, category) => void changeCategory(row, category),
      onRename: (row, name) => void rename(row, name),
      onSplit: setSplitting,
      onNote: setNoting,
    }),
    [changeCategory, rename],
  );
  const applyBulk = async (change: BulkChange) => {
    const undo = await bulkEdit(db, [...selected], change);
    const { category } = change;
    if (category) {
      const rows = (data?.rows ?? []).filter((row) => selected.has(row.id));
      await trainCategoryModel(
        db,
        rows.map((row) => ({ text: row.merchant, amount: row.amount, category })),
      );
    }
    setSelected(new Set());
    setBulkDone({ change, undo });
  };

  return (
    <div className="page page-fill page-workspace">
      <div className="page-header">
        <div>
          <h1>{t('transactions.title')}</h1>
          <p className="muted">
            <span data-testid="transactions-count">{data ? countText : t('common.loading')}</span>
            {data ? (
              <>
                {' · '}
                <FilteredTotal sums={sums} />
              </>
            ) : null}
          </p>
        </div>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            placeholder={t('transactions.search')}
            aria-label={t('transactions.search')}
            value={form.query}
            onChange={(event) => setForm({ ...form, query: event.target.value })}
          />
          <button
            type="button"
            className="button filters-toggle"
            aria-expanded={sheetOpen}
            aria-controls="filter-sheet"
            onClick={() => {
              setSheetOpen(!sheetOpen);
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>('#filter-sheet select')?.focus(),
              );
            }}
          >
            {activeFilterCount(form) > 0
              ? t('views.filtersActive', { count: activeFilterCount(form) })
              : t('views.filtersButton')}
          </button>
          <ExportButton />
        </div>
      </div>
      {data ? (
        <div
          id="filter-sheet"
          className={`filter-sheet${sheetOpen ? ' is-open' : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && sheetOpen) setSheetOpen(false);
          }}
        >
          <FilterBar
            form={form}
            onChange={setForm}
            merchants={merchants}
            accounts={data.accounts}
            categories={data.categories}
          />
          <button
            type="button"
            className="button button-primary sheet-done"
            onClick={() => setSheetOpen(false)}
          >
            {doneText}
          </button>
        </div>
      ) : null}
      <LinkFilters form={form} onChange={setForm} />
      {selected.size > 0 && data ? (
        <BulkBar
          count={selected.size}
          categories={data.categories}
          onApply={(change) => void applyBulk(change)}
          onClear={() => setSelected(new Set())}
        />
      ) : bulkDone !== null ? (
        <p className="bulk-done" role="status">
          {bulkDone.change.category
            ? t('tx.bulk.done', { count: bulkDone.undo.before.length })
            : t('views.bulk.done', { count: bulkDone.undo.before.length })}{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void undoBulkEdit(db, bulkDone.undo).then(() => setBulkDone(null))}
          >
            {t('views.bulk.undo')}
          </button>
        </p>
      ) : null}
      {data && visible.length === 0 ? <p className="empty-note">{t('transactions.none')}</p> : null}
      {data ? (
        <TransactionList
          rows={visible}
          categories={data.categories}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onSelect={select}
          handlers={handlers}
          accountLabel={accountLabel}
          groupByDay={narrow && sort.key === 'date'}
        />
      ) : null}
      <LearnPrompt
        offer={learning.offer}
        done={learning.done}
        categoryName={categoryName}
        onAccept={() => void learning.accept()}
        onDismiss={learning.dismiss}
        onUndo={() => void learning.undo()}
      />
      {splitting && data ? (
        <SplitDialog row={splitting} categories={data.categories} onClose={() => setSplitting(null)} />
      ) : null}
      {noting ? <NoteDialog row={noting} onClose={() => setNoting(null)} /> : null}
    </div>
  );
}
