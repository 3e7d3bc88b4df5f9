import type { RevealInput, RevealReport } from '../core/reveal';
import RevealWorker from './revealWorker?worker';
import { workerRequests } from './workerRequests';

const request = workerRequests<{ input: RevealInput }, RevealReport>(
  () => new RevealWorker(),
  'reveal failed',
);

/**
 * Works out what the statements reveal in a worker: 100,000 transactions take a second or more, which would
 * freeze the page. Only the latest request matters; earlier ones still resolve.
 */
export function revealInWorker(input: RevealInput): Promise<RevealReport> {
  return request({ input });
}
