import { describe, expect, it } from 'vitest';
import { localizeMerchant } from '../../i18n/merchantNames';
import { fr } from '../../i18n/fr';
import { EMPTY_FILTER, toFilter } from './filterForm';
import { formFromHash, hashFromForm } from './urlFilters';

describe('filters in the URL', () => {
  it('reads a drill-down link into the form and writes the same link back', () => {
    const hash = '#/transactions?category=dining&from=2025-08-01&to=2025-10-31&currency=GBP&flow=out';
    const form = formFromHash(hash);
    expect(form).toMatchObject({ category: 'dining', from: '2025-08-01', currency: 'GBP', flow: 'out' });
    expect(hashFromForm(form)).toBe(hash);
  });

  it('keeps exact ids and a merchant with spaces and accents', () => {
    const form = formFromHash('#/transactions?merchant=Caf%C3%A9+Z%C3%A9ro&ids=12,7');
    expect(form.merchant).toBe('Café Zéro');
    expect(form.ids).toBe('12,7');
  });

  it('is the plain view with no query', () => {
    expect(formFromHash('#/transactions')).toEqual(EMPTY_FILTER);
    expect(hashFromForm(EMPTY_FILTER)).toBe('#/transactions');
  });

  it('shows a generic merchant of a dashboard link in the interface language, and filters on it as stored', () => {
    const shownAs = (name: string) => localizeMerchant(name, (key) => fr[key]);
    const form = formFromHash('#/transactions?merchant=Cash+Withdrawal&flow=out', shownAs);
    expect(form.merchant).toBe('Retrait d’espèces');
    const merchants = [
      { key: 'cash withdrawal', name: 'Cash Withdrawal' },
      { key: 'cafe zero', name: 'Café Zéro' },
    ];
    expect(toFilter(form, 'EUR', merchants, shownAs).merchantName).toBe('cash withdrawal');
    // As stored, in any language; another merchant's name is never translated.
    expect(toFilter({ ...form, merchant: 'cash withdrawal' }, 'EUR', merchants, shownAs).merchantName).toBe(
      'cash withdrawal',
    );
    expect(toFilter({ ...form, merchant: 'Café Zéro' }, 'EUR', merchants, shownAs).merchantName).toBe(
      'cafe zero',
    );
    expect(toFilter({ ...form, merchant: 'retrait' }, 'EUR', merchants, shownAs)).toMatchObject({
      merchant: 'retrait',
    });
    // Search text finds a generic merchant by its shown name too; a name shown as stored needs no help.
    const search = { ...EMPTY_FILTER, query: 'Retrait' };
    expect(toFilter(search, 'EUR', merchants, shownAs).searchMerchants).toEqual(new Set(['cash withdrawal']));
    expect(toFilter(search, 'EUR', merchants).searchMerchants).toBeUndefined();
    expect(toFilter({ ...search, query: 'cash' }, 'EUR', merchants, shownAs).searchMerchants).toBeUndefined();
  });
});
