import type { ReadingProfile, StatementReading } from '../core/import/types';
import ImportWorker from './importWorker?worker';
import type { ReadStage, WorkerReply } from './protocol';

export interface ReadResult {
  sha256: string;
  reading: StatementReading;
}

export interface ReadHandle {
  promise: Promise<ReadResult>;
  /** Stops the worker; the promise rejects with an AbortError. */
  cancel: () => void;
}

let nextId = 1;

/**
 * Reads one file in its own worker, so a 50 MB statement never blocks the page and cancel is immediate
 * (terminating the worker). The bytes are transferred, not copied.
 */
export function readFileInWorker(
  fileName: string,
  bytes: ArrayBuffer,
  options: {
    knownProfiles: ReadingProfile[];
    profile?: ReadingProfile;
    onStage?: (stage: ReadStage) => void;
  },
): ReadHandle {
  const worker = new ImportWorker();
  const id = nextId++;
  let settle: { reject: (reason: unknown) => void } | undefined;
  const promise = new Promise<ReadResult>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') options.onStage?.(message.stage);
      else {
        worker.terminate();
        if (message.type === 'result') resolve({ sha256: message.sha256, reading: message.reading });
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    worker.postMessage(
      {
        type: 'read',
        id,
        fileName,
        bytes,
        knownProfiles: options.knownProfiles,
        ...(options.profile ? { profile: options.profile } : {}),
      },
      [bytes],
    );
  });
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle?.reject(new DOMException('Import cancelled', 'AbortError'));
    },
  };
}
