import { expect, test } from '@playwright/test';
import { expectImportDone } from './support';

test('the dashboard shows the fraud-like signs in the sample data, each with its charges', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expectImportDone(page);
  const list = page.getByTestId('list-unusual');
  const item = (reason: string) => list.locator(`[data-testid="unusual-item"][data-reason="${reason}"]`);
  await expect(item('cardTesting')).toContainText('3 tiny charges');
  await expect(item('cardTesting').getByTestId('unusual-charges')).toContainText('3 charges:');
  await expect(item('trialConverted')).toContainText('Canal+');
  await expect(item('trialConverted')).toContainText('Started at €1.00 and now charges €24.99');
  await expect(item('stoppedSubscription')).toContainText('Deezer');
  await expect(item('sameCharge')).toContainText('Decathlon');
  await expect(item('fxFee')).toContainText('6 foreign-exchange fees');
  await expect(list.locator('[data-testid="unusual-item"][data-merchant="Darty"]')).toHaveCount(1);
  for (const merchant of ['Starbucks', 'Paul', 'Carrefour City'])
    await expect(list).not.toContainText(merchant);
});
