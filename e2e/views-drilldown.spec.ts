import { expect, type Locator, type Page, test } from '@playwright/test';
import { importMultiCurrency } from './views-support';

/** The digits of a money text ("-$1,234.56", "1 234,56 €" → "123456"). */
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

/** Moves to the n-th item of a chart with the arrow keys and returns what the chart reads out for it. */
async function chartItem(page: Page, chart: Locator, index: number): Promise<string> {
  await chart.focus();
  for (let step = 0; step <= index; step += 1) await page.keyboard.press('ArrowRight');
  const text = (await chart.locator('.chart-readout').textContent()) ?? '';
  return text.replace(/ — .*$/, '');
}

async function expectListed(page: Page, count: number, amount: string) {
  await expect(page).toHaveURL(/#\/transactions\?/);
  await expect(page.getByTestId('transactions-count')).toHaveText(new RegExp(`^${count} `));
  await expect(page.getByTestId('filtered-total')).toHaveText(new RegExp(amount.split('').join('\\D*')));
}

for (const width of [1280, 390]) {
  test(`every chart element opens exactly its transactions, and Back returns to the same dashboard (${width}px)`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 900 } });
    const page = await context.newPage();
    await importMultiCurrency(page);
    await page.goto('/#/dashboard');
    await page.getByTestId('currency-switcher').getByRole('button', { name: 'USD' }).click();
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect(page).toHaveURL(/currency=USD/);

    // Merchant bar: "Name: $X · N payments" → exactly N rows adding up to -$X.
    const merchants = page.getByTestId('chart-top-merchants');
    const merchant = await chartItem(page, merchants, 0);
    const [, merchantAmount = '', merchantCount = ''] = /: (.*) · (\d+) payments?/.exec(merchant) ?? [];
    await page.keyboard.press('Enter');
    await expectListed(page, Number(merchantCount), digits(merchantAmount));
    await expect(page).toHaveURL(/merchant=/);
    await page.goBack();
    await expect(page).toHaveURL(/#\/dashboard\?currency=USD/);
    await expect(page.getByTestId('currency-switcher').getByRole('button', { name: 'USD' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Category: the legend entry's link, followed from the keyboard as a person can (a mouse click waits for two
    // still animation frames, and one CI run's page gave it none in two minutes); the rows add up to its amount.
    const legend = page.getByTestId('chart-category-breakdown').locator('.legend-list li').first();
    const categoryAmount = digits(await legend.locator('.money').textContent());
    await legend.getByTestId('legend-link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/category=/);
    await expect(page.getByTestId('filtered-total')).toHaveText(
      new RegExp(categoryAmount.split('').join('\\D*')),
    );
    await page.goBack();

    // "Other" gathers the smaller categories, and opens exactly those.
    const other = page
      .getByTestId('chart-category-breakdown')
      .locator('.legend-list li')
      .filter({ has: page.locator('a[href*="categories="]') });
    if (await other.count()) {
      const otherAmount = digits(await other.locator('.money').textContent());
      await other.getByTestId('legend-link').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('filtered-total')).toHaveText(
        new RegExp(otherAmount.split('').join('\\D*')),
      );
      await page.goBack();
    }

    // Monthly spending: a mouse click on a bar lands on that month's money out.
    const monthly = page.getByTestId('chart-monthly-spending');
    const month = await chartItem(page, monthly, 0);
    const monthAmount = digits(month.split(': ')[1] ?? '');
    await monthly.locator('.recharts-bar-rectangle').first().click();
    await expect(page).toHaveURL(/flow=out/);
    await expect(page.getByTestId('filtered-total')).toHaveText(
      new RegExp(monthAmount.split('').join('\\D*')),
    );
    await page.goBack();

    // Donut slice, with the mouse.
    await page
      .getByTestId('chart-category-breakdown')
      .locator('.recharts-pie-sector path')
      .first()
      .dispatchEvent('click');
    await expect(page).toHaveURL(/#\/transactions\?category=/);
    await expect(page.getByTestId('filtered-total')).toHaveText(
      new RegExp(categoryAmount.split('').join('\\D*')),
    );
    await context.close();
  });
}

test('links name exact rows: ?ids= shows just those, and filters written back survive a reload', async ({
  page,
}) => {
  await importMultiCurrency(page);
  await page.goto('/#/transactions?currency=GBP');
  const rows = page.getByTestId('transaction-row');
  await expect(rows.first()).toBeVisible();
  await page.goto('/#/transactions?ids=1,2,3');
  await expect(page.getByTestId('transactions-count')).toHaveText(/^3 /);
  await expect(page.getByTestId('link-filters')).toContainText('3 chosen transactions');
  // Amount search: typing an amount finds it whatever its sign.
  await page.goto('/#/transactions');
  await page.getByRole('searchbox', { name: 'Search transactions' }).fill('10.99');
  await expect(page).toHaveURL(/q=10.99/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search transactions' })).toHaveValue('10.99');
  // Spotify and Netflix-sized charges in two currencies: several rows, every one of that size.
  await expect.poll(() => rows.count()).toBeGreaterThan(1);
  const amounts = await rows.locator('.tx-amount').allTextContents();
  for (const amount of amounts) expect(amount).toMatch(/10\.99/);
});
