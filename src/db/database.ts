import Dexie, { type Table } from 'dexie';
import { DEFAULT_CATEGORIES } from '../core/categories';
import { changeStampMiddleware } from './changeStamp';
import type {
  Account,
  Category,
  ImportRecord,
  MerchantRecord,
  ProfileRecord,
  RuleRecord,
  SettingRecord,
  Transaction,
} from './records';

export const DATABASE_NAME = 'kept';

/**
 * Version 1 of the schema. Transactions carry few indexes on purpose: every index slows the bulk write of an
 * import, and the dashboard reads whole accounts anyway.
 */
export const SCHEMA_V1 = {
  accounts: '++id, number',
  transactions: '++id, [accountId+date], importId',
  imports: '++id, sha256, accountId',
  profiles: 'signature',
  categories: 'id',
  rules: 'id',
  merchants: 'key',
  settings: 'key',
} as const;

export class KeptDatabase extends Dexie {
  accounts!: Table<Account, number>;
  transactions!: Table<Transaction, number>;
  imports!: Table<ImportRecord, number>;
  profiles!: Table<ProfileRecord, string>;
  categories!: Table<Category, string>;
  rules!: Table<RuleRecord, string>;
  merchants!: Table<MerchantRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DATABASE_NAME) {
    // Kept reads whole tables (100,000 rows) far more than it re-reads small ranges: Dexie's result cache would
    // clone every row once more on the way out.
    super(name, { cache: 'disabled' });
    this.version(1).stores(SCHEMA_V1);
    this.use(changeStampMiddleware);
    // Later versions: `this.version(2).stores({...}).upgrade(tx => ...)`, with a test in migrations.test.ts that
    // opens a database written by version 1 and checks the upgraded data.
    this.on('populate', (tx) => {
      void tx.table('categories').bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
    });
  }
}

export const db = new KeptDatabase();
