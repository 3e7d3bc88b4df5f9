/**
 * Measures the reader on ../shared/real-exports (real bank exports collected by others; not in a fresh clone).
 * Each file goes through the same reader the app uses (core readStatement with PapaParse, no saved profile) and
 * is compared with the manifest's `expected` rows as a multiset. Usage: npm run measure:real-exports [-- -v]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStatement } from '../src/core/import';
import type { StatementReading } from '../src/core/import';
import { parseTableWithPapa } from '../src/worker/parseTable';

interface ExpectedRow {
  date: string;
  amountCents: number;
  date2?: string;
}
interface Entry {
  file: string;
  expected: {
    transactions: ExpectedRow[];
    optional?: (ExpectedRow & { why?: string })[];
    altDates?: string[];
  };
}
interface Stored {
  date: string;
  valueDate?: string;
  amount: number;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** ../shared/real-exports beside the checkout (a worktree sits one level deeper), or $REAL_EXPORTS. */
const root =
  process.env.REAL_EXPORTS ??
  [join(repo, '..', 'shared', 'real-exports'), join(repo, '..', '..', 'shared', 'real-exports')].find((dir) =>
    existsSync(join(dir, 'manifest.json')),
  ) ??
  join(repo, '..', 'shared', 'real-exports');
const manifestPath = join(root, 'manifest.json');
const verbose = process.argv.includes('-v');

/** Rows a reading would store, compared with the expected ones: what is missing and what is extra. */
function compare(rows: readonly Stored[], entry: Entry, useAltDates: boolean) {
  const left = rows.map((r) => r);
  const missing: ExpectedRow[] = [];
  const alt = useAltDates ? entry.expected.altDates : undefined;
  const take = (want: ExpectedRow, dates: string[]): boolean => {
    const at = left.findIndex((r) => r.amount === want.amountCents && dates.includes(r.date));
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  };
  entry.expected.transactions.forEach((want, index) => {
    const dates = alt ? [alt[index] ?? want.date] : [want.date, ...(want.date2 ? [want.date2] : [])];
    if (!take(want, dates)) missing.push(want);
  });
  for (const opt of entry.expected.optional ?? []) take(opt, [opt.date, ...(opt.date2 ? [opt.date2] : [])]);
  return { missing, extra: left };
}

function verdict(reading: StatementReading): 'refused' | 'asked' | 'read' {
  if (reading.fatal || reading.rows.length === 0) return 'refused';
  return reading.needsReview ? 'asked' : 'read';
}

function main(): void {
  if (!existsSync(manifestPath)) {
    console.log(`No real exports at ${manifestPath}: nothing to measure.`);
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Entry[];
  const totals = { readExact: 0, readWrong: 0, askedExact: 0, askedWrong: 0, refused: 0 };
  for (const entry of manifest) {
    const bytes = new Uint8Array(readFileSync(join(root, entry.file)));
    // As the app reads: dates without a year in a file that gives none are the year up to today.
    const reading = readStatement(bytes, parseTableWithPapa, {
      today: new Date().toISOString().slice(0, 10),
    });
    const state = verdict(reading);
    const name = entry.file.replace(/^files\//, '').padEnd(28);
    if (state === 'refused') {
      totals.refused++;
      console.log(`${name} REFUSED   ${reading.fatal?.message ?? 'no rows'}`);
      continue;
    }
    const direct = compare(reading.rows, entry, false);
    const swapped = entry.expected.altDates ? compare(reading.rows, entry, true) : direct;
    const best =
      swapped.missing.length + swapped.extra.length < direct.missing.length + direct.extra.length
        ? swapped
        : direct;
    const exact = best.missing.length === 0 && best.extra.length === 0;
    if (state === 'read') totals[exact ? 'readExact' : 'readWrong']++;
    else totals[exact ? 'askedExact' : 'askedWrong']++;
    const how = state === 'read' ? 'read     ' : `asked(${reading.reviewReasons.join(',')})`;
    const diff = exact
      ? 'exact'
      : `missing ${best.missing.map((r) => `${r.date} ${r.amountCents}`).join(', ') || '-'}; extra ${
          best.extra.map((r) => `${r.date} ${r.amount}`).join(', ') || '-'
        }`;
    console.log(`${name} ${how.padEnd(10)} ${reading.rows.length} rows, ${diff}`);
    if (verbose && reading.summary) console.log(`  ${JSON.stringify(reading.summary)}`);
  }
  console.log(
    `\n${manifest.length} files: ${totals.readExact} read exactly with no question, ${totals.readWrong} read wrong ` +
      `without asking, ${totals.askedExact} asked (rows right), ${totals.askedWrong} asked (rows wrong), ` +
      `${totals.refused} refused.`,
  );
}

main();
