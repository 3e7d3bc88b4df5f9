import type { StatementRow } from './import/types';
import type { Categorization } from './merchant';
import { type PackedRows, packColumns, type ValueType } from './packRows';
import type { CurrencyCode, Transaction } from './types';

/** One row ready to store: read from the file, cleaned and categorized (storing adds id, account and import). */
export type PreparedRow = Omit<Transaction, 'id' | 'accountId' | 'importId' | 'fingerprint'>;

/**
 * One calendar month of prepared rows, packed as the columns of a stored block (storing adds the id, account and
 * import columns): a first import of those months writes them as they are, without packing the rows again.
 */
export interface PreparedMonth extends PackedRows {
  /** YYYY-MM */
  month: string;
}

const monthOfRow = (row: { date: string }) => row.date.slice(0, 7);

/**
 * Chronological statement rows with their labels (none when categorization did not run), prepared in the
 * statement's currency and packed month by month. Each prepared row is: date, description, merchant (the
 * label's, else the description), category ('uncategorized' without a label), amount, currency (the row's, else
 * the statement's), balance, then when present valueDate, the label's merchantKey, kind, categorySource and
 * confidence, and pending. Built column by column, without an object per row.
 */
export function packPreparedMonths(
  rows: readonly StatementRow[],
  labels: readonly Categorization[] | undefined,
  currency: CurrencyCode,
): PreparedMonth[] {
  const months: PreparedMonth[] = [];
  let start = 0;
  while (start < rows.length) {
    const month = monthOfRow(rows[start] as StatementRow);
    const end = monthEnd(rows, start, month);
    months.push({
      month,
      ...packColumns(end - start, preparedColumns(rows, labels, currency, start, end), PREPARED_TYPES),
    });
    start = end;
  }
  return months;
}

/**
 * Where the month that starts at `start` ends. A function of its own: the engine compiles this row loop on its
 * own, instead of compiling all of packPreparedMonths (with the packing it inlines) mid-loop, and again later.
 */
function monthEnd(rows: readonly { date: string }[], start: number, month: string): number {
  let end = start + 1;
  // startsWith, not a slice per row: no string is made.
  while (end < rows.length && (rows[end] as { date: string }).date.startsWith(month)) end += 1;
  return end;
}

/**
 * The value type of prepared columns (known: the rows are typed), so packing need not look at every value. Not the
 * balance: a row without one holds null.
 */
const PREPARED_TYPES: Readonly<Record<string, ValueType>> = {
  date: 'string',
  description: 'string',
  merchant: 'string',
  category: 'string',
  amount: 'number',
  currency: 'string',
  valueDate: 'string',
  merchantKey: 'string',
  kind: 'string',
  categorySource: 'string',
  confidence: 'number',
  pending: 'boolean',
};

function preparedColumns(
  rows: readonly StatementRow[],
  labels: readonly Categorization[] | undefined,
  currency: CurrencyCode,
  start: number,
  end: number,
): Record<string, unknown[]> {
  const column = () => new Array<unknown>(end - start);
  const columns = {
    date: column(),
    description: column(),
    merchant: column(),
    category: column(),
    amount: column(),
    currency: column(),
    balance: column(),
    valueDate: column(),
    merchantKey: column(),
    kind: column(),
    categorySource: column(),
    confidence: column(),
    pending: column(),
  };
  for (let index = start; index < end; index += 1) {
    const row = rows[index] as StatementRow;
    const label = labels?.[index];
    const at = index - start;
    columns.date[at] = row.date;
    columns.description[at] = row.description;
    columns.merchant[at] = label?.merchant || row.description;
    columns.category[at] = label?.category ?? 'uncategorized';
    columns.amount[at] = row.amount;
    columns.currency[at] = row.currency ?? currency;
    columns.balance[at] = row.balance;
    columns.valueDate[at] = row.valueDate || undefined;
    columns.merchantKey[at] = label?.merchantKey;
    columns.kind[at] = label?.type;
    columns.categorySource[at] = label?.source;
    columns.confidence[at] = label?.confidence;
    columns.pending[at] = row.pending || undefined;
  }
  return columns;
}

/**
 * Where the rows can be cut into parts of about `size` rows without splitting a month (a month is one block, and
 * a block is written from one part). Returns the end index of each part.
 */
export function monthAlignedEnds(rows: readonly { date: string }[], size: number): number[] {
  const ends: number[] = [];
  let end = 0;
  while (end < rows.length) {
    end = Math.min(end + size, rows.length);
    const month = end < rows.length ? monthOfRow(rows[end - 1] as { date: string }) : '';
    while (end < rows.length && monthOfRow(rows[end] as { date: string }) === month) end += 1;
    ends.push(end);
  }
  return ends;
}
