import { toChronological } from '../../core/chronological';
import type { StatementReading, StatementRow } from '../../core/import/types';
import type { CategorySource, TransactionType } from '../../core/merchant';
import { columnReader, type PackedRows } from '../../core/packRows';
import type { CurrencyCode } from '../../core/types';
import type { PreparedRow } from '../../db/importBatch';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The label fields of one packed part, read by row index within the part. */
function labelReaders(part: PackedRows) {
  return {
    merchant: columnReader(part, 'merchant') as (index: number) => string | undefined,
    merchantKey: columnReader(part, 'merchantKey') as (index: number) => string | undefined,
    category: columnReader(part, 'category') as (index: number) => string | undefined,
    type: columnReader(part, 'type') as (index: number) => TransactionType | undefined,
    source: columnReader(part, 'source') as (index: number) => CategorySource | undefined,
    confidence: columnReader(part, 'confidence') as (index: number) => number | undefined,
  };
}

type Labels = ReturnType<typeof labelReaders>;

function prepareRow(
  row: StatementRow,
  labels: Labels | undefined,
  at: number,
  currency: CurrencyCode,
): PreparedRow {
  const merchant = labels?.merchant(at);
  const prepared: PreparedRow = {
    date: row.date,
    description: row.description,
    merchant: merchant || row.description,
    category: labels?.category(at) ?? 'uncategorized',
    amount: row.amount,
    currency: row.currency ?? currency,
    balance: row.balance,
  };
  if (row.valueDate) prepared.valueDate = row.valueDate;
  if (labels && merchant !== undefined) {
    prepared.merchantKey = labels.merchantKey(at) as string;
    prepared.kind = labels.type(at) as TransactionType;
    prepared.categorySource = labels.source(at) as CategorySource;
    prepared.confidence = labels.confidence(at) as number;
  }
  if (row.pending) prepared.pending = true;
  return prepared;
}

/**
 * Statement rows + their labels (packed in the parts the worker sent) → rows ready to store, oldest first so
 * stored ids follow the bank's sequence. Works a part at a time: the page gets a turn in between.
 */
export async function prepareRows(
  reading: StatementReading,
  labels: readonly PackedRows[],
  currency: CurrencyCode,
): Promise<PreparedRow[]> {
  const rows: PreparedRow[] = new Array<PreparedRow>(reading.rows.length);
  let index = 0;
  for (const part of labels) {
    if (index > 0) await nextTask();
    const readers = labelReaders(part);
    for (let at = 0; at < part.count && index < rows.length; at += 1, index += 1)
      rows[index] = prepareRow(reading.rows[index] as StatementRow, readers, at, currency);
  }
  // Rows without labels (none were made for a file that failed to read).
  for (; index < rows.length; index += 1)
    rows[index] = prepareRow(reading.rows[index] as StatementRow, undefined, 0, currency);
  return toChronological(rows);
}
