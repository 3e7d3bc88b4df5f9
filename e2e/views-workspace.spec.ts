import { expect, test } from '@playwright/test';
import { importMultiCurrency } from './views-support';

test('workspace: account column, sort by size, bulk rename with Undo, review queue with Accept all and a count', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await importMultiCurrency(page);
  await page.goto('/#/transactions');
  const rows = page.getByTestId('transaction-row');
  await expect(rows.first().locator('.tx-account')).not.toBeEmpty();

  // Sorted by amount: the largest movement first, whatever its sign.
  await page.getByRole('button', { name: /^Amount/ }).click();
  const sizes = (await rows.locator('.tx-amount').allTextContents())
    .slice(0, 5)
    .map((text) => Number(text.replace(/[^\d.]/g, '')));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(sizes[0]).toBeGreaterThan(1000);

  // Bulk rename two rows, then undo it.
  await page.getByRole('button', { name: /^Date/ }).click();
  const firstTwo = [rows.nth(0), rows.nth(1)];
  const before = await Promise.all(firstTwo.map((row) => row.locator('.tx-merchant').textContent()));
  for (const row of firstTwo) await row.getByRole('checkbox').check();
  await page.getByRole('textbox', { name: 'New merchant name' }).fill('Renamed together');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 transactions changed' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Renamed together' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo this change' }).click();
  await expect(rows.filter({ hasText: 'Renamed together' })).toHaveCount(0);
  expect(await Promise.all(firstTwo.map((row) => row.locator('.tx-merchant').textContent()))).toEqual(before);

  // The navigation counts what needs review; Accept all takes every suggestion at once.
  const count = page.getByTestId('review-count');
  await expect(count).toBeVisible({ timeout: 10_000 });
  const waiting = Number(await count.textContent());
  await page.goto('/#/review');
  const accept = page.getByRole('button', { name: /^Accept all suggestions/ });
  if (await accept.count()) {
    await accept.click();
    await expect(page.getByRole('status').filter({ hasText: 'suggestion' })).toBeVisible();
    await expect
      .poll(async () => Number((await count.textContent().catch(() => '0')) ?? 0), { timeout: 10_000 })
      .toBeLessThan(waiting);
  }
});
