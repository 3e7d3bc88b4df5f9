import type { ReadingProfile, StatementReading } from '../core/import/types';
import { unpackRows } from '../core/packRows';
import type { PreparedMonth, PreparedRow } from '../core/preparedRows';
import type { CurrencyCode } from '../core/types';
import ImportWorker from './importWorker?worker';
import type { CategorizationInput, ReadStage, WorkerReply } from './protocol';

/** A statement's rows ready to store, oldest first, as objects and as the packed months they came in. */
export interface PreparedStatement {
  rows: PreparedRow[];
  months: PreparedMonth[];
  currency: CurrencyCode;
}

export interface ReadResult {
  sha256: string;
  /** Its rows only when it is a preview (then `prepared` is absent). */
  reading: StatementReading;
  prepared?: PreparedStatement;
}

export interface ReadHandle {
  promise: Promise<ReadResult>;
  /** Stops the work; the promise rejects with an AbortError. */
  cancel: () => void;
}

interface Pending {
  resolve: (result: ReadResult) => void;
  reject: (reason: unknown) => void;
  onStage?: (stage: ReadStage) => void;
  rows: PreparedRow[];
  months: PreparedMonth[];
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/** One long-lived worker keeps the merchant dictionary indexed between files; cancel replaces it. */
function getWorker(): Worker {
  if (worker) return worker;
  const created = new ImportWorker();
  created.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.type === 'progress') {
      entry.onStage?.(message.stage);
      return;
    }
    if (message.type === 'months') {
      // Unpacked, each month's dates and currencies are one string each (its dictionary's), not one per row.
      for (const month of message.months) {
        for (const row of unpackRows<PreparedRow>(month)) entry.rows.push(row);
        entry.months.push(month);
      }
      return;
    }
    pending.delete(message.id);
    if (message.type === 'failure') {
      entry.reject(new Error(message.message));
      return;
    }
    const { sha256, reading, currency } = message;
    entry.resolve({
      sha256,
      reading,
      ...(currency === undefined ? {} : { prepared: { rows: entry.rows, months: entry.months, currency } }),
    });
  };
  created.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'worker failed'));
    pending.clear();
    created.terminate();
    if (worker === created) worker = null;
  };
  worker = created;
  return created;
}

function restartWorker(reason: unknown) {
  worker?.terminate();
  worker = null;
  for (const entry of pending.values()) entry.reject(reason);
  pending.clear();
}

/** Reads and categorizes one file off the main thread. The bytes are transferred, not copied. */
export function readFileInWorker(
  fileName: string,
  bytes: ArrayBuffer,
  options: {
    knownProfiles: ReadingProfile[];
    profile?: ReadingProfile;
    categorization: CategorizationInput;
    purpose: 'preview' | 'import';
    /** The currency the person confirmed in review. */
    currency?: CurrencyCode;
    /** The app's locale (the last guess for a currency). */
    currencyLocale: string;
    onStage?: (stage: ReadStage) => void;
  },
): ReadHandle {
  const id = nextId++;
  const promise = new Promise<ReadResult>((resolve, reject) => {
    pending.set(id, {
      resolve,
      reject,
      rows: [],
      months: [],
      ...(options.onStage ? { onStage: options.onStage } : {}),
    });
    getWorker().postMessage(
      {
        type: 'read',
        id,
        fileName,
        bytes,
        knownProfiles: options.knownProfiles,
        categorization: options.categorization,
        purpose: options.purpose,
        currencyLocale: options.currencyLocale,
        ...(options.currency ? { currency: options.currency } : {}),
        ...(options.profile ? { profile: options.profile } : {}),
      },
      [bytes],
    );
  });
  return { promise, cancel: () => restartWorker(new DOMException('Import cancelled', 'AbortError')) };
}

/** Starts the worker and its merchant dictionary early, so the first dropped file does not wait for them. */
export function warmUpImportWorker(): void {
  getWorker().postMessage({ type: 'warmUp' });
}
