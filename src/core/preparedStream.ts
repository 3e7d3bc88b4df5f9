import { unpackRows } from './packRows';
import type { PreparedMonth, PreparedRow } from './preparedRows';
import type { IsoDate } from './types';
import { nextTask } from './nextTask';

/** Rows given at most by one call of next() that catches up with several batches (about 10 ms a 10,000 to store). */
const CATCH_UP_ROWS = 30_000;

/** Some whole months of prepared rows, oldest first, packed month by month. */
export interface PreparedBatch {
  months: PreparedMonth[];
}

/** Every prepared row of a statement, and the same rows packed month by month. */
export interface PreparedRows extends PreparedBatch {
  rows: PreparedRow[];
}

/**
 * A statement's prepared rows as they arrive from the import worker, oldest first: storing can start with the
 * first months while the next are categorized.
 */
export interface PreparedStream {
  /** Rows in the statement, and the first and last of their dates. */
  count: number;
  range: [IsoDate, IsoDate];
  /**
   * The months that came since the last call, as one batch of some tens of thousands of rows at most (waiting
   * for one when none has), or null after the last. Each month is given once, in order.
   */
  next(): Promise<PreparedBatch | null>;
  /** Every row and month, once the last has come (whatever next() gave already). */
  all(): Promise<PreparedRows>;
  /** Resolves once the last month has come; rejects when sending them failed. */
  ended(): Promise<void>;
}

/** A PreparedStream filled by whoever receives the months (push, then end, or fail). */
export class MonthStream implements PreparedStream {
  private readonly batches: PreparedBatch[] = [];
  private everything: Promise<PreparedRows> | null = null;
  private taken = 0;
  private isEnded = false;
  private failure: { reason: unknown } | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    readonly count: number,
    readonly range: [IsoDate, IsoDate],
    private readonly catchUpRows = CATCH_UP_ROWS,
  ) {}

  /**
   * Takes in some whole months, as they are: a writer storing them into empty months never needs their rows as
   * prepared (it unpacks the stored blocks, ids included).
   */
  push(months: PreparedMonth[]): void {
    this.batches.push({ months });
    this.wake();
  }

  end(): void {
    this.isEnded = true;
    this.wake();
  }

  fail(reason: unknown): void {
    this.failure ??= { reason };
    this.wake();
  }

  async next(): Promise<PreparedBatch | null> {
    for (;;) {
      if (this.failure) throw this.failure.reason;
      if (this.taken < this.batches.length) return this.takeArrived();
      if (this.isEnded) return null;
      await this.change();
    }
  }

  /**
   * The batches not given yet, as one (up to CATCH_UP_ROWS rows): a writer that fell behind catches up in a few
   * steps, each short enough for the page to stay responsive.
   */
  private takeArrived(): PreparedBatch {
    const first = this.taken;
    let rows = 0;
    while (this.taken < this.batches.length && rows < this.catchUpRows)
      rows += rowCount(this.batches[this.taken++] as PreparedBatch);
    return joined(this.batches.slice(first, this.taken));
  }

  all(): Promise<PreparedRows> {
    this.everything ??= this.unpackAll();
    return this.everything;
  }

  /** Every row, once the last has come, unpacked a batch per task: a million at once would hold the page a second. */
  private async unpackAll(): Promise<PreparedRows> {
    await this.ended();
    const rows: PreparedRow[] = [];
    for (const [index, batch] of this.batches.entries()) {
      if (index > 0) await nextTask();
      for (const month of batch.months) for (const row of unpackRows<PreparedRow>(month)) rows.push(row);
    }
    return { months: joined(this.batches).months, rows };
  }

  async ended(): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure.reason;
      if (this.isEnded) return;
      await this.change();
    }
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

const rowCount = (batch: PreparedBatch): number => batch.months.reduce((sum, month) => sum + month.count, 0);

/** Some batches as one (the very batch when there is one). */
function joined(batches: readonly PreparedBatch[]): PreparedBatch {
  if (batches.length === 1) return batches[0] as PreparedBatch;
  return { months: batches.flatMap((batch) => batch.months) };
}
