import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv, parseCsvLines } from './support';

const card = Buffer.from(
  'Date,Description,Amount\n2025-03-02,GROCERY STORE,45.10\n2025-03-05,BOOKSHOP,12.00\n2025-03-09,PHARMACY,8.30\n',
);

test('each file says how it was read, and “Read differently…” replaces its rows (Undo brings them back)', async ({
  page,
}) => {
  await page.goto('/');
  await dropFiles(page, [{ name: 'card.csv', bytes: card }]);
  await expectImportDone(page, { added: 3 });
  await expect(page.getByTestId('import-reading')).toContainText('money');
  const before = parseCsvLines(await exportCsv(page)).slice(1);
  const firstSign = before.map((cells) => Math.sign(Number(cells[5])));

  // The result of the import stays in the banner above every view.
  await page.getByRole('button', { name: 'Read differently… card.csv' }).click();
  const dialog = page.getByRole('dialog');
  const sign = dialog.getByLabel(/^Amounts/);
  const current = await sign.inputValue();
  await sign.selectOption(current === 'normal' ? 'inverted' : 'normal');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expectImportDone(page, { added: 3 });
  await expect(page.getByTestId('import-reading')).toContainText('read again');
  const after = parseCsvLines(await exportCsv(page)).slice(1);
  expect(after).toHaveLength(3);
  expect(after.map((cells) => Math.sign(Number(cells[5])))).toEqual(firstSign.map((value) => -value));

  await page.goto('/#/import');
  await page.getByRole('button', { name: 'Undo import of card.csv' }).click();
  const restored = parseCsvLines(await exportCsv(page)).slice(1);
  expect(restored.map((cells) => Math.sign(Number(cells[5])))).toEqual(firstSign);
});
