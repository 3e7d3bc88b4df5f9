import type { Transaction } from '../../core/types';
import type { KeptDatabase } from '../database';
import { decodeBlock, encodeBlock, groupByBlock, type TransactionBlock } from './blockCodec';
import { neighbourRuns } from './neighbourRuns';

/**
 * What a write did to each block it touched: the block's rows now, or null when it was removed. A new block an
 * import wrote stays packed until something reads its rows: the page then unpacks it once, after the import.
 */
export type WrittenBlocks = Map<string, Transaction[] | TransactionBlock | null>;

/** True for a written block still packed (not unpacked into rows yet). */
export function isPacked(
  value: Transaction[] | TransactionBlock | null | undefined,
): value is TransactionBlock {
  return value !== null && value !== undefined && !Array.isArray(value);
}

/** Changes one block's rows; returns the new rows, or undefined when nothing changed. */
export type BlockChange = (rows: Transaction[], key: string) => Transaction[] | undefined;

/**
 * Reads and rewrites transaction blocks inside one IndexedDB transaction (the caller's, which must include
 * `db.blocks`). It reads from IndexedDB, not from the page's memory, so what it writes is right even when another
 * tab changed data a moment ago. `written` tells the in-memory store what to take over after the commit.
 */
export class BlockWriter {
  readonly written: WrittenBlocks = new Map();
  /**
   * Blocks as read in this transaction (null: known not to exist), so a block is fetched once: an import reads
   * the months around its rows for deduplication, then appends to them. Rows read are never changed in place
   * (changes return new rows), so they stay what IndexedDB holds until this transaction writes them.
   */
  private readonly known = new Map<string, Transaction[] | null>();
  /** The key ranges accountKeys listed, with the blocks that existed in them: the others do not exist. */
  private readonly listed: { account: string; low: string; high: string; existing: ReadonlySet<string> }[] =
    [];

  constructor(
    private readonly db: KeptDatabase,
    /** The IndexedDB transaction `db` is bound to (needed only to wait inside it). */
    private readonly transaction?: IDBTransaction,
  ) {}

