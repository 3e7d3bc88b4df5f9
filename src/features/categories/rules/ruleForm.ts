import { minorToDecimalString } from '../../../core/money';
import type { CategoryRule } from '../../../core/merchant/rules';
import { validateRule } from '../../../core/merchant/rules';
import { parseAmountInput } from '../../../core/workspace/splits';
import type { MessageKey } from '../../../i18n';

/** The rule editor's fields as typed. */
export interface RuleForm {
  id?: string;
  createdAt?: number;
  field: CategoryRule['field'];
  match: CategoryRule['match'];
  pattern: string;
  minAmount: string;
  maxAmount: string;
  accountId: string;
  setMerchant: string;
  setCategory: string;
  priority: string;
}

export const EMPTY_RULE: RuleForm = {
  field: 'description',
  match: 'contains',
  pattern: '',
  minAmount: '',
  maxAmount: '',
  accountId: '',
  setMerchant: '',
  setCategory: '',
  priority: '0',
};

export function fromRule(rule: CategoryRule, currency: string): RuleForm {
  return {
    id: rule.id,
    createdAt: rule.createdAt,
    field: rule.field,
    match: rule.match,
    pattern: rule.pattern,
    minAmount: rule.minAmount === undefined ? '' : minorToDecimalString(rule.minAmount, currency),
    maxAmount: rule.maxAmount === undefined ? '' : minorToDecimalString(rule.maxAmount, currency),
    accountId: rule.accountId === undefined ? '' : String(rule.accountId),
    setMerchant: rule.setMerchant ?? '',
    setCategory: rule.setCategory ?? '',
    priority: String(rule.priority),
  };
}

/** Problems with the pattern itself: the rule is neither previewed nor saved. */
export const PATTERN_ERRORS: readonly MessageKey[] = [
  'rules.error.regex',
  'rules.error.unsafe',
  'rules.error.tooLong',
];

export interface RuleDraft {
  rule: CategoryRule;
  errors: MessageKey[];
}

const MESSAGES: [RegExp, MessageKey][] = [
  [/empty/, 'rules.error.empty'],
  [/regular expression/, 'rules.error.regex'],
  [/very long to run/, 'rules.error.unsafe'],
  [/too long/, 'rules.error.tooLong'],
  [/greater/, 'rules.error.range'],
  [/neither/, 'rules.error.nothing'],
];

/** Form → rule plus the problems to show (validateRule's, translated; and unreadable amounts). */
export function toRule(form: RuleForm, currency: string, id: string, now: number): RuleDraft {
  const min = form.minAmount.trim() ? parseAmountInput(form.minAmount, currency) : undefined;
  const max = form.maxAmount.trim() ? parseAmountInput(form.maxAmount, currency) : undefined;
  const rule: CategoryRule = {
    id: form.id ?? id,
    field: form.field,
    match: form.match,
    pattern: form.pattern.trim(),
    ...(typeof min === 'number' ? { minAmount: min } : {}),
    ...(typeof max === 'number' ? { maxAmount: max } : {}),
    ...(form.accountId ? { accountId: Number(form.accountId) } : {}),
    ...(form.setMerchant.trim() ? { setMerchant: form.setMerchant.trim() } : {}),
    ...(form.setCategory ? { setCategory: form.setCategory } : {}),
    priority: Number.parseInt(form.priority, 10) || 0,
    createdAt: form.createdAt ?? now,
  };
  const errors: MessageKey[] = validateRule(rule).map(
    (message) => MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? 'rules.error.empty',
  );
  if (min === null || max === null) errors.push('rules.error.amount');
  return { rule, errors };
}
