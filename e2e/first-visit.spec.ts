import { expect, test } from '@playwright/test';
import { expectImportDone } from './support';

test('an empty profile invites to drop statements or try the sample data', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'See where your money goes, privately' })).toBeVisible();
  await expect(page.getByLabel(/Import/)).toHaveAttribute('type', 'file');
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'idle');
});

test('sample data goes through the import and draws the balance chart', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  const added = Number(await page.getByTestId('import-status').getAttribute('data-added'));
  expect(added).toBeGreaterThan(1000);
  await expect(page.getByTestId('import-status')).toContainText(
    /2\d transfers between your accounts recognized/,
  );
  const chart = page.getByTestId('chart-balance');
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-area-curve')).toHaveCount(1);
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThan(100);
  await expect(page.getByText('Net worth')).toBeVisible();
});
