import { expect, test } from '@playwright/test';
import { expectImportDone } from './support';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
});

test('the dashboard lists subscriptions with their cadence, cost and price changes', async ({ page }) => {
  const list = page.getByTestId('list-recurring');
  await expect(list).toBeVisible();
  await expect(list).toContainText('per month');
  const netflix = list.getByTestId('recurring-item').filter({ hasText: 'Netflix' });
  await expect(netflix).toHaveCount(1);
  await expect(netflix).toContainText('Monthly');
  await expect(netflix).toContainText('€13.49 → €15.99');
  await expect(netflix).toContainText('€15.99');
  for (const merchant of ['Spotify', 'Basic-Fit']) {
    const row = list.getByTestId('recurring-item').filter({ hasText: merchant });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Monthly');
    // Next charge, or (the sample data ends before today) the expected one marked as not seen yet.
    await expect(row).toContainText(/Next |after your latest statement|not seen yet/);
  }
  await expect(list.getByTestId('recurring-item').filter({ hasText: 'Spotify' })).toContainText('€11.12');
  await expect(list.getByTestId('recurring-item').filter({ hasText: 'Basic-Fit' })).toContainText('€29.99');
  await expect(list).not.toContainText('Carrefour City');
  await expect(list).not.toContainText('Starbucks');
});

test('the dashboard flags the Darty purchase and not the groceries', async ({ page }) => {
  const list = page.getByTestId('list-unusual');
  await expect(list).toBeVisible();
  const darty = list.getByTestId('unusual-item').filter({ hasText: 'Darty' });
  await expect(darty).toHaveCount(1);
  await expect(darty).toContainText('€1,249.00');
  await expect(darty).toContainText('Feb 9, 2026');
  await expect(darty).toContainText(/your usual large payments/);
  for (const merchant of ['Carrefour City', 'Lidl', 'Monoprix', 'Starbucks']) {
    await expect(list).not.toContainText(merchant);
  }
  // The last three months hold no unusual charge: the designed empty state shows.
  await page.getByRole('button', { name: '3 months' }).click();
  await expect(list.getByTestId('unusual-item')).toHaveCount(0);
  await expect(list).toContainText('Nothing unusual in this period');
  await page.getByRole('button', { name: 'All' }).click();
  await expect(list.getByTestId('unusual-item').filter({ hasText: 'Darty' })).toHaveCount(1);
});

test('the lists speak French', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.goto('/');
  const recurring = page.getByTestId('list-recurring');
  await expect(recurring).toContainText('Abonnements et prélèvements récurrents');
  await expect(recurring.getByTestId('recurring-item').filter({ hasText: 'Netflix' })).toContainText(
    'Mensuel',
  );
  await expect(page.getByTestId('list-unusual')).toContainText('Dépenses inhabituelles');
});
