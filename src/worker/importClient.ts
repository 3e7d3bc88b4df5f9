import type { ReadingProfile, StatementReading } from '../core/import/types';
import { MonthStream, type PreparedStream } from '../core/preparedStream';
import type { StatementPart } from '../core/statementParts';
import type { CurrencyCode } from '../core/types';
import ImportWorker from './importWorker?worker';
import type { CategorizationInput, ReadStage, WarmUpRequest, WorkerReply } from './protocol';

/** A statement whose rows are being prepared for storing: they arrive month by month, oldest first. */
export interface PreparedStatement {
  currency: CurrencyCode;
  rows: PreparedStream;
}

export interface WorkerReading {
  /** Its rows only when it is a preview (then `prepared` is absent). */
  reading: StatementReading;
  prepared?: PreparedStatement;
  /** Rows of several accounts or currencies: each part is read again on its own and stored as its own account. */
  parts?: StatementPart[];
}

export interface ReadHandle {
  promise: Promise<WorkerReading>;
  /** Stops the work; the promise rejects with an AbortError. */
  cancel: () => void;
}

interface Pending {
  resolve: (result: WorkerReading) => void;
  reject: (reason: unknown) => void;
  onStage?: (stage: ReadStage) => void;
  /** Once the reading has been said: its rows as they come. */
  rows?: MonthStream;
}

/** Ends a request with a failure: its reading (not said yet) or its rows (still coming). */
function failed(entry: Pending, reason: unknown) {
  if (entry.rows) entry.rows.fail(reason);
  else entry.reject(reason);
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
    if (message.type === 'prepared') {
      const { reading, currency, count, range } = message;
      entry.rows = new MonthStream(count, range);
      entry.resolve({ reading, prepared: { currency, rows: entry.rows } });
      return;
    }
    if (message.type === 'months') {
      entry.rows?.push(message.months);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'end') entry.rows?.end();
    else if (message.type === 'failure') failed(entry, new Error(message.message));
    else
      entry.resolve({
        reading: message.reading,
        ...(message.parts ? { parts: message.parts } : {}),
      });
  };
  created.onerror = (event) => {
    for (const entry of pending.values()) failed(entry, new Error(event.message || 'worker failed'));
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
  for (const entry of pending.values()) failed(entry, reason);
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
    /** Only this part's rows (a file of several accounts or currencies, one by one). */
    part?: StatementPart;
    onStage?: (stage: ReadStage) => void;
  },
): ReadHandle {
  const id = nextId++;
  const promise = new Promise<WorkerReading>((resolve, reject) => {
    pending.set(id, {
      resolve,
      reject,
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
        ...(options.part ? { part: options.part } : {}),
      },
      [bytes],
    );
  });
  return { promise, cancel: () => restartWorker(new DOMException('Import cancelled', 'AbortError')) };
}

/**
 * Starts the worker and its merchant dictionary early, so the first dropped file does not wait for them; with
 * `reader`, when a file is about to come (a file picker on screen, a file dragged over the page), it also gets
 * the reading code compiled.
 */
export function warmUpImportWorker(reader = false): void {
  const request: WarmUpRequest = { type: 'warmUp', ...(reader ? { reader } : {}) };
  getWorker().postMessage(request);
}
