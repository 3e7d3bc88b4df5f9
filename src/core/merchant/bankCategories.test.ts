import { describe, expect, it } from 'vitest';
import { categoryFromBankLabel } from './bankCategories';

describe('bank category labels', () => {
  it('maps the most specific part of each bank vocabulary', () => {
    expect(categoryFromBankLabel('Restaurants, bars · Restaurant')).toBe('dining');
    expect(categoryFromBankLabel('Logement · Assurance')).toBe('insurance');
    expect(categoryFromBankLabel('eating_out')).toBe('dining');
    expect(categoryFromBankLabel('Lebensmittel')).toBe('groceries');
    expect(categoryFromBankLabel('Auto & Moto · Carburant')).toBe('transport');
    expect(categoryFromBankLabel('Banque · Frais bancaires')).toBe('fees');
    expect(categoryFromBankLabel('income_salary')).toBe('income');
    expect(categoryFromBankLabel('Virements reçus')).toBe('transfers');
  });
  it('says nothing for labels that carry no category', () => {
    expect(categoryFromBankLabel('General')).toBeNull();
    expect(categoryFromBankLabel('Autres · Divers')).toBeNull();
    expect(categoryFromBankLabel(undefined)).toBeNull();
  });
});
