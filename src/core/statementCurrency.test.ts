import { describe, expect, it, vi } from 'vitest';
import type { StatementReading } from './import/types';
import { inCurrencyUnits, statementCurrency, unnamedAmountIn } from './statementCurrency';

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

describe('inCurrencyUnits', () => {
  const row = (amount: number, balance: number | null = null, currency?: string) =>
    ({
      line: 1,
      date: '2024-01-05',
      description: 'x',
      amount,
      balance,
      ...(currency ? { currency } : {}),
    }) as const;
  const withRows = (rows: StatementReading['rows']) => reading({ rows });

  it('keeps a reading in two-decimal units without reading again', () => {
    const first = withRows([row(-350)]);
    const reread = vi.fn(() => withRows([row(-4)]));
    expect(inCurrencyUnits(first, 'EUR', reread)).toBe(first);
    expect(inCurrencyUnits(withRows([row(-350, null, 'JPY')]), 'JPY', reread).rows[0]?.amount).toBe(-350);
    expect(reread).not.toHaveBeenCalled();
  });

  it('reads again in the units of a currency without decimals when no fraction is lost', () => {
    const again = withRows([row(-350, 99650), row(250000, 349650)]);
    expect(
      inCurrencyUnits(withRows([row(-35000, 9965000), row(25000000, 34965000)]), 'JPY', () => again),
    ).toBe(again);
  });

  it('keeps the first reading when the file writes fractions the currency has none of', () => {
    const first = withRows([row(-350), row(-1999)]);
    expect(inCurrencyUnits(first, 'JPY', () => withRows([row(-4), row(-20)]))).toBe(first);
    const balanceOff = withRows([row(-35000, 12345)]);
    expect(inCurrencyUnits(balanceOff, 'HUF', () => withRows([row(-350, 123)]))).toBe(balanceOff);
  });

  it('reads again in the units of a currency with three decimals', () => {
    const again = withRows([row(-1255)]);
    expect(inCurrencyUnits(withRows([row(-126)]), 'KWD', () => again)).toBe(again);
  });
});

describe('unnamedAmountIn', () => {
  it('moves a two-decimal amount into the currency’s minor units', () => {
    expect(unnamedAmountIn(-35000, 'JPY')).toBe(-350);
    expect(unnamedAmountIn(-350, 'EUR')).toBe(-350);
    expect(unnamedAmountIn(125, 'KWD')).toBe(1250);
    expect(Object.is(unnamedAmountIn(-40, 'JPY'), -0)).toBe(false);
  });
});
