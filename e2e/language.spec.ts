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
  });
});

test('the language can be switched in Settings and is remembered', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Opérations' })).toBeVisible();
});
