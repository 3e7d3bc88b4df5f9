import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsvLines } from './support';
import { loadSamples } from './workspace-support';

const KINDS = ['places', 'routine', 'income', 'life-events', 'sensitive', 'spending-power', 'brands'];

test('the sample data reveals at least 10 things of at least 6 kinds, each linked to its transactions', async ({
  page,
}) => {
  await loadSamples(page, '#/dashboard');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What it reveals' }).click();
  const report = page.getByTestId('reveal-report');
  await expect(report).toBeVisible();
  const items = report.getByTestId('reveal-item');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  const kinds = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind') ?? ''));
  for (const kind of kinds) expect(KINDS).toContain(kind);
  expect(new Set(kinds).size).toBeGreaterThanOrEqual(6);

  const home = items.filter({ hasText: 'You live or work around Paris' });
  await expect(home).toHaveCount(1);
  await expect(items.filter({ hasText: 'You travelled abroad: Lisbon, Portugal' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Your health' })).toContainText(/Very likely|Likely/);

  const health = items.filter({ hasText: 'Your health' });
  const link = health.getByRole('link', { name: /See the \d+ transactions/ });
  const count = Number((await link.textContent())?.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(3);
  await link.click();
  await expect(page).toHaveURL(/#\/transactions\?ids=\d+(,\d+)+$/);
  const ids = new URL(page.url()).hash.split('ids=')[1]?.split(',') ?? [];
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
});

test('the redacted export keeps only the last 4 account digits and hides sensitive rows', async ({
  page,
}) => {
  await loadSamples(page, '#/reveal');
  await expect(page.getByTestId('reveal-item').first()).toBeVisible();
  await page.getByLabel('Round amounts to whole units').check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export redacted CSV' }).click();
  const text = readFileSync(await (await downloadPromise).path(), 'utf8');
  const [header, ...records] = parseCsvLines(text).filter((row) => row.length > 1);
  expect(header).toEqual([
    'date',
    'account',
    'description',
    'merchant',
    'category',
    'amount',
    'currency',
    'balance',
  ]);
  expect(records.length).toBeGreaterThan(1000);
  // The sample accounts are FR7630006000011234567890189 and FR7630006000019876543210143.
  for (const number of ['FR7630006000011234567890189', 'FR7630006000019876543210143']) {
    const digits = number.replace(/\D/g, '');
    for (let start = 0; start + 5 <= digits.length; start += 1)
      expect(text).not.toContain(digits.slice(start, start + 5));
  }
  for (const hidden of [
    'PHARMACIE',
    'Pharmacie',
    'MEETIC',
    'Meetic',
    'CFDT',
    'DENIER DU CULTE',
    'TABAC',
    'FDJ',
    'MEDECIN',
  ]) {
    expect(text).not.toContain(hidden);
  }
  const health = records.filter((row) => row[4] === 'Health');
  expect(health.length).toBeGreaterThan(3);
  for (const row of health) {
    expect(row[2]).toBe('Health');
    expect(row[3]).toBe('Health');
  }
  for (const row of records) expect(row[5]).toMatch(/^-?\d+\.00$/);
  expect(records.some((row) => row[3] === 'Carrefour City')).toBe(true);
});

test('the report speaks French', async ({ page }) => {
  await loadSamples(page, '#/settings');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.goto('/#/reveal');
  const report = page.getByTestId('reveal-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Ce que vos relevés révèlent', {
    useInnerText: true,
  });
  await expect(report.getByTestId('reveal-item').filter({ hasText: 'Lisbonne, Portugal' })).toHaveCount(1);
  await expect(
    report.getByTestId('reveal-item').filter({ hasText: 'Vous vivez ou travaillez vers Paris' }),
  ).toHaveCount(1);
  await expect(report.getByRole('button', { name: 'Exporter un CSV caviardé' })).toBeVisible();
  await expect(report.getByRole('link', { name: /^Voir les \d+ opérations$/ }).first()).toBeVisible();
});

test('the printed report is the redacted one', async ({ page }) => {
  await loadSamples(page, '#/reveal');
  const health = page.getByTestId('reveal-item').filter({ hasText: 'Your health' });
  await expect(health).toContainText('Pharmacie du Centre');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What my statements reveal (redacted)', {
    useInnerText: true,
  });
  await expect(health).toBeVisible();
  await expect(health.getByText(/Pharmacie du Centre/)).toBeHidden();
  await expect(page.getByRole('link', { name: /See the/ }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export redacted CSV' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
