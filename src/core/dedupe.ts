import type { IsoDate } from './types';

/** Normalizes a description so cosmetic differences between two exports of one row do not matter. */
export function normalizeForFingerprint(description: string): string {
  return description.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function transactionFingerprint(date: IsoDate, amount: number, description: string): string {
  return `${date}|${amount}|${normalizeForFingerprint(description)}`;
}

/**
 * Multiset difference: an incoming row is new only when the stored data holds fewer rows with its fingerprint
 * than the incoming file does. So an overlapping statement adds only what is new, while two genuinely identical
 * purchases on one day (same fingerprint twice in one file) both stay.
 * Returns the indexes of the incoming rows to add, in order.
 */
export function selectNewRows(incoming: readonly string[], stored: Iterable<string>): number[] {
  const remaining = new Map<string, number>();
  for (const fingerprint of stored) remaining.set(fingerprint, (remaining.get(fingerprint) ?? 0) + 1);
  const added: number[] = [];
  incoming.forEach((fingerprint, index) => {
    const left = remaining.get(fingerprint) ?? 0;
    if (left > 0) remaining.set(fingerprint, left - 1);
    else added.push(index);
  });
  return added;
}

/**
 * selectNewRows that also says which stored rows the repeated incoming rows matched (by their tag, e.g. the
 * import that stored them): an overlapping statement relies on those rows staying.
 */
export function matchIncomingRows<Tag>(
  incoming: readonly string[],
  stored: readonly (readonly [fingerprint: string, tag: Tag])[],
): { added: number[]; matchedTags: Set<Tag> } {
  const remaining = new Map<string, Tag[]>();
  for (const [fingerprint, tag] of stored) {
    const tags = remaining.get(fingerprint);
    if (tags) tags.push(tag);
    else remaining.set(fingerprint, [tag]);
  }
  const added: number[] = [];
  const matchedTags = new Set<Tag>();
  incoming.forEach((fingerprint, index) => {
    const tags = remaining.get(fingerprint);
    const tag = tags?.pop();
    if (tags && tag !== undefined) matchedTags.add(tag);
    else added.push(index);
  });
  return { added, matchedTags };
}
