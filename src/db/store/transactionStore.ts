import { nextTask } from '../../core/nextTask';
import type { Transaction } from '../../core/types';
import { compareNewestFirst } from '../../core/workspace/newestFirst';
import type { KeptDatabase } from '../database';
import { blockKey, decodeBlock, type TransactionBlock } from './blockCodec';
import { type BlockChange, isPacked, type WrittenBlocks } from './blockWriter';
import { RowsById } from './rowsById';
import { openStoreChannel, type StoreChannel } from './storeChannel';

/**
 * Blocks read per request while loading: a month of one account is usually under a thousand rows, and a few
 * blocks per request keep each step short for the page even when months hold many thousands.
 */
const LOAD_BATCH = 8;

/**
 * Rows taken over per step after a write (unpacked, indexed by id): a few milliseconds each, so the page stays
 * responsive while a million new rows come in.
 */
const TAKEOVER_ROWS = 10_000;

const rowCount = (written: Transaction[] | TransactionBlock | null): number =>
  written === null ? 0 : isPacked(written) ? written.count : written.length;

/** The same rows (ids) in the same order with the same dates: only other fields may differ. */
function sameShape(before: readonly Transaction[], after: readonly Transaction[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index += 1) {
    const a = before[index] as Transaction;
    const b = after[index] as Transaction;
    if (a.id !== b.id || a.date !== b.date) return false;
  }
  return true;
}

/**
 * Every stored transaction in memory, read once from the blocks. Views read it synchronously; writes go to
 * IndexedDB first (through BlockWriter) and the blocks they wrote replace the ones here afterwards. Other tabs
 * hear about written blocks over a BroadcastChannel and re-read them.
 */
export class TransactionStore {
  private blocks = new Map<string, Transaction[]>();
  private readonly byId = new RowsById();
  private loading: Promise<void> | null = null;
  private loaded = false;
  private version = 0;
  /** Changes only when rows come or go or move (not when an edit changes a category, a note, a merchant). */
  private shapeVersion = 0;
  private readonly listeners = new Set<() => void>();
  private readonly memo = new Map<string, { version: number; value: unknown }>();
  private channel: StoreChannel | null = null;
  /** Committed writes not taken over yet, oldest first (see applyWritten). */
  private readonly toTakeOver: WrittenBlocks[] = [];
  private takingOver: Promise<void> | null = null;

  constructor(private readonly db: KeptDatabase) {}

  /** Resolves once every block has been read (only the first call reads). */
  ready(): Promise<void> {
    this.loading ??= this.loadAll();
    return this.loading;
  }

  get isReady(): boolean {
    return this.loaded;
  }

