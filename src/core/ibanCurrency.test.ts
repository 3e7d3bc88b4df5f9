import { describe, expect, it } from 'vitest';
import { currencyFromIban } from './ibanCurrency';

describe('currencyFromIban', () => {
  it('reads the country of an IBAN, spaced or not', () => {
    expect(currencyFromIban('DE55700500006969948871')).toBe('EUR');
    expect(currencyFromIban('NL10 INGB 2338 8729 58')).toBe('EUR');
    expect(currencyFromIban('GB29 NWBK 6016 1331 9268 19')).toBe('GBP');
    expect(currencyFromIban('ch93-0076-2011-6238-5295-7')).toBe('CHF');
  });

  it('says nothing for card masks, plain numbers or unknown countries', () => {
    expect(currencyFromIban('****4725')).toBeUndefined();
    expect(currencyFromIban('2754233851487884')).toBeUndefined();
    expect(currencyFromIban('US12345678901234')).toBeUndefined();
    expect(currencyFromIban(undefined)).toBeUndefined();
  });
});
