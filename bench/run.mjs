// Performance budgets of DESIGN.md and issue 7, measured in headless Chromium against the production build.
// Usage: npm run bench  (builds first). BENCH_SIZES=10000,100000,1000000 picks the import sizes; BENCH_PORT the port.
// Prints a table and exits non-zero when a budget is missed. Absolute times vary 10× between machines, so the
// import is judged against a floor measured in the same run: the same file read and parsed by PapaParse plus a raw
// IndexedDB write of the same rows in 1,000-row records. The 100k ratio is the median of five runs, each with its
// own floor and a fresh profile.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { generateDistinctStatement, generateStatement } from './generateStatement.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 4199);
const base = `http://127.0.0.1:${port}`;
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const results = [];
const record = (name, value, note = '', ok = undefined) => {
  results.push([name, value, note, ok]);
  console.log(
    `${ok === false ? '✗' : ok === true ? '✓' : ' '} ${name.padEnd(52)} ${String(value).padStart(9)}  ${note}`,
  );
};

function initialJsGzipBytes() {
  const html = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(root, 'dist', file))).length, 0);
}

function stopServer(server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill();
  }
}

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
      // Its own process group: stopping it stops vite preview too, not only the npx wrapper.
      detached: true,
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
  stopServer(server);
  throw new Error('preview server did not start');
}

const statementFile = path.join(root, 'dist', 'bench-statement.csv');

/** A fresh browser profile on disk (IndexedDB persisted as on a person's machine). */
async function freshProfile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kept-bench-'));
  const { executablePath } = chromiumLaunchOptions();
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    // bypassCSP only so the floor measurement can inject PapaParse; the app itself runs under its policy.
    bypassCSP: true,
    // The statement is a file the preview server serves (a 100 MB argument would not fit through the protocol);
    // no service worker, so it is fetched as it is now.
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The floor: the same file read as text and parsed by PapaParse, plus a raw IndexedDB write of the rows in
 * 1,000-row records. Its clock starts where the import's does, with the file in hand as a `File` (built as the
 * dropped one is): reading and decoding its bytes is work any import of a dropped file does.
 */
async function measureFloor(page) {
  await page.addScriptTag({ path: path.join(root, 'node_modules/papaparse/papaparse.min.js') });
  return page.evaluate(async () => {
    const blob = await (await fetch('/bench-statement.csv')).blob();
    const file = new File([blob], 'floor.csv', { type: 'text/csv' });
    const t0 = performance.now();
    const csv = await file.text();
    const readMs = performance.now() - t0;
    const parsed = window.Papa.parse(csv).data;
    const parseMs = performance.now() - t0 - readMs;
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
      for (let start = 1; start < parsed.length; start += 1000) {
        const rows = parsed
          .slice(start, start + 1000)
          .map((row) => ({ date: row[1], description: row[2], amount: row[3], balance: row[5] }));
        store.add(rows);
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const writeMs = performance.now() - t1;
    db.close();
    return { readMs, parseMs, writeMs, floorMs: readMs + parseMs + writeMs };
  });
}

/** A DataTransfer holding the file, built in the page before the clock starts (sending the text takes a while). */
function fileTransfer(page, name) {
  return page.evaluateHandle(async (fileName) => {
    const blob = await (await fetch('/bench-statement.csv')).blob();
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], fileName, { type: 'text/csv' }));
    return transfer;
  }, name);
}

/**
 * Drops the statement and waits for "done"; returns the time until the page painted it (timed in the page: the
 * test driver's own polling lags behind when the page is busy), the rows added and the longest main-thread task.
 */
async function importStatement(page, name) {
  await page.goto(base);
  await page.getByTestId('import-status').waitFor({ state: 'attached' });
  // A person takes a few seconds to pick a file; the app warms its import worker up meanwhile.
  await page.waitForTimeout(2500);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
  });
  const handle = await fileTransfer(page, name);
  // The file hovers over the page first; the clock starts when it is dropped (in the page: the test driver's
  // own round trips are not the app's time).
  for (const type of ['dragenter', 'dragover'])
    await page.dispatchEvent('main', type, { dataTransfer: handle });
  const shown = page.evaluate(
    (dataTransfer) =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') !== 'done')
            return;
          observer.disconnect();
          // Painted at the next frame.
          requestAnimationFrame(() => {
            window.__doneAt = performance.now();
            resolve(window.__doneAt - started);
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const started = performance.now();
        document
          .querySelector('main')
          .dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
      }),
    handle,
  );
  const [shownMs] = await Promise.all([
    shown,
    page.waitForSelector('[data-testid="import-status"][data-state="done"]', { timeout: 600_000 }),
  ]);
  const ms = Math.round(shownMs);
  await handle.dispose();
  const added = Number(await page.getByTestId('import-status').getAttribute('data-added'));
  // Also the tasks that start after the result painted (the dashboard redrawn with the new rows) and end before
  // this read: the page is not free any sooner.
  const [longestTask, longestBeforeDone] = await page.evaluate(() => [
    Math.max(0, ...window.__longTasks.map(([, duration]) => duration)),
    Math.max(
      0,
      ...window.__longTasks.filter(([start]) => start < window.__doneAt).map(([, duration]) => duration),
    ),
  ]);
  return {
    ms,
    added,
    longestTask: Math.round(longestTask),
    longestBeforeDone: Math.round(longestBeforeDone),
  };
}

