import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from './filterForm';
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
});
