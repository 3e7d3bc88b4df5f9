import { DEFAULT_CATEGORIES, INCOME, TRANSFERS, UNCATEGORIZED } from '../categories';
import type { BackupTables } from './envelope';
import type { Row } from './fields';

export interface RowProblem {
  table: string;
  /** 0-based position of the row in its table. */
  row: number;
  field: string;
}

/** Category ids the app itself assigns, valid whatever the categories table holds. */
const CODE_CATEGORIES = [UNCATEGORIZED, TRANSFERS, INCOME];

function knownCategories(tables: BackupTables): Set<unknown> {
  const rows = tables.categories.length > 0 ? tables.categories : DEFAULT_CATEGORIES;
  return new Set([...rows.map((row) => row.id), ...CODE_CATEGORIES]);
}

function transactionProblem(
  tx: Row,
  ids: { accounts: Set<unknown>; imports: Set<unknown>; categories: Set<unknown> },
  byId: Map<unknown, Row>,
): string | null {
  if (!ids.accounts.has(tx.accountId)) return 'accountId';
  if (!ids.imports.has(tx.importId)) return 'importId';
  if (!ids.categories.has(tx.category)) return 'category';
  const splits = tx.splits as { category: string; amount: number }[] | undefined;
  if (splits) {
    if (splits.some((split) => !ids.categories.has(split.category))) return 'splits';
    if (splits.reduce((sum, split) => sum + split.amount, 0) !== tx.amount) return 'splits';
  }
  if (tx.transferPairId !== undefined) {
    const partner = byId.get(tx.transferPairId);
    if (!partner || partner.transferPairId !== tx.id || partner.accountId === tx.accountId)
      return 'transferPairId';
  }
  return null;
}

/**
 * Links between tables that a restored database relies on: every transaction belongs to a stored account and
 * import, uses known categories (its splits adding up to its amount), and a transfer's two legs point at each other
 * from two accounts; rules and learned merchants use known categories. Returns the first broken link, or null.
 */
export function referenceProblem(tables: BackupTables): RowProblem | null {
  const ids = {
    accounts: new Set(tables.accounts.map((row) => row.id)),
    imports: new Set(tables.imports.map((row) => row.id)),
    categories: knownCategories(tables),
  };
  const byId = new Map(tables.transactions.map((row) => [row.id, row]));
  for (const [index, tx] of tables.transactions.entries()) {
    const field = transactionProblem(tx, ids, byId);
    if (field) return { table: 'transactions', row: index, field };
  }
  for (const [index, imported] of tables.imports.entries()) {
    const replaced = (imported.replacedPending as Row[] | undefined) ?? [];
    if (replaced.some((row) => !ids.accounts.has(row.accountId)))
      return { table: 'imports', row: index, field: 'replacedPending' };
  }
  for (const [index, rule] of tables.rules.entries())
    if (rule.setCategory !== undefined && !ids.categories.has(rule.setCategory))
      return { table: 'rules', row: index, field: 'setCategory' };
  for (const [index, merchant] of tables.merchants.entries())
    if (merchant.category !== undefined && !ids.categories.has(merchant.category))
      return { table: 'merchants', row: index, field: 'category' };
  return null;
}
