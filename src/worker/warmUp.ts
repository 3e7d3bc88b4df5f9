import { handleRead, type Reply } from './handleRead';
import type { ReadRequest } from './protocol';
import { europeanStatement, isoStatement, usStatement } from './warmUpStatements';

/** Rows of each made-up statement: enough for V8 to optimize the per-row code, a few tens of ms each when warm. */
const ROWS = 4_000;
/** Times each statement is read: later passes run (and so compile) the optimizing tiers. */
const PASSES = 3;

/**
 * A plain timeout, not core's nextTask: `scheduler.yield()` would resume the warm-up ahead of a real file's request
 * queued meanwhile, which must come first and stop it.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const nowhere = () => undefined;

/**
 * Imports made-up statements through the very code a dropped file goes through (read, parts, currency,
 * categorize, pack), replies going nowhere (unless given `reply`), one statement per task, and stops as soon as
 * `interrupted()` says a real file came: its request waits for one step at most. Nothing is kept but the compiled
 * code (and the merchant knowledge of the locale, which the first import would load anyway). Returns the
 * statements read.
 */
export async function warmUpImport(
  locale: string,
  interrupted: () => boolean,
  rowsPerStatement = ROWS,
  reply: Reply = nowhere,
): Promise<number> {
  const encoder = new TextEncoder();
  const requests = [usStatement, europeanStatement, isoStatement].map((made): ReadRequest => ({
    type: 'read',
    id: 0,
    fileName: 'statement.csv',
    bytes: encoder.encode(made(rowsPerStatement)).buffer as ArrayBuffer,
    knownProfiles: [],
    locale,
    categorization: { rules: [], learned: [] },
    purpose: 'import',
    currencyLocale: locale,
  }));
  let read = 0;
  for (let pass = 0; pass < PASSES; pass++)
    for (const request of requests) {
      await nextTask();
      if (interrupted()) return read;
      await handleRead(request, locale, reply);
      read++;
    }
  return read;
}
