import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv, fixtureFile } from './support';

test('a full journey only ever talks to the app’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
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
  for (const route of ['transactions', 'import', 'settings', 'dashboard']) {
    await page.goto(`/#/${route}`);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
});
