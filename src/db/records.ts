import type { StatedBalance } from '../core/types';
import type { ReadingProfile } from '../core/import/types';
import type { CategoryRule } from '../core/merchant';
import type { Account, Category, Transaction } from '../core/types';

export type { Account, Category, Transaction };

export interface ImportRecord {
  id?: number;
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  accountId: number;
  profileSignature: string;
  /** True when this import created its account (Undo then removes the account too). */
  createdAccount: boolean;
  added: number;
  duplicates: number;
  errors: number;
  createdAt: number;
  /** Pending rows this import's booked rows replaced (Undo puts them back). */
  replacedPending?: Transaction[];
  /** The transaction blocks this import wrote rows into (Undo visits them). */
  blockKeys?: string[];
  /**
   * Earlier imports whose stored rows this one's file repeated or whose pending rows it replaced: they hold rows
   * this statement relies on, so they cannot be undone while this import stays. Absent on imports stored before it
   * was recorded.
   */
  reliesOn?: number[];
  /** Made by "Try with sample data" (shown as sample data, removed by "Clear sample data"). */
  sample?: boolean;
  /** The balance the file stated above its rows (none on them): it anchors the account's balance. */
  statedBalance?: StatedBalance;
  /** The earlier reading of the same file this import replaced ("Read differently…"); Undo puts it back. */
  replaces?: { record: ImportRecord; rows: Transaction[] };
}

export interface ProfileRecord extends ReadingProfile {
  /** When the person confirmed it. */
  savedAt: number;
}

/** A user rule, stored as the core defines it. */
export type RuleRecord = CategoryRule;

/** What the person taught Kept about one payee key. */
export interface MerchantRecord {
  key: string;
  name?: string;
  category?: string;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
