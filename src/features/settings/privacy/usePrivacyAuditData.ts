import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';

/** Rows per stored table, by table name. */
export type TableCounts = Record<string, number>;

/** Counts every table afresh (no cache): what is really stored right now. */
export async function readTableCounts(): Promise<TableCounts> {
  const counts = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.count()] as const),
  );
  return Object.fromEntries(counts);
}

/** Rows per table, kept up to date as data changes. */
export function useTableCounts(): TableCounts | undefined {
  return useLiveQuery(readTableCounts, []);
}
