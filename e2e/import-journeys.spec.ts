import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropFiles, expectImportDone, exportCsv, fixtureFile, importStatus, parseCsvLines } from './support';

const corpus = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/core/import/fixtures/banks',
);
const corpusFile = (name: string) => ({
  name: path.basename(name),
  bytes: readFileSync(path.join(corpus, name)),
});

test('an overlapping statement adds only what is new; identical coffees both stay', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('overlap_us_chase_checking_a.csv')]);
  await expectImportDone(page, { duplicates: 0 });
  const first = Number(await importStatus(page).getAttribute('data-added'));
  await dropFiles(page, [fixtureFile('overlap_us_chase_checking_b.csv')]);
  await expectImportDone(page);
  const duplicates = Number(await importStatus(page).getAttribute('data-duplicates'));
  expect(duplicates).toBeGreaterThan(0);
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  const starbucks = rows.filter((row) => row[0] === '2025-05-02' && row[2]?.includes('STARBUCKS'));
  expect(starbucks).toHaveLength(2);
  expect(rows.length).toBeGreaterThan(first);
  const accounts = new Set(rows.map((row) => row[1]));
  expect(accounts.size).toBe(1);
});

test('many files dropped at once are imported together, each into its own account', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [
    fixtureFile('overlap_fr_societe_generale_a.csv'),
    fixtureFile('overlap_fr_societe_generale_b.csv'),
    fixtureFile('simple-statement.csv'),
  ]);
  await expectImportDone(page, { errors: 0 });
  expect(Number(await importStatus(page).getAttribute('data-duplicates'))).toBeGreaterThan(0);
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  expect(new Set(rows.map((row) => row[1])).size).toBe(2);
  expect(rows.some((row) => row[2]?.includes('BOULANGERIE DU MARCHE'))).toBe(true);
});

test.describe('with a browser locale that says nothing about date order', () => {
  // "en" alone names no region: neither the file nor the browser can tell day-first from month-first.
  test.use({ locale: 'en' });

  test('a file whose dates could be read two ways asks, and the answer is remembered', async ({ page }) => {
    await page.goto('/');
    // Every day ≤ 12 and no sequence of dates to tell: only the person can say.
    const ambiguous = {
      name: 'undecidable_dates.csv',
      bytes: readFileSync(path.join(corpus, '../shapes/_generic/undecidable_dates.csv')),
    };
    await dropFiles(page, [ambiguous]);
    await expect(importStatus(page)).toHaveAttribute('data-state', 'needs-review');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('day-first or month-first');
    await dialog.getByLabel('Date order').selectOption('DMY');
    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await expectImportDone(page, { errors: 0 });

    // The same shape with other rows goes straight in now.
    const text = ambiguous.bytes.toString('latin1');
    const shifted = text.replace(
      /(\d+)\.(\d{2})(?=[",\r\n]|$)/m,
      (_match, whole: string, fraction: string) => `${Number(whole) + 1}.${fraction}`,
    );
    await dropFiles(page, [{ name: 'next-month.csv', bytes: Buffer.from(shifted, 'latin1') }]);
    await expectImportDone(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('bad files get a clear message and never touch stored data', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7 });

  await dropFiles(page, [corpusFile('_generic/fake_pdf.csv')]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'error');
  await expect(importStatus(page)).toContainText('PDF');

  await dropFiles(page, [corpusFile('_generic/png_image.csv')]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'error');
  await expect(importStatus(page)).toContainText('image');

  await dropFiles(page, [{ name: 'empty.csv', bytes: Buffer.alloc(0) }]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'error');
  await expect(importStatus(page)).toContainText('empty');

  // The other downloads a bank offers: the message says what the file is and what to get instead.
  const ofx = 'OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKTRANLIST><STMTTRN><TRNAMT>-12.50</STMTTRN></OFX>\n';
  await dropFiles(page, [{ name: 'statement.qfx', bytes: Buffer.from(ofx) }]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'error');
  await expect(importStatus(page)).toContainText('OFX/QFX');
  const webPage = '<html><body><table><tr><td>Date</td><td>Amount</td></tr></table></body></html>';
  await dropFiles(page, [{ name: 'statement.xls', bytes: Buffer.from(webPage) }]);
  await expect(importStatus(page)).toContainText('web page');

  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  expect(rows).toHaveLength(7);
});

test('a file with broken rows imports the good ones and lists the rejected lines', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [corpusFile('_generic/half_rows_broken.csv')]);
  const status = importStatus(page);
  await expect(status).toHaveAttribute('data-state', /needs-review|done/);
  if ((await status.getAttribute('data-state')) === 'needs-review') {
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm import' }).click();
  }
  await expectImportDone(page, { errors: 10 });
  await status.getByText('Rejected rows').click();
  await expect(status).toContainText(/Line \d+/);
});

test('undo removes the last import', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [fixtureFile('simple-statement.csv')]);
  await expectImportDone(page, { added: 7 });
  await importStatus(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'See where your money goes, privately' })).toBeVisible();
});

