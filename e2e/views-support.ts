import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fixturePath } from './support';

export const VIEWS = ['dashboard', 'transactions', 'review', 'categories', 'import', 'settings'] as const;
export const WIDTHS = [1280, 390] as const;
export const LOCALES = ['en-US', 'fr-FR'] as const;

/** Chase and Amex (USD), Monzo (GBP), Sparkasse, Société Générale and ING (EUR): one person's real mix. */
export async function importMultiCurrency(page: Page) {
  const dir = fixturePath('multi-currency');
  await page.goto('/#/import');
  const files = readdirSync(dir).map((name) => path.join(dir, name));
  await page.locator('input[type="file"]').first().setInputFiles(files);
  const status = page.getByTestId('import-status');
  for (let round = 0; round < 8; round += 1) {
    await expect(status).toHaveAttribute('data-state', /done|needs-review|error/, { timeout: 30_000 });
    if ((await status.getAttribute('data-state')) !== 'needs-review') break;
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Confirm import|Confirmer l’import|Confirmer l'import/ })
      .click();
  }
  await expect(status).toHaveAttribute('data-state', 'done');
}

/** Serious and critical accessibility problems on the page as it is now. */
export async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
}

/** The page scrolls sideways when its content is wider than the screen. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => (document.scrollingElement?.scrollWidth ?? 0) - document.documentElement.clientWidth,
  );
}
