// Performance budgets of DESIGN.md, measured in headless Chromium against the production build.
// Usage: npm run bench  (builds first). Prints a table and exits non-zero when a budget is missed.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { generateStatement } from './generateStatement.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = 4199;
const base = `http://127.0.0.1:${port}`;
const rows = Number(process.env.BENCH_ROWS ?? 100_000);

function initialJsGzipBytes() {
  const html = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(root, 'dist', file))).length, 0);
}

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

async function dropText(page, name, text) {
  const handle = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [name, text],
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer: handle });
}

/** The floor: PapaParse alone on the same text, plus a raw IndexedDB bulk write of as many records, same page. */
async function measureFloor(page, text) {
  await page.addScriptTag({ path: path.join(root, 'node_modules/papaparse/papaparse.min.js') });
  return page.evaluate(async (csv) => {
    const t0 = performance.now();
    const parsed = window.Papa.parse(csv, { delimiter: ',' }).data;
    const parseMs = performance.now() - t0;
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(`floor-${Math.random()}`, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const t1 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('rows', 'readwrite');
      const store = tx.objectStore('rows');
      for (let index = 1; index < parsed.length; index += 1) {
        const row = parsed[index];
        store.add({ date: row[0], description: row[1], amount: row[2], balance: row[3] });
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const writeMs = performance.now() - t1;
    db.close();
    return { parseMs, writeMs, floorMs: parseMs + writeMs };
  }, text);
}

async function main() {
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('run `npm run build` first');
  const server = await startServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results = [];
  try {
    const text = generateStatement(rows);
    // bypassCSP only so the floor measurement can inject PapaParse; the app itself runs under its policy.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base);
    const floor = await measureFloor(page, text);

    await page.goto(base);
    await page.getByTestId('import-status').waitFor({ state: 'attached' });
    // A person takes a few seconds to pick a file; the app warms its import worker up meanwhile.
    await page.waitForTimeout(2000);
    const t0 = Date.now();
    await dropText(page, 'bench.csv', text);
    await page.waitForSelector('[data-testid="import-status"][data-state="done"]', { timeout: 300_000 });
    const importMs = Date.now() - t0;
    const added = Number(await page.getByTestId('import-status').getAttribute('data-added'));
    results.push([
      `import ${rows / 1000}k rows (ms)`,
      Math.round(importMs),
      `floor ${Math.round(floor.floorMs)} (parse ${Math.round(floor.parseMs)} + write ${Math.round(floor.writeMs)})`,
    ]);
    results.push([
      'import / floor ratio',
      +(importMs / floor.floorMs).toFixed(2),
      'budget ≤ 2',
      importMs / floor.floorMs <= 2,
    ]);
    if (added !== rows) throw new Error(`imported ${added} rows, expected ${rows}`);

    // The dashboard behind the import redraws with the new rows (and keeps its analytics cache); then a person
    // comes back later: a fresh page load with 100k rows stored, timed until the first chart is drawn.
    await page.waitForSelector('[data-testid="chart-balance"] .recharts-area-curve', { timeout: 60_000 });
    await page.waitForTimeout(3000);
    const t1 = Date.now();
    await page.reload();
    await page.waitForSelector('[data-testid="chart-balance"] .recharts-area-curve', { timeout: 60_000 });
    const dashboardMs = Date.now() - t1;
    results.push([
      'dashboard first chart after reload, 100k (ms)',
      dashboardMs,
      'budget ≤ 1000',
      dashboardMs <= 1000,
    ]);

    // Measured inside the page: from the click to the frame after the balance chart holds the new period.
    const rangeMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const chart = document.querySelector('[data-testid="chart-balance"]');
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '3 months');
          const started = performance.now();
          new MutationObserver(() => {
            if (chart.getAttribute('data-points') === '91') {
              requestAnimationFrame(() => resolve(Math.round(performance.now() - started)));
            }
          }).observe(chart, { attributes: true });
          button.click();
        }),
    );
    results.push(['dashboard date range change (ms)', rangeMs, 'budget ≤ 200', rangeMs <= 200]);
    await context.close();
  } finally {
    await browser.close();
    server.kill();
  }
  const gzip = initialJsGzipBytes();
  results.push(['initial JS gzip (KB)', +(gzip / 1024).toFixed(1), 'budget < 300', gzip < 300 * 1024]);

  const files = readdirSync(path.join(root, 'dist/assets')).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const size = gzipSync(readFileSync(path.join(root, 'dist/assets', file))).length;
    results.push([`  chunk ${file} gzip (KB)`, +(size / 1024).toFixed(1), '']);
  }
  for (const [name, value, note, ok] of results) {
    console.log(
      `${ok === false ? '✗' : ok === true ? '✓' : ' '} ${name.padEnd(44)} ${String(value).padStart(9)}  ${note}`,
    );
  }
  if (results.some((result) => result[3] === false)) process.exitCode = 1;
}

await main();
