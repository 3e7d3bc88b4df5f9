/**
 * Merchant cleaning and categorization benchmark, on both labelled sets (eval/labelled.json, written from the
 * fixtures' facts, and eval/shapes.json, written in the shapes of real bank exports): accuracy at cold start
 * overall, per bank shape and on the held-out rows, after simulated corrections, and the time to categorize
 * 100,000 nearly distinct descriptors. Each example is categorized with the brand packs an import of its
 * country would load (every pack when its country is unknown).
 * Run: npx tsx bench/categorize.ts [--misses] [--banks]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  buildKnowledge,
  categorize,
  countriesOfStatement,
  mergePacks,
  packsFor,
  type BrandsJson,
  type MerchantKnowledge,
} from '../src/core/merchant/index';
import {
  countryOfExample,
  evaluateAfterCorrections,
  evaluateByBank,
  evaluateColdStart,
  type LabelledExample,
} from '../src/core/merchant/eval/evaluate';

const root = new URL('../src/core/merchant/', import.meta.url);
const packDir = new URL('data/brands/', root);
const packText = new Map(
  readdirSync(packDir).map((f) => [f.replace(/\.json$/, ''), readFileSync(new URL(f, packDir), 'utf8')]),
);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const sizes = [...packText.values()].map((t) => t.length);
console.log(
  `brand packs: ${packText.size}, ${sizes.reduce((a, b) => a + b, 0)} B raw in all, largest ${Math.max(...sizes)} B ` +
    `(${gzipSync(packText.get('us') ?? '').length} B gzip for us)`,
);

const knowledgeByPacks = new Map<string, MerchantKnowledge>();
function knowledgeFor(country: string | undefined): MerchantKnowledge {
  const countries = countriesOfStatement(
    country ? { accounts: [`${country.toUpperCase()}00X0000000000`] } : {},
  );
  const ids = packsFor(countries);
  const key = ids.join(' ');
  let k = knowledgeByPacks.get(key);
  if (!k) {
    const packs = ids.map((id) => JSON.parse(packText.get(id) ?? '{"v":1,"c":{}}') as BrandsJson);
    k = buildKnowledge(mergePacks(packs), undefined, countries);
    knowledgeByPacks.set(key, k);
  }
  return k;
}
let t0 = performance.now();
const all = knowledgeFor(undefined);
console.log(`every pack: ${all.size} entries, index built in ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
const fr = knowledgeFor('fr');
console.log(`France's packs: ${fr.size} entries, index built in ${(performance.now() - t0).toFixed(0)} ms`);
const perExample = (ex: LabelledExample): MerchantKnowledge => knowledgeFor(countryOfExample(ex));

const load = (file: string): LabelledExample[] =>
  JSON.parse(readFileSync(new URL(`eval/${file}`, root), 'utf8')) as LabelledExample[];
const sets: [string, LabelledExample[]][] = [
  ['labelled', load('labelled.json')],
  ['shapes', load('shapes.json')],
];

for (const [name, examples] of sets) {
  console.log(
    `\n== ${name}.json (${examples.length} rows, ${new Set(examples.map((e) => e.bank)).size} bank shapes)`,
  );
  const line = (label: string, set: LabelledExample[]): void => {
    if (set.length === 0) return;
    const cold = evaluateColdStart(set, perExample);
    console.log(
      `${label} cold start (${cold.total}): category ${pct(cold.categoryAccuracy)}, merchant ${pct(cold.merchantAccuracy)}, ` +
        `coverage ${pct(cold.coverage)}, precision ${pct(cold.precision)}`,
    );
  };
  line('all', examples);
  // 'holdout' rows were written after tuning on the rest; 'holdout2' after every change, and measured once.
  line(
    'dev',
    examples.filter((e) => !e.split?.startsWith('holdout')),
  );
  for (const split of ['holdout', 'holdout2'])
    line(
      split,
      examples.filter((e) => e.split === split),
    );
  const after = evaluateAfterCorrections(examples, perExample);
  console.log(
    `after corrections (${after.total} later occurrences): category ${pct(after.categoryAccuracy)}, ` +
      `merchant ${pct(after.merchantAccuracy)}`,
  );
  const banks = [...evaluateByBank(examples, perExample)].sort(
    (a, b) => a[1].categoryAccuracy - b[1].categoryAccuracy,
  );
  const worst = banks[0];
  if (worst) console.log(`lowest bank shape: ${worst[0]} category ${pct(worst[1].categoryAccuracy)}`);
  console.log(
    'per bank shape (category / merchant):\n' +
      banks
        .map(
          ([bank, f]) =>
            `  ${bank.padEnd(16)} ${String(f.total).padStart(4)}  ${pct(f.categoryAccuracy).padStart(6)} / ${pct(f.merchantAccuracy).padStart(6)}`,
        )
        .join('\n'),
  );
  const sources = new Map<string, number>();
  for (const ex of examples) {
    const s = categorize(ex, { rules: [], learned: new Map(), knowledge: perExample(ex) }).source;
    sources.set(s, (sources.get(s) ?? 0) + 1);
  }
  console.log('sources at cold start:', Object.fromEntries(sources));
  if (process.argv.includes('--misses')) {
    for (const { example, got } of evaluateColdStart(examples, perExample).misses) {
      console.log(
        `  [${example.bank}] ${example.description.slice(0, 110)}${example.bankCategory ? ` {${example.bankCategory}}` : ''}\n` +
          `    want ${example.merchant} / ${example.category}, got ${got.merchant} / ${got.category} (${got.source})`,
      );
    }
  }
}

// Speed: 100,000 nearly distinct descriptors (every digit drawn anew per row, as store numbers, dates and card
// references make them), with the knowledge of every pack.
const examples = sets.flatMap(([, set]) => set);
let seed = 7;
const digit = (): string => String((seed = (seed * 48271) % 2147483647) % 10);
const N = 100_000;
const rows = Array.from({ length: N }, (_, i) => {
  const ex = examples[i % examples.length]!;
  return {
    description: ex.description.replace(/\d/g, digit),
    amount: ex.amount,
    bankCategory: ex.bankCategory,
  };
});
console.log(`\nspeed: ${new Set(rows.map((r) => r.description)).size} distinct descriptors among ${N}`);
// Wall time suffers when other processes share the cores: CPU time (user + system) is reported beside it.
const runs: { wall: number; cpu: number }[] = [];
let uncategorized = 0;
for (let run = 0; run < 3; run++) {
  // A fresh context and knowledge object each run: the first-time cost of every descriptor shape is counted.
  const knowledge = buildKnowledge(
    mergePacks([...packText.values()].map((t) => JSON.parse(t) as BrandsJson)),
  );
  const ctx = { rules: [], learned: new Map(), knowledge };
  uncategorized = 0;
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  for (const row of rows) if (categorize(row, ctx).category === 'uncategorized') uncategorized++;
  const cpu = process.cpuUsage(cpu0);
  runs.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1] ?? 0;
const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));
console.log(
  `speed: ${N} transactions in ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, median of 3 ` +
    `(${runs.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(', ')}; ${((cpu * 1000) / N).toFixed(1)} µs CPU each), ` +
    `${uncategorized} uncategorized`,
);
