import type { RevealInput, RevealReport } from '../core/reveal';
import type { RevealReply } from './revealWorker';
import RevealWorker from './revealWorker?worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (report: RevealReport) => void; reject: (reason: unknown) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new RevealWorker();
  worker.onmessage = (event: MessageEvent<RevealReply>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.report) entry.resolve(event.data.report);
    else entry.reject(new Error(event.data.error ?? 'reveal failed'));
  };
  return worker;
}

/**
 * Works out what the statements reveal in a worker: 100,000 transactions take a second or more, which would
 * freeze the page. Only the latest request matters; earlier ones still resolve.
 */
export function revealInWorker(input: RevealInput): Promise<RevealReport> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, input });
  });
}
