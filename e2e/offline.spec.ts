import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, fixtureFile } from './support';

test('after the first visit the app loads and imports with the network off', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  await expect(page.getByTestId('chart-balance')).toBeVisible();

  // The service worker has installed (precached every file) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
    .toBe('activated');

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith('http') && !response.fromServiceWorker()) fromNetwork.push(url);
  });
  await page.reload();
  // The network really is off: anything not cached fails.
  expect(
    await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.txt`).then(
        () => 'reached the network',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await expect(page.getByTestId('chart-balance')).toBeVisible();
  await expect(page.getByTestId('chart-category-breakdown')).toBeVisible();

  await page.goto('/#/transactions');
  await expect(page.getByTestId('transaction-row').first()).toBeVisible();
  await page.getByRole('searchbox').first().fill('zzz-nothing-matches');
  await expect(page.getByTestId('transaction-row')).toHaveCount(0);

  // The lazily loaded pages come from the cache too.
  for (const route of ['categories', 'review']) {
    await page.goto(`/#/${route}`);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('This view hit a problem');
  }

  // A statement can still be imported: the worker and its merchant dictionary are cached.
  await page.goto('/#/import');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7, errors: 0 });

  await page.goto('/#/settings');
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready');
  expect(fromNetwork).toEqual([]);
});
