import { describe, expect, it } from 'vitest';
import { type CategoryRule, matchRule, validateRule } from './merchant/rules';
import { MAX_RULE_SUBJECT_LENGTH, regexProblem } from './regexSafety';

const regex = (pattern: string): CategoryRule => ({
  id: 'r',
  field: 'description',
  match: 'regex',
  pattern,
  setCategory: 'shopping',
  priority: 0,
  createdAt: 0,
});

describe('regular expressions in rules', () => {
  it('refuses catastrophic, invalid and over-long patterns before they run', () => {
    expect(regexProblem('(a+)+$')).toBe('unsafe');
    expect(regexProblem('(\\d+)*x')).toBe('unsafe');
    expect(regexProblem('([')).toBe('invalid');
    for (const repeated of ['(a|a)*$', '(?:x|\\w)+y', '((a|b)c){2,}', '(.|.)*QQQ', '(a|b){10}'])
      expect(regexProblem(repeated), repeated).toBe('unsafe');
    for (const open of ['.*.*.*QQQ', '\\S+ .* [^,]+x', '[\\s\\S]*a.*b.+c'])
      expect(regexProblem(open), open).toBe('unsafe');
    for (const fine of [
      'carrefour|lidl',
      '(PRLV|VIR) SEPA',
      '[(|)]+x',
      '\\(a|b\\)*',
      '(ab){2}',
      '(a|b)?c',
      '^PRLV\\s+SEPA\\s+.*NETFLIX\\s*',
      'CB .*CARREFOUR.*',
      '\\.*\\.*\\.*',
      '[.]*[.]*[.]*',
    ])
      expect(regexProblem(fine), fine).toBeNull();
    expect(regexProblem('a'.repeat(201))).toBe('tooLong');
    expect(validateRule(regex('(a+)+$'))).toEqual([
      'The pattern could take very long to run (nested repetition, repeated alternatives or too many wildcards).',
    ]);
    expect(validateRule(regex('x'.repeat(500)))).toEqual(['The pattern is too long.']);
    expect(validateRule({ ...regex('x'.repeat(500)), match: 'contains' })).toEqual([
      'The pattern is too long.',
    ]);
  });

  it('accepts the patterns people write', () => {
    for (const pattern of [
      '^CB\\s+CARREFOUR',
      'carrefour|lidl|aldi',
      '^(PRLV|VIR) SEPA .*NETFLIX',
      'uber\\s*\\*?eats',
    ])
      expect(validateRule(regex(pattern)), pattern).toEqual([]);
  });

  it('never runs an unsafe stored rule (a hand-made backup), and returns at once', () => {
    const started = performance.now();
    const subject = { description: `${'a'.repeat(27)}!`, merchant: '', amount: -1 };
    expect(matchRule(regex('(a+)+$'), subject)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('tests only the first characters of a very long description', () => {
    const description = `${'x'.repeat(MAX_RULE_SUBJECT_LENGTH)}NETFLIX`;
    const subject = { description, merchant: '', amount: -1 };
    expect(matchRule(regex('netflix'), subject)).toBe(false);
    expect(matchRule({ ...regex('netflix'), match: 'contains' }, subject)).toBe(false);
    expect(matchRule(regex('^x+'), subject)).toBe(true);
  });
});
