import { describe, expect, it } from 'vitest';
import type { StatementReading } from './import/types';
import { statementCurrency } from './statementCurrency';

const reading = (extra: Partial<StatementReading>) => ({ rows: [], ...extra }) as unknown as StatementReading;

describe('statementCurrency', () => {
  it('takes the person’s choice, then the file’s word, then a row’s, then the IBAN, then the locale', () => {
    expect(statementCurrency(reading({ currency: 'GBP' }), 'a.csv', 'en-US', 'CHF')).toBe('CHF');
    expect(statementCurrency(reading({ currency: 'GBP' }), 'a.csv', 'en-US')).toBe('GBP');
    const rows = [{ currency: 'SEK' }] as StatementReading['rows'];
    expect(statementCurrency(reading({ rows }), 'a.csv', 'en-US')).toBe('SEK');
    expect(statementCurrency(reading({}), 'DE89370400440532013000.csv', 'en-US')).toBe('EUR');
    expect(statementCurrency(reading({}), 'export.csv', 'en-GB')).toBe('GBP');
  });
});
