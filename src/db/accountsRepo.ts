import type { KeptDatabase } from './database';

/** Renames an account; blank names are refused so an account can always be told apart. */
export async function renameAccount(db: KeptDatabase, accountId: number, name: string): Promise<boolean> {
  const trimmed = name.trim();
  if (!trimmed) return false;
  return (await db.accounts.update(accountId, { name: trimmed })) === 1;
}
