import type { PreparedMonth } from '../core/preparedRows';
import type { Transaction } from '../core/types';
import { blockFromPrepared, type TransactionBlock } from './store/blockCodec';
import type { BlockWriter } from './store/blockWriter';

/** Rows written per request, at least: small enough for the page to repaint (and show progress) in between. */
export const WRITE_CHUNK = 10_000;

/**
 * Writes an import's rows into months of its account that hold nothing yet: each packed month (as the import
 * worker made it) plus the id, account and import columns is the block, so no row is packed again. Blocks go a
 * few at a time (at least WRITE_CHUNK rows, checking for Cancel in between). No row is unpacked while the worker
 * still sends months: the page's memory takes the blocks over after the commit, in steps of its own.
 */
export class NewMonths {
  /** Rows written so far. */
  count = 0;
  readonly keys = new Set<string>();
  private batch: TransactionBlock[] = [];
  private batchRows = 0;
  /**
   * Writes handed to IndexedDB and not awaited yet: it stores them in order while the next months are made, so
   * the import never waits for one write before handing over the next.
   */
  private readonly inFlight: PromiseLike<unknown>[] = [];

  constructor(
    private readonly writer: BlockWriter,
    private readonly ids: { first: number; accountId: number; importId: number },
    private readonly progress: {
      total: number;
      onProgress?: ((written: number, total: number) => void) | undefined;
      signal?: AbortSignal | undefined;
    },
  ) {}

  /** Takes whole months, oldest first. */
  add(months: readonly PreparedMonth[]): void {
    for (const month of months) {
      const { accountId, importId } = this.ids;
      const block = blockFromPrepared(month, { id: this.ids.first + this.count, accountId, importId });
      this.batch.push(block);
      this.keys.add(block.key);
      this.count += month.count;
      this.batchRows += month.count;
      if (this.batchRows >= WRITE_CHUNK) this.flush();
    }
  }

  /** The rows written, oldest first (unpacked here only when asked for: pairing transfers with other accounts). */
  rows(): Transaction[] {
    const rows: Transaction[] = [];
    for (const key of this.keys) for (const row of this.writer.writtenRows(key) ?? []) rows.push(row);
    return rows;
  }

  /** Writes what is left, and waits until IndexedDB has stored everything. */
  async finish(): Promise<void> {
    if (this.batch.length > 0) this.flush();
    await Promise.all(this.inFlight);
  }

  private flush(): void {
    // Throwing inside the transaction rolls back everything this import wrote.
    this.progress.signal?.throwIfAborted();
    const write = this.writer.putBlocks(this.batch);
    // A failed write surfaces when finish() awaits it, not as an unhandled rejection.
    write.then(undefined, () => undefined);
    this.inFlight.push(write);
    this.batch = [];
    this.batchRows = 0;
    this.progress.onProgress?.(this.count, this.progress.total);
  }
}
