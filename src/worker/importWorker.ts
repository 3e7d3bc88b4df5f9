/// <reference lib="webworker" />
import { readStatement } from '../core/import';
import { packRows, type PackedRows } from '../core/packRows';
import { categorizationContext, categorizeWith, statementSignals } from './categorizeRows';
import { loadKnowledgeFor } from './merchantPacks';
import { parseTableWithPapa } from './parseTable';
import type { WorkerReply, WorkerRequest } from './protocol';
import { sha256Hex } from './sha256';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Rows per message back to the page: each message is read in one go there, so it stays small. */
const ROWS_PER_MESSAGE = 10_000;

function reply(message: WorkerReply, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

/** The buffers of a packed chunk's typed arrays: moved to the page, not copied. */
function buffersOf(...chunks: PackedRows[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const chunk of chunks)
    for (const column of Object.values(chunk.columns)) {
      if ('numbers' in column) buffers.push(column.numbers.buffer as ArrayBuffer);
      else if ('codes' in column) buffers.push(column.codes.buffer as ArrayBuffer);
      else if ('flags' in column) buffers.push(column.flags.buffer as ArrayBuffer);
    }
  return buffers;
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warmUp') {
    // Before the first file is chosen, the person's locale is the only hint of their country.
    void loadKnowledgeFor({ locale: scope.navigator.language });
    return;
  }
  try {
    // The digest runs off this thread (WebCrypto) while the file is read.
    const hashing = sha256Hex(request.bytes);
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
    const context = reading.fatal ? null : await categorizationContext(request.categorization, signals);
    // Categorized and sent a part at a time: the page takes in one part while the next is categorized.
    for (let start = 0; start < reading.rows.length; start += ROWS_PER_MESSAGE) {
      const part = reading.rows.slice(start, start + ROWS_PER_MESSAGE);
      const labels = context ? categorizeWith(part, context) : [];
      const rows = packRows(part);
      const packedLabels = packRows(labels);
      reply({ type: 'rows', id: request.id, rows, labels: packedLabels }, buffersOf(rows, packedLabels));
    }
    const sha256 = await hashing;
    reply({ type: 'result', id: request.id, sha256, reading: { ...reading, rows: [] } });
  } catch (error) {
    reply({
      type: 'failure',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
