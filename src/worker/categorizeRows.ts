import type { StatementRow } from '../core/import/types';
import {
  buildKnowledge,
  type BrandsJson,
  categorize,
  type Categorization,
  fromJSON,
  type MerchantKnowledge,
} from '../core/merchant';
import type { CategorizationInput } from './protocol';

let knowledge: Promise<MerchantKnowledge> | null = null;

/** The name-suggestion-index dictionary is a separate chunk, fetched and indexed once per worker. */
export function loadKnowledge(): Promise<MerchantKnowledge> {
  knowledge ??= import('../core/merchant/data/brands.json').then((module) =>
    buildKnowledge(module.default as unknown as BrandsJson),
  );
  return knowledge;
}

export async function categorizeRows(
  rows: readonly StatementRow[],
  input: CategorizationInput,
): Promise<Categorization[]> {
  const context = {
    rules: input.rules,
    learned: new Map(input.learned),
    knowledge: await loadKnowledge(),
    ...(input.model ? { model: fromJSON(input.model) } : {}),
  };
  // Statements repeat the same descriptors (rent, subscriptions, the usual shops): categorize each distinct one
  // once. Only the amount's sign matters to the categorizer, unless a rule looks at amounts.
  const amountMatters = input.rules.some(
    (rule) => rule.minAmount !== undefined || rule.maxAmount !== undefined,
  );
  const memo = new Map<string, Categorization>();
  return rows.map((row) => {
    const key = `${amountMatters ? row.amount : Math.sign(row.amount)}|${row.description}`;
    let label = memo.get(key);
    if (!label) {
      label = categorize({ description: row.description, amount: row.amount }, context);
      memo.set(key, label);
    }
    return label;
  });
}
