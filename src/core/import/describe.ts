import { collapseSpaces, decodeEntities } from './text';

export const DESCRIPTION_JOINER = ' · ';
/** A part of only punctuation ("/", "-") says nothing. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Joins description parts (already in join order) into one readable line: entities decoded, whitespace
 * collapsed, empty parts and exact repeats (case-insensitive) dropped.
 */
export function joinDescription(parts: readonly string[]): string {
  if (parts.length === 1) return collapseSpaces(decodeEntities(parts[0]!));
  let out = '';
  const seen: string[] = [];
  for (const raw of parts) {
    if (!raw) continue;
    const p = collapseSpaces(decodeEntities(raw));
    if (p.length === 0 || !HAS_WORD.test(p)) continue;
    const key = p.toLowerCase();
    if (seen.includes(key)) continue;
    seen.push(key);
    out = out.length === 0 ? p : out + DESCRIPTION_JOINER + p;
  }
  return out;
}
