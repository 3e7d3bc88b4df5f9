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

test('a statement without a balance column that states the balance above its rows shows it, and the next one moves it on', async ({
  page,
}) => {
  await page.goto('/');
  // Société Générale's first line: account, period, row count, and the balance on 16/06/2025.
  await dropFiles(page, [fixtureFile('overlap_fr_societe_generale_a.csv')]);
  await expectImportDone(page);
  await page.goto('/#/dashboard');
  const net = page.getByTestId('kpi-net-worth');
  await expect(net).toHaveAttribute('data-amount', '368161');
  await expect(page.getByTestId('account-balance')).not.toContainText(/balance unknown/);
  await expect(page.getByTestId('chart-balance').locator('.recharts-area-curve')).toBeVisible();
  // The overlapping later statement states the balance on 04/08/2025: its new rows lead there.
  await dropFiles(page, [fixtureFile('overlap_fr_societe_generale_b.csv')]);
  await expectImportDone(page);
  await expect(net).toHaveAttribute('data-amount', '716797');
  await page.reload();
  await expect(net).toHaveAttribute('data-amount', '716797');
});
