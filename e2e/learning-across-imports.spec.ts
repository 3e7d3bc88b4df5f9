import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv } from './support';
import { csvRecords } from './workspace-support';

const march = [
  'Date;Libellé;Montant;Solde',
  '02/03/2025;CB CHEZ MARCEL 01/03;-23,50;1 476,50',
  '05/03/2025;CB MONOPRIX PARIS 11;-41,20;1 435,30',
  '14/03/2025;CB CHEZ MARCEL 13/03;-18,00;1 417,30',
].join('\r\n');

const april = [
  'Date;Libellé;Montant;Solde',
  '03/04/2025;CB CHEZ MARCEL 02/04;-27,90;1 389,40',
  '16/04/2025;CB MONOPRIX PARIS 11;-12,35;1 377,05',
].join('\r\n');

test('one correction is learned: the next statement arrives categorized', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [{ name: 'mars.csv', bytes: Buffer.from(march, 'latin1') }]);
  await expectImportDone(page, { added: 3 });

  await page.goto('/#/transactions');
  const marcel = page.getByTestId('transaction-row').filter({ hasText: 'Chez Marcel' });
  await expect(marcel).toHaveCount(2);
  await marcel
    .first()
    .getByRole('combobox', { name: 'Category for Chez Marcel' })
    .selectOption({ label: 'Restaurants & Cafés' });
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await expect(marcel.nth(1).getByRole('combobox', { name: 'Category for Chez Marcel' })).toHaveValue(
    'dining',
  );

  await dropFiles(page, [{ name: 'avril.csv', bytes: Buffer.from(april, 'latin1') }]);
  await expectImportDone(page, { added: 2 });

  const records = csvRecords(await exportCsv(page));
  const april2 = records.find((record) => record.date === '2025-04-03');
  expect(april2).toMatchObject({
    merchant: 'Chez Marcel',
    category: 'Restaurants & Cafés',
    amount: '-27.90',
  });
  expect(
    records.filter((record) => record.merchant === 'Chez Marcel').map((record) => record.category),
  ).toEqual(['Restaurants & Cafés', 'Restaurants & Cafés', 'Restaurants & Cafés']);
});

test('shops named in another script are told apart: a correction teaches that shop only', async ({
  page,
}) => {
  const statement = [
    'Дата операции;Описание операции;Сумма;Остаток',
    '02.03.2025;Оплата товаров и услуг. ЦВЕТОЧНАЯ ЛАВКА;-1500,00;48500,00',
    '05.03.2025;Оплата товаров и услуг. СТРОЙМАРКЕТ;-3200,00;45300,00',
    '09.03.2025;Оплата товаров и услуг. ЦВЕТОЧНАЯ ЛАВКА;-900,00;44400,00',
    '12.03.2025;Оплата товаров и услуг. СТРОЙМАРКЕТ;-750,00;43650,00',
  ].join('\r\n');
  await page.goto('/');
  await dropFiles(page, [{ name: 'vypiska.csv', bytes: Buffer.from(statement) }]);
  await expectImportDone(page, { added: 4 });

  await page.goto('/#/transactions');
  const flowers = page.getByTestId('transaction-row').filter({ hasText: 'Цветочная Лавка' });
  await expect(flowers).toHaveCount(2);
  await flowers
    .first()
    .getByRole('combobox', { name: 'Category for Цветочная Лавка' })
    .selectOption({ label: 'Gifts & Donations' });
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await expect(flowers.nth(1).getByRole('combobox', { name: 'Category for Цветочная Лавка' })).toHaveValue(
    'gifts',
  );

  const records = csvRecords(await exportCsv(page));
  // The other shop, also named in Cyrillic, keeps its own (empty) category.
  expect(records.map((record) => `${record.merchant}: ${record.category}`).sort()).toEqual([
    'Строймаркет: Uncategorized',
    'Строймаркет: Uncategorized',
    'Цветочная Лавка: Gifts & Donations',
    'Цветочная Лавка: Gifts & Donations',
  ]);
});
