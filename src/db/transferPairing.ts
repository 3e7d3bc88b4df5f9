import { addDays } from '../core/dates';
import { TRANSFERS } from '../core/categories';
import { pairTransfers, type TransferCandidate } from '../core/transfers';
import type { IsoDate, Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { blockKey } from './store/blockCodec';
import type { BlockWriter } from './store/blockWriter';

const WINDOW_DAYS = 4;

/**
 * Marks transfers between the person's own accounts among freshly stored rows: both legs get the Transfers
 * category (kept out of spending) and point at each other. Runs inside the import's IndexedDB transaction.
 */
export async function pairNewTransfers(
  db: KeptDatabase,
  writer: BlockWriter,
  freshRows: { accountId: number; count: number; rows: () => readonly Transaction[] },
  [from, to]: [IsoDate, IsoDate],
) {
  if (freshRows.count === 0) return 0;
  const accounts = await db.accounts.toArray();
  const freshAccount = freshRows.accountId;
  const window: [IsoDate, IsoDate] = [addDays(from, -WINDOW_DAYS), addDays(to, WINDOW_DAYS)];
  const stored: Transaction[] = [];
  for (const account of accounts) {
    if (account.id === undefined || account.id === freshAccount) continue;
    const keys = await writer.accountKeys(account.id, ...window);
    for (const rows of (await writer.read(keys)).values())
      stored.push(...rows.filter((row) => row.date >= window[0] && row.date <= window[1]));
  }
  if (stored.length === 0) return 0;
  const fresh = freshRows.rows();
  const pairs = pairTransfers(
    fresh as readonly TransferCandidate[],
    stored as TransferCandidate[],
    WINDOW_DAYS,
  );
  if (pairs.length === 0) return 0;
  const partnerOf = new Map<number, number>();
  for (const [outId, inId] of pairs) {
    partnerOf.set(outId, inId);
    partnerOf.set(inId, outId);
  }
  const keys = [...fresh, ...stored]
    .filter((row) => partnerOf.has(row.id as number))
    .map((row) => blockKey(row.accountId, row.date));
  await writer.rewrite(keys, (rows) => {
    if (!rows.some((row) => partnerOf.has(row.id as number))) return undefined;
    return rows.map((row) => {
      const partner = partnerOf.get(row.id as number);
      if (partner === undefined) return row;
      return {
        ...row,
        ...(row.category === TRANSFERS
          ? {}
          : {
              beforeTransfer: {
                category: row.category,
                ...(row.categorySource ? { categorySource: row.categorySource } : {}),
              },
            }),
        category: TRANSFERS,
        categorySource: 'transfer',
        kind: 'transfer',
        transferPairId: partner,
      };
    });
  });
  return pairs.length;
}
