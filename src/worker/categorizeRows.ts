import type { StatementRow } from '../core/import/types';
import { categorize, type Categorization, fromJSON, type StatementSignals } from '../core/merchant';
import { loadKnowledgeFor } from './merchantPacks';
import type { CategorizationInput } from './protocol';

/** What a statement tells about the countries of its accounts (which brand packs to load). */
export function statementSignals(
  rows: readonly StatementRow[],
  extra: StatementSignals = {},
): StatementSignals {
  const accounts = new Set<string>(extra.accounts?.filter((a): a is string => !!a));
  const currencies = new Set<string>(extra.currencies?.filter((c): c is string => !!c));
  for (const row of rows) {
    if (row.account) accounts.add(row.account);
    if (row.currency) currencies.add(row.currency);
  }
  return { ...extra, accounts: [...accounts], currencies: [...currencies] };
}

export async function categorizeRows(
  rows: readonly StatementRow[],
  input: CategorizationInput,
  signals: StatementSignals = statementSignals(rows),
): Promise<Categorization[]> {
  const context = {
    rules: input.rules,
    learned: new Map(input.learned),
    knowledge: await loadKnowledgeFor(signals),
    ...(input.model ? { model: fromJSON(input.model) } : {}),
  };
  // categorize() memoizes the costly analysis per descriptor shape (digits masked), so repeated and
  // nearly-repeated descriptors (store numbers, dates, card references) cost a map lookup.
  return rows.map((row) =>
    categorize(
      {
        description: row.description,
        amount: row.amount,
        ...(row.bankCategory ? { bankCategory: row.bankCategory } : {}),
      },
      context,
    ),
  );
}
