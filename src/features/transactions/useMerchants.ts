import { useDeferredValue, useMemo } from 'react';
import {
  indexMerchants,
  type MerchantIndex,
  mergeMerchantIndexes,
  sameMerchantNames,
} from '../../core/workspace/merchantIndex';
import type { Transaction } from '../../core/types';
import { db } from '../../db/database';
import { type MerchantOption, merchantOptions } from './filterForm';

/** Each block's merchants, kept while the block is: an edit indexes one block again, not every row. */
const byBlock = new WeakMap<readonly Transaction[], MerchantIndex>();

function blockMerchants(block: readonly Transaction[]): MerchantIndex {
  let index = byBlock.get(block);
  if (!index) {
    index = indexMerchants(block);
    byBlock.set(block, index);
  }
  return index;
}

/** The last list of names made, reused while no merchant is added, removed or renamed. */
let last: { version: number; index: MerchantIndex; options: readonly MerchantOption[] } | null = null;

/** How many stored transactions a merchant (by payee key) has: one look per block, not per row. */
export function merchantCount(merchantKey: string): number {
  let count = 0;
  for (const block of db.store.blockArrays().values())
    count += blockMerchants(block).get(merchantKey)?.count ?? 0;
  return count;
}

/** Distinct stored merchants sorted by name: only the edited blocks are indexed again. */
function currentMerchantOptions(): readonly MerchantOption[] {
  const version = db.store.getVersion();
  if (last?.version === version) return last.options;
  const index = mergeMerchantIndexes([...db.store.blockArrays().values()].map(blockMerchants));
  const options = last && sameMerchantNames(last.index, index) ? last.options : merchantOptions(index);
  last = { version, index, options };
  return options;
}

/**
 * Distinct stored merchants sorted by name, for the merchant filter (the same array while no merchant is added,
 * removed or renamed); `version` is the store's (undefined while it loads). Unless `neededNow` (a merchant is typed
 * or linked, and the filter needs the names), they come just after the rows: the first rows do not wait for them.
 */
export function useMerchantOptions(
  version: number | undefined,
  neededNow: boolean,
): readonly MerchantOption[] {
  const later = useDeferredValue(version, undefined);
  const used = neededNow ? version : later;
  return useMemo(() => (used === undefined ? [] : currentMerchantOptions()), [used]);
}
