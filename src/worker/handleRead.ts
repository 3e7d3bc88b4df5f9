import { toChronological } from '../core/chronological';
import { toIsoDate } from '../core/dates';
import { readStatement } from '../core/import';
import type { ReadOptions, StatementReading, StatementRow } from '../core/import/types';
import type { CurrencyCode } from '../core/types';
import type { CategorizeContext } from '../core/merchant';
import type { PackedRows } from '../core/packRows';
import { monthAlignedEnds, packPreparedMonths } from '../core/preparedRows';
import { inCurrencyUnits, statementCurrency } from '../core/statementCurrency';
import { onlyPart, statementParts } from '../core/statementParts';
import { categorizationContext, categorizeWith, statementSignals } from './categorizeRows';
import { parseTableWithPapa } from './parseTable';
import type { ReadRequest, WorkerReply } from './protocol';

/** Rows per message back to the page: each message is read in one go there, so it stays small. */
const ROWS_PER_MESSAGE = 10_000;

/** Where the replies to a read request go: the page, or nowhere (the warm-up). */
export type Reply = (message: WorkerReply, transfer?: Transferable[]) => void;

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
async function prepareInMonths(
  request: ReadRequest,
  reading: StatementReading,
  currency: CurrencyCode,
  locale: string,
  reply: Reply,
) {
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
    locale,
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

/** The person's date today (local time). */
function localToday(): string {
  const now = new Date();
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Reads a file: a preview, the parts of a file of several accounts, or the reading and its rows prepared for
 * storing. `locale` is the browser's. Never throws: a failure is a reply.
 */
export async function handleRead(request: ReadRequest, locale: string, reply: Reply): Promise<void> {
  try {
    reply({ type: 'progress', id: request.id, stage: 'parsing' });
    const bytes = new Uint8Array(request.bytes);
    const options: ReadOptions = {
      knownProfiles: request.knownProfiles,
      ...(request.profile ? { profile: request.profile } : {}),
      // The browser's locale is evidence for day/month order when a file cannot tell (every day ≤ 12).
      locale: request.locale ?? locale,
      today: localToday(),
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
    await prepareInMonths(request, inUnits, currency, locale, reply);
  } catch (error) {
    reply({
      type: 'failure',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
