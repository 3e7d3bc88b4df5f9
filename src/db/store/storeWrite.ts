import type { Table, Transaction as DexieTransaction } from 'dexie';
import type { Transaction } from '../../core/types';
import type { KeptDatabase } from '../database';
import { type BlockChange, BlockWriter } from './blockWriter';

export interface Preview {
  keys: Iterable<string> | 'all';
  change: BlockChange;
  /** Blocks the change would empty, told without copying their rows (an undone import's own months). */
  empties?: (rows: readonly Transaction[]) => boolean;
}

/**
 * One write to the stored transactions (plus other tables) as one IndexedDB transaction: all or nothing. A
 * `preview` shows the change in the page at once; the committed blocks then replace it, and a failed write puts
 * back what IndexedDB holds.
 */
export async function storeWrite<T>(
  db: KeptDatabase,
  tables: readonly Table[],
  body: (writer: BlockWriter, db: KeptDatabase) => Promise<T>,
  preview?: Preview,
): Promise<T> {
  await db.store.ready();
  // A change previewed or read from memory must start from every earlier write taken over.
  await db.store.settled();
  const touched = preview ? db.store.preview(preview.keys, preview.change, preview.empties) : [];
  let writer = new BlockWriter(db);
  try {
    // The async wrapper matters: Dexie keeps the transaction open across native awaits only inside an async
    // function it was given directly.
    const result = await db.transaction('rw', [db.blocks, ...tables], async (transaction) => {
      const bound = boundTo(db, transaction);
      writer = new BlockWriter(bound, transaction.idbtrans);
      return await body(writer, bound);
    });
    db.store.applyWritten(writer.written);
    // Done means shown: the caller's next look at the store (or at the page) finds what was written.
    await db.store.settled();
    return result;
  } catch (error) {
    if (touched.length > 0) await db.store.reload(touched);
    throw error;
  }
}

/**
 * The database with its tables bound to one transaction: reads and writes through it go into that transaction
 * even after a long wait (an import storing the worker's rows as they come), where Dexie may have lost track of
 * which transaction the code runs in and would open a new one.
 */
function boundTo(db: KeptDatabase, transaction: DexieTransaction): KeptDatabase {
  const bound = Object.create(db) as KeptDatabase;
  for (const name of transaction.storeNames)
    Object.defineProperty(bound, name, { value: transaction.table(name) });
  return bound;
}

/** Every stored transaction as IndexedDB holds it now (tests and exports that must not trust memory). */
export async function readStoredTransactions(db: KeptDatabase) {
  const writer = new BlockWriter(db);
  const blocks = await db.transaction('r', db.blocks, async () => await writer.readAll());
  return [...blocks.values()].flat();
}

/** How many transactions IndexedDB holds now, read from the blocks themselves (not from the page's memory). */
export async function countStoredTransactions(db: KeptDatabase): Promise<number> {
  let count = 0;
  await db.blocks.each((block) => (count += block.count));
  return count;
}
