import { expect, test } from '@playwright/test';

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface follows the browser language and formats numbers the French way', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'Voyez où va votre argent, en toute confidentialité' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Essayer avec des données d’exemple' }).click();
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', {
      timeout: 30_000,
    });
    await expect(page.getByRole('heading', { name: 'Évolution du solde' })).toBeVisible();
    await expect(page.locator('.kpi-value').first()).toContainText('€');
    await expect(page.locator('.kpi-value').first()).toHaveText(/\d[\s\u202f]\d{3},\d{2}\s€/);
    // The sample accounts are named in French too.
    await expect(page.getByTestId('accounts-overview')).toContainText('Compte courant');
    // A generic merchant is stored in English and shown in French, in the chart, the list and the filter.
    await expect(page.getByTestId('chart-top-merchants')).toContainText('Retrait d’espèces');
    await page.goto('/#/transactions?merchant=Cash+Withdrawal');
    await expect(page.getByLabel('Commerçant', { exact: true })).toHaveValue('Retrait d’espèces');
    const merchants = page.locator('.tx-merchant');
    await expect(merchants.first()).toHaveText('Retrait d’espèces');
    await expect(page.getByText('Cash Withdrawal')).toHaveCount(0);
  });
});

test.describe('in a browser set to German, a language Kept does not speak', () => {
  test.use({ locale: 'de-DE' });

  test('the words are English, the numbers written the German way and the dates day first', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', {
      timeout: 30_000,
    });
    await expect(page.getByRole('heading', { name: 'Balance over time' })).toBeVisible();
    await expect(page.locator('.kpi-value').first()).toHaveText(/^-?\d{1,3}(\.\d{3})*,\d{2}\s€$/);
    await page.goto('/#/transactions');
    const firstDate = page.locator('.tx-date').first();
    await expect(firstDate).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  });
});

test('the language can be switched in Settings and is remembered', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Opérations' })).toBeVisible();
});
