import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, fixtureFile } from './support';

test('sample data is labelled and can be cleared, keeping the person’s own statements', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  await expect(page.getByText('You are looking at sample data.')).toBeVisible();
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page);

  await page.getByRole('button', { name: 'Clear sample data' }).click();
  await expect(page.getByText('Sample data cleared.')).toBeVisible();
  await expect(page.getByText('You are looking at sample data.')).toHaveCount(0);
  await page.goto('/#/import');
  await expect(page.getByRole('button', { name: /^Undo import of/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo import of simple-statement.csv' })).toBeVisible();
});
