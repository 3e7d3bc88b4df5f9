import { expect, test } from '@playwright/test';
import { dropFiles, importStatus } from './support';

function bigStatement(rows: number): Buffer {
  const lines = ['Date,Description,Amount,Balance'];
  let balance = 1_000_000;
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 40) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const cents = -((index * 7919) % 9000) - 100;
    balance += cents;
    lines.push(
      `${day},"CARD PAYMENT SHOP ${index % 500}",${(cents / 100).toFixed(2)},${(balance / 100).toFixed(2)}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('a big statement shows progress, keeps the page usable, and cancelling stores nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await dropFiles(page, [{ name: 'big.csv', bytes: bigStatement(400_000) }]);
  const status = importStatus(page);
  await expect(status).toHaveAttribute('data-state', 'working');
  await expect(status.getByRole('progressbar')).toBeVisible();
  // The page still answers while the file is read.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await page.goto('/#/dashboard');
  await expect(page.getByRole('button', { name: 'Try with sample data' })).toBeVisible();
});

test('a big statement is stored whole, with its progress shown while it is saved', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => {
    (window as unknown as { progress: string[] }).progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-status"] [role="progressbar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value) (window as unknown as { progress: string[] }).progress.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await dropFiles(page, [{ name: 'big.csv', bytes: bigStatement(120_000) }]);
  const status = importStatus(page);
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  await expect(status).toHaveAttribute('data-added', '120000');
  const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
  expect(progress.length).toBeGreaterThan(0);
  await page.reload();
  await page.goto('/#/transactions');
  await expect(page.getByTestId('transactions-count')).toContainText('120,000');
});
