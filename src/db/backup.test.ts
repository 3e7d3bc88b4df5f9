import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, parseBackup } from '../core/backup';
import { DEFAULT_CATEGORIES } from '../core/categories';
import { createBackup, hasUserData, readAllTables, restoreBackup, schemaVersion } from './backup';
import type { KeptDatabase } from './database';
import { trainCategoryModel } from './learning';
import { freshDatabase, storedRows } from './testing';
import { deleteEverything } from './wipe';

/** Varied data as the app writes it: two accounts, a transfer pair, splits, notes, rules, lessons, a profile. */
async function seed(db: KeptDatabase) {
  const main = await db.accounts.add({
    name: 'Joint checking',
    number: 'FR76 ••• 4821',
    bank: 'Boursorama',
    currency: 'EUR',
    createdAt: 1,
  });
  const savings = await db.accounts.add({ name: 'Livret A', currency: 'EUR', createdAt: 2 });
  const first = await db.imports.add({
    fileName: 'main.csv',
    sha256: 'aa',
    accountId: main,
    profileSignature: 'sig',
    createdAccount: true,
    added: 3,
    duplicates: 0,
    errors: 1,
    createdAt: 10,
  });
  const second = await db.imports.add({
    fileName: 'savings.csv',
    sha256: 'bb',
    accountId: savings,
    profileSignature: 'sig',
    createdAccount: true,
    added: 1,
    duplicates: 2,
    errors: 0,
    createdAt: 11,
  });
  const base = { currency: 'EUR', fingerprint: 'f', merchantKey: 'carrefour', kind: 'card' };
  await storedRows(db).bulkAdd([
    {
      ...base,
      id: 5,
      accountId: main,
      importId: first,
      date: '2025-01-02',
      description: 'CB CARREFOUR 02/01',
      merchant: 'Carrefour',
      category: 'groceries',
      amount: -4599,
      balance: 120_001,
      categorySource: 'knowledge',
      confidence: 0.9,
      note: 'Weekly shop — « courses »',
    },
    {
      ...base,
      id: 6,
      accountId: main,
      importId: first,
      date: '2025-01-03',
      description: 'VIR LIVRET A',
      merchant: 'Livret A',
      category: 'transfers',
      amount: -50_000,
      balance: null,
      transferPairId: 9,
      kind: 'transfer',
    },
    {
      ...base,
      id: 7,
      accountId: main,
      importId: first,
      date: '2025-01-04',
      description: 'AMAZON',
      merchant: 'Amazon',
      category: 'shopping',
      amount: -3001,
      balance: null,
      pending: true,
      splits: [
        { category: 'shopping', amount: -2001 },
        { category: 'gifts', amount: -1000, note: 'Léa' },
      ],
    },
    {
      ...base,
      id: 9,
      accountId: savings,
      importId: second,
      date: '2025-01-03',
      valueDate: '2025-01-04',
      description: 'VIR FROM JOINT',
      merchant: 'Transfer',
      category: 'transfers',
      amount: 50_000,
      balance: 1_050_000,
      transferPairId: 6,
    },
  ]);
  await db.profiles.put({
    signature: 'sig',
    delimiter: ';',
    headerRow: 0,
    roles: ['date', 'description', 'amount'],
    dateOrder: 'DMY',
    decimalMark: ',',
    sign: 'normal',
    bankName: 'Boursorama',
    savedAt: 12,
  });
  await db.categories.update('groceries', { name: 'Food', color: '#112233' });
  await db.categories.add({ id: 'c-pets', name: 'Pets', color: '#abcdef', builtIn: false });
  await db.rules.add({
    id: 'r1',
    field: 'description',
    match: 'regex',
    pattern: '^VIR\\s',
    setCategory: 'transfers',
    priority: 1,
    createdAt: 3,
    minAmount: -100_000,
  });
  await db.merchants.put({ key: 'carrefour', name: 'Carrefour Market', category: 'groceries', updatedAt: 4 });
  await trainCategoryModel(db, [{ text: 'CB CARREFOUR', amount: -4599, category: 'groceries' }]);
}

