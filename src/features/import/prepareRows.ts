import { toChronological } from '../../core/chronological';
import { UNCATEGORIZED } from '../../core/categories';
import type { StatementReading } from '../../core/import/types';
import type { CurrencyCode } from '../../core/types';
import type { PreparedRow } from '../../db/importBatch';

/** Statement rows → rows ready to store, oldest first so stored ids follow the bank's own sequence. */
export function prepareRows(reading: StatementReading, currency: CurrencyCode): PreparedRow[] {
  return toChronological(reading.rows).map((row) => ({
    date: row.date,
    ...(row.valueDate ? { valueDate: row.valueDate } : {}),
    description: row.description,
    merchant: row.description,
    category: UNCATEGORIZED,
    amount: row.amount,
    currency: row.currency ?? currency,
    balance: row.balance,
    ...(row.pending ? { pending: true } : {}),
  }));
}
