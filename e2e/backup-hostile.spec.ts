import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expectImportDone, exportCsv } from './support';

type Backup = { tables: Record<string, Record<string, unknown>[]> };

async function loadAndBackUp(page: Page): Promise<Backup> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  await page.goto('/#/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const bytes = readFileSync(await (await downloadPromise).path());
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as Backup;
}

async function restore(page: Page, name: string, buffer: Buffer) {
  // Through another view, so the settings page starts without the previous file's message.
  await page.goto('/#/transactions');
  await page.goto('/#/settings');
  await expect(page.getByTestId('backup-status')).toHaveCount(0);
  await page.getByLabel(/Restore/).setInputFiles({ name, mimeType: 'application/gzip', buffer });
}

test('a gzip bomb is refused at once, the tab stays responsive, and nothing changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  const before = await exportCsv(page);
  // One gzip member of 256 MB of zeros (~250 KB): refused after reading a few megabytes of it.
  const member = gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
  let started = Date.now();
  await restore(page, 'kept-backup-2025-01-01.json.gz', member);
  await expect(page.getByRole('alert')).toContainText('unpacks to more than', { timeout: 10_000 });
  await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
  expect(Date.now() - started).toBeLessThan(10_000);
  // ~10 MB of such members back to back (~10 GB inflated): refused as quickly.
  const bomb = Buffer.concat(
    Array.from({ length: Math.ceil((10 * 1024 * 1024) / member.length) }, () => member),
  );
  expect(bomb.length).toBeGreaterThan(9 * 1024 * 1024);
  started = Date.now();
  await restore(page, 'kept-backup-2025-01-02.json.gz', bomb);
  await expect(page.getByTestId('backup-status')).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
  await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(await exportCsv(page)).toBe(before);
});

test('hostile backups are refused with the reason, and stored data is untouched', async ({ page }) => {
  const backup = await loadAndBackUp(page);
  const before = await exportCsv(page);
  const tables = backup.tables;
  const hostile: [string, (copy: Backup) => void, RegExp][] = [
    [
      'currency',
      (copy) => ((copy.tables.transactions?.[0] as Record<string, unknown>).currency = '€'),
      /transactions\.currency/,
    ],
    [
      'description',
      (copy) => ((copy.tables.transactions?.[3] as Record<string, unknown>).description = { length: 1 }),
      /transactions\.description/,
    ],
    [
      'id',
      (copy) => ((copy.tables.transactions?.[1] as Record<string, unknown>).id = 2 ** 53 - 1),
      /transactions/,
    ],
    [
      'regex',
      (copy) =>
        copy.tables.rules?.push({
          id: 'evil',
          field: 'description',
          match: 'regex',
          pattern: '(a+)+$',
          setCategory: 'shopping',
          priority: 9,
          createdAt: 1,
        }),
      /rules\.pattern/,
    ],
    [
      'sign',
      (copy) =>
        copy.tables.profiles?.push({
          signature: 'h|,|date|description|card member|amount',
          delimiter: ',',
          headerRow: 0,
          roles: ['date', 'description', 'ignore', 'amount'],
          dateOrder: 'MDY',
          decimalMark: '.',
          sign: 'normal',
          savedAt: 1,
        }),
      /profiles\.sign/,
    ],
    [
      'category',
      (copy) => ((copy.tables.transactions?.[2] as Record<string, unknown>).category = 'ghost'),
      /transactions\.category/,
    ],
  ];
  expect(tables.transactions?.length).toBeGreaterThan(10);
  for (const [name, spoil, reason] of hostile) {
    const copy = structuredClone(backup);
    spoil(copy);
    await restore(page, `kept-backup-${name}.json.gz`, gzipSync(JSON.stringify(copy)));
    await expect(page.getByRole('alert')).toContainText('damaged and cannot be restored');
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.getByRole('alert')).toContainText('Your data was not changed.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  // A category id __proto__ with a learned model keyed by it cannot reach Object.prototype.
  const withModel = structuredClone(backup);
  withModel.tables.settings = [{ key: 'categoryModel', value: { version: 1, docs: { PLACEHOLDER: 1 } } }];
  const polluting = JSON.stringify(withModel).replace('"PLACEHOLDER":1', '"__proto__":{"polluted":1}');
  expect(polluting).toContain('__proto__');
  await restore(page, 'kept-backup-proto.json', Buffer.from(polluting));
  await expect(page.getByRole('alert')).toContainText('damaged and cannot be restored');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await exportCsv(page)).toBe(before);
});
