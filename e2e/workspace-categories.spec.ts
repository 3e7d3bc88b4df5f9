import { expect, test } from '@playwright/test';
import { loadSamples, rows } from './workspace-support';

test('categories are renamed, added, used in bulk and merged', async ({ page }) => {
  await loadSamples(page, '#/categories');
  const groceries = page.getByRole('textbox', { name: 'Name of Groceries' });
  await groceries.fill('Food & Groceries');
  await groceries.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of Food & Groceries' })).toBeVisible();

  await page.getByRole('textbox', { name: 'New category name' }).fill('Pets');
  await page.getByRole('button', { name: 'Add category' }).click();
  const pets = page
    .getByTestId('category-row')
    .filter({ has: page.getByRole('textbox', { name: 'Name of Pets' }) });
  await expect(pets).toContainText('Not used');

  await page.goto('/#/transactions');
  await expect(
    rows(page)
      .first()
      .getByRole('combobox', { name: /^Category for/ }),
  ).toBeVisible();
  await expect(page.getByRole('option', { name: 'Food & Groceries' }).first()).toBeAttached();
  await rows(page).nth(0).getByRole('checkbox').check();
  await rows(page).nth(1).getByRole('checkbox').check();
  await rows(page).nth(2).getByRole('checkbox').check();
  await page
    .getByRole('combobox', { name: 'New category for the selection' })
    .selectOption({ label: 'Pets' });
  await page.getByRole('button', { name: 'Recategorize' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 transactions recategorized' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption({ label: 'Pets' });
  await expect(rows(page)).toHaveCount(3);

  await page.goto('/#/categories');
  await expect(pets).toContainText('3 transactions');
  const health = page
    .getByTestId('category-row')
    .filter({ has: page.getByRole('textbox', { name: 'Name of Health' }) });
  const healthBefore = Number((await health.locator('.cat-usage').textContent())?.replace(/\D/g, ''));
  await pets.getByRole('combobox', { name: 'Merge Pets into' }).selectOption({ label: 'Health' });
  await pets.getByRole('button', { name: 'Merge Pets' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Pets” was merged into “Health”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of Pets' })).toHaveCount(0);
  await expect(health).toContainText(`${healthBefore + 3} transactions`);
});
