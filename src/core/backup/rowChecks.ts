import type { CategoryRule } from '../merchant/rules';
import type { Account, Category, Transaction } from '../types';
import {
  type FieldChecks,
  isBoolean,
  isCount,
  isCurrency,
  isDate,
  isId,
  isKey,
  isMinor,
  isName,
  isObject,
  isText,
  isTime,
  optional,
} from './fields';

/**
 * One check per field of a stored type: a field added to the type fails the build until the backup check knows
 * it (an unknown object-valued field would otherwise make every backup that has it refused).
 */
type ChecksOf<T> = Record<keyof T, (value: unknown) => boolean>;

const isConfidence = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;
/** What a transfer leg was before pairing: its category and where that came from. */
const isBeforeTransfer = (value: unknown) =>
  isObject(value) &&
  isKey(value.category) &&
  (value.categorySource === undefined || isText(value.categorySource));
const isStatedBalance = (value: unknown) => isObject(value) && isMinor(value.amount) && isDate(value.date);
const isColor = (value: unknown) => typeof value === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(value);
const isSplits = (value: unknown) =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= 100 &&
  value.every(
    (split) =>
      isObject(split) &&
      isKey(split.category) &&
      isMinor(split.amount) &&
      optional(isText)(split.note) &&
      Object.keys(split).every((key) => key === 'category' || key === 'amount' || key === 'note'),
  );

export const ACCOUNT: ChecksOf<Account> = {
  id: isId,
  name: isName,
  number: optional(isText),
  bank: optional(isText),
  currency: isCurrency,
  createdAt: isTime,
  openingBalance: optional(isMinor),
  statedBalance: optional(isStatedBalance),
};

/** A transaction's own fields; references to other tables are checked in references.ts. */
export const TRANSACTION: ChecksOf<Transaction> = {
  id: isId,
  accountId: isId,
  date: isDate,
  valueDate: optional(isDate),
  description: isText,
  merchant: isText,
  category: isKey,
  amount: isMinor,
  currency: isCurrency,
  balance: (value) => value === null || isMinor(value),
  importId: isId,
  // Derived from date, amount and description; newer versions no longer store it.
  fingerprint: optional(isText),
  pending: optional(isBoolean),
  note: optional(isText),
  merchantKey: optional(isText),
  kind: optional(isText),
  categorySource: optional(isText),
  confidence: optional(isConfidence),
  transferPairId: optional(isId),
  beforeTransfer: optional(isBeforeTransfer),
  splits: optional(isSplits),
};

export const IMPORT: FieldChecks = {
  id: isId,
  fileName: isText,
  sha256: isText,
  accountId: isId,
  profileSignature: isText,
  createdAccount: isBoolean,
  added: isCount,
  duplicates: isCount,
  errors: isCount,
  createdAt: isTime,
  // Each replaced pending row is checked as a transaction by the validator.
  replacedPending: optional(Array.isArray),
  blockKeys: optional((value) => Array.isArray(value) && value.every((key) => isText(key))),
  reliesOn: optional((value) => Array.isArray(value) && value.every((id) => isId(id))),
  sample: optional(isBoolean),
  replaces: optional((value) => isObject(value) && isObject(value.record) && Array.isArray(value.rows)),
  statedBalance: optional(isStatedBalance),
};

export const CATEGORY: ChecksOf<Category> = {
  id: isKey,
  name: isName,
  color: isColor,
  builtIn: isBoolean,
};

export const MERCHANT: FieldChecks = {
  // The cleaner's payee key; a description of digits only may clean to an empty key.
  key: (value) => typeof value === 'string' && value.length <= 1000 && value !== '__proto__',
  name: optional(isText),
  category: optional(isKey),
  updatedAt: isTime,
};

/** Typed so that a new kind of rule fails the build until the backup check knows it. */
const RULE_FIELDS: Record<CategoryRule['field'], true> = { description: true, merchant: true };
const RULE_MATCHES: Record<CategoryRule['match'], true> = { contains: true, equals: true, regex: true };

/** A rule's shape; what it means (pattern safety, amounts) is validateRule's, the editor's own validator. */
export const RULE: ChecksOf<CategoryRule> = {
  id: isKey,
  field: (value) => typeof value === 'string' && Object.hasOwn(RULE_FIELDS, value),
  match: (value) => typeof value === 'string' && Object.hasOwn(RULE_MATCHES, value),
  pattern: (value) => typeof value === 'string',
  minAmount: optional(isMinor),
  maxAmount: optional(isMinor),
  accountId: optional(isId),
  setMerchant: optional(isText),
  setCategory: optional(isKey),
  priority: (value) => Number.isSafeInteger(value) && Math.abs(value as number) <= 1_000_000,
  createdAt: isTime,
};

export const SETTING: FieldChecks = {
  key: isKey,
  value: () => true,
};
