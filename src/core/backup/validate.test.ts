import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupTables, buildBackup } from './envelope';
import { decodeUtf8, isGzip } from './bytes';
import { parseBackup, validateBackup } from './validate';

const empty = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as BackupTables;
const good = buildBackup(
  {
    ...empty,
    accounts: [{ id: 1, name: 'Main', currency: 'EUR', createdAt: 1 }],
    transactions: [
      {
        id: 1,
        accountId: 1,
        date: '2025-01-02',
        description: 'x',
        merchant: 'x',
        category: 'uncategorized',
        amount: -100,
        currency: 'EUR',
        balance: 900,
        importId: 1,
        fingerprint: 'a',
      },
    ],
  },
  { exportedAt: 0, schemaVersion: 1 },
);

function withTransaction(change: Record<string, unknown>) {
  const [transaction] = good.tables.transactions;
  return { ...good, tables: { ...good.tables, transactions: [{ ...transaction, ...change }] } };
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
    expect(validateBackup(withTransaction({ splits: [{ category: 'x', amount: 0.5 }] }), 1)).toMatchObject({
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
            { key: 'categoryModel', value: 1 },
          ],
        },
      },
      1,
    );
    expect(reading.ok && reading.backup.tables.settings).toEqual([{ key: 'categoryModel', value: 1 }]);
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
