/// <reference lib="webworker" />
import { toChronological } from '../core/chronological';
import { readStatement } from '../core/import';
import type { ReadOptions, StatementReading, StatementRow } from '../core/import/types';
import type { CurrencyCode } from '../core/types';
import type { CategorizeContext } from '../core/merchant';
import type { PackedRows } from '../core/packRows';
import { monthAlignedEnds, packPreparedMonths } from '../core/preparedRows';
import { inCurrencyUnits, statementCurrency } from '../core/statementCurrency';
import { onlyPart, statementParts } from '../core/statementParts';
import { categorizationContext, categorizeWith, statementSignals } from './categorizeRows';
import { loadKnowledgeFor } from './merchantPacks';
import { parseTableWithPapa } from './parseTable';
import type { ReadRequest, WarmUpRequest, WorkerReply, WorkerRequest } from './protocol';
import { warmUpImport } from './warmUp';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Rows per message back to the page: each message is read in one go there, so it stays small. */
const ROWS_PER_MESSAGE = 10_000;

function reply(message: WorkerReply, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

/** The buffers of packed rows' typed arrays: moved to the page, not copied. */
function buffersOf(chunks: readonly PackedRows[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const chunk of chunks)
    for (const column of Object.values(chunk.columns)) {
      if ('numbers' in column) buffers.push(column.numbers.buffer as ArrayBuffer);
      else if ('codes' in column) buffers.push(column.codes.buffer as ArrayBuffer);
      else if ('flags' in column) buffers.push(column.flags.buffer as ArrayBuffer);
      else if ('numberCodes' in column)
        buffers.push(column.numberCodes.buffer as ArrayBuffer, column.numberDictionary.buffer as ArrayBuffer);
      else if ('ends' in column) buffers.push(column.ends.buffer as ArrayBuffer);
    }
  return buffers;
}

/**
 * Says what the reading is, then categorizes, prepares and sends the rows oldest first, some whole months at a
 * time: the page stores one part while the next is categorized.
 */
async function prepareInMonths(request: ReadRequest, reading: StatementReading, currency: CurrencyCode) {
  const rows = toChronological(reading.rows);
  reply({
    type: 'prepared',
    id: request.id,
    reading: { ...reading, rows: [] },
    currency,
    count: rows.length,
    range: [(rows[0] as StatementRow).date, (rows[rows.length - 1] as StatementRow).date],
  });
  const signals = statementSignals(reading.rows, {
    ...(reading.profile.bankId ? { bankId: reading.profile.bankId } : {}),
    accounts: [reading.account?.number],
    currencies: [reading.currency],
    locale: scope.navigator.language,
  });
  const context: CategorizeContext = await categorizationContext(request.categorization, signals);
  let start = 0;
  for (const end of monthAlignedEnds(rows, ROWS_PER_MESSAGE)) {
    const part = rows.slice(start, end);
    const months = packPreparedMonths(part, categorizeWith(part, context), currency);
    reply({ type: 'months', id: request.id, months }, buffersOf(months));
    start = end;
  }
  reply({ type: 'end', id: request.id });
}

/** Set by the first file: a warm-up still running stops at its next step, and none starts after it. */
let fileCame = false;
let readerWarmedUp = false;

function warmUp({ reader }: WarmUpRequest) {
  // Before the first file is chosen, the person's locale is the only hint of their country.
  const locale = scope.navigator.language;
  if (!reader || readerWarmedUp || fileCame) {
    void loadKnowledgeFor({ locale });
    return;
  }
  readerWarmedUp = true;
  // A warm-up that fails leaves the code as cold as it was: the import itself reports its own errors.
  void warmUpImport(locale, () => fileCame).catch(() => undefined);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'warmUp') {
    warmUp(request);
    return;
  }
  fileCame = true;
  try {
    reply({ type: 'progress', id: request.id, stage: 'parsing' });
    const bytes = new Uint8Array(request.bytes);
    const options: ReadOptions = {
      knownProfiles: request.knownProfiles,
      ...(request.profile ? { profile: request.profile } : {}),
      // The browser's locale is evidence for day/month order when a file cannot tell (every day ≤ 12).
      locale: request.locale ?? scope.navigator.language,
    };
    const reading = readStatement(bytes, parseTableWithPapa, options);
    const preview =
      reading.fatal ||
      reading.rows.length === 0 ||
      request.purpose === 'preview' ||
      (reading.needsReview && !request.profile);
    if (preview) {
      reply({ type: 'result', id: request.id, reading });
      return;
    }
    const parts = request.part ? [] : statementParts(reading);
    if (parts.length > 0) {
      reply({ type: 'result', id: request.id, reading, parts });
      return;
    }
    reply({ type: 'progress', id: request.id, stage: 'categorizing' });
    const part = request.part;
    const pocket = (read: StatementReading) => (part ? onlyPart(read, part) : read);
    const currency =
      part?.currency ??
      statementCurrency(reading, request.fileName, request.currencyLocale, request.currency);
    const inUnits = inCurrencyUnits(pocket(reading), currency, () =>
      pocket(readStatement(bytes, parseTableWithPapa, { ...options, currency })),
    );
    await prepareInMonths(request, inUnits, currency);
  } catch (error) {
    reply({
      type: 'failure',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
