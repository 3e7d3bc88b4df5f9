/// <reference lib="webworker" />
import { readStatement } from '../core/import';
import { categorizeRows, loadKnowledge } from './categorizeRows';
import { parseTableWithPapa } from './parseTable';
import type { WorkerReply, WorkerRequest } from './protocol';
import { sha256Hex } from './sha256';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply) {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warmUp') {
    void loadKnowledge();
    return;
  }
  try {
    reply({ type: 'progress', id: request.id, stage: 'hashing' });
    const sha256 = await sha256Hex(request.bytes);
    reply({ type: 'progress', id: request.id, stage: 'parsing' });
    const reading = readStatement(new Uint8Array(request.bytes), parseTableWithPapa, {
      knownProfiles: request.knownProfiles,
      ...(request.profile ? { profile: request.profile } : {}),
      ...(request.locale ? { locale: request.locale } : {}),
    });
    reply({ type: 'progress', id: request.id, stage: 'categorizing' });
    const labels = reading.fatal ? [] : await categorizeRows(reading.rows, request.categorization);
    reply({ type: 'result', id: request.id, sha256, reading, labels });
  } catch (error) {
    reply({
      type: 'failure',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
