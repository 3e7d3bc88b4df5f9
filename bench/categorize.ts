/**
 * Merchant cleaning and categorization benchmark: accuracy on the labelled set (cold start and after
 * simulated corrections) and the time to categorize 100,000 transactions.
 * Run: npx tsx bench/categorize.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildKnowledge, categorize, type BrandsJson } from '../src/core/merchant/index';
import {
  evaluateAfterCorrections,
  evaluateColdStart,
  type LabelledExample,
} from '../src/core/merchant/eval/evaluate';

const root = new URL('../src/core/merchant/', import.meta.url);
const brandsText = readFileSync(new URL('data/brands.json', root), 'utf8');
const examples = JSON.parse(readFileSync(new URL('eval/labelled.json', root), 'utf8')) as LabelledExample[];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

let t0 = performance.now();
const knowledge = buildKnowledge(JSON.parse(brandsText) as BrandsJson);
const buildMs = performance.now() - t0;
console.log(
  `dictionary: ${knowledge.size} entries, brands.json ${brandsText.length} B raw, ` +
    `${gzipSync(brandsText).length} B gzip; index built in ${buildMs.toFixed(0)} ms`,
);

const cold = evaluateColdStart(examples, knowledge);
console.log(
  `cold start (${cold.total}): merchant ${pct(cold.merchantAccuracy)}, category ${pct(cold.categoryAccuracy)}, ` +
    `coverage ${pct(cold.coverage)}, precision ${pct(cold.precision)}`,
);
const after = evaluateAfterCorrections(examples, knowledge);
console.log(
  `after corrections (${after.total} later occurrences): merchant ${pct(after.merchantAccuracy)}, ` +
    `category ${pct(after.categoryAccuracy)}, coverage ${pct(after.coverage)}, precision ${pct(after.precision)}`,
);

const sources = new Map<string, number>();
for (const ex of examples) {
  const s = categorize(ex, { rules: [], learned: new Map(), knowledge }).source;
  sources.set(s, (sources.get(s) ?? 0) + 1);
}
console.log('sources at cold start:', Object.fromEntries(sources));

if (process.argv.includes('--misses')) {
  for (const { example, got } of cold.misses) {
    console.log(
      `  ${example.description.slice(0, 90)}\n    want ${example.merchant} / ${example.category}, got ${got.merchant} / ${got.category} (${got.source})`,
    );
  }
}

// Speed: 100,000 transactions with varied descriptors (digits and references rewritten per row).
const N = 100_000;
const rows = Array.from({ length: N }, (_, i) => {
  const ex = examples[i % examples.length]!;
  return {
    description: ex.description.replace(/\d/g, (d) => String((Number(d) + i) % 10)),
    amount: ex.amount,
  };
});
t0 = performance.now();
let uncategorized = 0;
for (const row of rows) {
  if (categorize(row, { rules: [], learned: new Map(), knowledge }).category === 'uncategorized')
    uncategorized++;
}
const ms = performance.now() - t0;
console.log(
  `speed: ${N} transactions in ${ms.toFixed(0)} ms (${((ms * 1000) / N).toFixed(1)} µs each), ${uncategorized} uncategorized`,
);
