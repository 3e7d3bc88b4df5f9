import type { StatedBalance } from '../core/types';
import type { KeptDatabase } from './database';

const later = (a: StatedBalance, b: StatedBalance | undefined) => !b || a.date >= b.date;

/** An import's stated balance becomes its account's when it is the latest (inside the import's transaction). */
export async function noteStatedBalance(
  db: KeptDatabase,
  accountId: number,
  stated: StatedBalance,
): Promise<void> {
  const account = await db.accounts.get(accountId);
  if (account && later(stated, account.statedBalance))
    await db.accounts.update(accountId, { statedBalance: stated });
}

/**
 * The account's stated balance once an import is removed: the latest its remaining imports stated, or none
 * (inside the removal's transaction).
 */
export async function restateBalance(db: KeptDatabase, accountId: number): Promise<void> {
  const account = await db.accounts.get(accountId);
  if (!account) return;
  let latest: StatedBalance | undefined;
  for (const record of await db.imports.where('accountId').equals(accountId).toArray())
    if (record.statedBalance && later(record.statedBalance, latest)) latest = record.statedBalance;
  if (latest) await db.accounts.update(accountId, { statedBalance: latest });
  else if (account.statedBalance) await db.accounts.update(accountId, { statedBalance: undefined });
}
