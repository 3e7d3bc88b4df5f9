import type { Account } from '../types';

/**
 * A label per account that tells it apart: the name alone when unique, else the name with the end of its number
 * ("Chase ··1234"), else with its currency, else with its position.
 */
export function accountLabels(accounts: readonly Account[]): Map<number, string> {
  const byName = new Map<string, Account[]>();
  for (const account of accounts) {
    const same = byName.get(account.name) ?? [];
    same.push(account);
    byName.set(account.name, same);
  }
  const labels = new Map<number, string>();
  for (const [name, same] of byName) {
    const tails = same.map((account) => (account.number ?? '').replace(/\s/g, '').slice(-4));
    const tailsDiffer = new Set(tails).size === same.length && tails.every(Boolean);
    const currenciesDiffer = new Set(same.map((account) => account.currency)).size === same.length;
    same.forEach((account, index) => {
      const label =
        same.length === 1
          ? name
          : tailsDiffer
            ? `${name} ··${tails[index]}`
            : currenciesDiffer
              ? `${name} (${account.currency})`
              : `${name} ${index + 1}`;
      labels.set(account.id ?? -1, label);
    });
  }
  return labels;
}
