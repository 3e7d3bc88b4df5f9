import type { Transaction as DexieTransaction } from 'dexie';
import type { Transaction } from '../../core/types';
import { encodeBlock, groupByBlock } from './blockCodec';
import { NEXT_ID_KEY } from './ids';

/** Settings that only the per-row design needed. */
const OBSOLETE_SETTINGS = ['analyticsCache'];

/**
 * Upgrade from version 1: every per-row transaction moves into its account-month block, in id order (the order
 * the bank listed them), and the id counter continues after the highest id so links (transfer pairs) stay valid.
 */
export async function migrateRowsToBlocks(tx: DexieTransaction): Promise<void> {
  const rows = (await tx.table('transactions').toArray()) as Transaction[];
  rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const blocks = [...groupByBlock(rows)].map(([key, group]) => encodeBlock(key, group));
  if (blocks.length > 0) await tx.table('blocks').bulkPut(blocks);
  const maxId = rows.reduce((max, row) => Math.max(max, row.id ?? 0), 0);
  await tx.table('settings').put({ key: NEXT_ID_KEY, value: maxId + 1 });
  await tx.table('settings').bulkDelete(OBSOLETE_SETTINGS);
  await tx.table('transactions').clear();
}
