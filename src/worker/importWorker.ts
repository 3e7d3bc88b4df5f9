/// <reference lib="webworker" />
import { readStatement } from '../core/import';
import { categorizeRows, statementSignals } from './categorizeRows';
import { loadKnowledgeFor } from './merchantPacks';
import { parseTableWithPapa } from './parseTable';
import type { WorkerReply, WorkerRequest } from './protocol';
import { sha256Hex } from './sha256';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Rows per message back to the page: each message is read in one go there, so it stays small. */
const ROWS_PER_MESSAGE = 20_000;

function reply(message: WorkerReply) {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warmUp') {
    // Before the first file is chosen, the person's locale is the only hint of their country.
    void loadKnowledgeFor({ locale: scope.navigator.language });
    return;
  }
  try {
    reply({ type: 'progress', id: request.id, stage: 'hashing' });
    const sha256 = await sha256Hex(request.bytes);
    reply({ type: 'progress', id: request.id, stage: 'parsing' });
    const reading = readStatement(new Uint8Array(request.bytes), parseTableWithPapa, {
      knownProfiles: request.knownProfiles,
      ...(request.profile ? { profile: request.profile } : {}),
      // The browser's locale is evidence for day/month order when a file cannot tell (every day ≤ 12).
      locale: request.locale ?? scope.navigator.language,
    });
    reply({ type: 'progress', id: request.id, stage: 'categorizing' });
    const signals = statementSignals(reading.rows, {
      ...(reading.profile.bankId ? { bankId: reading.profile.bankId } : {}),
      accounts: [reading.account?.number],
      currencies: [reading.currency],
      locale: scope.navigator.language,
    });
    const labels = reading.fatal ? [] : await categorizeRows(reading.rows, request.categorization, signals);
    for (let start = 0; start < reading.rows.length; start += ROWS_PER_MESSAGE) {
      const end = start + ROWS_PER_MESSAGE;
      reply({
        type: 'rows',
        id: request.id,
        rows: reading.rows.slice(start, end),
        labels: labels.slice(start, end),
      });
    }
    reply({ type: 'result', id: request.id, sha256, reading: { ...reading, rows: [] }, labels: [] });
  } catch (error) {
    reply({
      type: 'failure',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
