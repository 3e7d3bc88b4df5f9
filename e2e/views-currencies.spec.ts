import { expect, test } from '@playwright/test';
import {
  importMultiCurrency,
  LOCALES,
  seriousAxeViolations,
  sidewaysOverflow,
  VIEWS,
  WIDTHS,
} from './views-support';

// Latest balances as the files give them: Chase's newest row, Monzo's and ING's, and the balance Société Générale's
// summary line states (5,718.49 on 31/03/2025); Amex and Sparkasse files give none, so those balances are unknown
// (never taken to start at zero).
const NET_WORTH = { USD: 400752, EUR: 1165945, GBP: 664626 } as const;

for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    test(`multi-currency profile: every account shown, totals right per currency, every view usable (${locale}, ${width}px)`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ locale, viewport: { width, height: 860 } });
      const page = await context.newPage();
      await importMultiCurrency(page);

      await page.goto('/#/dashboard');
      const accounts = page.getByTestId('account-balance');
      await expect(accounts).toHaveCount(6);
      expect(new Set(await accounts.evaluateAll((rows) => rows.map((row) => row.dataset.currency)))).toEqual(
        new Set(['USD', 'EUR', 'GBP']),
      );
      // Two accounts without a balance in their file say so instead of showing a made-up one.
      await expect(accounts.filter({ hasText: /balance unknown|solde inconnu/ })).toHaveCount(2);

      const switcher = page.getByTestId('currency-switcher');
      const net = page.getByTestId('kpi-net-worth');
      for (const [currency, amount] of Object.entries(NET_WORTH)) {
        await switcher.getByRole('button', { name: currency, exact: true }).click();
        await expect(net).toHaveAttribute('data-currency', currency);
        await expect(net).toHaveAttribute('data-amount', String(amount));
        // The accounts in other currencies are named as left out of this total, never dropped silently.
        const notice = page.getByTestId('total-notice');
        for (const other of Object.keys(NET_WORTH).filter((code) => code !== currency))
          await expect(notice).toContainText(other);
      }
      await expect(page.getByTestId('data-through')).toContainText(/2025/);

      for (const view of VIEWS) {
        await page.goto(`/#/${view}`);
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForTimeout(view === 'dashboard' ? 800 : 300);
        expect(await sidewaysOverflow(page), `${view} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await seriousAxeViolations(page), `${view} accessibility`).toEqual([]);
      }
      if (width === 390) {
        // The narrowest phones in use.
        await page.setViewportSize({ width: 360, height: 740 });
        for (const view of VIEWS) {
          await page.goto(`/#/${view}`);
          await expect(page.locator('main h1').first()).toBeVisible();
          await page.waitForTimeout(view === 'dashboard' ? 800 : 300);
          expect(await sidewaysOverflow(page), `${view} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
        }
      }
      await context.close();
    });
  }
}
