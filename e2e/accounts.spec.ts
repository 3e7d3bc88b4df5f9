import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv, fixtureFile, parseCsvLines } from './support';

test('a new account gets a sensible name that can be changed', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('overlap_fr_societe_generale_a.csv')]);
  await expectImportDone(page);
  await page.goto('/#/settings');
  const name = page.getByRole('textbox', { name: /Name of account/ });
  await expect(name).toHaveValue(/2757/);
  await name.fill('Compte joint');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of account Compte joint' })).toBeVisible();
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['Compte joint']));
});
