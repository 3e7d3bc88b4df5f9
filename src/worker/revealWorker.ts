/// <reference lib="webworker" />
import { type RevealInput, type RevealReport, revealReport } from '../core/reveal';

export interface RevealRequest {
  id: number;
  input: RevealInput;
}

export interface RevealReply {
  id: number;
  report?: RevealReport;
  error?: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RevealRequest>) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ id, report: revealReport(input) } satisfies RevealReply);
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies RevealReply);
  }
};
