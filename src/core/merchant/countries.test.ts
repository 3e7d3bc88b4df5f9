import { describe, expect, it } from 'vitest';
import { countriesOfStatement, mergePacks, packsFor, PACK_COUNTRIES } from './countries';

describe('brand packs of a statement', () => {
  it('reads the IBAN country, the bank preset and the currencies', () => {
    expect(countriesOfStatement({ accounts: ['DE89370400440532013000'] })).toEqual(['de']);
    expect(countriesOfStatement({ bankId: 'uk_monzo' })).toEqual(['gb']);
    expect(countriesOfStatement({ currencies: ['AUD'] })).toEqual(['au']);
    expect(countriesOfStatement({ bankId: 'fr_boursorama', currencies: ['EUR'] })).toEqual(['fr']);
  });
  it('loads the euro area for euros alone, everything when nothing tells', () => {
    expect(countriesOfStatement({ currencies: ['EUR'] })).toContain('it');
    expect(countriesOfStatement({ currencies: ['EUR'] })).not.toContain('us');
    expect(countriesOfStatement({ bankId: 'eu_revolut' })).toHaveLength(PACK_COUNTRIES.length);
    expect(countriesOfStatement({ locale: 'fr-FR' })).toEqual(['fr']);
  });
  it('adds world and European brands', () => {
    expect(packsFor(['fr'])).toEqual(['fr', 'europe', 'world']);
    expect(packsFor(['au'])).toEqual(['au', 'world']);
  });
  it('merges packs keeping a brand once', () => {
    const merged = mergePacks([
      { v: 1, c: { groceries: ['Lidl'] } },
      { v: 1, c: { groceries: ['Lidl', 'Biedronka'] }, a: { Biedronka: ['biedronka codziennie'] } },
    ]);
    expect(merged.c.groceries).toEqual(['Lidl', 'Biedronka']);
    expect(merged.a?.Biedronka).toEqual(['biedronka codziennie']);
  });
});
