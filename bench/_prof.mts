import { readStatement } from '../src/core/import';
import { parseTableWithPapa } from '../src/worker/parseTable';
import { generateDistinctStatement } from './generateStatement.mjs';
const text = generateDistinctStatement(100000);
const bytes = new TextEncoder().encode(text);
for (let i = 0; i < 12; i++) {
  const t = performance.now();
  const r = readStatement(bytes, parseTableWithPapa, { knownProfiles: [], locale: 'en-US' });
  console.log(r.rows.length, Math.round(performance.now() - t));
}
