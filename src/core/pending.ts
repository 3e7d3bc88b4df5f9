import { isoToDayNumber } from './dates';
import { normalizeForFingerprint } from './dedupe';
import type { IsoDate } from './types';

export interface PendingCandidate {
  id?: number;
  date: IsoDate;
  amount: number;
  description: string;
  pending?: boolean;
}

export interface PendingSettlement {
  /** Incoming row index → id of the stored pending row it books (that row is replaced). */
  settles: Map<number, number>;
  /** Incoming pending rows whose booked version is already stored (skipped as duplicates). */
  alreadyBooked: Set<number>;
}

/**
 * Banks list a card payment as pending first and booked a few days later, often with another date. A booked row
 * replaces the stored pending row with the same amount and description (closest date within `maxDays`); a pending
 * row whose booked version is already stored is a duplicate.
 */
export function settlePending(
  incoming: readonly PendingCandidate[],
  candidates: readonly number[],
  stored: readonly PendingCandidate[],
  maxDays = 7,
): PendingSettlement {
  const settles = new Map<number, number>();
  const alreadyBooked = new Set<number>();
  if (stored.length === 0) return { settles, alreadyBooked };
  const used = new Set<number>();
  const keyOf = (row: PendingCandidate) => `${row.amount}|${normalizeForFingerprint(row.description)}`;
  const byKey = new Map<string, PendingCandidate[]>();
  for (const row of stored) {
    if (row.id === undefined) continue;
    const list = byKey.get(keyOf(row)) ?? [];
    list.push(row);
    byKey.set(keyOf(row), list);
  }
  for (const index of candidates) {
    const row = incoming[index];
    if (!row) continue;
    const day = isoToDayNumber(row.date);
    let best: PendingCandidate | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const other of byKey.get(keyOf(row)) ?? []) {
      if (used.has(other.id as number) || Boolean(other.pending) === Boolean(row.pending)) continue;
      const gap = Math.abs(isoToDayNumber(other.date) - day);
      if (gap <= maxDays && gap < bestGap) {
        best = other;
        bestGap = gap;
      }
    }
    if (!best) continue;
    used.add(best.id as number);
    if (row.pending) alreadyBooked.add(index);
    else settles.set(index, best.id as number);
  }
  return { settles, alreadyBooked };
}
