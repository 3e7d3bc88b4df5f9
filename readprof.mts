import { readStatement } from '/work/main/src/core/import';
import { parseTableWithPapa } from '/work/main/src/worker/parseTable';
import { generateDistinctStatement } from '/work/main/bench/generateStatement.mjs';
import Papa from 'papaparse';
const text = generateDistinctStatement(100000);
const bytes = new TextEncoder().encode(text);
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  Papa.parse(text);
  const papa = performance.now() - t;
  t = performance.now();
  const r = readStatement(bytes, parseTableWithPapa, { knownProfiles: [], locale: 'en-US' });
  console.log('papa', papa.toFixed(0), 'read', (performance.now() - t).toFixed(0), r.rows.length);
}
