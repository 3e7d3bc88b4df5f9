import { findAccountByNumber, OVERLAP_MATCH_SHARE, suggestAccountName } from '../core/accounts';
import { addDays } from '../core/dates';
import { matchIncomingRows, selectNewRows, transactionFingerprint } from '../core/dedupe';
import { settlePending } from '../core/pending';
import type { ReadingProfile } from '../core/import/types';
import type { PreparedMonth, PreparedRow } from '../core/preparedRows';
import type { CurrencyCode, IsoDate, Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import type { ImportRecord } from './records';
import { blockFromPrepared, blockKey, type TransactionBlock } from './store/blockCodec';
import type { BlockWriter } from './store/blockWriter';
import { reserveIds } from './store/ids';
import { storeWrite } from './store/storeWrite';
import { pairNewTransfers } from './transferPairing';

export type { PreparedRow };

export interface PreparedImport {
  fileName: string;
  sha256: string;
  profile: ReadingProfile;
  /** Save the profile for files of this shape (the person confirmed it in review). */
  saveProfile: boolean;
  account: { number?: string; bankName?: string; currency: CurrencyCode };
  /** Forces the target account (chosen by the person). */
  accountId?: number;
  /** Handed over: the new ones become the stored records themselves (ids and import set on them). */
  rows: PreparedRow[];
  /**
   * The same rows in the same order packed month by month (as the import worker sends them): months that hold
   * nothing yet are written as they are, without packing the rows again.
   */
  months?: readonly PreparedMonth[];
  errors: number;
}

export interface ImportOutcome {
  importId: number;
  accountId: number;
  accountName: string;
  createdAccount: boolean;
  added: number;
  duplicates: number;
  errors: number;
  /** The very same bytes were imported before. */
  sameFileAgain: boolean;
  /** Transfers between own accounts recognized among the new rows. */
  transfersPaired: number;
}

function dateRange(rows: readonly { date: IsoDate }[]): [IsoDate, IsoDate] {
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const row of rows) {
    if (row.date < min) min = row.date;
    if (row.date > max) max = row.date;
  }
  return [min, max];
}

/** A pending row and its booked version never count as the same row (settlement decides between them). */
const fingerprintOf = (row: { date: IsoDate; amount: number; description: string; pending?: boolean }) =>
  `${row.pending ? 'pending|' : ''}${transactionFingerprint(row.date, row.amount, row.description)}`;

/**
 * The incoming rows that are not stored yet (multiset difference of fingerprints) and the imports whose rows the
 * repeated ones matched. Rows dated outside the stored rows' dates cannot repeat them, so only the overlap is
 * fingerprinted: a first import compares nothing.
 */
function unseenRows(rows: readonly PreparedRow[], stored: readonly Transaction[]) {
  const all = rows.map((_, index) => index);
  if (stored.length === 0) return { indexes: all, reliesOn: new Set<number>() };
  const [from, to] = dateRange(stored);
  const inside = all.filter((index) => {
    const date = (rows[index] as PreparedRow).date;
    return date >= from && date <= to;
  });
  const { added, matchedTags } = matchIncomingRows(
    inside.map((index) => fingerprintOf(rows[index] as PreparedRow)),
    stored.map((row) => [fingerprintOf(row), row.importId] as const),
  );
  const fresh = new Set(added.map((position) => inside[position]));
  const insideSet = new Set(inside);
  return {
    indexes: all.filter((index) => !insideSet.has(index) || fresh.has(index)),
    reliesOn: matchedTags,
  };
}

/** What the person set by hand on a pending row, carried over to the booked row that replaces it. */
function personalEdits(pending: Transaction | undefined): Partial<Transaction> {
  if (!pending) return {};
  return {
    ...(pending.categorySource === 'manual' ? { category: pending.category, categorySource: 'manual' } : {}),
    ...(pending.note ? { note: pending.note } : {}),
    ...(pending.splits ? { splits: pending.splits } : {}),
  };
}

