/// <reference lib="webworker" />
import { sha256Hex } from './sha256';
import type { WorkerAnswer } from './workerRequests';

export interface HashRequest {
  id: number;
  file: Blob;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<HashRequest>) => {
  const { id, file } = event.data;
  let answer: WorkerAnswer<string>;
  try {
    answer = { id, result: await sha256Hex(await file.arrayBuffer()) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
