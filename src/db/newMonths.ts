import type { PreparedMonth, PreparedRow } from '../core/preparedRows';
import type { Transaction } from '../core/types';
import { blockFromPrepared, type TransactionBlock } from './store/blockCodec';
import type { BlockWriter } from './store/blockWriter';

/** Rows written per request, at least: small enough for the page to repaint (and show progress) in between. */
export const WRITE_CHUNK = 10_000;

/**
 * Writes an import's rows into months of its account that hold nothing yet: each packed month (as the import
 * worker made it) plus the id, account and import columns is the block, so no row is packed again. Blocks go a
 * few at a time (at least WRITE_CHUNK rows, checking for Cancel in between); the rows become the stored records.
 */
export class NewMonths {
  readonly records: Transaction[] = [];
  readonly keys = new Set<string>();
  private batch: { block: TransactionBlock; rows: Transaction[] }[] = [];
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

  /** Takes whole months and their rows, in the same order, oldest first. */
  add(months: readonly PreparedMonth[], rows: readonly PreparedRow[]): void {
    let at = 0;
    for (const month of months) {
      const monthRows = stampRows(rows, at, month.count, this.ids, this.records);
      at += month.count;
      const block = blockFromPrepared(month, monthRows[0] as Transaction);
      this.batch.push({ block, rows: monthRows });
      this.keys.add(block.key);
      this.batchRows += month.count;
      if (this.batchRows >= WRITE_CHUNK) this.flush();
    }
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
    this.progress.onProgress?.(this.records.length, this.progress.total);
  }
}

/**
 * Makes `count` prepared rows from `start` stored records (consecutive ids, the account, the import), appended to
 * `records`; returns them. A function of its own: the engine compiles this row loop alone, not all of add().
 */
function stampRows(
  rows: readonly PreparedRow[],
  start: number,
  count: number,
  ids: { first: number; accountId: number; importId: number },
  records: Transaction[],
): Transaction[] {
  const stamped: Transaction[] = [];
  for (let index = start; index < start + count; index += 1) {
    const record = rows[index] as Transaction;
    record.id = ids.first + records.length;
    record.accountId = ids.accountId;
    record.importId = ids.importId;
    records.push(record);
    stamped.push(record);
  }
  return stamped;
}
