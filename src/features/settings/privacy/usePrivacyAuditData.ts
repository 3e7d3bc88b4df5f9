import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { countStoredTransactions } from '../../../db/store/storeWrite';

/** Rows per stored table, by table name. */
export type TableCounts = Record<string, number>;

/**
 * Counts every table afresh (no cache): what is really stored right now. Transactions are stored in blocks (one
 * record per account and month), so their rows are counted inside the blocks.
 */
export async function readTableCounts(): Promise<TableCounts> {
  const counts = await Promise.all(
    db.tables.map(async (table) =>
      table.name === 'blocks'
        ? (['transactions', await countStoredTransactions(db)] as const)
        : ([table.name, await table.count()] as const),
    ),
  );
  return Object.fromEntries(counts);
}

/** Rows per table, kept up to date as data changes. */
export function useTableCounts(): TableCounts | undefined {
  return useLiveQuery(readTableCounts, []);
}
