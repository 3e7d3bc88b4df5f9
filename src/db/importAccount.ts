import { findAccountByNumber, OVERLAP_MATCH_SHARE, suggestAccountName } from '../core/accounts';
import { selectNewRows } from '../core/dedupe';
import type { IsoDate, Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { dateRange, fingerprintOf, type IncomingRows, type PreparedImport } from './preparedImport';
import type { BlockWriter } from './store/blockWriter';

/** Stored rows of one account between two dates (inclusive), and the keys of the blocks they are in. */
export async function accountRowsBetween(
  writer: BlockWriter,
  accountId: number,
  [from, to]: [IsoDate, IsoDate],
): Promise<{ rows: Transaction[]; keys: string[] }> {
  const keys = await writer.accountKeys(accountId, from, to);
  const blocks = await writer.read(keys);
  return { rows: [...blocks.values()].flat().filter((row) => row.date >= from && row.date <= to), keys };
}

/**
 * The account whose stored rows the file repeats, when the evidence is strong: among the file's rows dated within
 * the account's stored rows, a large enough share is already there (an overlapping statement of the same account).
 */
async function accountByOverlap(
  db: KeptDatabase,
  writer: BlockWriter,
  incoming: IncomingRows,
  currency: string,
) {
  // A statement in another currency is another account, however alike its rows look.
  const accounts = (await db.accounts.toArray()).filter((account) => account.currency === currency);
  let best: { id: number; share: number } | undefined;
  for (const account of accounts) {
    if (account.id === undefined) continue;
    const { rows: stored } = await accountRowsBetween(writer, account.id, incoming.range);
    if (stored.length === 0) continue;
    const [from, to] = dateRange(stored);
    const { rows } = await incoming.all();
    const inside = rows.filter((row) => row.date >= from && row.date <= to).map(fingerprintOf);
    const repeated = inside.length - selectNewRows(inside, stored.map(fingerprintOf)).length;
    const share = repeated / Math.max(1, inside.length);
    if (
      repeated >= Math.min(3, inside.length) &&
      share >= OVERLAP_MATCH_SHARE &&
      (!best || share > best.share)
    ) {
      best = { id: account.id, share };
    }
  }
  return best?.id;
}

/** The account a file goes into: the one chosen, the one with its number, the one it overlaps, or a new one. */
export async function resolveAccount(
  db: KeptDatabase,
  writer: BlockWriter,
  input: PreparedImport,
  incoming: IncomingRows,
) {
  if (input.accountId !== undefined) {
    const chosen = await db.accounts.get(input.accountId);
    if (chosen?.id !== undefined) return { account: chosen, created: false };
  }
  const byNumber = findAccountByNumber(
    input.account.number,
    await db.accounts.toArray(),
    input.account.currency,
  );
  if (byNumber?.id !== undefined) return { account: byNumber, created: false };
  if (!input.account.number && incoming.count > 0) {
    const byOverlap = await accountByOverlap(db, writer, incoming, input.account.currency);
    const account = byOverlap === undefined ? undefined : await db.accounts.get(byOverlap);
    if (account?.id !== undefined) return { account, created: false };
  }
  const name = input.account.name ?? suggestAccountName({ ...input.account, fileName: input.fileName });
  const fresh = {
    name,
    currency: input.account.currency,
    createdAt: Date.now(),
    ...(input.account.number ? { number: input.account.number } : {}),
    ...(input.account.bankName ? { bank: input.account.bankName } : {}),
  };
  const id = await db.accounts.add(fresh);
  return { account: { ...fresh, id }, created: true };
}
