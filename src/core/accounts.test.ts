import { describe, expect, it } from 'vitest';
import {
  accountNumberFromFileName,
  findAccountByNumber,
  isPartialAccountNumber,
  suggestAccountName,
} from './accounts';
import type { Account } from './types';

const accounts: Account[] = [
  { id: 1, name: 'ING', number: 'NL10 INGB 2338 8729 58', currency: 'EUR', createdAt: 0 },
  { id: 2, name: 'Card', number: '4111111111114821', currency: 'EUR', createdAt: 0 },
];

describe('findAccountByNumber', () => {
  it('matches an IBAN written with or without spaces', () => {
    expect(findAccountByNumber('NL10INGB2338872958', accounts)?.id).toBe(1);
  });
  it('matches a masked card number by its last digits', () => {
    expect(findAccountByNumber('XXXX-XXXX-XXXX-4821', accounts)?.id).toBe(2);
  });
  it('never joins two full numbers that only share their last 4 digits', () => {
    const ibans: Account[] = [
      { id: 1, name: 'DE', number: 'DE89 3704 0044 0532 0130 00', currency: 'EUR', createdAt: 0 },
    ];
    expect(findAccountByNumber('GB29 NWBK 6016 1331 9230 00', ibans)).toBeUndefined();
    expect(findAccountByNumber('12345678903000', ibans)).toBeUndefined();
    expect(findAccountByNumber('DE89370400440532013000', ibans)?.id).toBe(1);
    expect(findAccountByNumber('…3000', ibans)?.id).toBe(1);
    expect(findAccountByNumber('3000', ibans)?.id).toBe(1);
  });
  it('matches a stored mask from a full number', () => {
    const masked: Account[] = [{ id: 5, name: 'Chase', number: '…4821', currency: 'USD', createdAt: 0 }];
    expect(findAccountByNumber('4111111111114821', masked)?.id).toBe(5);
  });
  it('never merges accounts of different currencies', () => {
    expect(findAccountByNumber('NL10INGB2338872958', accounts, 'USD')).toBeUndefined();
    expect(findAccountByNumber('XXXX-XXXX-XXXX-4821', accounts, 'GBP')).toBeUndefined();
    expect(findAccountByNumber('NL10INGB2338872958', accounts, 'EUR')?.id).toBe(1);
  });
  it('finds nothing for an unknown number', () => {
    expect(findAccountByNumber('DE55700500006969948871', accounts)).toBeUndefined();
  });
});

describe('isPartialAccountNumber', () => {
  it('tells masks and tails from full numbers', () => {
    for (const partial of ['XXXX-XXXX-XXXX-4821', '…4821', '•• 2958', '4821', '****1234', 'x1234'])
      expect(isPartialAccountNumber(partial), partial).toBe(true);
    for (const full of ['DE89 3704 0044 0532 0130 00', '4111111111114821', '0123456X020', '12345678'])
      expect(isPartialAccountNumber(full), full).toBe(false);
  });
});

describe('suggestAccountName', () => {
  it('uses bank and last digits', () => {
    expect(suggestAccountName({ bankName: 'Chase', number: '...4821', fileName: 'x.csv' })).toBe(
      'Chase ••4821',
    );
  });
  it('falls back to the file name', () => {
    expect(suggestAccountName({ fileName: 'my_statement-2025.csv' })).toBe('My statement 2025');
  });
});

describe('accountNumberFromFileName', () => {
  it('finds an IBAN or Chase last digits in the file name', () => {
    expect(accountNumberFromFileName('16-05-2025_Umsatzliste_Girokonto_DE12120300000012345678.csv')).toBe(
      'DE12120300000012345678',
    );
    expect(accountNumberFromFileName('Chase4821_Activity_20250515.CSV')).toBe('…4821');
    expect(accountNumberFromFileName('statement_2025-05.csv')).toBeUndefined();
    expect(accountNumberFromFileName('TXT250516091233.csv')).toBeUndefined();
  });
});
