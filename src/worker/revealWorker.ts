/// <reference lib="webworker" />
import { type RevealInput, type RevealReport, revealReport } from '../core/reveal';
import type { WorkerAnswer } from './workerRequests';

export interface RevealRequest {
  id: number;
  input: RevealInput;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RevealRequest>) => {
  const { id, input } = event.data;
  let answer: WorkerAnswer<RevealReport>;
  try {
    answer = { id, result: revealReport(input) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
