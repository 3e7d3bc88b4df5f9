import { describe, expect, it } from 'vitest';
import type { BackupTableName } from './envelope';
import { sampleBackup } from './testBackup';
import { decodeUtf8, isGzip } from './bytes';
import { parseBackup, validateBackup } from './validate';

const good = sampleBackup();

function withTransaction(change: Record<string, unknown>) {
  const [transaction, ...rest] = good.tables.transactions;
  return { ...good, tables: { ...good.tables, transactions: [{ ...transaction, ...change }, ...rest] } };
}

function withRow(table: BackupTableName, index: number, change: Record<string, unknown>) {
  const rows = good.tables[table].map((row, at) => (at === index ? { ...row, ...change } : row));
  return { ...good, tables: { ...good.tables, [table]: rows } };
}

describe('parseBackup', () => {
  it('accepts a backup (with or without a byte order mark)', () => {
    expect(parseBackup(JSON.stringify(good), 1).ok).toBe(true);
    expect(parseBackup(`\uFEFF${JSON.stringify(good)}`, 1).ok).toBe(true);
  });

  it('recognizes a bank statement chosen by mistake', () => {
    const csv = 'date,description,amount\n2025-01-02,CARREFOUR,-45.99\n2025-01-03,SALARY,2000.00\n';
    expect(parseBackup(csv, 1)).toEqual({ ok: false, problem: 'csv' });
    expect(parseBackup('Datum;Omschrijving;Bedrag\n02-01-2025;AH;-4,50', 1)).toEqual({
      ok: false,
      problem: 'csv',
    });
  });

  it('reports empty, damaged and foreign files', () => {
    expect(parseBackup('  \n', 1)).toEqual({ ok: false, problem: 'empty' });
    expect(parseBackup(JSON.stringify(good).slice(0, 60), 1)).toEqual({ ok: false, problem: 'notJson' });
    expect(parseBackup('{"name":"package","version":"1.0.0"}', 1)).toEqual({
      ok: false,
      problem: 'notKept',
    });
    expect(parseBackup('[1,2,3]', 1)).toEqual({ ok: false, problem: 'notKept' });
    expect(parseBackup('null', 1)).toEqual({ ok: false, problem: 'notKept' });
  });

  it('refuses files written by a newer format or schema', () => {
    expect(validateBackup({ ...good, format: 2 }, 1)).toMatchObject({ ok: false, problem: 'newer' });
    expect(validateBackup({ ...good, schemaVersion: 3 }, 2)).toMatchObject({ ok: false, problem: 'newer' });
  });

  it('accepts an older schema version (the database upgrades it)', () => {
    expect(validateBackup(good, 2).ok).toBe(true);
  });

  it('refuses damaged content', () => {
    expect(validateBackup({ ...good, format: 'one' }, 1)).toMatchObject({ problem: 'invalid' });
    expect(validateBackup({ ...good, tables: null }, 1)).toMatchObject({ problem: 'invalid' });
    const { rules: _rules, ...missing } = good.tables;
    expect(validateBackup({ ...good, tables: missing }, 1)).toMatchObject({
      problem: 'invalid',
      detail: 'rules',
    });
    expect(validateBackup(withTransaction({ amount: -1.5 }), 1)).toMatchObject({
      detail: 'transactions.amount',
    });
    expect(validateBackup(withTransaction({ amount: '12' }), 1)).toMatchObject({ problem: 'invalid' });
    expect(validateBackup(withTransaction({ balance: 1.25 }), 1)).toMatchObject({ problem: 'invalid' });
    expect(validateBackup(withTransaction({ date: '14/03/2025' }), 1)).toMatchObject({ problem: 'invalid' });
    expect(validateBackup(withTransaction({ id: 0 }), 1)).toMatchObject({ detail: 'transactions' });
    expect(
      validateBackup(withTransaction({ splits: [{ category: 'groceries', amount: 0.5 }] }), 1),
    ).toMatchObject({
      detail: 'transactions.splits',
    });
    const doubled = {
      ...good,
      tables: { ...good.tables, accounts: [...good.tables.accounts, ...good.tables.accounts] },
    };
    expect(validateBackup(doubled, 1)).toMatchObject({ problem: 'invalid', detail: 'accounts' });
  });

  it('drops derived settings even when a hand-made file carries them', () => {
    const reading = validateBackup(
      {
        ...good,
        tables: {
          ...good.tables,
          settings: [
            { key: 'analyticsCache', value: {} },
            { key: 'categoryModel', value: { version: 1 } },
          ],
        },
      },
      1,
    );
    expect(reading.ok && reading.backup.tables.settings).toEqual([
      { key: 'categoryModel', value: { version: 1 } },
    ]);
  });
});

describe('bytes', () => {
  it('detects gzip and invalid UTF-8', () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(new TextEncoder().encode('{"app":"kept"}'))).toBe(false);
    expect(isGzip(new Uint8Array())).toBe(false);
    expect(decodeUtf8(new TextEncoder().encode('Café'))).toBe('Café');
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x00, 0xc3]))).toBeNull();
  });
});

