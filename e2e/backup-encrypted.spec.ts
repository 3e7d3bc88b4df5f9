import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectImportDone, exportCsv, parseCsvLines } from './support';

async function backUpEncrypted(page: Page, passphrase: string) {
  await page.goto('/#/settings');
  await page.getByLabel('Passphrase').fill(passphrase);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const download = await downloadPromise;
  await expect(page.getByTestId('backup-status')).toContainText('Keep the passphrase');
  return {
    name: download.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: readFileSync(await download.path()),
  };
}

async function chooseBackup(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/#/settings');
  await page.getByLabel(/Restore/).setInputFiles(file);
}

test('an encrypted backup holds no readable data and restores identically, only with its passphrase', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  const before = await exportCsv(page);
  const file = await backUpEncrypted(page, 'correct horse battery staple');
  expect(file.name).toMatch(/^kept-backup-\d{4}-\d{2}-\d{2}\.json(\.gz)?\.enc$/);

  // No plaintext: no JSON, no gzip stream, no merchant name, description or account name.
  const bytes = file.buffer;
  expect(bytes.subarray(0, 7).toString('latin1')).toBe('KEPTENC');
  // (Fragments long enough that random ciphertext never holds them by chance.)
  for (const json of ['{"app":"kept"', '"transactions":[', '"description":"'])
    expect(bytes.includes(Buffer.from(json)), json).toBe(false);
  expect(bytes.subarray(40, 43).equals(Buffer.from([0x1f, 0x8b, 0x08]))).toBe(false);
  const records = parseCsvLines(before).slice(1, 200);
  const words = new Set(
    records.flatMap((row) => [row[1], row[3]]).filter((text) => text && text.length >= 5),
  );
  expect(words.size).toBeGreaterThan(5);
  for (const word of words) expect(bytes.includes(Buffer.from(word as string)), word).toBe(false);

  // A wrong passphrase changes nothing, says so, and may be typed again.
  await chooseBackup(page, file);
  const unlock = page.getByRole('form', { name: 'This backup is encrypted' });
  await unlock.getByLabel('Passphrase').fill('correct horse battery stable');
  await unlock.getByRole('button', { name: 'Unlock and restore' }).click();
  await expect(page.getByRole('alert')).toContainText('The passphrase is wrong');
  await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await exportCsv(page)).toBe(before);

  // Into an empty profile with the right passphrase: everything comes back exactly.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('All data was deleted.')).toBeVisible();
  await chooseBackup(page, file);
  await unlock.getByLabel('Passphrase').fill('correct horse battery staple');
  await unlock.getByRole('button', { name: 'Unlock and restore' }).click();
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('backup-status')).toContainText('Backup restored');
  expect(await exportCsv(page)).toBe(before);

  // Over existing data it still asks before replacing everything.
  await chooseBackup(page, file);
  await unlock.getByLabel('Passphrase').fill('correct horse battery staple');
  await unlock.getByRole('button', { name: 'Unlock and restore' }).click();
  const replace = page.getByRole('dialog');
  await expect(replace).toContainText('Replace everything with this backup?');
  await replace.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'done');
  expect(await exportCsv(page)).toBe(before);
});
