/**
 * Time the pure import core takes for 100,000 rows, in Node: readStatement (PapaParse injected, as in the
 * worker), categorize of every row and packing the rows month by month for storing, on a statement of nearly
 * distinct descriptors and on a repetitive one.
 * Prints the median of 5 warm runs of each (after 2 warm-up runs).
 * Run: npx tsx bench/core-speed.mts [rows]
 */
import { readFileSync } from 'node:fs';
import { readStatement } from '../src/core/import';
import {
  buildKnowledge,
  categorize,
  countriesOfStatement,
  mergePacks,
  packsFor,
  type BrandsJson,
  type Categorization,
  type CategorizeContext,
  type MerchantKnowledge,
} from '../src/core/merchant/index';
import type { StatementRow } from '../src/core/import/types';
import { toChronological } from '../src/core/chronological';
import { packPreparedMonths } from '../src/core/preparedRows';
import { parseTableWithPapa } from '../src/worker/parseTable';
import { generateDistinctStatement, generateStatement } from './generateStatement.mjs';

const WARM_UP = 2;
const RUNS = 5;
const rowCount = Number(process.argv[2] ?? 100_000);

// The worker loads brand packs through import.meta.glob; Node reads the same JSON files.
const packDir = new URL('../src/core/merchant/data/brands/', import.meta.url);
const countries = countriesOfStatement({ locale: 'en-US', currencies: ['USD'] });
const packs = packsFor(countries).map(
  (id) => JSON.parse(readFileSync(new URL(`${id}.json`, packDir), 'utf8')) as BrandsJson,
);
const freshKnowledge = (): MerchantKnowledge => buildKnowledge(mergePacks(packs), undefined, countries);
const knowledge = freshKnowledge();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** As src/worker/categorizeRows.ts does, with the brand packs already loaded. */
function categorizeAll(rows: readonly StatementRow[], knowledge: MerchantKnowledge): Categorization[] {
  const context: CategorizeContext = { rules: [], learned: new Map(), knowledge };
  return rows.map(({ description, amount, bankCategory }) =>
    categorize(bankCategory ? { description, amount, bankCategory } : { description, amount }, context),
  );
}

function measure(name: string, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const readTimes: number[] = [];
  const categorizeTimes: number[] = [];
  const coldTimes: number[] = [];
  const packTimes: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const [reading, readMs] = timed(() =>
      readStatement(bytes, parseTableWithPapa, { knownProfiles: [], locale: 'en-US' }),
    );
    // Warm: the analysis cache lives with the knowledge, which the worker keeps between imports.
    const rows = toChronological(reading.rows);
    const [labels, categorizeMs] = timed(() => categorizeAll(rows, knowledge));
    const [, packMs] = timed(() => packPreparedMonths(rows, labels, 'USD'));
    // Cold: the first import of a statement into a fresh worker.
    const fresh = freshKnowledge();
    const [, coldMs] = timed(() => categorizeAll(rows, fresh));
    if (reading.rows.length !== rowCount) throw new Error(`${name}: read ${reading.rows.length} rows`);
    if (run >= WARM_UP) {
      readTimes.push(readMs);
      categorizeTimes.push(categorizeMs);
      coldTimes.push(coldMs);
      packTimes.push(packMs);
    }
  }
  const ms = (x: number): string => `${x.toFixed(0).padStart(4)} ms`;
  console.log(
    `${name.padEnd(11)} readStatement ${ms(median(readTimes))}   categorize ${ms(median(categorizeTimes))}` +
      `   (cold cache ${ms(median(coldTimes))})   pack months ${ms(median(packTimes))}`,
  );
}

console.log(`${rowCount} rows, median of ${RUNS} warm runs`);
measure('distinct', generateDistinctStatement(rowCount));
measure('repetitive', generateStatement(rowCount));
