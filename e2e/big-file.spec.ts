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
  await dropFiles(page, [{ name: 'big.csv', bytes: bigStatement(120_000) }]);
  const status = importStatus(page);
  const bar = status.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuenow', /\d+/, { timeout: 60_000 });
  // The page still answers while the rows are written.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await page.goto('/#/dashboard');
  await expect(page.getByRole('button', { name: 'Try with sample data' })).toBeVisible();
});