  /** Changes whenever any transaction changes (for React's useSyncExternalStore). */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every transaction, in block order (account, month, then the bank's order). */
  all(): readonly Transaction[] {
    return this.derive('all', () => [...this.blocks.values()].flat());
  }

  /**
   * Every transaction, newest first (same day: highest id first). The order is kept across edits, which never move
   * a row, so a category change does not sort everything again.
   */
  newestFirst(): readonly Transaction[] {
    const order = this.deriveShape('newestFirst', (rows) =>
      [...rows].sort(compareNewestFirst).map((row) => row.id),
    );
    return this.derive('newestFirstRows', () => {
      const rows: Transaction[] = [];
      for (const id of order) {
        const row = this.byId.get(id as number);
        if (row) rows.push(row);
      }
      return rows;
    });
  }

  get count(): number {
    return this.byId.size;
  }

  get(id: number): Transaction | undefined {
    return this.byId.get(id);
  }

  /** The block a stored transaction lives in. */
  keyOf(id: number): string | undefined {
    const row = this.byId.get(id);
    return row ? blockKey(row.accountId, row.date) : undefined;
  }

  /** Keys of the blocks holding any row that matches. */
  keysWhere(matches: (row: Transaction) => boolean): string[] {
    const keys: string[] = [];
    for (const [key, rows] of this.blocks) if (rows.some(matches)) keys.push(key);
    return keys;
  }

  /**
   * A value that depends only on which rows exist and their dates and accounts (an order, a grouping by id),
   * kept across edits of their other fields.
   */
  deriveShape<T>(name: string, compute: (rows: readonly Transaction[]) => T): T {
    const key = `shape:${name}`;
    const cached = this.memo.get(key);
    if (cached && cached.version === this.shapeVersion) return cached.value as T;
    const value = compute(this.all());
    this.memo.set(key, { version: this.shapeVersion, value });
    return value;
  }

  /** A value computed from all transactions, kept until they change. */
  derive<T>(name: string, compute: (rows: readonly Transaction[]) => T): T {
    const cached = this.memo.get(name);
    if (cached && cached.version === this.version) return cached.value as T;
    const value = compute(name === 'all' ? [] : this.all());
    this.memo.set(name, { version: this.version, value });
    return value;
  }

  /**
   * Takes over what a committed write stored, and tells other tabs. A write of many rows (an import) is taken over
   * a step of rows at a time, unpacking the blocks it left packed: views keep showing what they showed until the
   * whole write is in, then change once. `settled()` resolves then.
   */
  applyWritten(written: WrittenBlocks, announce = true): void {
    if (written.size === 0) return;
    if (this.loaded) {
      this.toTakeOver.push(written);
      let rows = 0;
      for (const value of written.values()) rows += rowCount(value);
      if (!this.takingOver && rows <= TAKEOVER_ROWS) this.takeOverNow();
      else this.takingOver ??= this.takeOverInSteps();
    }
    if (announce) this.ensureChannel().announce([...written.keys()]);
  }

  /** Resolves once every committed write has been taken over. */
  settled(): Promise<void> {
    return this.takingOver ?? Promise.resolve();
  }

  private takeOverNow(): void {
    for (const written of this.toTakeOver.splice(0))
      for (const [key, rows] of written) this.replaceBlock(key, isPacked(rows) ? decodeBlock(rows) : rows);
    this.changed();
  }

  private async takeOverInSteps(): Promise<void> {
    // Not one step before `takingOver` holds this promise: a small write would otherwise finish (and clear it) first.
    await Promise.resolve();
    let taken = 0;
    try {
      for (let written = this.toTakeOver.shift(); written; written = this.toTakeOver.shift())
        for (const [key, rows] of written) {
          if (taken >= TAKEOVER_ROWS) {
            await nextTask();
            taken = 0;
          }
          this.replaceBlock(key, isPacked(rows) ? decodeBlock(rows) : rows);
          taken += rowCount(rows);
        }
    } finally {
      // A block that cannot be unpacked (a bug) still leaves the store usable for the next write.
      this.toTakeOver.length = 0;
      this.takingOver = null;
      this.changed();
    }
  }

  /**
   * Shows a change at once, before IndexedDB has stored it (the write follows and its result replaces this).
   * Returns the keys it touched, to re-read if the write fails.
   */
  preview(
    keys: Iterable<string> | 'all',
    change: BlockChange,
    empties?: (rows: readonly Transaction[]) => boolean,
  ): string[] {
    if (!this.loaded) return [];
    const touched: string[] = [];
    for (const key of keys === 'all' ? [...this.blocks.keys()] : keys) {
      const rows = this.blocks.get(key);
      const next =
        rows &&
        (empties?.(rows)
          ? []
          : change(
              rows.map((row) => ({ ...row })),
              key,
            ));
      if (!next) continue;
      this.replaceBlock(key, next);
      touched.push(key);
    }
    if (touched.length > 0) this.changed();
    return touched;
  }

  /** Re-reads some blocks (or all of them) from IndexedDB, e.g. after another tab wrote them. */
  async reload(keys: readonly string[] | 'all'): Promise<void> {
    if (!this.loaded) return;
    await this.settled();
    if (keys === 'all') {
      this.blocks = new Map();
      this.byId.clear();
      await this.readBlocks((await this.db.blocks.toCollection().primaryKeys()) as string[]);
    } else {
      const blocks = await this.db.blocks.bulkGet([...keys]);
      keys.forEach((key, index) => {
        const block = blocks[index];
        this.replaceBlock(key, block ? decodeBlock(block) : null);
      });
    }
    this.changed();
  }

  /** Tells other tabs that everything changed (after a restore or a wipe). */
  announceAll(): void {
    this.ensureChannel().announce('all');
  }

  private async loadAll(): Promise<void> {
    this.ensureChannel();
    const keys = (await this.db.blocks.toCollection().primaryKeys()) as string[];
    await this.readBlocks(keys);
    this.loaded = true;
    this.changed();
  }

  private async readBlocks(keys: readonly string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += LOAD_BATCH) {
      if (start > 0) await nextTask();
      const batch = keys.slice(start, start + LOAD_BATCH);
      const blocks = await this.db.blocks.bulkGet(batch);
      blocks.forEach((block, index) => {
        if (block) this.replaceBlock(batch[index] as string, decodeBlock(block));
      });
    }
  }

  private replaceBlock(key: string, rows: Transaction[] | null): void {
    const previous = this.blocks.get(key) ?? [];
    if (!sameShape(previous, rows ?? [])) this.shapeVersion += 1;
    // Only while it still points at this block's row: a row that moved to a block replaced earlier stays.
    for (const old of previous)
      if (old.id !== undefined && this.byId.get(old.id) === old) this.byId.delete(old.id);
    if (!rows || rows.length === 0) {
      this.blocks.delete(key);
      return;
    }
    this.blocks.set(key, rows);
    for (const row of rows) this.byId.set(row);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private ensureChannel(): StoreChannel {
    this.channel ??= openStoreChannel(this.db.name, (keys) => void this.reload(keys));
    return this.channel;
  }

  // Reads for views that keep their own results up to date per block (the transactions workspace).
  private blockSnapshot: { version: number; blocks: ReadonlyMap<string, readonly Transaction[]> } | null =
    null;

  /** Changes only when rows come or go or move (an edit of other fields leaves it). */
  getShapeVersion = (): number => this.shapeVersion;

  /**
   * The blocks as they are now, by key. A block's array and its rows are replaced, never changed in place, when
   * any of its rows change: comparing arrays with an earlier snapshot tells what changed without reading every row.
   */
  blockArrays(): ReadonlyMap<string, readonly Transaction[]> {
    if (this.blockSnapshot?.version !== this.version)
      this.blockSnapshot = { version: this.version, blocks: new Map(this.blocks) };
    return this.blockSnapshot.blocks;
  }
}
