import type { TransactionRow } from './useTransactionRows';

/** Case- and accent-insensitive search over description, merchant, account and category. */
export function filterRows(rows: readonly TransactionRow[], query: string): readonly TransactionRow[] {
  const needle = fold(query.trim());
  if (!needle) return rows;
  return rows.filter((row) =>
    fold(`${row.description} ${row.merchant} ${row.accountName} ${row.categoryInfo?.name ?? ''}`).includes(
      needle,
    ),
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
