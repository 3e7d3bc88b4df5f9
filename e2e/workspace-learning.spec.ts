import { expect, test } from '@playwright/test';
import { exportCsv } from './support';
import { csvRecords, filterMerchant, loadSamples, rows } from './workspace-support';

test('changing one category offers to apply it to the whole merchant, and does', async ({ page }) => {
  await loadSamples(page);
  await filterMerchant(page, 'Carrefour City');
  const count = Number((await page.getByTestId('transactions-count').textContent())?.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(10);

  const selects = page.getByRole('combobox', { name: 'Category for Carrefour City' });
  await selects.first().selectOption({ label: 'Shopping' });
  const prompt = page.getByTestId('learn-prompt');
  await expect(prompt).toContainText(
    `Apply “Shopping” to all ${count} “Carrefour City” transactions and future ones?`,
  );
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await expect(prompt).toContainText(`${count - 1} transactions updated`);

  const shown = await selects.all();
  expect(shown.length).toBeGreaterThan(3);
  for (const select of shown) await expect(select).toHaveValue('shopping');

  const learned = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('kept');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('merchants').objectStore('merchants').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        };
      }),
  );
  expect(learned).toContainEqual(expect.objectContaining({ category: 'shopping' }));

  const carrefour = csvRecords(await exportCsv(page)).filter((row) => row.merchant === 'Carrefour City');
  expect(carrefour).toHaveLength(count);
  expect(new Set(carrefour.map((row) => row.category))).toEqual(new Set(['Shopping']));
});

test('renaming a merchant inline can rename all its transactions', async ({ page }) => {
  await loadSamples(page);
  await filterMerchant(page, 'Boulangerie du Marche');
  await rows(page).first().getByRole('button', { name: 'Rename Boulangerie du Marche' }).click();
  const input = page.getByRole('textbox', { name: 'New name for Boulangerie du Marche' });
  await input.fill('Boulangerie du Marché');
  await input.press('Enter');
  await expect(page.getByTestId('learn-prompt')).toContainText('to “Boulangerie du Marché”');
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await expect(page.getByTestId('learn-prompt')).toContainText('transactions updated');
  await expect(rows(page).first()).toContainText('Boulangerie du Marché');
  await expect(page.getByRole('button', { name: 'Rename Boulangerie du Marche', exact: true })).toHaveCount(
    0,
  );
  await expect(page.getByText('CB BOULANGERIE DU MARCHE', { exact: false }).first()).toBeVisible();
});

test('the review queue fixes a whole merchant in one action', async ({ page }) => {
  await loadSamples(page, '#/review');
  const groups = page.getByTestId('review-group');
  await expect(groups.first()).toBeVisible();
  const before = await groups.count();
  // A local shop known only by a keyword (Kept is unsure of it); brands like Paul are now known at cold start.
  const shop = groups.filter({ has: page.getByText('La Grande Epicerie', { exact: true }) });
  await shop
    .getByRole('combobox', { name: 'Category for group La Grande Epicerie' })
    .selectOption({ label: 'Groceries' });
  await shop.getByRole('button', { name: 'Categorize La Grande Epicerie' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '“La Grande Epicerie” is now Groceries' }),
  ).toBeVisible();
  await expect(groups).toHaveCount(before - 1);
});
