import { addDays } from '../core/dates';
import { TRANSFERS } from '../core/categories';
import { pairTransfers, type TransferCandidate } from '../core/transfers';
import type { IsoDate, Transaction } from '../core/types';
import type { KeptDatabase } from './database';

const WINDOW_DAYS = 4;

/**
 * Marks transfers between the person's own accounts among freshly stored rows: both legs get the Transfers
 * category (kept out of spending) and point at each other. Runs inside the import's IndexedDB transaction.
 */
export async function pairNewTransfers(
  db: KeptDatabase,
  fresh: Transaction[],
  [from, to]: [IsoDate, IsoDate],
) {
  if (fresh.length === 0) return 0;
  const accounts = await db.accounts.toArray();
  const freshAccount = fresh[0]?.accountId;
  const stored: Transaction[] = [];
  for (const account of accounts) {
    if (account.id === undefined || account.id === freshAccount) continue;
    stored.push(
      ...(await db.transactions
        .where('[accountId+date]')
        .between(
          [account.id, addDays(from, -WINDOW_DAYS)],
          [account.id, addDays(to, WINDOW_DAYS)],
          true,
          true,
        )
        .toArray()),
    );
  }
  if (stored.length === 0) return 0;
  const pairs = pairTransfers(fresh as TransferCandidate[], stored as TransferCandidate[], WINDOW_DAYS);
  for (const [outId, inId] of pairs) {
    const link = { category: TRANSFERS, categorySource: 'transfer', kind: 'transfer' };
    await db.transactions.update(outId, { ...link, transferPairId: inId });
    await db.transactions.update(inId, { ...link, transferPairId: outId });
  }
  return pairs.length;
}
