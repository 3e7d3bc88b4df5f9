/**
 * Whole-word keyword lists over payee keys (see merchant/fold.ts): `word` matches a token, `word*` a token
 * prefix, and words joined by `_` match consecutive tokens.
 */
export interface KeywordList {
  tokens: ReadonlySet<string>;
  prefixes: readonly string[];
  phrases: readonly string[][];
  /** Answers by text: statements repeat the same descriptors thousands of times. */
  seen: Map<string, boolean>;
}

const CACHE_LIMIT = 50_000;

export function keywordList(spec: string): KeywordList {
  const tokens = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const word of spec.split(/\s+/).filter(Boolean)) {
    if (word.includes('_')) phrases.push(word.split('_'));
    else if (word.endsWith('*')) prefixes.push(word.slice(0, -1));
    else tokens.add(word);
  }
  return { tokens, prefixes, phrases, seen: new Map() };
}

export function matches(text: string, list: KeywordList): boolean {
  let answer = list.seen.get(text);
  if (answer === undefined) {
    answer = scan(text, list);
    if (list.seen.size >= CACHE_LIMIT) list.seen.clear();
    list.seen.set(text, answer);
  }
  return answer;
}

function scan(text: string, list: KeywordList): boolean {
  const tokens = text.split(' ');
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (list.tokens.has(token)) return true;
    if (list.prefixes.some((prefix) => token.startsWith(prefix))) return true;
    for (const phrase of list.phrases) {
      if (phrase.every((word, offset) => tokens[index + offset] === word)) return true;
    }
  }
  return false;
}
