import Dexie, { type Table } from 'dexie';
import { DEFAULT_CATEGORIES } from '../core/categories';
import type {
  Account,
  Category,
  ImportRecord,
  MerchantRecord,
  ProfileRecord,
  RuleRecord,
  SettingRecord,
} from './records';
import { type TransactionBlock, withSoleImport } from './store/blockCodec';
import { TransactionStore } from './store/transactionStore';
import { migrateRowsToBlocks } from './store/migrateToBlocks';

export const DATABASE_NAME = 'kept';

/** Version 1: one record per transaction (slow to write: IndexedDB costs about the same per record). */
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

/** Version 2: transactions in blocks, one record per account and month (see store/blockCodec.ts). */
export const SCHEMA_V2 = { ...SCHEMA_V1, blocks: 'key, accountId' } as const;

/** Version 3: the per-row table is gone (its rows moved into blocks in version 2's upgrade). */
export const SCHEMA_V3 = { ...SCHEMA_V2, transactions: null } as const;

/** Version 4: a block whose rows all came from one import says so (indexed), so undo deletes it unread. */
export const SCHEMA_V4 = { ...SCHEMA_V3, blocks: 'key, accountId, soleImport' } as const;

export class KeptDatabase extends Dexie {
  accounts!: Table<Account, number>;
  blocks!: Table<TransactionBlock, string>;
  imports!: Table<ImportRecord, number>;
  profiles!: Table<ProfileRecord, string>;
  categories!: Table<Category, string>;
  rules!: Table<RuleRecord, string>;
  merchants!: Table<MerchantRecord, string>;
  settings!: Table<SettingRecord, string>;
  /** Every transaction, read once from the blocks and kept in memory with the indexes the views need. */
  readonly store: TransactionStore;

  constructor(name = DATABASE_NAME) {
    // Kept reads whole tables far more than it re-reads small ranges: Dexie's result cache would clone every
    // record once more on the way out.
    super(name, { cache: 'disabled' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => migrateRowsToBlocks(tx));
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) =>
        tx
          .table<TransactionBlock, string>('blocks')
          .toCollection()
          .modify((block, ref) => {
            ref.value = withSoleImport(block);
          }),
      );
    this.on('populate', (tx) => {
      void tx.table('categories').bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
    });
    this.store = new TransactionStore(this);
  }
}

export const db = new KeptDatabase();
