/**
 * One writer at a time across the whole origin (every tab): an import, a restore or a wipe holds this lock while
 * it works; the others wait for it. Web Locks are released by the browser when a tab closes, so a crashed tab never
 * blocks the others. Without Web Locks (old browsers, unit tests) a queue in this page does the same for one tab.
 */
const LOCK_NAME = 'kept-writer';

type LockManagerLike = {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    task: (lock: unknown) => Promise<T>,
  ): Promise<T>;
};

interface RunningWriter {
  cancel: () => void;
  finished: Promise<unknown>;
}

let localQueue: Promise<unknown> = Promise.resolve();
let running: RunningWriter | null = null;

function lockManager(): LockManagerLike | undefined {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks : undefined;
}

export interface WriterOptions {
  /** Called when another writer (maybe in another tab) holds the lock, before waiting for it. */
  onWait?: () => void;
  /** How a wipe or restore in this tab stops this writer (an import can be cancelled; others finish). */
  cancel?: () => void;
}

async function holding<T>(task: () => Promise<T>, options: WriterOptions): Promise<T> {
  const finished = task();
  running = { cancel: options.cancel ?? (() => undefined), finished };
  try {
    return await finished;
  } finally {
    running = null;
  }
}

/** Runs `task` holding the writer lock. */
export async function withWriterLock<T>(task: () => Promise<T>, options: WriterOptions = {}): Promise<T> {
  const locks = lockManager();
  if (!locks) {
    const run = localQueue.then(
      () => holding(task, options),
      () => holding(task, options),
    );
    localQueue = run.catch(() => undefined);
    return run;
  }
  const immediate = await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) =>
    lock ? { value: await holding(task, options) } : null,
  );
  if (immediate) return immediate.value;
  options.onWait?.();
  return locks.request(LOCK_NAME, {}, () => holding(task, options));
}

/** Cancels this tab's running writer (an import) and waits until it has let go of the data. */
export async function stopRunningWriter(): Promise<void> {
  const current = running;
  if (!current) return;
  current.cancel();
  await current.finished.catch(() => undefined);
}
