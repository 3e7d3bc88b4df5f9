import { describe, expect, it } from 'vitest';
import type { StatementRow } from '../core/import/types';
import { categorizeRows, statementSignals } from './categorizeRows';
import { loadKnowledgeFor } from './merchantPacks';

const row = (description: string, amount: number, extra: Partial<StatementRow> = {}): StatementRow => ({
  line: 2,
  date: '2025-07-01',
  description,
  amount,
  balance: null,
  ...extra,
});
const input = { rules: [], learned: [] };

describe('categorizeRows', () => {
  it('loads only the packs of the statement’s countries', async () => {
    const france = await loadKnowledgeFor({ accounts: ['FR7630006000011234567890189'] });
    const everywhere = await loadKnowledgeFor({});
    expect(france.size).toBeLessThan(everywhere.size / 2);
    expect(france.byFirstToken.has('grand frais')).toBe(true);
    expect(france.byFirstToken.has('woolworths')).toBe(false);
  });
  it('reads the countries from the rows and uses the bank category as evidence', async () => {
    const rows = [
      row('CARTE 12/07 GRAND FRAIS', -3820, { account: 'FR7630006000011234567890189' }),
      row('CARTE 12/07 CHEZ NINON', -4200, { bankCategory: 'Restaurants, bars · Restaurant' }),
    ];
    expect(statementSignals(rows).accounts).toEqual(['FR7630006000011234567890189']);
    const [grocer, restaurant] = await categorizeRows(rows, input);
    expect(grocer).toMatchObject({ merchant: 'Grand Frais', category: 'groceries' });
    expect(restaurant).toMatchObject({ merchant: 'Chez Ninon', category: 'dining', source: 'bank' });
  });
  it('knows Australian brands when the file is in Australian dollars', async () => {
    const [woolworths] = await categorizeRows(
      [row('WOOLWORTHS 3312 SYDNEY NS AUS Card xx1234', -8430)],
      input,
      {
        currencies: ['AUD'],
      },
    );
    expect(woolworths).toMatchObject({ merchant: 'Woolworths', category: 'groceries' });
  });
});
