import { expect, type Page } from '@playwright/test';
import { expectImportDone, parseCsvLines } from './support';

/** Loads the bundled sample statements into an empty profile and opens a view. */
export async function loadSamples(page: Page, view = '#/transactions') {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  await page.goto(`/${view}`);
}

export function rows(page: Page) {
  return page.getByTestId('transaction-row');
}

/** Narrows the transactions table to one merchant with the filter bar. */
export async function filterMerchant(page: Page, merchant: string) {
  await page.getByRole('combobox', { name: 'Merchant', exact: true }).fill(merchant);
  await expect(rows(page).first()).toContainText(merchant);
}

/** CSV rows (by column name) of the exported transactions. */
export function csvRecords(text: string): Record<string, string>[] {
  const [names = [], ...lines] = parseCsvLines(text);
  return lines.map((cells) => Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ''])));
}
