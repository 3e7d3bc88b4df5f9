import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles, expectImportDone, exportCsv, fixtureFile } from './support';

const VIEWS = ['dashboard', 'transactions', 'review', 'categories', 'reveal', 'import', 'settings'];

async function download(page: Page, button: string) {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloadPromise;
  return { name: file.suggestedFilename(), buffer: readFileSync(await file.path()) };
}

test('a full journey only ever talks to the app’s own origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const foreign: string[] = [];
  // The context sees the page's requests and those of its workers.
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  await expect(page.getByTestId('chart-balance')).toBeVisible();
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page);
  await exportCsv(page);

  // Every view, each one drawn before moving on.
  for (const view of VIEWS) {
    await page.goto(`/#/${view}`);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]'),
    ).toHaveAttribute('href', `#/${view}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }

  // The reveal report, its evidence and the redacted export.
  await page.goto('/#/reveal');
  await expect(page.getByTestId('reveal-item').first()).toBeVisible();
  await download(page, 'Export redacted CSV');
  await page.getByTestId('reveal-item').first().getByRole('link').click();
  await expect(page).toHaveURL(/#\/transactions\?ids=/);

  // A plain backup, a verified wipe, and the restore.
  await page.goto('/#/settings');
  const backup = await download(page, 'Back up everything');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  const verified = page.getByTestId('wipe-verified');
  await expect(verified).toHaveAttribute('data-rows', '0');
  await expect(verified).toContainText('Deletion verified');
  const audit = page.getByTestId('privacy-audit');
  await expect(audit.locator('[data-table="transactions"]')).toHaveAttribute('data-rows', '0');
  await page.getByLabel(/Restore/).setInputFiles({ ...backup, mimeType: 'application/gzip' });
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'done');
  await expect(audit.locator('[data-table="transactions"]')).not.toHaveAttribute('data-rows', '0');
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('chart-balance')).toBeVisible();
  await page.waitForLoadState('networkidle');

  // The page's own account of it agrees: every request stayed on this origin.
  await page.goto('/#/settings');
  const requests = audit.getByTestId('audit-requests');
  await expect(requests).toHaveAttribute('data-off-origin', '0');
  expect(Number(await requests.getAttribute('data-total'))).toBeGreaterThan(3);
  await expect(requests).toContainText('none left this device');
  await expect(audit.getByTestId('audit-csp')).toContainText("connect-src 'self'");

  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
});
