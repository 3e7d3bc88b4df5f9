import { toChronological } from '../../core/chronological';
import type { StatementReading, StatementRow } from '../../core/import/types';
import type { Categorization } from '../../core/merchant';
import type { CurrencyCode } from '../../core/types';
import type { PreparedRow } from '../../db/importBatch';

/** Rows prepared per step: the page gets a turn between steps, even for a million-row file. */
const STEP = 20_000;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function prepareRow(
  row: StatementRow,
  label: Categorization | undefined,
  currency: CurrencyCode,
): PreparedRow {
  const prepared: PreparedRow = {
    date: row.date,
    description: row.description,
    merchant: label?.merchant || row.description,
    category: label?.category ?? 'uncategorized',
    amount: row.amount,
    currency: row.currency ?? currency,
    balance: row.balance,
  };
  if (row.valueDate) prepared.valueDate = row.valueDate;
  if (label) {
    prepared.merchantKey = label.merchantKey;
    prepared.kind = label.type;
    prepared.categorySource = label.source;
    prepared.confidence = label.confidence;
  }
  if (row.pending) prepared.pending = true;
  return prepared;
}

/**
 * Statement rows + their labels → rows ready to store, oldest first so stored ids follow the bank's sequence.
 * Works in steps (a big file would otherwise hold the page for a second).
 */
export async function prepareRows(
  reading: StatementReading,
  labels: readonly Categorization[],
  currency: CurrencyCode,
): Promise<PreparedRow[]> {
  const rows: PreparedRow[] = new Array<PreparedRow>(reading.rows.length);
  for (let start = 0; start < reading.rows.length; start += STEP) {
    if (start > 0) await nextTask();
    const end = Math.min(reading.rows.length, start + STEP);
    for (let index = start; index < end; index += 1)
      rows[index] = prepareRow(reading.rows[index] as StatementRow, labels[index], currency);
  }
  return toChronological(rows);
}