const firstChart = '[data-testid="chart-balance"] .recharts-area-curve';

async function reloadToFirstChart(page) {
  const started = Date.now();
  await page.reload();
  await page.waitForSelector(firstChart, { timeout: 60_000 });
  return Date.now() - started;
}

/** Runs `act` in the page and resolves with the ms until `done()` holds, checked on every DOM change and frame. */
function timeInPage(page, act, done) {
  return page.evaluate(
    ([actSource, doneSource]) =>
      new Promise((resolve) => {
        const isDone = new Function(`return (${doneSource})()`);
        const started = performance.now();
        const check = () => {
          if (isDone()) {
            observer.disconnect();
            resolve(Math.round(performance.now() - started));
            return true;
          }
          return false;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        new Function(`return (${actSource})()`)();
        const poll = () => check() || requestAnimationFrame(poll);
        requestAnimationFrame(poll);
      }),
    [act.toString(), done.toString()],
  );
}

/**
 * The floor, then the import, in a fresh profile. The floor runs in its own page of another site (localhost, not
 * 127.0.0.1), so in a renderer process of its own: pages of one site share a process and its JS heap, where the
 * floor's parsed rows would still be garbage while the app imports, and sometimes still counted in the heap
 * measured afterwards.
 */
async function floorThenImport(rows, label) {
  const profile = await freshProfile();
  try {
    const floorPage = await profile.page.context().newPage();
    await floorPage.goto(base.replace('127.0.0.1', 'localhost'));
    const floor = await measureFloor(floorPage);
    await floorPage.close();
    const result = await importStatement(profile.page, `${label}.csv`);
    if (result.added !== rows) throw new Error(`imported ${result.added} rows, expected ${rows}`);
    return { floor, result, ratio: result.ms / floor.floorMs, profile };
  } catch (error) {
    await profile.close();
    throw error;
  }
}

/**
 * Runs of the budgeted 100k import. One run's ratio moves by ±20%, mostly with its floor (147–252 ms in one build,
 * one run to the next); the median of three still crossed the budget in one bench of two, the median of five less.
 */
const RATIO_RUNS = 5;

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchSize(rows, makeText, label, full) {
  console.log(`… ${rows} rows, ${label}`);
  writeFileSync(statementFile, makeText(rows));
  const budgeted = rows >= 100_000 && rows < 1_000_000;
  const runs = [];
  for (let run = 0; run < (budgeted ? RATIO_RUNS : 1); run += 1) {
    if (runs.length > 0) await runs[runs.length - 1].profile.close();
    runs.push(await floorThenImport(rows, label));
  }
  // The median run by ratio; the later measurements use its profile's stored rows (any run's would do).
  const run = runs.find(({ ratio }) => ratio === middle(runs.map((r) => r.ratio)));
  const last = runs[runs.length - 1];
  const { page, close } = last.profile;
  try {
    const { floor, result, ratio } = run;
    const k = `${rows / 1000}k`;
    const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
    record(
      `import ${k} ${label} (ms)`,
      result.ms,
      `floor ${Math.round(floor.floorMs)} (read ${Math.round(floor.readMs)} + parse ${Math.round(floor.parseMs)} + write ${Math.round(floor.writeMs)})` +
        (runs.length > 1
          ? `; median of ${runs.length} runs: ${range(runs.map((r) => r.result.ms))} ms, floors ${range(runs.map((r) => r.floor.floorMs))}`
          : ''),
    );
    if (budgeted)
      record(
        `import ${k} ${label} / floor`,
        +ratio.toFixed(2),
        `budget ≤ 3; runs ${runs.map((r) => r.ratio.toFixed(2)).join(', ')}; against parse + write alone ` +
          middle(runs.map((r) => r.result.ms / (r.floor.parseMs + r.floor.writeMs))).toFixed(2),
        ratio <= 3,
      );
    else record(`import ${k} ${label} / floor`, +ratio.toFixed(2), '');
    record(
      `longest main-thread task, import ${k} (ms)`,
      result.longestTask,
      `${rows >= 1_000_000 ? 'budget ≤ 200; ' : ''}until the result painted: ${result.longestBeforeDone}`,
      rows >= 1_000_000 ? result.longestTask <= 200 : undefined,
    );
    if (rows >= 1_000_000) {
      record(`import ${k} (ms)`, result.ms, 'budget ≤ 15000', result.ms <= 15_000);
      await page.waitForSelector(firstChart, { timeout: 120_000 });
      const heap = await page.evaluate(async () => {
        window.gc?.();
        await new Promise((resolve) => setTimeout(resolve, 500));
        return performance.memory.usedJSHeapSize;
      });
      record(
        `JS heap after importing ${k} (MB)`,
        Math.round(heap / 2 ** 20),
        'budget ≤ 400',
        heap <= 400 * 2 ** 20,
      );
    }
    if (!full) return;

    const afterImport = await reloadToFirstChart(page);
    record(
      `first chart, reload right after the import, ${k} (ms)`,
      afterImport,
      'budget ≤ 1000',
      afterImport <= 1000,
    );
    await page.waitForTimeout(2000);
    const later = await reloadToFirstChart(page);
    record(`first chart, a later reload, ${k} (ms)`, later, 'budget ≤ 1000', later <= 1000);

    const rangeMs = await timeInPage(
      page,
      () => {
        window.__points = document
          .querySelector('[data-testid="chart-balance"]')
          ?.getAttribute('data-points');
        [...document.querySelectorAll('button')].find((b) => b.textContent === '3 months').click();
      },
      () =>
        document.querySelector('[data-testid="chart-balance"]')?.getAttribute('data-points') !==
        window.__points,
    );
    record('dashboard date range change (ms)', rangeMs, 'budget ≤ 200', rangeMs <= 200);

    const tableMs = await timeInPage(
      page,
      () => (location.hash = '#/transactions'),
      () => document.querySelector('[data-testid="transaction-row"]') !== null,
    );
    record(`transactions table first rows, ${k} (ms)`, tableMs, 'budget ≤ 300', tableMs <= 300);

    const search = page.getByRole('searchbox');
    await search.fill('wal');
    await page.waitForTimeout(1000);
    const searchMs = await timeInPage(
      page,
      () => {
        const input = document.querySelector('input[type="search"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        window.__before = document.querySelector('[data-testid="transactions-count"]').textContent;
        setter.call(input, 'walgreens #41');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      () => document.querySelector('[data-testid="transactions-count"]').textContent !== window.__before,
    );
    record(`search, ${k} (ms)`, searchMs, 'budget ≤ 50', searchMs <= 50);
    await search.fill('');
    await page.waitForTimeout(1000);

    const editMs = await timeInPage(
      page,
      () => {
        const select = document.querySelector('[data-testid="transaction-row"] select.category-select');
        window.__edited = select;
        select.value = select.value === 'travel' ? 'gifts' : 'travel';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      () => window.__edited.getAttribute('data-source') === 'manual',
    );
    record(`category edit, ${k} (ms)`, editMs, 'budget ≤ 100', editMs <= 100);

    await page.goto(`${base}/#/import`);
    await page
      .getByRole('button', { name: /Undo import of/ })
      .first()
      .waitFor();
    await page.waitForTimeout(1000);
    const undoMs = await timeInPage(
      page,
      () =>
        [...document.querySelectorAll('button')]
          .find((b) => /Undo import of/.test(b.getAttribute('aria-label') ?? ''))
          .click(),
      () => !document.querySelector('button[aria-label^="Undo import of"]'),
    );
    record(`undo of a ${k} import (ms)`, undoMs, 'budget ≤ 100', undoMs <= 100);
  } finally {
    await close();
  }
}

async function main() {
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('run `npm run build` first');
  const server = await startServer();
  try {
    for (const rows of sizes) {
      await benchSize(rows, generateDistinctStatement, 'distinct', rows === 100_000);
      if (rows === 100_000) await benchSize(rows, generateStatement, 'repetitive', false);
    }
  } finally {
    stopServer(server);
    rmSync(statementFile, { force: true });
  }
  const gzip = initialJsGzipBytes();
  record('initial JS gzip (KB)', +(gzip / 1024).toFixed(1), 'budget < 300', gzip < 300 * 1024);
  const files = readdirSync(path.join(root, 'dist/assets')).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const size = gzipSync(readFileSync(path.join(root, 'dist/assets', file))).length;
    record(`  chunk ${file} gzip (KB)`, +(size / 1024).toFixed(1));
  }
  if (results.some((result) => result[3] === false)) process.exitCode = 1;
}

await main();
