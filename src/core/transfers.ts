import { isoToDayNumber } from './dates';
import type { CurrencyCode, IsoDate } from './types';

export interface TransferCandidate {
  id: number;
  accountId: number;
  date: IsoDate;
  amount: number;
  /** Legs in different currencies are never one transfer: €-100 out and $+100 in are two unrelated movements. */
  currency: CurrencyCode;
  kind?: string;
  categorySource?: string;
  transferPairId?: number;
}

/** Movements that are never one leg of a transfer between own accounts. */
const NOT_TRANSFERS = new Set(['card', 'cash', 'fee', 'interest', 'cardSummary']);

function eligible(row: TransferCandidate): boolean {
  return (
    row.transferPairId === undefined && row.categorySource !== 'manual' && !NOT_TRANSFERS.has(row.kind ?? '')
  );
}

/**
 * Pairs money leaving one of the person's accounts with the same amount in the same currency arriving in another
 * within `maxDays`, closest dates first. Only pairs that involve at least one row of `fresh` (the rows just imported) are returned,
 * as [outgoing id, incoming id].
 */
export function pairTransfers(
  fresh: readonly TransferCandidate[],
  stored: readonly TransferCandidate[],
  maxDays = 4,
): [number, number][] {
  const freshIds = new Set(fresh.map((row) => row.id));
  const incomingByAmount = new Map<number, TransferCandidate[]>();
  const all = [...fresh, ...stored.filter((row) => !freshIds.has(row.id))].filter(eligible);
  for (const row of all) {
    if (row.amount <= 0) continue;
    const list = incomingByAmount.get(row.amount) ?? [];
    list.push(row);
    incomingByAmount.set(row.amount, list);
  }
  const used = new Set<number>();
  const candidates: { out: TransferCandidate; in: TransferCandidate; gap: number }[] = [];
  for (const out of all) {
    if (out.amount >= 0) continue;
    for (const incoming of incomingByAmount.get(-out.amount) ?? []) {
      if (incoming.accountId === out.accountId || incoming.currency !== out.currency) continue;
      if (!freshIds.has(out.id) && !freshIds.has(incoming.id)) continue;
      const gap = Math.abs(isoToDayNumber(incoming.date) - isoToDayNumber(out.date));
      if (gap <= maxDays) candidates.push({ out, in: incoming, gap });
    }
  }
  candidates.sort((a, b) => a.gap - b.gap || a.out.id - b.out.id || a.in.id - b.in.id);
  const pairs: [number, number][] = [];
  for (const candidate of candidates) {
    if (used.has(candidate.out.id) || used.has(candidate.in.id)) continue;
    used.add(candidate.out.id);
    used.add(candidate.in.id);
    pairs.push([candidate.out.id, candidate.in.id]);
  }
  return pairs;
}
