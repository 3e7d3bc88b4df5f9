import safeRegex from 'safe-regex2';

/** Longest regular expression a rule may hold: a merchant pattern is a few words, never a program. */
export const MAX_RULE_PATTERN_LENGTH = 200;

/**
 * Longest text a rule is tested against. Descriptions are rarely over 200 characters; the cap bounds the time any
 * pattern that slipped past the safety check can take (backtracking grows with the text).
 */
export const MAX_RULE_SUBJECT_LENGTH = 500;

export type RegexProblem = 'invalid' | 'tooLong' | 'unsafe';

/**
 * Why a user's regular expression must not run, or null when it may. Nested quantifiers such as `(a+)+$` take
 * exponential time on a near-miss (25 characters ≈ 0.4 s, doubling per character) and freeze the tab; safe-regex2
 * refuses them (and too many repetitions) by the pattern's shape, before it ever runs.
 */
export function regexProblem(pattern: string): RegexProblem | null {
  if (pattern.length > MAX_RULE_PATTERN_LENGTH) return 'tooLong';
  try {
    new RegExp(pattern, 'i');
  } catch {
    return 'invalid';
  }
  const unsafe =
    !safeRegex(pattern) || repeatsAlternatives(pattern) || openWildcards(pattern) > MAX_OPEN_WILDCARDS;
  return unsafe ? 'unsafe' : null;
}

/**
 * Open-ended wildcards (`.*`, `\S+`, `[^,]{2,}`…) allowed in one pattern. Each one that fails to match multiplies
 * the work by the text's length: `.*.*.*QQQ` takes ~2 ms on a 50-character description and ~1 s on 500.
 */
const MAX_OPEN_WILDCARDS = 2;
const OPEN_QUANTIFIER = /^(?:[*+]|\{\d+,\d*\})/;

/** How many atoms that match (nearly) any character carry an open-ended quantifier. */
function openWildcards(pattern: string): number {
  let count = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    let end = index + 1;
    let wide = false;
    if (char === '.') wide = true;
    else if (char === '\\') {
      wide = /[SWD]/.test(pattern[index + 1] ?? '');
      end = index + 2;
    } else if (char === '[') {
      let close = index + 1;
      while (close < pattern.length && pattern[close] !== ']') close += pattern[close] === '\\' ? 2 : 1;
      const body = pattern.slice(index + 1, close);
      wide = body.startsWith('^') || /\\[SWD]/.test(body) || (/\\s/.test(body) && /\\S/.test(body));
      end = close + 1;
    }
    if (wide && OPEN_QUANTIFIER.test(pattern.slice(end, end + 12))) count += 1;
    index = end - 1;
  }
  return count;
}

/**
 * True when a group holding alternatives is repeated (`(a|a)*`, `(?:x|\w)+`, `((a|b)c){2,}`): when two
 * alternatives can match the same text, each repetition doubles the ways to try, which safe-regex2's star-height
 * check does not see. Rules never need it (`carrefour|lidl` is not repeated).
 */
function repeatsAlternatives(pattern: string): boolean {
  const groups: boolean[] = [];
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === '\\') index += 1;
    else if (char === '[') {
      index += 1;
      while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1;
    } else if (char === '(') groups.push(false);
    else if (char === '|' && groups.length > 0) groups[groups.length - 1] = true;
    else if (char === ')') {
      const alternatives = groups.pop() ?? false;
      if (alternatives && groups.length > 0) groups[groups.length - 1] = true;
      if (alternatives && /^(?:[*+]|\{\d*,\d*\}|\{\d{2,}\})/.test(pattern.slice(index + 1, index + 12)))
        return true;
    }
  }
  return false;
}

/** The text a rule's pattern is tested against, capped. */
export function ruleSubjectText(text: string): string {
  return text.length > MAX_RULE_SUBJECT_LENGTH ? text.slice(0, MAX_RULE_SUBJECT_LENGTH) : text;
}
