import { MAX_RULE_PATTERN_LENGTH, regexProblem, ruleSubjectText } from '../regexSafety';

/**
 * User rules: "when the description/merchant contains|equals|matches X (and the amount is within bounds,
 * on this account) then set merchant/category". Regexes are compiled once and cached; an invalid regex never
 * throws: it never matches, and validateRule reports it. Amounts are in minor units.
 */

export interface CategoryRule {
  id: string;
  field: 'description' | 'merchant';
  match: 'contains' | 'equals' | 'regex';
  pattern: string;
  minAmount?: number;
  maxAmount?: number;
  accountId?: number;
  setMerchant?: string;
  setCategory?: string;
  priority: number;
  createdAt: number;
}

export interface RuleSubject {
  description: string;
  merchant: string;
  amount: number;
  accountId?: number;
}

const compiled = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    // A pattern that fails the safety check (a rule from an older version or a hand-made file) never runs.
    re = regexProblem(pattern) === null ? new RegExp(pattern, 'i') : null;
    if (compiled.size > 5000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Problems with a rule, empty when it is usable. */
export function validateRule(rule: CategoryRule): string[] {
  const errors: string[] = [];
  if (!rule.pattern.trim()) errors.push('The pattern is empty.');
  const problem =
    rule.match === 'regex'
      ? regexProblem(rule.pattern)
      : rule.pattern.length > MAX_RULE_PATTERN_LENGTH
        ? 'tooLong'
        : null;
  if (problem === 'invalid') errors.push('The pattern is not a valid regular expression.');
  if (problem === 'tooLong') errors.push('The pattern is too long.');
  if (problem === 'unsafe')
    errors.push(
      'The pattern could take very long to run (nested repetition, repeated alternatives or too many wildcards).',
    );
  if (rule.minAmount !== undefined && rule.maxAmount !== undefined && rule.minAmount > rule.maxAmount) {
    errors.push('The minimum amount is greater than the maximum amount.');
  }
  if (!rule.setCategory && !rule.setMerchant) errors.push('The rule sets neither a merchant nor a category.');
  return errors;
}

/** True when the rule applies to the transaction. */
export function matchRule(rule: CategoryRule, tx: RuleSubject): boolean {
  if (rule.accountId !== undefined && rule.accountId !== tx.accountId) return false;
  if (rule.minAmount !== undefined && tx.amount < rule.minAmount) return false;
  if (rule.maxAmount !== undefined && tx.amount > rule.maxAmount) return false;
  const pattern = rule.pattern.trim();
  if (!pattern) return false;
  const text = ruleSubjectText(rule.field === 'merchant' ? tx.merchant : tx.description);
  switch (rule.match) {
    case 'contains':
      return text.toLocaleLowerCase().includes(pattern.toLocaleLowerCase());
    case 'equals':
      return text.trim().toLocaleLowerCase() === pattern.toLocaleLowerCase();
    case 'regex':
      return compile(pattern)?.test(text) ?? false;
  }
}

/** Highest priority matching rule (newest first at equal priority), or undefined. */
export function findMatchingRule(rules: readonly CategoryRule[], tx: RuleSubject): CategoryRule | undefined {
  let best: CategoryRule | undefined;
  for (const rule of rules) {
    if (
      best &&
      (rule.priority < best.priority || (rule.priority === best.priority && rule.createdAt <= best.createdAt))
    ) {
      continue;
    }
    if (matchRule(rule, tx)) best = rule;
  }
  return best;
}
