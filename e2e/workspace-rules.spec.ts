import { expect, test } from '@playwright/test';
import { loadSamples, rows } from './workspace-support';

test('the rule editor previews matches before saving, rejects a bad regex, and applies on save', async ({
  page,
}) => {
  await loadSamples(page, '#/categories');
  await page.getByRole('button', { name: 'New rule' }).click();
  const editor = page.getByRole('form', { name: 'New rule' });
  await editor.getByLabel('Pattern').fill('navigo');
  const preview = editor.getByTestId('rule-preview');
  await expect(preview).toContainText('24 stored transactions match');
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview).toContainText('CB RATP NAVIGO');

  await editor.getByLabel('Match').selectOption({ label: 'matches the regular expression' });
  await editor.getByLabel('Pattern').fill('NAVIGO (');
  await expect(editor.getByRole('alert')).toContainText('This is not a valid regular expression.');
  await expect(editor.getByRole('button', { name: 'Save rule' })).toBeDisabled();

  await editor.getByLabel('Pattern').fill('RATP NAVIGO \\d\\d/11');
  await expect(preview).toContainText(/[1-9] stored transactions? match/);
  const matched = Number(
    (await preview.getByText(/stored transactions? match/).textContent())?.replace(/\D/g, ''),
  );
  await editor.getByLabel('Set category').selectOption({ label: 'Travel' });
  await editor.getByLabel('Set merchant name').fill('Navigo pass');
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rule saved' })).toContainText(
    `${matched} transaction`,
  );
  await expect(page.getByTestId('rule-item')).toContainText('RATP NAVIGO');

  await page.goto('/#/transactions');
  await page.getByRole('searchbox', { name: 'Search transactions' }).fill('navigo pass');
  await expect(page.getByTestId('transactions-count')).toHaveText(
    `${matched} transaction${matched === 1 ? '' : 's'}`,
  );
  await expect(rows(page).first().getByRole('combobox', { name: 'Category for Navigo pass' })).toHaveValue(
    'travel',
  );
});
