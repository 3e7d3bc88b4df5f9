import type { Transaction } from '../core/types';
import { KeptDatabase } from './database';
import { groupByBlock } from './store/blockCodec';
import { reserveIds } from './store/ids';
import { readStoredTransactions, storeWrite } from './store/storeWrite';
import { updateTransactions } from './transactionEdits';

let counter = 0;

/** A fresh, uniquely named database for one test (fake-indexeddb must be imported by the test first). */
export function freshDatabase(): KeptDatabase {
  counter += 1;
  return new KeptDatabase(`kept-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Stores rows as they are (ids kept when given, else new ones), for seeding tests. Returns the ids in order.
 */
export async function addTransactions(db: KeptDatabase, rows: readonly Transaction[]): Promise<number[]> {
  return storeWrite(db, [db.settings], async (writer) => {
    const first = await reserveIds(db, rows.length);
    const stored = rows.map((row, index) => ({ ...row, id: row.id ?? first + index }));
    const maxId = Math.max(first + rows.length, ...stored.map((row) => row.id + 1));
    await db.settings.put({ key: 'nextTransactionId', value: maxId });
    for (const group of groupByBlock(stored).values()) await writer.append(group);
    return stored.map((row) => row.id);
  });
}

/** Stored transactions as IndexedDB holds them, with a small table-like API for assertions. */
export function storedRows(db: KeptDatabase) {
  const all = () => readStoredTransactions(db);
  const byId = async () => new Map((await all()).map((row) => [row.id, row]));
  return {
    toArray: async () => (await all()).sort((a, b) => (a.id ?? 0) - (b.id ?? 0)),
    count: async () => (await all()).length,
    get: async (id: number) => (await byId()).get(id),
    bulkGet: async (ids: readonly number[]) => {
      const rows = await byId();
      return ids.map((id) => rows.get(id));
    },
    filter: (matches: (row: Transaction) => boolean) => ({
      toArray: async () => (await all()).filter(matches),
      first: async () => (await all()).find(matches),
      count: async () => (await all()).filter(matches).length,
    }),
    bulkAdd: (rows: readonly Transaction[]) => addTransactions(db, rows),
    update: (id: number, patch: Partial<Transaction>) =>
      updateTransactions(db, [id], (row) => ({ ...row, ...patch })),
  };
}
