import type { ReadingProfile, StatementReading, StatementRow } from '../core/import/types';
import { type PackedRows, unpackRows } from '../core/packRows';
import ImportWorker from './importWorker?worker';
import type { CategorizationInput, ReadStage, WorkerReply } from './protocol';

export interface ReadResult {
  sha256: string;
  reading: StatementReading;
  /**
   * Merchant and category (Categorization fields) for each of `reading.rows`, same order, in parts as the worker
   * packed them: read straight into the prepared rows, never made into objects of their own.
   */
  labels: PackedRows[];
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
  labels: PackedRows[];
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
      // Unpacked, each chunk's dates and currencies are one string each (its dictionary's), not one per row.
      for (const row of unpackRows<StatementRow>(message.rows)) entry.rows.push(row);
      entry.labels.push(message.labels);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'result') {
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
