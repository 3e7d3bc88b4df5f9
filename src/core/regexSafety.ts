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
  return safeRegex(pattern) ? null : 'unsafe';
}

/** The text a rule's pattern is tested against, capped. */
export function ruleSubjectText(text: string): string {
  return text.length > MAX_RULE_SUBJECT_LENGTH ? text.slice(0, MAX_RULE_SUBJECT_LENGTH) : text;
}