describe('validateBackup refuses hostile content, saying where', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    [
      'a description that is not text',
      withTransaction({ description: { toString: 1 } }),
      { detail: 'transactions.description', row: 1 },
    ],
    [
      'a currency that is not ISO 4217',
      withTransaction({ currency: '€' }),
      { detail: 'transactions.currency' },
    ],
    [
      'an account in "POS"',
      withRow('accounts', 1, { currency: 'POS' }),
      { detail: 'accounts.currency', row: 2 },
    ],
    ['an id near 2^53', withTransaction({ id: 2 ** 53 - 1 }), { detail: 'transactions' }],
    ['an account id past 32 bits', withRow('accounts', 0, { id: 2 ** 31 }), { detail: 'accounts' }],
    ['an impossible date', withTransaction({ date: '2025-02-30' }), { detail: 'transactions.date' }],
    [
      'an amount past 10^15',
      withTransaction({ amount: 1e16, splits: undefined }),
      { detail: 'transactions.amount' },
    ],
    ['a NaN-like balance', withTransaction({ balance: 'NaN' }), { detail: 'transactions.balance' }],
    ['a row of a missing account', withTransaction({ accountId: 77 }), { detail: 'transactions.accountId' }],
    ['a row of a missing import', withTransaction({ importId: 77 }), { detail: 'transactions.importId' }],
    [
      'a row in a missing category',
      withTransaction({ category: 'ghost', splits: undefined }),
      { detail: 'transactions.category' },
    ],
    [
      'splits that do not add up',
      withTransaction({ splits: [{ category: 'groceries', amount: -1 }] }),
      { detail: 'transactions.splits' },
    ],
    [
      'a one-sided transfer pair',
      withRow('transactions', 2, { transferPairId: 5 }),
      { detail: 'transactions.transferPairId' },
    ],
    [
      'a pair within one account',
      withRow('transactions', 2, { accountId: 1 }),
      { detail: 'transactions.transferPairId' },
    ],
    ['a catastrophic rule', withRow('rules', 0, { pattern: '(a+)+$' }), { detail: 'rules.pattern' }],
    ['an invalid rule', withRow('rules', 0, { pattern: '([' }), { detail: 'rules.pattern' }],
    ['a rule of an unknown kind', withRow('rules', 0, { match: 'eval' }), { detail: 'rules.match' }],
    [
      'a rule into a missing category',
      withRow('rules', 0, { setCategory: 'ghost' }),
      { detail: 'rules.setCategory' },
    ],
    ['a profile with an unknown sign', withRow('profiles', 0, { sign: 'flip' }), { detail: 'profiles.sign' }],
    [
      'a profile that reads American Express purchases as income',
      withRow('profiles', 0, {
        signature: 'h|,|date|description|card member|amount',
        delimiter: ',',
        roles: ['date', 'description', 'ignore', 'amount'],
        sign: 'normal',
      }),
      { detail: 'profiles.sign' },
    ],
    [
      "a profile whose delimiter is not its signature's",
      withRow('profiles', 0, { delimiter: ',' }),
      { detail: 'profiles.signature' },
    ],
    [
      'a profile with fewer roles than columns',
      withRow('profiles', 0, { roles: ['date', 'amount'] }),
      { detail: 'profiles.roles' },
    ],
    [
      'a profile without an amount',
      withRow('profiles', 0, { roles: ['date', 'description', 'ignore'] }),
      { detail: 'profiles.roles' },
    ],
    ['a category id __proto__', withRow('categories', 19, { id: '__proto__' }), { detail: 'categories' }],
    [
      'a colour that is not one',
      withRow('categories', 0, { color: 'url(javascript:1)' }),
      { detail: 'categories.color' },
    ],
    ['a date the dialog cannot show', { ...good, exportedAt: 'yesterday' }, { detail: 'exportedAt' }],
    [
      'an unknown field holding an object',
      withTransaction({ extra: { a: 1 } }),
      { detail: 'transactions.extra' },
    ],
    [
      'a learned merchant in a missing category',
      withRow('merchants', 0, { category: 'ghost' }),
      { detail: 'merchants.category' },
    ],
    ['a model that is not an object', withRow('settings', 0, { value: 'x' }), { detail: 'settings.value' }],
    [
      'a replaced pending row that is not a row',
      withRow('imports', 0, { replacedPending: [{ amount: 'x' }] }),
      { detail: 'imports.replacedPending' },
    ],
  ];
  it.each(cases)('refuses %s', (_name, backup, expected) => {
    expect(validateBackup(backup, 1)).toMatchObject({ ok: false, problem: 'invalid', ...expected });
  });

  it('refuses __proto__ keys and absurd nesting anywhere', () => {
    const polluted = JSON.parse(
      JSON.stringify(good).replace('"docs":{', '"docs":{"__proto__":{"polluted":1},'),
    ) as unknown;
    expect(validateBackup(polluted, 1)).toMatchObject({ problem: 'invalid', detail: 'structure' });
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(validateBackup(withRow('settings', 0, { value: { deep } }), 1)).toMatchObject({
      detail: 'structure',
    });
  });

  it('accepts the coherent sample, a profile that is not a file signature, and extra plain fields', () => {
    expect(validateBackup(good, 1).ok).toBe(true);
    expect(validateBackup(withRow('profiles', 0, { signature: 'sig' }), 1).ok).toBe(true);
    expect(validateBackup(withTransaction({ seq: 3 }), 1).ok).toBe(true);
    expect(validateBackup(withTransaction({ fingerprint: undefined }), 1).ok).toBe(true);
  });
});
