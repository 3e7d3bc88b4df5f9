import { normalizeName } from './text';

function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : d;
}

/**
 * Stable signature of a file's shape, used to find a saved profile: delimiter + normalized header names, or for
 * headerless files delimiter + column count + per-column value kinds (d/n/t).
 */
export function profileSignature(
  delimiter: string,
  header: readonly string[] | null,
  kinds?: string,
): string {
  if (header) {
    const names = header.map((h) => normalizeName(h));
    while (names.length > 0 && names[names.length - 1] === '') names.pop();
    return `h|${delimiterName(delimiter)}|${names.join('|')}`;
  }
  const k = kinds ?? '';
  return `n|${delimiterName(delimiter)}|${k.length}|${k}`;
}
