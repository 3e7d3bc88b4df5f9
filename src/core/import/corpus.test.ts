/// <reference types="node" />
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readStatement } from './readStatement';
import type { StatementReading } from './types';

/**
 * Runs readStatement on every fixture in fixtures/{banks,shapes}/<bank_id>/<name>.csv and compares it with the sibling
 * <name>.expected.json written by the corpus author.
 */
interface ExpectedRow {
  date: string;
  amount: number;
  balance?: number | null;
  descriptionIncludes?: string;
  pending?: boolean;
  valueDate?: string;
  /** The bank's own category label; "" means the row must carry none. */
  bankCategory?: string;
}
interface Expected {
  bank: string;
  id: string;
  description?: string;
  expect: {
    needsReview?: boolean;
    reviewReasons?: string[];
    currency?: string;
    accountNumberEndsWith?: string;
    errors?: number;
    fatal?: string;
    /** How the file must say it was read (subset of ReadingSummary). */
    summary?: { dateOrderSource?: string; signSource?: string; balanceLines?: number; summaryLines?: number };
    rows?: ExpectedRow[];
  };
}

/** Fixtures known to fail, with the reason. Keys: "<banks|shapes>/<bank_id>/<name>.csv". */
const SKIP: Record<string, string> = {};

const here = dirname(fileURLToPath(import.meta.url));
/** Generated bank layouts (make-import-fixtures.mjs) and hand-written files in the shapes of real exports. */
const ROOTS = ['banks', 'shapes'];
const root = join(here, 'fixtures');
const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

function fixtures(): string[] {
  const out: string[] = [];
  for (const folder of ROOTS) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    for (const bank of readdirSync(base, { withFileTypes: true })) {
      if (!bank.isDirectory()) continue;
      for (const f of readdirSync(join(base, bank.name))) {
        if (
          f.toLowerCase().endsWith('.csv') &&
          existsSync(join(base, bank.name, f.replace(/\.csv$/i, '.expected.json')))
        ) {
          out.push(`${folder}/${bank.name}/${f}`);
        }
      }
    }
  }
  return out.sort();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Compares a reading with the expectation; returns the list of differences (empty when it matches). */
function compareWithExpected(reading: StatementReading, expected: Expected['expect']): string[] {
  const diffs: string[] = [];
  if (expected.fatal !== undefined) {
    if (reading.fatal?.code !== expected.fatal)
      diffs.push(`fatal: got ${reading.fatal?.code} want ${expected.fatal}`);
    return diffs;
  }
  if (reading.fatal) diffs.push(`unexpected fatal ${reading.fatal.code}`);
  if (expected.needsReview !== undefined && reading.needsReview !== expected.needsReview) {
    diffs.push(
      `needsReview: got ${reading.needsReview} (${reading.reviewReasons.join(',')}) want ${expected.needsReview}`,
    );
  }
  for (const reason of expected.reviewReasons ?? []) {
    if (!reading.reviewReasons.includes(reason)) diffs.push(`missing review reason ${reason}`);
  }
  if (expected.currency !== undefined && reading.currency !== expected.currency) {
    diffs.push(`currency: got ${reading.currency} want ${expected.currency}`);
  }
  if (expected.accountNumberEndsWith !== undefined) {
    const n = (reading.account?.number ?? '').replace(/\s/g, '');
    if (!n.endsWith(expected.accountNumberEndsWith))
      diffs.push(`account: got ${n} want …${expected.accountNumberEndsWith}`);
  }
  if (expected.errors !== undefined && reading.errors.length !== expected.errors) {
    diffs.push(
      `errors: got ${reading.errors.length} ${JSON.stringify(reading.errors.slice(0, 3))} want ${expected.errors}`,
    );
  }
  const summary = expected.summary;
  if (summary) {
    const got = reading.summary;
    if (summary.dateOrderSource !== undefined && got.dateOrder.source !== summary.dateOrderSource)
      diffs.push(`date order decided by ${got.dateOrder.source}, want ${summary.dateOrderSource}`);
    if (summary.signSource !== undefined && got.sign.source !== summary.signSource)
      diffs.push(`sign decided by ${got.sign.source}, want ${summary.signSource}`);
    if (summary.balanceLines !== undefined && got.skipped.balanceLines !== summary.balanceLines)
      diffs.push(`balance lines skipped: got ${got.skipped.balanceLines} want ${summary.balanceLines}`);
    if (summary.summaryLines !== undefined && got.skipped.summaryLines !== summary.summaryLines)
      diffs.push(`summary lines skipped: got ${got.skipped.summaryLines} want ${summary.summaryLines}`);
  }
  const rows = expected.rows;
  if (rows) {
    if (reading.rows.length !== rows.length)
      diffs.push(`rows: got ${reading.rows.length} want ${rows.length}`);
    const n = Math.min(rows.length, reading.rows.length);
    for (let i = 0; i < n && diffs.length < 12; i++) {
      const want = rows[i]!;
      const got = reading.rows[i]!;
      const at = `row ${i} (line ${got.line})`;
      if (got.date !== want.date) diffs.push(`${at} date: got ${got.date} want ${want.date}`);
      if (got.amount !== want.amount) diffs.push(`${at} amount: got ${got.amount} want ${want.amount}`);
      if (want.balance !== undefined && got.balance !== want.balance) {
        diffs.push(`${at} balance: got ${got.balance} want ${want.balance}`);
      }
      if (
        want.descriptionIncludes !== undefined &&
        !squash(got.description).includes(squash(want.descriptionIncludes))
      ) {
        diffs.push(`${at} description: "${got.description}" lacks "${want.descriptionIncludes}"`);
      }
      if (!!got.pending !== !!want.pending)
        diffs.push(`${at} pending: got ${!!got.pending} want ${!!want.pending}`);
      if (want.bankCategory !== undefined && (got.bankCategory ?? '') !== want.bankCategory) {
        diffs.push(`${at} bankCategory: got "${got.bankCategory ?? ''}" want "${want.bankCategory}"`);
      }
      if (want.valueDate !== undefined && got.valueDate !== want.valueDate) {
        diffs.push(`${at} valueDate: got ${got.valueDate} want ${want.valueDate}`);
      }
    }
  }
  return diffs;
}

describe('bank fixture corpus', () => {
  const list = fixtures();
  let passed = 0;
  let review = 0;
  afterAll(() => {
    console.info(
      `corpus: ${passed}/${list.length - Object.keys(SKIP).length} fixtures match, ${review} need review`,
    );
  });
  it('finds the corpus (a moved or renamed fixtures folder must not pass silently)', () => {
    for (const folder of ROOTS)
      expect(list.filter((f) => f.startsWith(`${folder}/`)).length).toBeGreaterThan(20);
  });
  for (const rel of list) {
    const run = SKIP[rel] ? it.skip : it;
    run(rel, () => {
      const bytes = new Uint8Array(readFileSync(join(root, rel)));
      const expected = JSON.parse(
        readFileSync(join(root, rel.replace(/\.csv$/i, '.expected.json')), 'utf8'),
      ) as Expected;
      const reading = readStatement(bytes, parseTable);
      if (reading.needsReview) review++;
      expect(compareWithExpected(reading, expected.expect)).toEqual([]);
      passed++;
    });
  }
});