/** How far around a file's dates stored rows are read: pending rows get booked a few days later. */
const PENDING_DAYS = 7;

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
  rows: readonly PreparedRow[],
  currency: string,
) {
  // A statement in another currency is another account, however alike its rows look.
  const accounts = (await db.accounts.toArray()).filter((account) => account.currency === currency);
  const range = dateRange(rows);
  let best: { id: number; share: number } | undefined;
  for (const account of accounts) {
    if (account.id === undefined) continue;
    const { rows: stored } = await accountRowsBetween(writer, account.id, range);
    if (stored.length === 0) continue;
    const [from, to] = dateRange(stored);
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

async function resolveAccount(db: KeptDatabase, writer: BlockWriter, input: PreparedImport) {
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
  if (!input.account.number && input.rows.length > 0) {
    const byOverlap = await accountByOverlap(db, writer, input.rows, input.account.currency);
    const account = byOverlap === undefined ? undefined : await db.accounts.get(byOverlap);
    if (account?.id !== undefined) return { account, created: false };
  }
  const name = suggestAccountName({ ...input.account, fileName: input.fileName });
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

/** Rows written per request, at least: small enough for the page to repaint (and show progress) in between. */
const WRITE_CHUNK = 20_000;

/**
 * Makes and writes the new rows in order, whole blocks at a time (about WRITE_CHUNK rows or one month), checking
 * for Cancel in between. The rows are chronological, so a block never spans two requests: a month split in two
 * would be read back and written twice. Each request is its own task for the page: no long stall even for a
 * million rows. Returns the rows written and the blocks they went into.
 */
async function appendInChunks(
  writer: BlockWriter,
  count: number,
  makeRecord: (position: number) => Transaction,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
) {
  const records: Transaction[] = [];
  const keys = new Set<string>();
  let batch: Transaction[] = [];
  const flush = async () => {
    // Throwing inside the transaction rolls back everything this import wrote.
    signal?.throwIfAborted();
    await writer.append(batch);
    batch = [];
    onProgress?.(records.length, count);
  };
  for (let position = 0; position < count; position += 1) {
    const record = makeRecord(position);
    const key = blockKey(record.accountId, record.date);
    if (batch.length >= WRITE_CHUNK && !keys.has(key)) await flush();
    batch.push(record);
    records.push(record);
    keys.add(key);
  }
  if (batch.length > 0) await flush();
  return { records, keys };
}

/**
 * Writes the packed months as new blocks, a few at a time (at least WRITE_CHUNK rows, checking for Cancel in
 * between), and makes each row its record. The months must hold the rows makeRecord gives, in the same order.
 */
async function writeMonths(
  writer: BlockWriter,
  months: readonly PreparedMonth[],
  makeRecord: (position: number) => Transaction,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
) {
  const total = months.reduce((sum, month) => sum + month.count, 0);
  const records: Transaction[] = [];
  const keys = new Set<string>();
  let batch: { block: TransactionBlock; rows: Transaction[] }[] = [];
  let batchRows = 0;
  const flush = async () => {
    signal?.throwIfAborted();
    await writer.putBlocks(batch);

    batch = [];
    batchRows = 0;
    onProgress?.(records.length, total);
  };
  for (const month of months) {
    const first = makeRecord(records.length);
    const block = blockFromPrepared(month, first);
    const rows = [first];
    for (let index = 1; index < month.count; index += 1) rows.push(makeRecord(records.length + index));
    for (const row of rows) records.push(row);
    batch.push({ block, rows });
    keys.add(block.key);
    batchRows += month.count;
    if (batchRows >= WRITE_CHUNK) await flush();
  }
  if (batch.length > 0) await flush();
  return { records, keys };
}

/**
 * Stores one file's rows as one IndexedDB transaction: all or nothing. Rows already stored (as a multiset of
 * fingerprints) are skipped, so an overlapping statement adds only what is new.
 */
export async function commitImport(
  db: KeptDatabase,
  input: PreparedImport,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return storeWrite(db, importTables(db), (writer) => storeImport(db, writer, input, { onProgress, signal }));
}

/** The tables an import writes besides the transaction blocks. */
export function importTables(db: KeptDatabase) {
  return [db.accounts, db.imports, db.profiles, db.settings];
}

export interface StoreImportOptions {
  onProgress?: ((written: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Kept on the import record (e.g. the import a corrected reading replaced, for Undo). */
  record?: Partial<ImportRecord>;
}

/** commitImport's work inside a transaction the caller holds (a corrected reading replaces an import this way). */
export async function storeImport(
  db: KeptDatabase,
  writer: BlockWriter,
  input: PreparedImport,
  { onProgress, signal, record }: StoreImportOptions = {},
): Promise<ImportOutcome> {
  const sameFileAgain = (await db.imports.where('sha256').equals(input.sha256).count()) > 0;
  const { account, created } = await resolveAccount(db, writer, input);
  const accountId = account.id as number;
  const [from, to] = dateRange(input.rows);
  const { rows: nearby, keys: nearbyKeys } =
    input.rows.length > 0
      ? await accountRowsBetween(writer, accountId, [addDays(from, -PENDING_DAYS), addDays(to, PENDING_DAYS)])
      : { rows: [], keys: [] };
  const { indexes: unseen, reliesOn } = unseenRows(
    input.rows,
    nearby.filter((row) => row.date >= from && row.date <= to),
  );
  const { settles, alreadyBooked } = settlePending(input.rows, unseen, nearby, PENDING_DAYS);
  const newIndexes = unseen.filter((index) => !alreadyBooked.has(index));
  const settledIds = new Set(settles.values());
  const replaced = nearby.filter((row) => row.id !== undefined && settledIds.has(row.id));
  for (const row of replaced) reliesOn.add(row.importId);
  const firstId = await reserveIds(db, newIndexes.length);
  const replacedById = new Map(replaced.map((row) => [row.id, row]));
  const importId = await db.imports.add({
    fileName: input.fileName,
    sha256: input.sha256,
    accountId,
    profileSignature: input.profile.signature,
    createdAccount: created,
    added: newIndexes.length,
    duplicates: input.rows.length - newIndexes.length,
    errors: input.errors,
    createdAt: Date.now(),
    ...(replaced.length > 0 ? { replacedPending: replaced } : {}),
    reliesOn: [...reliesOn],
    ...record,
  });
  // The prepared rows belong to this import: they become the stored records in place (a million copies of a
  // million rows was a second of garbage).
  const makeRecord = (position: number): Transaction => {
    const index = newIndexes[position] as number;
    const record = input.rows[index] as Transaction;
    const pending = settles.size > 0 ? replacedById.get(settles.get(index)) : undefined;
    if (pending) Object.assign(record, personalEdits(pending));
    record.id = firstId + position;
    record.accountId = accountId;
    record.importId = importId;
    return record;
  };
  if (replaced.length > 0) {
    await writer.rewrite(
      replaced.map((row) => blockKey(row.accountId, row.date)),
      (rows) => rows.filter((row) => !settledIds.has(row.id as number)),
    );
  }
  // Months that hold nothing yet, taking every row of the file: the worker's packed months are the blocks.
  const intoEmptyMonths =
    input.months !== undefined &&
    nearbyKeys.length === 0 &&
    newIndexes.length === input.rows.length &&
    settles.size === 0;
  const { records, keys } = intoEmptyMonths
    ? await writeMonths(writer, input.months as readonly PreparedMonth[], makeRecord, onProgress, signal)
    : await appendInChunks(writer, newIndexes.length, makeRecord, onProgress, signal);
  const transfersPaired = await pairNewTransfers(db, writer, records, [from, to]);
  await db.imports.update(importId, { blockKeys: [...keys] });
  if (input.saveProfile) await db.profiles.put({ ...input.profile, savedAt: Date.now() });
  return {
    importId,
    accountId,
    accountName: account.name,
    createdAccount: created,
    added: newIndexes.length,
    duplicates: input.rows.length - newIndexes.length,
    errors: input.errors,
    sameFileAgain,
    transfersPaired,
  };
}