/** What a backup file carries: the envelope through JSON, read back as the app reads it. */
async function throughFile(db: KeptDatabase) {
  const text = JSON.stringify(await createBackup(db, Date.UTC(2025, 5, 1)));
  const reading = parseBackup(text, schemaVersion(db));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.backup;
}

describe('backup and restore', () => {
  it("restores exactly what was stored, ids included, without the store's own settings", async () => {
    const db = freshDatabase();
    await seed(db);
    const before = await readAllTables(db);
    expect(before.settings.map((row) => row.key).sort()).toEqual(['categoryModel']);

    const backup = await throughFile(db);
    expect(backup).toMatchObject({
      app: 'kept',
      format: 1,
      schemaVersion: 4,
      exportedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(Object.keys(backup.tables).sort()).toEqual([...BACKUP_TABLES].sort());

    await deleteEverything(db);
    expect(await hasUserData(db)).toBe(false);
    await restoreBackup(db, backup);

    const after = await readAllTables(db);
    expect(after).toEqual(before);
    const pair = await storedRows(db).get(6);
    expect((await storedRows(db).get(pair?.transferPairId ?? 0))?.transferPairId).toBe(6);
    expect(
      await storedRows(db)
        .filter((row) => row.importId === 1)
        .count(),
    ).toBe(3);
    // New rows continue after the restored ids instead of colliding with them.
    expect(await storedRows(db).bulkAdd([{ ...(pair as object), id: undefined } as never])).toEqual([10]);
    // The page's store holds the four restored rows and the new one.
    expect(db.store.count).toBe(5);
  });

  it('replaces everything that was there before', async () => {
    const source = freshDatabase();
    await seed(source);
    const backup = await throughFile(source);
    const target = freshDatabase();
    await target.accounts.add({ name: 'Other bank', currency: 'USD', createdAt: 0 });
    await target.rules.add({
      id: 'zz',
      field: 'merchant',
      match: 'contains',
      pattern: 'x',
      priority: 0,
      createdAt: 0,
    });
    expect(await hasUserData(target)).toBe(true);
    await restoreBackup(target, backup);
    expect(await readAllTables(target)).toEqual(await readAllTables(await throughFileTables(source)));
  });

  it('changes nothing when the restore fails half-way (one transaction)', async () => {
    const db = freshDatabase();
    await seed(db);
    const before = await readAllTables(db);
    const backup = await throughFile(db);
    const [account] = backup.tables.accounts;
    const broken = {
      ...backup,
      tables: { ...backup.tables, accounts: [account, account] as Record<string, unknown>[] },
    };
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await readAllTables(db)).toEqual(before);
  });

  it('knows an untouched profile from one with data', async () => {
    const db = freshDatabase();
    expect(await hasUserData(db)).toBe(false);
    await db.categories.update('transport', { color: '#000000' });
    expect(await hasUserData(db)).toBe(true);
    await deleteEverything(db);
    expect(await hasUserData(db)).toBe(false);
    await trainCategoryModel(db, [{ text: 'x', amount: -1, category: 'groceries' }]);
    expect(await hasUserData(db)).toBe(true);
  });
});

async function throughFileTables(db: KeptDatabase) {
  const copy = freshDatabase();
  await restoreBackup(copy, await throughFile(db));
  return copy;
}

describe('deleteEverything', () => {
  it('clears every table, keeping the default categories', async () => {
    const db = freshDatabase();
    await seed(db);
    await deleteEverything(db);
    const tables = await readAllTables(db);
    expect(tables.categories).toEqual([...DEFAULT_CATEGORIES].sort((a, b) => a.id.localeCompare(b.id)));
    for (const name of BACKUP_TABLES) if (name !== 'categories') expect(tables[name]).toEqual([]);
    expect(db.store.count).toBe(0);
  });
});
