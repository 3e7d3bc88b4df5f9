/** Finds the brand named at the start of a cleaned descriptor (after an optional leading city). */
import type { BrandEntry, MerchantKnowledge } from './knowledge';
import { matchKeyword } from './keywords';
import { isReferenceToken } from './noise';
import { isCityWord, isTailNoise } from './tail';

/** Generic words that banks or shops put before a brand: "PARKING INDIGO", "HOTEL IBIS", "CINEMA GAUMONT". */
const GENERIC_LEAD = new Set(
  'parking peage toll hotel cinema kino station tankstelle pharmacie apotheke restaurant cafe magasin boutique shop'.split(
    ' ',
  ),
);

export interface BrandHit {
  entry: BrandEntry;
  /** Index of the first and one past the last matched payee-key token. */
  start: number;
  end: number;
}

function matchAt(
  k: MerchantKnowledge,
  tokens: readonly string[],
  start: number,
  lenient: boolean,
): BrandHit | null {
  let best: BrandHit | null = null;
  const first = tokens[start];
  if (first === undefined) return null;
  const second = tokens[start + 1];
  const lists = [
    second === undefined ? undefined : k.byFirstToken.get(`${first} ${second}`),
    k.byFirstToken.get(first),
  ];
  for (const list of lists) {
    for (const p of list ?? []) {
      const n = p.tokens.length;
      let ok = start + n <= tokens.length;
      for (let i = 2; ok && i < n; i++) {
        const t = tokens[start + i] ?? '';
        // Banks truncate long names: "SPROUTS FARMERS MAR" is "Sprouts Farmers Market".
        ok = t === p.tokens[i] || (i === n - 1 && t.length >= 3 && (p.tokens[i] ?? '').startsWith(t));
      }
      if (ok) {
        best = { entry: p.entry, start, end: start + n };
        break;
      }
    }
    if (best) break;
  }
  let compact = '';
  for (let n = 1; n <= 4 && start + n <= tokens.length; n++) {
    compact += tokens[start + n - 1];
    const entry = k.byCompact.get(compact);
    if (entry && (!best || start + n > best.end)) best = { entry, start, end: start + n };
  }
  if (best && lenient && best.entry.short && best.end < tokens.length) {
    // "LEON RESTAURANTS": a short brand followed by words that say another trade is not that brand.
    const rest = matchKeyword(tokens.slice(best.end).join(' '));
    if (rest && rest.category !== best.entry.category) return null;
  }
  if (best?.entry.strict && !(lenient && best.entry.short)) {
    // Everything after a store number or reference is location; before it, only noise may follow the brand.
    for (let i = best.end; i < tokens.length && !isReferenceToken(tokens[i] ?? ''); i++) {
      if (!isTailNoise(tokens[i] ?? '')) return null;
    }
  }
  return best;
}

/**
 * Tries each knowledge base (longest match wins) at the first non-reference token, then after up to two
 * leading city or generic words. `lenient` (card payments, where the payee is a shop, not a person) lets
 * short brands such as "KFC" match with words after them.
 */
export function matchBrand(
  bases: readonly MerchantKnowledge[],
  tokens: readonly string[],
  lenient = false,
): BrandHit | null {
  let first = 0;
  while (first < tokens.length && isReferenceToken(tokens[first] ?? '')) first++;
  // "7-ELEVEN", "1&1": a brand may start with a number.
  if (first > 0) {
    for (const k of bases) {
      const hit = matchAt(k, tokens, 0, lenient);
      if (hit && hit.end > first) return hit;
    }
  }
  for (let start = first; start < first + 3 && start < tokens.length; start++) {
    const previous = tokens[start - 1] ?? '';
    if (start > first && !isCityWord(previous) && !GENERIC_LEAD.has(previous)) break;
    let best: BrandHit | null = null;
    for (const k of bases) {
      const hit = matchAt(k, tokens, start, lenient);
      if (hit && (!best || hit.end > best.end)) best = hit;
    }
    if (best) return best;
  }
  return null;
}
