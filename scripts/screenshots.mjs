// Screenshots of every view, English and French, at desktop (1280) and phone (390) widths, from the production
// build, for looking at the UI. Two profiles: the bundled sample data and a multi-currency one (USD, EUR, GBP).
// Usage: npx vite build && node scripts/screenshots.mjs  → screenshots/*.png   (PORT=… to choose the port)
// The two README pictures (docs/*.png) are the first screen of the multi-currency dashboard, desktop English and
// phone French.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = Number(process.env.PORT ?? 4198);
const base = `http://127.0.0.1:${port}`;
const VIEWS = ['dashboard', 'transactions', 'review', 'reveal', 'categories', 'import', 'settings'];
const WIDTHS = [
  { tag: 'desktop', width: 1280, height: 860 },
  { tag: 'phone', width: 390, height: 844 },
];
const multiDir = path.resolve('e2e/fixtures/multi-currency');
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  // Its own process group, so the whole tree (npx and vite) ends with the script.
  { stdio: 'ignore', detached: true },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
mkdirSync('screenshots', { recursive: true });
mkdirSync('docs', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());

async function importMulti(page) {
  const files = readdirSync(multiDir).map((name) => path.join(multiDir, name));
  await page.goto(`${base}/#/import`);
  await page.locator('input[type="file"]').first().setInputFiles(files);
  const status = page.locator('[data-testid="import-status"]');
  for (let round = 0; round < 10; round += 1) {
    await page.waitForFunction(
      () =>
        /done|needs-review|error/.test(
          document.querySelector('[data-testid="import-status"]')?.getAttribute('data-state') ?? '',
        ),
      null,
      { timeout: 60_000 },
    );
    if ((await status.getAttribute('data-state')) !== 'needs-review') break;
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Confirm import|Confirmer/ })
      .click();
    await page.waitForTimeout(300);
  }
}

try {
  for (const profile of ['sample', 'multi']) {
    for (const locale of ['en-US', 'fr-FR']) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const lang = locale.slice(0, 2);
      await page.goto(base);
      await page.waitForSelector('.welcome');
      if (profile === 'sample') {
        await page.locator('.welcome-actions button').click();
        await page.waitForSelector('[data-testid="import-status"][data-state="done"]');
      } else await importMulti(page);
      for (const { tag, width, height } of WIDTHS) {
        await page.setViewportSize({ width, height });
        for (const view of VIEWS) {
          await page.goto(`${base}/#/${view}`);
          await page.waitForTimeout(view === 'dashboard' ? 1500 : 800);
          await page.screenshot({
            path: `screenshots/${profile}-${lang}-${tag}-${view}.png`,
            fullPage: true,
          });
          const forReadme =
            profile === 'multi' &&
            view === 'dashboard' &&
            ((lang === 'en' && tag === 'desktop') || (lang === 'fr' && tag === 'phone'));
          if (forReadme) {
            // The first screen without the import banner, and without a hover tooltip.
            const status = page.locator('[data-testid="import-status"]');
            if ((await status.getAttribute('data-state')) === 'done')
              await status.locator('button', { hasText: '×' }).first().click();
            await page.mouse.move(0, 0);
            await page.waitForTimeout(300);
            await page.screenshot({ path: `docs/dashboard-${lang}-${tag}.png` });
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
