import { toChronological } from '../../core/chronological';
import type { StatementReading } from '../../core/import/types';
import type { Categorization } from '../../core/merchant';
import type { CurrencyCode } from '../../core/types';
import type { PreparedRow } from '../../db/importBatch';

/** Statement rows + their labels → rows ready to store, oldest first so stored ids follow the bank's sequence. */
export function prepareRows(
  reading: StatementReading,
  labels: readonly Categorization[],
  currency: CurrencyCode,
): PreparedRow[] {
  const rows: PreparedRow[] = reading.rows.map((row, index) => {
    const label = labels[index];
    return {
      date: row.date,
      ...(row.valueDate ? { valueDate: row.valueDate } : {}),
      description: row.description,
      merchant: label?.merchant || row.description,
      category: label?.category ?? 'uncategorized',
      ...(label
        ? {
            merchantKey: label.merchantKey,
            kind: label.type,
            categorySource: label.source,
            confidence: label.confidence,
          }
        : {}),
      amount: row.amount,
      currency: row.currency ?? currency,
      balance: row.balance,
      ...(row.pending ? { pending: true } : {}),
    };
  });
  return toChronological(rows);
}
