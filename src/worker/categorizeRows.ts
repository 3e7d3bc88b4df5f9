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
function loadKnowledge(): Promise<MerchantKnowledge> {
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
  return rows.map((row) => categorize({ description: row.description, amount: row.amount }, context));
}
