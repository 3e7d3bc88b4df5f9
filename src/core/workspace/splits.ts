import { currencyDigits } from '../money';
import type { CurrencyCode, TransactionSplit } from '../types';

export interface SplitCheck {
  /** total − sum of the parts, minor units; 0 when they add up. */
  remaining: number;
  problems: SplitProblem[];
}

export type SplitProblem = 'tooFew' | 'zeroPart' | 'noCategory' | 'mismatch';

/** Whether the parts are a valid split of `total`: two or more non-zero parts with categories adding up exactly. */
export function checkSplits(total: number, splits: readonly TransactionSplit[]): SplitCheck {
  const problems: SplitProblem[] = [];
  if (splits.length < 2) problems.push('tooFew');
  if (splits.some((split) => split.amount === 0)) problems.push('zeroPart');
  if (splits.some((split) => !split.category)) problems.push('noCategory');
  const remaining = total - splits.reduce((sum, split) => sum + split.amount, 0);
  if (remaining !== 0) problems.push('mismatch');
  return { remaining, problems };
}

/**
 * A typed amount ("12,50", "-1 234.5", "€ 3") → integer minor units, or null when it is not a number.
 * The last `,` or `.` followed by 1 to `digits` digits is the decimal mark; spaces and other marks are grouping.
 */
export function parseAmountInput(text: string, currency: CurrencyCode): number | null {
  const digits = currencyDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,+-]/g, '');
  const match = /^([+-]?)([\d.,]*\d)$/.exec(cleaned) ?? /^([+-]?)(\d[\d.,]*)$/.exec(cleaned);
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2] ?? '';
  const decimal = new RegExp(`[.,](\\d{1,${Math.max(1, digits)}})$`).exec(body);
  const wholePart = (decimal ? body.slice(0, decimal.index) : body).replace(/[.,]/g, '');
  if (!/^\d*$/.test(wholePart)) return null;
  const fraction = digits === 0 ? '' : (decimal?.[1] ?? '').padEnd(digits, '0');
  const value = Number(wholePart || '0') * 10 ** digits + Number(fraction || '0');
  return Number.isFinite(value) ? sign * value + 0 : null;
}
