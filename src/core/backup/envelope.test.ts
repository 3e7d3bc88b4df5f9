import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, type BackupTables, backupFileName, buildBackup } from './envelope';
import { sampleTables } from './testBackup';
import { parseBackup } from './validate';

function tables(overrides: Partial<BackupTables> = {}): BackupTables {
  const empty = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as BackupTables;
  return { ...empty, ...overrides };
}

const sample = tables({
  accounts: [{ id: 1, name: 'Main', currency: 'EUR', createdAt: 1 }],
  transactions: [
    {
      id: 7,
      accountId: 1,
      date: '2025-03-14',
      description: 'CB CARREFOUR',
      merchant: 'Carrefour',
      category: 'groceries',
      amount: -4599,
      currency: 'EUR',
      balance: null,
      importId: 3,
      fingerprint: 'f',
      note: 'weekly shop',
      splits: [
        { category: 'groceries', amount: -4000 },
        { category: 'gifts', amount: -599, note: 'flowers' },
      ],
    },
  ],
  categories: [{ id: 'groceries', name: 'Food', color: '#3f9d5a', builtIn: true }],
  settings: [
    { key: 'categoryModel', value: { counts: { a: 1 } } },
    { key: 'analyticsCache', value: { stamp: 'x', columns: [] } },
  ],
});

describe('buildBackup', () => {
  it('wraps every table in a versioned envelope and leaves the analytics cache out', () => {
    const backup = buildBackup(sample, { exportedAt: Date.UTC(2025, 2, 14, 9), schemaVersion: 1 });
    expect(backup).toMatchObject({
      app: 'kept',
      format: 1,
      exportedAt: '2025-03-14T09:00:00.000Z',
      schemaVersion: 1,
    });
    expect(Object.keys(backup.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(backup.tables.settings).toEqual([{ key: 'categoryModel', value: { counts: { a: 1 } } }]);
    expect(backup.tables.transactions).toEqual(sample.transactions);
  });

  it('survives JSON unchanged (money stays integer minor units)', () => {
    const backup = buildBackup(sampleTables(), { exportedAt: 0, schemaVersion: 1 });
    const reading = parseBackup(JSON.stringify(backup), 1);
    expect(reading).toEqual({ ok: true, backup });
  });

  it('names the file after the local day', () => {
    expect(backupFileName(new Date(2025, 0, 5, 23, 59), true)).toBe('kept-backup-2025-01-05.json.gz');
    expect(backupFileName(new Date(2025, 11, 31), false)).toBe('kept-backup-2025-12-31.json');
  });
});
