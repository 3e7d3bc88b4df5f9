import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropFiles, expectImportDone, fixtureFile, importStatus } from './support';
import { importMultiCurrency } from './views-support';
import { loadSamples, rows } from './workspace-support';

const ambiguous = {
  name: 'undecidable_dates.csv',
  bytes: readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../src/core/import/fixtures/shapes/_generic/undecidable_dates.csv',
    ),
  ),
};

test('a skip link, one labelled tab stop per chart, and selects that change only when confirmed', async ({
  page,
}) => {
  await importMultiCurrency(page);
  await page.goto('/#/dashboard');
  // A fresh page load: focus starts at the top of the document.
  await page.reload();
  await expect(page.getByTestId('chart-weekday-habits')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const charts = page.locator('[data-testid^="chart-"]');
  expect(await charts.count()).toBe(6);
  for (const chart of await charts.all()) {
    await expect(chart).toHaveAttribute('tabindex', '0');
    await expect(chart).toHaveAttribute('aria-label', /chart\. Arrow keys/);
    const innerStops = await chart.evaluate(
      (element) =>
        Array.from(
          element.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
        ).filter((inner) => inner.tabIndex >= 0).length,
    );
    expect(innerStops, String(await chart.getAttribute('data-testid'))).toBe(0);
  }

  await page.goto('/#/transactions');
  const select = page.getByTestId('transaction-row').first().getByRole('combobox');
  const before = await select.inputValue();
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(select).toHaveValue(before);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(select).toHaveValue(before);
  await expect(page.getByRole('button', { name: 'Apply to all' })).toHaveCount(0);
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const previewed = await select.inputValue();
  expect(previewed).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue(previewed);
  // The "apply to all" question takes focus when it appears, and gives it back once answered.
  const prompt = page.getByTestId('learn-prompt');
  if (await prompt.getByRole('button', { name: 'Apply to all' }).isVisible()) {
    await expect(prompt.getByRole('button', { name: 'Apply to all' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(select).toBeFocused();
  }

  // A dialog gives focus back to the button that opened it.
  const split = page
    .getByTestId('transaction-row')
    .nth(1)
    .getByRole('button', { name: /^Split / });
  await split.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(split).toBeFocused();
});

test.describe('with a browser locale that says nothing about date order', () => {
  // "en" alone names no region: the undecidable file must be asked about.
  test.use({ locale: 'en' });

  test('Escape in the review says the file was skipped; a failed file is a warning, not a success', async ({
    page,
  }) => {
    await page.goto('/');
    await dropFiles(page, [ambiguous]);
    await expect(importStatus(page)).toHaveAttribute('data-state', 'needs-review');
    // Escape goes to the dialog once it is open and holds the focus.
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(importStatus(page)).toHaveAttribute('data-state', 'error');
    await expect(importStatus(page)).toContainText(/skipped/);
    // …and can be read again from there.
    await importStatus(page).getByRole('button', { name: 'Read differently…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Date order').selectOption('DMY');
    // The account's currency is confirmed in the review too.
    await dialog.getByLabel('Currency of the account').selectOption('GBP');
    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await expectImportDone(page);
    await page.goto('/#/dashboard');
    await expect(page.getByTestId('account-balance')).toHaveAttribute('data-currency', 'GBP');

    await dropFiles(page, [
      fixtureFile('overlap_us_chase_checking_a.csv'),
      { name: 'notes.csv', bytes: Buffer.from('hello\nthis is not a statement\n'), type: 'text/csv' },
    ]);
    await expectImportDone(page);
    const status = importStatus(page);
    await expect(status).toHaveClass(/import-status-warning/);
    await expect(status.locator('[data-testid="import-file"][data-status="imported"]')).toHaveCount(1);
    await expect(status.locator('[data-testid="import-file"][data-status="failed"]')).toContainText(
      'notes.csv',
    );
    await expect(status).toBeFocused();
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  test('the banner’s Undo cannot be read as Cancel', async ({ page }) => {
    await page.goto('/');
    await dropFiles(page, [fixtureFile('overlap_us_chase_checking_a.csv')]);
    await expectImportDone(page);
    await expect(importStatus(page).getByRole('button', { name: 'Annuler l’import' })).toBeVisible();
  });
});

test('a row the table reuses for another transaction gives up focus: the next key press changes nothing', async ({
  page,
}) => {
  await loadSamples(page);
  const category = await rows(page).first().getByRole('combobox').inputValue();
  await page.goto(`/#/transactions?category=${encodeURIComponent(category)}`);
  await expect(rows(page).nth(1)).toBeVisible();
  const firstText = await rows(page).first().textContent();
  const secondText = await rows(page).nth(1).textContent();
  expect(firstText).not.toBe(secondText);
  const select = rows(page).first().getByRole('combobox');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  if ((await select.inputValue()) === category) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  // The changed transaction leaves the filtered table; the next one now shows where it was.
  await expect(rows(page).first()).toHaveText(secondText ?? '');
  // The "apply to all" question, when it comes, may hold focus: answered with Escape, it gives focus back only to
  // the transaction it was asked about, which has left the table.
  const apply = page.getByTestId('learn-prompt').getByRole('button', { name: 'Apply to all' });
  const asked = await apply.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (asked) await page.keyboard.press('Escape');
  await expect(page.locator('.category-select:focus')).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(rows(page).first()).toHaveText(secondText ?? '');
  await expect(rows(page).first().getByRole('combobox')).toHaveValue(category);
});