test('a wallet export in two currencies becomes one account per currency, each with its own balance', async ({
  page,
}) => {
  await page.goto('/');
  const statement = [
    'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance',
    'TOPUP,Current,2024-01-02 09:00:00,2024-01-02 09:00:01,Top-Up by *1234,1000.00,0.00,EUR,COMPLETED,1000.00',
    'CARD_PAYMENT,Current,2024-01-03 12:00:00,2024-01-04 10:00:00,Lidl,-45.20,0.00,EUR,COMPLETED,954.80',
    'EXCHANGE,Current,2024-01-05 10:00:00,2024-01-05 10:00:00,Exchanged to USD,-300.00,0.00,EUR,COMPLETED,654.80',
    'EXCHANGE,Current,2024-01-05 10:00:00,2024-01-05 10:00:00,Exchanged from EUR,325.00,0.00,USD,COMPLETED,325.00',
    'CARD_PAYMENT,Current,2024-01-08 19:00:00,2024-01-09 10:00:00,Whole Foods,-62.40,0.00,USD,COMPLETED,262.60',
    'CARD_PAYMENT,Current,2024-01-12 13:00:00,2024-01-13 10:00:00,Carrefour,-88.10,0.00,EUR,COMPLETED,566.70',
  ].join('\n');
  const file = { name: 'revolut_2024.csv', bytes: Buffer.from(statement), type: 'text/csv' };
  await dropFiles(page, [file]);
  await expectImportDone(page, { added: 6, errors: 0 });
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  // date,account,description,merchant,category,amount,currency,balance
  const byAccount = (account: string) =>
    rows.filter((row) => row[1] === account).map((row) => [row[0], row[5], row[6], row[7]]);
  expect(byAccount('Revolut USD')).toEqual([
    ['2024-01-05', '325.00', 'USD', '325.00'],
    ['2024-01-08', '-62.40', 'USD', '262.60'],
  ]);
  expect(byAccount('Revolut EUR').map((row) => row[3])).toEqual(['1000.00', '954.80', '654.80', '566.70']);
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('kpi-net-worth')).toHaveAttribute('data-amount', '56670');
  // Reading the dollar part differently replaces that part only; the euro rows are found already stored.
  await page.getByRole('button', { name: 'Read differently… revolut_2024.csv' }).nth(1).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm import' }).click();
  await expectImportDone(page, { added: 2, duplicates: 4 });
  const files = page.getByTestId('import-file');
  await expect(files.filter({ hasText: 'Revolut USD' }).getByTestId('import-reading')).toContainText(
    'read again',
  );
  await expect(files.filter({ hasText: 'Revolut EUR' }).getByTestId('import-reading')).not.toContainText(
    'read again',
  );
  const reread = parseCsvLines(await exportCsv(page)).slice(1);
  expect(reread.filter((row) => row[1] === 'Revolut USD')).toHaveLength(2);
  expect(reread).toHaveLength(6);
  // The same file again: each currency's rows are already there.
  await page.goto('/#/import');
  await dropFiles(page, [file]);
  await expectImportDone(page, { added: 0, duplicates: 6 });
});

