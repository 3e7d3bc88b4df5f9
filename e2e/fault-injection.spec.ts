import { expect, type Page, test } from '@playwright/test';
import { dropFiles, expectImportDone, fixtureFile, importStatus } from './support';

/** A statement of `rows` card payments, 40 a day from `start`, every description distinct. */
function statement(rows: number, start = Date.UTC(2020, 0, 1), label = 'SHOP'): Buffer {
  const lines = ['Date,Description,Amount,Balance'];
  let balance = 1_000_000;
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(start + Math.floor(index / 40) * 86_400_000).toISOString().slice(0, 10);
    const cents = -((index * 7919) % 9000) - 100;
    balance += cents;
    lines.push(
      `${day},"CARD PAYMENT ${label} ${index}",${(cents / 100).toFixed(2)},${(balance / 100).toFixed(2)}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function storedCount(page: Page): Promise<number> {
  await page.goto('/#/transactions');
  const count = page.getByTestId('transactions-count');
  const welcome = page.getByRole('button', { name: 'Try with sample data' });
  await expect(count.or(welcome)).toBeVisible();
  // Right after an import the welcome can stay a moment: the page gives way to the rows at low priority.
  if (
    (await welcome.isVisible()) &&
    !(await count.waitFor({ timeout: 3000 }).then(
      () => true,
      () => false,
    ))
  )
    return 0;
  await expect(count).not.toHaveText(/Loading/);
  return Number((await count.innerText()).replace(/\D/g, ''));
}

test('a tab closed while an import is saved leaves all of its rows or none', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await first.goto('/');
  await dropFiles(first, [{ name: 'big.csv', bytes: statement(120_000) }]);
  await expect(importStatus(first).getByRole('progressbar')).toBeVisible();
  await first.waitForTimeout(300);
  await first.close();
  const second = await context.newPage();
  await second.goto('/');
  expect([0, 120_000]).toContain(await storedCount(second));
});

test('storage running out while saving stores nothing and says why', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const state = window as unknown as { failBlocksAfter?: number };
      if (this.name === 'blocks' && state.failBlocksAfter !== undefined && --state.failBlocksAfter < 0)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page);
  const before = await storedCount(page);
  expect(before).toBeGreaterThan(0);

  await page.evaluate(() => ((window as unknown as { failBlocksAfter: number }).failBlocksAfter = 5));
  await dropFiles(page, [{ name: 'months.csv', bytes: statement(30_000, Date.UTC(2018, 0, 1)) }]);
  const status = importStatus(page);
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
  await expect(status).toContainText('refused to store');
  // What the browser said is quoted, never a placeholder.
  await expect(status).toContainText(/quota/i);
  await expect(status).not.toContainText('{message}');
  await page.evaluate(() => delete (window as unknown as { failBlocksAfter?: number }).failBlocksAfter);
  await page.reload();
  expect(await storedCount(page)).toBe(before);
});

test('two tabs importing the same statement at once store it once', async ({ context }) => {
  test.setTimeout(90_000);
  const [one, two] = [await context.newPage(), await context.newPage()];
  await Promise.all([one.goto('/'), two.goto('/')]);
  const file = { name: 'same.csv', bytes: statement(20_000) };
  await Promise.all([dropFiles(one, [file]), dropFiles(two, [file])]);
  await Promise.all([expectImportDone(one), expectImportDone(two)]);
  const added = [one, two].map((page) => importStatus(page).getAttribute('data-added'));
  expect((await Promise.all(added)).map(Number).sort((a, b) => a - b)).toEqual([0, 20_000]);
  expect(await storedCount(one)).toBe(20_000);
  // The other tab heard of the rows without a reload.
  expect(await storedCount(two)).toBe(20_000);
});

test('“Delete everything” during an import cancels it: nothing comes back after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await dropFiles(page, [{ name: 'big.csv', bytes: statement(400_000) }]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'working');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('All data was deleted.')).toBeVisible({ timeout: 60_000 });
  await page.reload();
  expect(await storedCount(page)).toBe(0);
});

test('the older of two overlapping statements cannot be undone while the later one relies on it', async ({
  page,
}) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('overlap_us_chase_checking_a.csv')]);
  await expectImportDone(page);
  await dropFiles(page, [fixtureFile('overlap_us_chase_checking_b.csv')]);
  await expectImportDone(page);
  const total = await storedCount(page);

  await page.goto('/#/import');
  const undoOlder = page.getByRole('button', { name: 'Undo import of overlap_us_chase_checking_a.csv' });
  const undoLater = page.getByRole('button', { name: 'Undo import of overlap_us_chase_checking_b.csv' });
  await expect(undoOlder).toBeDisabled();
  await expect(
    page.getByText(/overlap_us_chase_checking_b\.csv repeated rows of this statement/),
  ).toBeVisible();
  expect(await storedCount(page)).toBe(total);

  await page.goto('/#/import');
  await undoLater.click();
  await expect(undoLater).toHaveCount(0);
  await expect(undoOlder).toBeEnabled();
  await undoOlder.click();
  // Counted once the undo is done: the count shown before it would be replaced by the welcome mid-check.
  await expect(undoOlder).toHaveCount(0);
  expect(await storedCount(page)).toBe(0);
});

test('a file dropped while another is imported waits its turn and is imported too', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await dropFiles(page, [{ name: 'first.csv', bytes: statement(200_000) }]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'working');
  const status = importStatus(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Date,Description,Amount\n2024-01-02,LATE FILE,-1.00\n'], 'second.csv'));
    return transfer;
  });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer });
  await expect(page.getByText('1 more file waits for the current import.')).toBeVisible();
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(page.getByText('1 more file waits')).toHaveCount(0);
  await expect.poll(() => storedCount(page), { timeout: 30_000 }).toBe(200_001);
});
