import { expect, test } from '@playwright/test';
import { loadSamples, rows } from './workspace-support';

test('Why? says where a category comes from, and that a correction is learned', async ({ page }) => {
  await loadSamples(page);
  const search = page.getByRole('searchbox', { name: 'Search transactions' });
  await search.fill('netflix');
  await rows(page).first().getByRole('button', { name: 'Why is Netflix in Entertainment?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why “Entertainment”?' });
  await expect(dialog.getByTestId('why-text')).toHaveAttribute('data-reason', 'brand');
  await expect(dialog).toContainText('Netflix is a known brand');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await search.fill('pharmacie du centre');
  // The list follows the search a moment later: until then its first row is still Netflix.
  await rows(page)
    .first()
    .getByRole('combobox', { name: 'Category for Pharmacie du Centre' })
    .selectOption({ label: 'Personal Care & Sport' });
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await expect(page.getByTestId('learn-prompt')).toContainText('transactions updated');
  await rows(page)
    .nth(1)
    .getByRole('button', { name: /^Why is .* in Personal Care & Sport\?$/ })
    .click();
  await expect(page.getByTestId('why-text')).toHaveAttribute('data-reason', 'learned');
  await expect(page.getByTestId('why-text')).toContainText(/Learned from your correction of \w+ \d+, \d{4}/);
});
