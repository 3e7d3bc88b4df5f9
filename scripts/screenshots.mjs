// Takes screenshots of the main views (English and French) from the production build, for looking at the UI.
// Usage: npm run build && node scripts/screenshots.mjs  → screenshots/*.png
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.mjs';

const port = 4198;
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const locale of ['en-US', 'fr-FR']) {
    const page = await browser.newPage({ locale, viewport: { width: 1280, height: 860 } });
    const tag = locale.slice(0, 2);
    await page.goto(base);
    await page.waitForSelector('.welcome');
    await page.screenshot({ path: `screenshots/${tag}-empty.png` });
    await page.locator('.welcome-actions button').click();
    await page.waitForSelector('[data-testid="import-status"][data-state="done"]');
    await page.waitForSelector('[data-testid="chart-balance"] .recharts-area-curve');
    await page.screenshot({ path: `screenshots/${tag}-dashboard.png`, fullPage: true });
    await page.goto(`${base}/#/transactions`);
    await page.waitForSelector('[data-testid="transaction-row"]');
    await page.screenshot({ path: `screenshots/${tag}-transactions.png` });
    for (const extra of (process.env.SHOTS ?? '').split(',').filter(Boolean)) {
      await page.goto(`${base}/#/${extra}`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `screenshots/${tag}-${extra}.png`, fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
