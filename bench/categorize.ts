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

const report = (label: string, set: LabelledExample[]): ReturnType<typeof evaluateColdStart> => {
  const cold = evaluateColdStart(set, knowledge);
  const after = evaluateAfterCorrections(set, knowledge);
  console.log(
    `${label} cold start (${cold.total}): merchant ${pct(cold.merchantAccuracy)}, category ${pct(cold.categoryAccuracy)}, ` +
      `coverage ${pct(cold.coverage)}, precision ${pct(cold.precision)}`,
  );
  console.log(
    `${label} after corrections (${after.total} later occurrences): merchant ${pct(after.merchantAccuracy)}, ` +
      `category ${pct(after.categoryAccuracy)}, coverage ${pct(after.coverage)}, precision ${pct(after.precision)}`,
  );
  return cold;
};
const cold = report('all', examples);
// "holdout" examples were written after the cleaner and knowledge were tuned on the rest, and never tuned on.
report(
  'dev',
  examples.filter((e) => e.split !== 'holdout'),
);
report(
  'holdout',
  examples.filter((e) => e.split === 'holdout'),
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
const ctx = { rules: [], learned: new Map(), knowledge };
for (const row of rows.slice(0, 5000)) categorize(row, ctx); // warm-up
const runs: number[] = [];
let uncategorized = 0;
for (let run = 0; run < 3; run++) {
  uncategorized = 0;
  t0 = performance.now();
  for (const row of rows) if (categorize(row, ctx).category === 'uncategorized') uncategorized++;
  runs.push(performance.now() - t0);
}
const ms = [...runs].sort((a, b) => a - b)[1] ?? 0;
console.log(
  `speed: ${N} transactions in ${ms.toFixed(0)} ms median of 3 (${runs.map((r) => r.toFixed(0)).join(', ')}; ` +
    `${((ms * 1000) / N).toFixed(1)} µs each), ${uncategorized} uncategorized`,
);
