import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles, expectImportDone, exportCsv, fixtureFile } from './support';

async function loadSampleData(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
}

async function backUp(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  await page.goto('/#/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloadPromise;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^kept-backup-\d{4}-\d{2}-\d{2}\.json(\.gz)?$/);
  return { name, mimeType: 'application/gzip', buffer: readFileSync(await download.path()) };
}

function restoreInput(page: Page) {
  return page.getByLabel(/Restore/);
}

test('everything survives a backup, a full delete and a restore', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/#/settings');
  const firstName = page.getByRole('textbox', { name: /Name of account/ }).first();
  await firstName.fill('Household checking');
  await page.getByRole('button', { name: 'Rename' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Name of account Household checking' })).toBeVisible();
  await expect(page.getByTestId('storage-status')).toContainText(
    /Storage: (persistent|may be cleared by the browser when space runs low)/,
  );
  await expect(page.getByTestId('storage-status')).toContainText(/used of about .* available/);

  const before = await exportCsv(page);
  expect(before).toContain('Household checking');
  const file = await backUp(page);

  // Delete everything, confirmed in the app's own dialog.
  await page.getByRole('button', { name: 'Delete everything' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Name of account Household checking' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All data was deleted.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Name of account/ })).toHaveCount(0);
  await page.goto('/#/dashboard');
  await expect(page.getByRole('button', { name: 'Try with sample data' })).toBeVisible();
  await expect(page.getByTestId('chart-balance')).toHaveCount(0);

  // Into an empty profile: no questions asked.
  await page.goto('/#/settings');
  await restoreInput(page).setInputFiles(file);
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('backup-status')).toContainText('Backup restored');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Name of account Household checking' })).toBeVisible();
  expect(await exportCsv(page)).toBe(before);
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('chart-balance')).toBeVisible();

  // Over existing data: a dialog explains that everything is replaced; cancelling changes nothing.
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7 });
  const withExtra = await exportCsv(page);
  await page.goto('/#/settings');
  await restoreInput(page).setInputFiles(file);
  const replace = page.getByRole('dialog');
  await expect(replace).toContainText('Replace everything with this backup?');
  await expect(replace).toContainText(file.name);
  await replace.getByRole('button', { name: 'Cancel' }).click();
  await expect(replace).toBeHidden();
  expect(await exportCsv(page)).toBe(withExtra);
  await page.goto('/#/settings');
  await restoreInput(page).setInputFiles(file);
  await replace.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'done');
  expect(await exportCsv(page)).toBe(before);
});

test('a file that is not a usable backup is refused and the data is kept', async ({ page }) => {
  await loadSampleData(page);
  const before = await exportCsv(page);
  const file = await backUp(page);
  const status = page.getByTestId('backup-status');
  const attempts: { name: string; mimeType: string; buffer: Buffer; message: RegExp }[] = [
    {
      name: 'simple-statement.csv',
      mimeType: 'text/csv',
      buffer: fixtureFile('simple-statement.csv').bytes,
      message: /bank statement \(CSV\)/,
    },
    {
      name: 'kept-backup-damaged.json.gz',
      mimeType: 'application/gzip',
      buffer: file.buffer.subarray(0, Math.floor(file.buffer.length / 2)),
      message: /not a Kept backup, or it is damaged/,
    },
    {
      name: 'kept-backup-broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"kept","format":1,"tables":{'),
      message: /not a Kept backup, or it is damaged/,
    },
    {
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"something-else","version":"1.0.0"}'),
      message: /not a Kept backup\./,
    },
    {
      name: 'kept-backup-future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          app: 'kept',
          format: 2,
          exportedAt: '2030-01-01T00:00:00Z',
          schemaVersion: 9,
          tables: {},
        }),
      ),
      message: /newer version of Kept/,
    },
  ];
  for (const attempt of attempts) {
    await page.goto('/#/settings');
    await restoreInput(page).setInputFiles({
      name: attempt.name,
      mimeType: attempt.mimeType,
      buffer: attempt.buffer,
    });
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText(attempt.message);
    await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(await exportCsv(page)).toBe(before);
});
