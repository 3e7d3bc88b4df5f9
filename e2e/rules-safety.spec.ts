import { expect, test } from '@playwright/test';
import { loadSamples } from './workspace-support';

test('a catastrophic regex is refused before it runs, and one that runs too long is stopped, not saved', async ({
  page,
}) => {
  await loadSamples(page, '#/categories');
  await page.getByRole('button', { name: 'New rule' }).click();
  const editor = page.getByRole('form', { name: 'New rule' });
  await editor.getByLabel('Match').selectOption({ label: 'matches the regular expression' });
  await editor.getByLabel('Set category').selectOption({ label: 'Travel' });
  const save = editor.getByRole('button', { name: 'Save rule' });

  await editor.getByLabel('Pattern').fill('(a+)+$');
  await expect(editor.getByRole('alert')).toContainText('could take very long to run');
  await expect(save).toBeDisabled();

  // Passes the shape check but backtracks exponentially on every description: the worker's budget stops it.
  await editor.getByLabel('Pattern').fill('(.|.)*QQQ');
  await expect(editor.getByRole('alert')).toContainText('took too long to test', { timeout: 10_000 });
  await expect(save).toBeDisabled();
  // The page kept responding all along.
  await editor.getByLabel('Pattern').fill('NAVIGO');
  await expect(editor.getByTestId('rule-preview')).toContainText(/[1-9]\d* stored transactions? match/);
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await expect(save).toBeEnabled();
});
