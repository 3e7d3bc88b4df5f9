import type { ReadingProfile, StatementReading, StatementRow } from '../core/import/types';
import type { Categorization } from '../core/merchant';
import ImportWorker from './importWorker?worker';
import type { CategorizationInput, ReadStage, WorkerReply } from './protocol';

export interface ReadResult {
  sha256: string;
  reading: StatementReading;
  /** Merchant and category for each of `reading.rows`, same order. */
  labels: Categorization[];
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
  rows: StatementRow[];
  labels: Categorization[];
  /** One string per distinct date and currency: a million rows would otherwise hold a million copies. */
  strings: Map<string, string>;
}

function intern(strings: Map<string, string>, value: string): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

function receiveRows(entry: Pending, rows: StatementRow[], labels: Categorization[]) {
  for (const row of rows) {
    row.date = intern(entry.strings, row.date);
    if (row.currency) row.currency = intern(entry.strings, row.currency);
    entry.rows.push(row);
  }
  for (const label of labels) entry.labels.push(label);
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
    if (message.type === 'rows') {
      receiveRows(entry, message.rows, message.labels);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'result') {
      receiveRows(entry, message.reading.rows, message.labels);
      entry.resolve({
        sha256: message.sha256,
        reading: { ...message.reading, rows: entry.rows },
        labels: entry.labels,
      });
    } else entry.reject(new Error(message.message));
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
    onStage?: (stage: ReadStage) => void;
  },
): ReadHandle {
  const id = nextId++;
  const promise = new Promise<ReadResult>((resolve, reject) => {
    pending.set(id, {
      resolve,
      reject,
      rows: [],
      labels: [],
      strings: new Map(),
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
