import { expect, test } from '@playwright/test';
import { loadSamples } from './workspace-support';

test('a catastrophic regex is refused before it runs, with the reason, and the page keeps responding', async ({
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

  // Exponential or polynomial shapes that safe-regex2 alone lets through are refused by shape too.
  for (const pattern of ['(.|.)*QQQ', '.*.*.*QQQ']) {
    await editor.getByLabel('Pattern').fill(pattern);
    await expect(editor.getByRole('alert')).toContainText('could take very long to run');
    await expect(save).toBeDisabled();
  }
  // The page kept responding all along.
  await editor.getByLabel('Pattern').fill('NAVIGO');
  await expect(editor.getByTestId('rule-preview')).toContainText(/[1-9]\d* stored transactions? match/);
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await expect(save).toBeEnabled();
});
