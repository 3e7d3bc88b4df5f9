import { expect, test } from '@playwright/test';
import { dropFiles, expectImportDone, exportCsv, parseCsvLines } from './support';

const header =
  '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"';
const line = (booked: string, text: string, payee: string, amount: string, info: string) =>
  `"DE96700500007806024307";"${booked}";"${booked}";"KARTENZAHLUNG";"${text}";"${payee}";"";"";"${amount}";"EUR";"${info}"`;

/** A statement where the Lieferando payment is still pending (Monday) or booked two days later (Friday). */
const statement = (lieferando: { booked: string; info: string }) =>
  [
    header,
    line(
      lieferando.booked,
      'Lieferando.de//Berlin/DE 2025-09-02T16:39:02',
      'Lieferando.de',
      '-15,33',
      lieferando.info,
    ),
    line(
      '01.09.25',
      'REWE SAGT DANKE//Berlin/DE 2025-09-01T10:12:44',
      'REWE Markt GmbH',
      '-42,10',
      'Umsatz gebucht',
    ),
    line(
      '28.08.25',
      'DM DROGERIE//Berlin/DE 2025-08-28T18:02:11',
      'dm-drogerie markt',
      '-8,45',
      'Umsatz gebucht',
    ),
  ].join('\r\n');

const monday = statement({ booked: '02.09.25', info: 'Umsatz vorgemerkt' });
const friday = statement({ booked: '04.09.25', info: 'Umsatz gebucht' });

test('a pending card payment is replaced by its booked version from the next statement', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [{ name: '20250902-umsatz.csv', bytes: Buffer.from(monday, 'latin1') }]);
  await expectImportDone(page, { added: 3 });
  await page.goto('/#/transactions');
  await expect(page.getByTestId('transaction-row').filter({ hasText: 'Pending' })).toHaveCount(1);

  await dropFiles(page, [{ name: '20250905-umsatz.csv', bytes: Buffer.from(friday, 'latin1') }]);
  await expectImportDone(page, { added: 1, duplicates: 2 });
  await expect(page.getByTestId('transaction-row')).toHaveCount(3);
  await expect(page.getByTestId('transaction-row').filter({ hasText: 'Pending' })).toHaveCount(0);
  const rows = parseCsvLines(await exportCsv(page)).slice(1);
  expect(rows.filter((row) => row[5] === '-15.33').map((row) => row[0])).toEqual(['2025-09-04']);
});
