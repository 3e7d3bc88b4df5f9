import { DEFAULT_CATEGORIES } from '../categories';
import { type BackupEnvelope, type BackupTables, buildBackup } from './envelope';

/** A coherent backup as the app writes it (two accounts, a transfer pair, a split, a rule, a profile…), for tests. */
export function sampleTables(): BackupTables {
  const base = { currency: 'EUR', fingerprint: 'f', merchantKey: 'carrefour', kind: 'card' };
  return {
    accounts: [
      {
        id: 1,
        name: 'Joint checking',
        number: 'FR76 ••• 4821',
        bank: 'Boursorama',
        currency: 'EUR',
        createdAt: 1,
      },
      { id: 2, name: 'Livret A', currency: 'EUR', createdAt: 2 },
    ],
    transactions: [
      {
        ...base,
        id: 5,
        accountId: 1,
        importId: 1,
        date: '2025-01-02',
        description: 'CB CARREFOUR 02/01',
        merchant: 'Carrefour',
        category: 'groceries',
        amount: -4599,
        balance: 120_001,
        categorySource: 'knowledge',
        confidence: 0.9,
        note: 'Weekly shop',
        splits: [
          { category: 'groceries', amount: -4000 },
          { category: 'c-pets', amount: -599, note: 'cat food' },
        ],
      },
      {
        ...base,
        id: 6,
        accountId: 1,
        importId: 1,
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
        id: 9,
        accountId: 2,
        importId: 2,
        date: '2025-01-03',
        description: 'VIR DEPUIS COMPTE JOINT',
        merchant: 'Joint checking',
        category: 'transfers',
        amount: 50_000,
        balance: 50_000,
        transferPairId: 6,
        kind: 'transfer',
        pending: true,
      },
    ],
    imports: [
      {
        id: 1,
        fileName: 'main.csv',
        sha256: 'a'.repeat(64),
        accountId: 1,
        profileSignature: 'h|;|date|libelle|montant',
        createdAccount: true,
        added: 2,
        duplicates: 0,
        errors: 1,
        createdAt: 10,
      },
      {
        id: 2,
        fileName: 'savings.csv',
        sha256: 'b'.repeat(64),
        accountId: 2,
        profileSignature: 'h|;|date|libelle|montant',
        createdAccount: true,
        added: 1,
        duplicates: 2,
        errors: 0,
        createdAt: 11,
      },
    ],
    profiles: [
      {
        signature: 'h|;|date|libelle|montant',
        delimiter: ';',
        headerRow: 0,
        roles: ['date', 'description', 'amount'],
        dateOrder: 'DMY',
        decimalMark: ',',
        sign: 'normal',
        bankName: 'Boursorama',
        savedAt: 12,
      },
    ],
    categories: [
      ...DEFAULT_CATEGORIES.map((category) => ({ ...category })),
      { id: 'c-pets', name: 'Pets', color: '#abcdef', builtIn: false },
    ],
    rules: [
      {
        id: 'r1',
        field: 'description',
        match: 'regex',
        pattern: '^VIR\\s+LIVRET',
        setCategory: 'transfers',
        priority: 1,
        createdAt: 3,
        minAmount: -100_000,
      },
    ],
    merchants: [{ key: 'carrefour', name: 'Carrefour Market', category: 'groceries', updatedAt: 4 }],
    settings: [
      {
        key: 'categoryModel',
        value: {
          version: 1,
          docs: { groceries: 1 },
          counts: { groceries: { 'w:carrefour': 1 } },
          totals: { groceries: 1 },
          vocabulary: 1,
        },
      },
    ],
  };
}

export function sampleBackup(): BackupEnvelope {
  return buildBackup(sampleTables(), { exportedAt: Date.UTC(2025, 5, 1), schemaVersion: 1 });
}
