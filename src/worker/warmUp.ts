import { toChronological } from '../core/chronological';
import { readStatement } from '../core/import';
import { packPreparedMonths } from '../core/preparedRows';
import { statementParts } from '../core/statementParts';
import { categorizeWith } from './categorizeRows';
import { loadKnowledgeFor } from './merchantPacks';
import { parseTableWithPapa } from './parseTable';
import { europeanStatement, isoStatement, usStatement } from './warmUpStatements';

/** Rows of each made-up statement: enough for V8 to optimize the per-row code, a few tens of ms each when warm. */
const ROWS = 4_000;
/** Times each statement is read: later passes run (and so compile) the optimizing tiers. */
const PASSES = 3;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads, categorizes and packs made-up statements the way an import does, one statement per task, and stops as
 * soon as `interrupted()` says a real file came: its request waits for one step at most. Nothing is kept but the
 * compiled code (and the merchant knowledge of the locale, which the first import would load anyway). Returns
 * the statements read.
 */
export async function warmUpImport(
  locale: string,
  interrupted: () => boolean,
  rowsPerStatement = ROWS,
): Promise<number> {
  const knowledge = await loadKnowledgeFor({ locale });
  const context = { rules: [], learned: new Map<string, never>(), knowledge };
  const encoder = new TextEncoder();
  const statements = [usStatement, europeanStatement, isoStatement].map((made) =>
    encoder.encode(made(rowsPerStatement)),
  );
  let read = 0;
  for (let pass = 0; pass < PASSES; pass++)
    for (const bytes of statements) {
      await nextTask();
      if (interrupted()) return read;
      const reading = readStatement(bytes, parseTableWithPapa, { knownProfiles: [], locale });
      statementParts(reading);
      const rows = toChronological(reading.rows);
      packPreparedMonths(rows, categorizeWith(rows, context), reading.currency ?? 'USD');
      read++;
    }
  return read;
}
