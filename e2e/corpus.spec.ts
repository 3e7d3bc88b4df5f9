import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropFiles, expectImportDone, exportCsv, parseCsvLines } from './support';

const corpus = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/core/import/fixtures/banks',
);

interface Expected {
  expect: {
    errors: number;
    rows: { date: string; amount: number; balance?: number | null }[];
  };
}

/** A representative slice of the importer's fixture corpus: every country, encoding and amount layout. */
const representative = [
  'us_chase_checking/Chase4821_Activity_20250515',
  'us_amex/activity',
  'us_capital_one_credit_card/2025-05-16_transaction_download',
  'uk_monzo/Monzo_Data_Export_2025-02-01_to_2025-03-16',
  'fr_societe_generale/Export_01042025_16052025',
  'fr_credit_agricole/CA20250516',
  'de_sparkasse_camt/20250516-1234567890-umsatz-camt52v8',
  'de_volksbank_vr/fiducia_older_s_h',
  'nl_ing/NL10INGB0002338872_01-04-2025_16-05-2025',
  'eu_revolut/account-statement_2025-03-01_2025-04-20_en-us_4d2a1f',
  '_generic/excel_unicode_text_utf16',
];

const cents = (minor: number) => (minor / 100).toFixed(2);

for (const fixture of representative) {
  test(`drop → export matches the bank's file: ${fixture}`, async ({ page }) => {
    const csvPath = path.join(corpus, `${fixture}.csv`);
    const expected = JSON.parse(
      readFileSync(path.join(corpus, `${fixture}.expected.json`), 'utf8'),
    ) as Expected;
    await page.goto('/');
    await dropFiles(page, [{ name: path.basename(csvPath), bytes: readFileSync(csvPath) }]);
    await expectImportDone(page, { added: expected.expect.rows.length, errors: expected.expect.errors });

    const exported = parseCsvLines(await exportCsv(page)).slice(1);
    const key = (date: string, amount: string) => `${date} ${amount}`;
    const got = exported.map((row) => key(row[0] ?? '', row[5] ?? '')).sort();
    const want = expected.expect.rows.map((row) => key(row.date, cents(row.amount))).sort();
    expect(got).toEqual(want);
  });
}