test('an export of all accounts becomes one account per account number, each with its own balance', async ({
  page,
}) => {
  await page.goto('/');
  const statement = [
    'Account Name;Account Number;Booking date;Counterparty;Amount;Currency;Balance',
    'Girokonto;DE89370400440532013000;2024-03-01;ACME GmbH Gehalt;2150,00;EUR;4104,80',
    'Sparkonto;DE02120300000000202051;2024-03-02;Uebertrag vom Girokonto;500,00;EUR;1500,00',
    'Girokonto;DE89370400440532013000;2024-03-02;Uebertrag auf Sparkonto;-500,00;EUR;3604,80',
    'Girokonto;DE89370400440532013000;2024-03-05;REWE Markt;-45,20;EUR;3559,60',
  ].join('\n');
  await dropFiles(page, [{ name: 'alle-konten.csv', bytes: Buffer.from(statement), type: 'text/csv' }]);
  await expectImportDone(page, { added: 4, errors: 0 });
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  // date,account,description,merchant,category,amount,currency,balance
  const balances = (suffix: string) =>
    rows.filter((row) => row[1]?.endsWith(suffix)).map((row) => [row[0], row[7]]);
  expect(balances('••3000')).toEqual([
    ['2024-03-01', '4104.80'],
    ['2024-03-02', '3604.80'],
    ['2024-03-05', '3559.60'],
  ]);
  expect(balances('••2051')).toEqual([['2024-03-02', '1500.00']]);
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('kpi-net-worth')).toHaveAttribute('data-amount', '505960');
});

test.describe('in a browser set to Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('a yen statement that names no currency is stored in yen, not a hundredth of its amounts', async ({
    page,
  }) => {
    await page.goto('/');
    const statement = '日付,内容,金額,残高\n2024/01/05,コーヒー,-350,99650\n2024/01/25,給与,250000,349650\n';
    await dropFiles(page, [{ name: 'nyushukkin.csv', bytes: Buffer.from(statement), type: 'text/csv' }]);
    await expectImportDone(page, { errors: 0 });
    const rows = parseCsvLines(await exportCsv(page)).slice(1);
    // date,account,description,merchant,category,amount,currency,balance
    expect(rows.map((row) => [row[0], row[5], row[6], row[7]])).toEqual([
      ['2024-01-05', '-350', 'JPY', '99650'],
      ['2024-01-25', '250000', 'JPY', '349650'],
    ]);
    await page.goto('/#/dashboard');
    await expect(page.getByTestId('kpi-net-worth')).toHaveAttribute('data-amount', '349650');
  });
});

test('a statement dropped while the import worker warms up is read as it is without the warm-up', async ({
  browser,
}) => {
  const importAfter = async (waitMs: number) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The Welcome screen warms the worker up once it has settled (1.5 s): this drop lands during it.
    await page.waitForTimeout(waitMs);
    await dropFiles(page, [fixtureFile('overlap_us_chase_checking_a.csv')]);
    await expectImportDone(page, { errors: 0 });
    const added = await importStatus(page).getAttribute('data-added');
    const csv = await exportCsv(page);
    await context.close();
    return { added, csv };
  };
  const cold = await importAfter(0);
  const warming = await importAfter(1_600);
  expect(Number(cold.added)).toBeGreaterThan(10);
  expect(warming).toEqual(cold);
});

test('a statement whose dates carry no year asks first, then lands on its days up to today', async ({
  page,
}) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const dayMonth = (date: Date) => `${pad(date.getDate())}/${pad(date.getMonth() + 1)}`;
  const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  // A statement of the last six weeks (across New Year too, whenever this runs): each day in its own year.
  const [recent, older, oldest] = [day(-3), day(-20), day(-40)];
  const text = [
    'Date,Description,Amount',
    `${dayMonth(recent)},COFFEE SHOP 1042,-3.50`,
    `${dayMonth(older)},PAYROLL ACME,2500.00`,
    `${dayMonth(oldest)},RENT OCTOBER,-1200.00`,
  ].join('\n');
  await page.goto('/');
  await dropFiles(page, [{ name: 'no-year.csv', bytes: Buffer.from(text) }]);
  await expect(importStatus(page)).toHaveAttribute('data-state', 'needs-review');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('have no year');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expectImportDone(page, { added: 3 });
  const dates = parseCsvLines(await exportCsv(page))
    .slice(1)
    .map((row) => row[0])
    .sort();
  expect(dates).toEqual([iso(oldest), iso(older), iso(recent)].sort());
});
