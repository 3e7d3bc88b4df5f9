import { addDays } from '../core/dates';
import { matchIncomingRows } from '../core/dedupe';
import { settlePending } from '../core/pending';
import type { PreparedRow } from '../core/preparedRows';
import type { IsoDate, Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { accountRowsBetween, resolveAccount } from './importAccount';
import { NewMonths, WRITE_CHUNK } from './newMonths';
import {
  dateRange,
  fingerprintOf,
  type IncomingRows,
  incomingRows,
  type PreparedImport,
} from './preparedImport';
import type { ImportRecord } from './records';
import { blockKey } from './store/blockCodec';
import type { BlockWriter } from './store/blockWriter';
import { reserveIds } from './store/ids';
import { storeWrite } from './store/storeWrite';
import { pairNewTransfers } from './transferPairing';
import { noteStatedBalance } from './accountStatedBalance';

export type { PreparedImport, PreparedRow };

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
 * Stores one file's rows as one IndexedDB transaction: all or nothing. Rows already stored (as a multiset of
 * fingerprints) are skipped, so an overlapping statement adds only what is new.
 */
export async function commitImport(
  db: KeptDatabase,
  input: PreparedImport,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return storeWrite(db, importTables(db), (writer, bound) =>
    storeImport(bound, writer, input, { onProgress, signal }),
  );
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

/** What an import knows before it writes its rows. */
interface ImportContext {
  input: PreparedImport;
  options: StoreImportOptions;
  sameFileAgain: boolean;
  account: { id?: number; name: string };
  created: boolean;
  range: [IsoDate, IsoDate];
}

/** commitImport's work inside a transaction the caller holds (a corrected reading replaces an import this way). */
export async function storeImport(
  db: KeptDatabase,
  writer: BlockWriter,
  input: PreparedImport,
  options: StoreImportOptions = {},
): Promise<ImportOutcome> {
  const incoming = incomingRows(input, writer);
  const sameFileAgain = (await db.imports.where('sha256').equals(input.sha256).count()) > 0;
  const { account, created } = await resolveAccount(db, writer, input, incoming);
  if (input.statedBalance) await noteStatedBalance(db, account.id as number, input.statedBalance);
  const [from, to] = incoming.range;
  const { rows: nearby, keys: nearbyKeys } =
    incoming.count > 0
      ? await accountRowsBetween(writer, account.id as number, [
          addDays(from, -PENDING_DAYS),
          addDays(to, PENDING_DAYS),
        ])
      : { rows: [], keys: [] };
  const context: ImportContext = { input, options, sameFileAgain, account, created, range: [from, to] };
  // Nothing stored around the file's dates: every row is new, and the months can be stored as they come.
  if (incoming.stream && nearbyKeys.length === 0) return storeAsTheyCome(db, writer, context, incoming);
  return storeAtHand(db, writer, context, (await incoming.all()).rows, nearby);
}

/** Writes an import's rows while the worker still sends them (into months that hold nothing yet). */
async function storeAsTheyCome(
  db: KeptDatabase,
  writer: BlockWriter,
  context: ImportContext,
  incoming: IncomingRows,
): Promise<ImportOutcome> {
  const stream = incoming.stream as NonNullable<IncomingRows['stream']>;
  const first = await reserveIds(db, incoming.count);
  const importId = await addImportRecord(db, context, { added: incoming.count, reliesOn: [] });
  const months = new NewMonths(
    writer,
    { first, accountId: context.account.id as number, importId },
    { total: incoming.count, ...context.options },
  );
  for (;;) {
    // The transaction stays open while the worker categorizes the next months.
    const batch = await writer.waitFor(stream.next());
    if (!batch) break;
    months.add(batch.months);
  }
  await months.finish();
  return finishImport(db, writer, context, {
    importId,
    added: months.count,
    freshRows: () => months.rows(),
    keys: months.keys,
  });
}

/**
 * Writes an import whose rows are all at hand. Rows already stored (as a multiset of fingerprints) are skipped,
 * and a booked row replaces its pending version.
 */
async function storeAtHand(
  db: KeptDatabase,
  writer: BlockWriter,
  context: ImportContext,
  rows: readonly PreparedRow[],
  /** Stored rows around the file's dates. */
  nearby: readonly Transaction[],
): Promise<ImportOutcome> {
  const [from, to] = context.range;
  const accountId = context.account.id as number;
  const { indexes: unseen, reliesOn } = unseenRows(
    rows,
    nearby.filter((row) => row.date >= from && row.date <= to),
  );
  const { settles, alreadyBooked } = settlePending(rows, unseen, nearby, PENDING_DAYS);
  const newIndexes = alreadyBooked.size > 0 ? unseen.filter((index) => !alreadyBooked.has(index)) : unseen;
  const settledIds = new Set(settles.values());
  const replaced = nearby.filter((row) => row.id !== undefined && settledIds.has(row.id));
  for (const row of replaced) reliesOn.add(row.importId);
  const firstId = await reserveIds(db, newIndexes.length);
  const replacedById = new Map(replaced.map((row) => [row.id, row]));
  const importId = await addImportRecord(db, context, {
    added: newIndexes.length,
    duplicates: rows.length - newIndexes.length,
    reliesOn: [...reliesOn],
    ...(replaced.length > 0 ? { replacedPending: replaced } : {}),
  });
  if (replaced.length > 0) {
    await writer.rewrite(
      replaced.map((row) => blockKey(row.accountId, row.date)),
      (blockRows) => blockRows.filter((row) => !settledIds.has(row.id as number)),
    );
  }
  // The prepared rows belong to this import: they become the stored records in place (a million copies of a
  // million rows was a second of garbage).
  const makeRecord = (position: number): Transaction => {
    const index = newIndexes[position] as number;
    const record = rows[index] as Transaction;
    const pending = settles.size > 0 ? replacedById.get(settles.get(index)) : undefined;
    if (pending) Object.assign(record, personalEdits(pending));
    record.id = firstId + position;
    record.accountId = accountId;
    record.importId = importId;
    return record;
  };
  const { onProgress, signal } = context.options;
  const { records, keys } = await appendInChunks(writer, newIndexes.length, makeRecord, onProgress, signal);
  return finishImport(db, writer, context, {
    importId,
    added: records.length,
    freshRows: () => records,
    keys,
    duplicates: rows.length - records.length,
  });
}

/** The import's own record (its blocks are added once written). */
function addImportRecord(
  db: KeptDatabase,
  { input, account, created, options }: ImportContext,
  counts: Pick<ImportRecord, 'added' | 'reliesOn' | 'replacedPending'> & { duplicates?: number },
): Promise<number> {
  return db.imports.add({
    fileName: input.fileName,
    sha256: input.sha256,
    accountId: account.id as number,
    profileSignature: input.profile.signature,
    createdAccount: created,
    duplicates: 0,
    errors: input.errors,
    createdAt: Date.now(),
    ...(input.statedBalance ? { statedBalance: input.statedBalance } : {}),
    ...counts,
    ...options.record,
  });
}

/** Pairs the new rows' transfers, notes the import's blocks, saves the profile; says what was done. */
async function finishImport(
  db: KeptDatabase,
  writer: BlockWriter,
  { input, account, created, sameFileAgain, range }: ImportContext,
  {
    importId,
    added,
    freshRows,
    keys,
    duplicates = 0,
  }: {
    importId: number;
    added: number;
    /** The rows written (asked for only when there are other accounts' rows to pair them with). */
    freshRows: () => readonly Transaction[];
    keys: ReadonlySet<string>;
    duplicates?: number;
  },
): Promise<ImportOutcome> {
  const fresh = { accountId: account.id as number, count: added, rows: freshRows };
  const transfersPaired = await pairNewTransfers(db, writer, fresh, range);
  await db.imports.update(importId, { blockKeys: [...keys] });
  if (input.saveProfile) await db.profiles.put({ ...input.profile, savedAt: Date.now() });
  return {
    importId,
    accountId: account.id as number,
    accountName: account.name,
    createdAccount: created,
    added,
    duplicates,
    errors: input.errors,
    sameFileAgain,
    transfersPaired,
  };
}
