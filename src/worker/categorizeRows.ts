import type { StatementRow } from '../core/import/types';
import {
  categorize,
  type Categorization,
  type CategorizeContext,
  type CategorizeInput,
  fromJSON,
  type StatementSignals,
} from '../core/merchant';
import { loadKnowledgeFor } from './merchantPacks';
import type { CategorizationInput } from './protocol';

/** What a statement tells about the countries of its accounts (which brand packs to load). */
export function statementSignals(
  rows: readonly StatementRow[],
  extra: StatementSignals = {},
): StatementSignals {
  const accounts = new Set<string>(extra.accounts?.filter((a): a is string => !!a));
  const currencies = new Set<string>(extra.currencies?.filter((c): c is string => !!c));
  // Indexed: a for-of over every row allocates an iterator result per row until the engine optimizes it.
  for (let i = 0; i < rows.length; i++) {
    const { account, currency } = rows[i]!;
    if (account) accounts.add(account);
    if (currency) currencies.add(currency);
  }
  return { ...extra, accounts: [...accounts], currencies: [...currencies] };
}

/** What categorize() needs besides the rows, built once per file (the person's model is parsed once). */
export async function categorizationContext(
  input: CategorizationInput,
  signals: StatementSignals,
): Promise<CategorizeContext> {
  return {
    rules: input.rules,
    learned: new Map(input.learned),
    knowledge: await loadKnowledgeFor(signals),
    ...(input.model ? { model: fromJSON(input.model) } : {}),
  };
}

/**
 * categorize() memoizes the costly analysis per descriptor shape (digits masked), so repeated and nearly-repeated
 * descriptors (store numbers, dates, card references) cost a scan of their text.
 */
export function categorizeWith(rows: readonly StatementRow[], context: CategorizeContext): Categorization[] {
  return rows.map((row) => categorize(categorizeInput(row), context));
}

export async function categorizeRows(
  rows: readonly StatementRow[],
  input: CategorizationInput,
  signals: StatementSignals = statementSignals(rows),
): Promise<Categorization[]> {
  return categorizeWith(rows, await categorizationContext(input, signals));
}

/** What categorize() reads of a row (one object per row, without a spread of a temporary one). */
function categorizeInput({ description, amount, bankCategory }: StatementRow): CategorizeInput {
  return bankCategory ? { description, amount, bankCategory } : { description, amount };
}
