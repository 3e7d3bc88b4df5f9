import { useDeferredValue, useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { ExportButton } from './ExportButton';
import { filterRows } from './filterRows';
import { TransactionList } from './TransactionList';
import { useTransactionRows } from './useTransactionRows';

export function TransactionsPage() {
  const { t } = useI18n();
  const rows = useTransactionRows();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => filterRows(rows ?? [], deferredQuery), [rows, deferredQuery]);
  return (
    <div className="page page-fill">
      <div className="page-header">
        <div>
          <h1>{t('transactions.title')}</h1>
          <p className="muted">
            {rows ? t('transactions.count', { count: visible.length }) : t('common.loading')}
          </p>
        </div>
        <div className="page-actions">
          <input
            type="search"
            className="search"
            placeholder={t('transactions.search')}
            aria-label={t('transactions.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ExportButton />
        </div>
      </div>
      {rows && visible.length === 0 ? <p className="empty-note">{t('transactions.none')}</p> : null}
      {rows ? <TransactionList rows={visible} /> : null}
    </div>
  );
}
