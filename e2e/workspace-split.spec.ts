import { expect, test } from '@playwright/test';
import { filterMerchant, loadSamples, rows } from './workspace-support';

test('a transaction is split into two categories whose amounts must add up', async ({ page }) => {
  await loadSamples(page);
  await filterMerchant(page, 'Amazon');
  const row = rows(page).first();
  await row.getByRole('button', { name: 'Split Amazon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Split “Amazon”' });
  // Amounts are typed without a sign, and the last part fills itself with what is left.
  const total = Math.round(Number(await dialog.getByLabel('Amount of part 1').inputValue()) * 100);
  expect(total).toBeGreaterThan(0);
  const first = Math.round(total / 2);

  await dialog.getByLabel('Amount of part 1').fill((first / 100).toFixed(2));
  await expect(dialog.getByLabel('Amount of part 2')).toHaveValue(((total - first) / 100).toFixed(2));
  await dialog.getByLabel('Category of part 2').selectOption({ label: 'Gifts & Donations' });
  await dialog.getByLabel('Amount of part 2').fill('0.01');
  await expect(dialog.getByTestId('split-status')).toContainText('Left to assign');
  await expect(dialog.getByRole('button', { name: 'Save split' })).toBeDisabled();

  await dialog.getByLabel('Amount of part 2').fill(((total - first) / 100).toFixed(2));
  await expect(dialog.getByTestId('split-status')).toHaveText('The parts add up to the total.');
  await dialog.getByRole('button', { name: 'Save split' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('button', { name: 'Split in 2' })).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Category', exact: true })
    .selectOption({ label: 'Gifts & Donations' });
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole('button', { name: 'Split in 2' }).click();
  await expect(dialog.getByLabel('Amount of part 2')).toHaveValue(((total - first) / 100).toFixed(2));
});

test('a note is stored with the transaction', async ({ page }) => {
  await loadSamples(page);
  await filterMerchant(page, 'Amazon');
  await rows(page).first().getByRole('button', { name: 'Note for Amazon' }).click();
  await page.getByRole('dialog').getByLabel('Note').fill('Birthday present for Léa');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(rows(page).first()).toContainText('Birthday present for Léa');
  // The row shows the note at once; the dialog closes once it is stored. A reload before that would drop it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search transactions' }).fill('present for lea');
  await expect(rows(page)).toHaveCount(1);
});
