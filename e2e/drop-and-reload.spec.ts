import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv, fixtureFile, parseCsvLines } from './support';

test('a dropped statement is listed, survives a reload and exports as imported', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7, duplicates: 0, errors: 0 });

  await page.goto('/#/transactions');
  await expect(page.getByTestId('transaction-row')).toHaveCount(7);
  await expect(page.getByTestId('transaction-row').filter({ hasText: 'Corner Grocery' })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('transaction-row')).toHaveCount(7);

  const rows = parseCsvLines(await exportCsv(page));
  expect(rows[0]).toEqual([
    'date',
    'account',
    'description',
    'merchant',
    'category',
    'amount',
    'currency',
    'balance',
  ]);
  expect(rows).toHaveLength(8);
  const byDescription = rows.slice(1).map((row) => [row[0], row[5], row[7]]);
  expect(byDescription).toContainEqual(['2025-03-03', '-42.17', '1457.83']);
  expect(byDescription).toContainEqual(['2025-03-28', '2100.00', '2575.23']);
  expect(byDescription.filter((row) => row[1] === '-3.80')).toHaveLength(2);
});

test('dropping the same statement again adds nothing and says so', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7 });
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 0, duplicates: 7 });
  await expect(page.getByTestId('import-status')).toContainText('already imported');
});
