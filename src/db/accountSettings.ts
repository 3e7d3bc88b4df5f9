import { currencyDigits } from '../core/money';
import type { KeptDatabase } from './database';
import { storeWrite } from './store/storeWrite';

export interface AccountSettings {
  /** ISO 4217 code; the account's transactions take it too. */
  currency?: string;
  /** Minor units in the (new) currency; null removes it (the balance is unknown again). */
  openingBalance?: number | null;
}

function rescale(amount: number, factor: number): number {
  return factor === 1 ? amount : Math.round(amount * factor);
}

/**
 * Corrects an account set up wrong: its currency (stored on each of its transactions too, rescaled when the new
 * currency has another number of minor digits) and the opening balance for files that give no balance. One
 * transaction: all or nothing.
 */
export async function updateAccountSettings(
  db: KeptDatabase,
  accountId: number,
  settings: AccountSettings,
): Promise<boolean> {
  await db.store.ready();
  const keys = db.store.keysWhere((row) => row.accountId === accountId);
  return storeWrite(db, [db.accounts], async (writer) => {
    const account = await db.accounts.get(accountId);
    if (!account) return false;
    const currency = settings.currency?.trim().toUpperCase();
    if (currency && /^[A-Z]{3}$/.test(currency) && currency !== account.currency) {
      const factor = 10 ** (currencyDigits(currency) - currencyDigits(account.currency));
      const all = await writer.accountKeys(accountId, '0000-01-01', '9999-12-31');
      await writer.rewrite(new Set([...keys, ...all]), (rows) =>
        rows.map((transaction) => ({
          ...transaction,
          currency,
          amount: rescale(transaction.amount, factor),
          balance: transaction.balance === null ? null : rescale(transaction.balance, factor),
          ...(transaction.splits
            ? {
                splits: transaction.splits.map((split) => ({
                  ...split,
                  amount: rescale(split.amount, factor),
                })),
              }
            : {}),
        })),
      );
      account.currency = currency;
      if (account.openingBalance !== undefined)
        account.openingBalance = rescale(account.openingBalance, factor);
    }
    if (settings.openingBalance === null) delete account.openingBalance;
    else if (settings.openingBalance !== undefined && Number.isFinite(settings.openingBalance))
      account.openingBalance = Math.round(settings.openingBalance);
    await db.accounts.put(account);
    return true;
  });
}