  /** The rows of each block that exists among `keys` (as written so far in this transaction). */
  async read(keys: Iterable<string>): Promise<Map<string, Transaction[]>> {
    const result = new Map<string, Transaction[]>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const written = this.writtenRows(key);
      if (written === undefined) missing.push(key);
      else if (written !== null) result.set(key, written);
    }
    if (missing.length > 0) {
      const blocks = await this.db.blocks.bulkGet(missing);
      blocks.forEach((block, index) => {
        const key = missing[index] as string;
        const rows = block ? decodeBlock(block) : null;
        this.known.set(key, rows);
        if (rows) result.set(key, rows);
      });
    }
    return result;
  }

  /**
   * What this transaction already knows of these blocks (written, read, or listed as absent), and the keys it
   * must fetch. Synchronous on purpose: Dexie keeps its transaction across only so many native awaits that
   * involve none of its own requests, so read() always asks IndexedDB and only append() takes this shortcut.
   */
  private readKnown(keys: Iterable<string>) {
    const result = new Map<string, Transaction[]>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const rows = this.written.has(key) ? this.writtenRows(key) : this.knownRows(key);
      if (rows === undefined) missing.push(key);
      else if (rows !== null) result.set(key, rows);
    }
    return { result, missing };
  }

  /** A block's rows as read before (null: it does not exist), or undefined when that is not known yet. */
  private knownRows(key: string): Transaction[] | null | undefined {
    const rows = this.known.get(key);
    if (rows !== undefined) return rows;
    const account = key.slice(0, key.indexOf(':'));
    const ranges = this.listed.filter(
      (range) => range.account === account && key >= range.low && key <= range.high,
    );
    return ranges.length > 0 && !ranges.some((range) => range.existing.has(key)) ? null : undefined;
  }

  /** Every stored block's rows. */
  async readAll(): Promise<Map<string, Transaction[]>> {
    const keys = (await this.db.blocks.toCollection().primaryKeys()) as string[];
    return this.read(new Set([...keys, ...this.written.keys()]));
  }

  /** Keys of the blocks of one account for the months between two dates (inclusive). */
  async accountKeys(accountId: number, from: string, to: string): Promise<string[]> {
    const low = `${accountId}:${from.slice(0, 7)}`;
    const high = `${accountId}:${to.slice(0, 7)}`;
    const keys = (await this.db.blocks.where('key').between(low, high, true, true).primaryKeys()) as string[];
    this.listed.push({ account: String(accountId), low, high, existing: new Set(keys) });
    const written = [...this.written]
      .filter(([key, rows]) => rows !== null && key >= `${accountId}:${from.slice(0, 7)}`)
      .filter(([key]) => key <= `${accountId}:${to.slice(0, 7)}`)
      .map(([key]) => key);
    return [...new Set([...keys, ...written])];
  }

  /** Stores these blocks' rows (an empty list removes the block). */
  async put(blocks: Map<string, Transaction[]>): Promise<void> {
    const puts = [];
    const deletes = [];
    for (const [key, rows] of blocks) {
      if (rows.length === 0) {
        deletes.push(key);
        this.written.set(key, null);
      } else {
        puts.push(encodeBlock(key, rows));
        this.written.set(key, rows);
      }
    }
    if (puts.length > 0) await this.db.blocks.bulkPut(puts);
    if (deletes.length > 0) await this.deleteBlocks(deletes);
  }

  /**
   * Deletes blocks, neighbours in one range request: IndexedDB takes ~0.5–0.8 ms per request here, so the 120
   * months of a 100k-row import took 64–96 ms one by one and take 14–23 ms as one range.
   */
  private async deleteBlocks(keys: readonly string[]): Promise<void> {
    if (keys.length <= 2) {
      await this.db.blocks.bulkDelete([...keys]);
      return;
    }
    // IndexedDB orders string keys by UTF-16 code units, as JavaScript compares them.
    let low = keys[0] as string;
    let high = low;
    for (const key of keys) {
      if (key < low) low = key;
      if (key > high) high = key;
    }
    const stored = (await this.db.blocks
      .where(':id')
      .between(low, high, true, true)
      .primaryKeys()) as string[];
    await Promise.all(
      neighbourRuns(stored, new Set(keys)).map(([first, last]) =>
        this.db.blocks.where(':id').between(first, last, true, true).delete(),
      ),
    );
  }

  /** Applies `change` to each existing block among `keys`; returns the keys that changed. */
  async rewrite(keys: Iterable<string> | 'all', change: BlockChange): Promise<string[]> {
    const blocks = keys === 'all' ? await this.readAll() : await this.read(keys);
    const changed = new Map<string, Transaction[]>();
    for (const [key, rows] of blocks) {
      const next = change(rows, key);
      if (next) changed.set(key, next);
    }
    await this.put(changed);
    return [...changed.keys()];
  }

  /**
   * Deletes the stored blocks whose rows all came from one import, found by index without reading them; returns
   * their keys. (Blocks written earlier in this transaction are left to `rewrite`.)
   */
  async dropImportBlocks(importId: number): Promise<string[]> {
    const stored = (await this.db.blocks.where('soleImport').equals(importId).primaryKeys()) as string[];
    const keys = stored.filter((key) => !this.written.has(key));
    await this.put(new Map(keys.map((key) => [key, []])));
    return keys;
  }

  /**
   * Waits for something outside IndexedDB (the import worker's next rows) without letting the transaction end:
   * IndexedDB commits a transaction as soon as it has no request left, and takes new requests only from within
   * its callbacks, so a cheap read stays in flight and the caller resumes in the callback of the first read done
   * after the promise settled.
   */
  waitFor<T>(promise: Promise<T>): Promise<T> {
    const transaction = this.transaction;
    if (!transaction) return Promise.reject(new Error('BlockWriter.waitFor needs its IndexedDB transaction'));
    let outcome: { value: T } | { error: unknown } | undefined;
    promise.then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    // Raw requests, not Dexie's: a read goes out every few tens of microseconds while the worker works, and
    // Dexie's promise and zone bookkeeping around each cost the page more than the read itself.
    const blocks = transaction.objectStore('blocks');
    return new Promise<T>((resolve, reject) => {
      const poll = () => {
        const request = blocks.count('');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
        request.onsuccess = () => {
          if (!outcome) poll();
          else if ('error' in outcome) reject(outcome.error);
          else resolve(outcome.value);
        };
      };
      poll();
    });
  }

  /** Stores new blocks encoded already, kept packed until read (the caller awaits the write). */
  putBlocks(blocks: readonly TransactionBlock[]): PromiseLike<unknown> {
    for (const block of blocks) this.written.set(block.key, block);
    return this.db.blocks.bulkPut([...blocks]);
  }

  /**
   * The rows this transaction wrote into a block (null: it removed the block; undefined: it did not write it),
   * unpacked on the first read.
   */
  writtenRows(key: string): Transaction[] | null | undefined {
    const written = this.written.get(key);
    if (!isPacked(written)) return written;
    const rows = decodeBlock(written);
    this.written.set(key, rows);
    return rows;
  }

  /** Appends rows (ids already set) to their blocks. */
  async append(rows: readonly Transaction[]): Promise<void> {
    const groups = groupByBlock(rows);
    const known = this.readKnown(groups.keys());
    const existing =
      known.missing.length === 0
        ? known.result
        : new Map([...known.result, ...(await this.read(known.missing))]);
    const merged = new Map<string, Transaction[]>();
    for (const [key, group] of groups) merged.set(key, [...(existing.get(key) ?? []), ...group]);
    await this.put(merged);
  }
}
