import { describe, expect, it } from 'vitest';
import { GENERIC_MERCHANTS } from '../core/merchant/genericNames';
import { en } from './en';
import { fr } from './fr';
import { localizeMerchant } from './merchantNames';

describe('generic merchant names', () => {
  it('show as stored in English and translated in French', () => {
    for (const name of Object.values(GENERIC_MERCHANTS)) {
      expect(localizeMerchant(name, (key) => en[key])).toBe(name);
      expect(localizeMerchant(name, (key) => fr[key])).not.toBe(name);
    }
    expect(localizeMerchant('Bank Fees', (key) => fr[key])).toBe('Frais bancaires');
  });

  it('leave every other name as the bank or the person wrote it', () => {
    expect(localizeMerchant('Interest Rate Shop', (key) => fr[key])).toBe('Interest Rate Shop');
    expect(localizeMerchant('cash withdrawal', (key) => fr[key])).toBe('cash withdrawal');
  });
});
