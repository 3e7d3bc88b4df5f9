import type { ColumnRole, DateOrder, DecimalMark, ReadingProfile, SignConvention } from '../import/types';
import { matchPreset } from '../import/presets';
import { isText, isTime, optional, type Row } from './fields';

/** Every column role; typed so that a new role added to ColumnRole fails the build until it is listed here. */
const ROLES: Record<ColumnRole, true> = {
  date: true,
  valueDate: true,
  description: true,
  amount: true,
  debit: true,
  credit: true,
  direction: true,
  balance: true,
  currency: true,
  account: true,
  status: true,
  fee: true,
  category: true,
  ignore: true,
};
const DATE_ORDERS: Record<DateOrder, true> = { DMY: true, MDY: true, YMD: true };
const DECIMAL_MARKS: Record<DecimalMark, true> = { '.': true, ',': true };
const SIGNS: Record<SignConvention, true> = { normal: true, inverted: true };
const isOneOf = (values: Record<string, true>) => (value: unknown) =>
  typeof value === 'string' && Object.hasOwn(values, value);
const MAX_COLUMNS = 200;

const delimiterName = (delimiter: string) => (delimiter === '\t' ? 'tab' : delimiter);

export const PROFILE: Record<keyof ReadingProfile | 'savedAt', (value: unknown) => boolean> = {
  signature: (value) => typeof value === 'string' && value !== '' && value.length <= 5_000,
  // Usually , ; tab or |, but an Excel "sep=" line may name another single character.
  delimiter: (value) => typeof value === 'string' && value.length === 1 && !/[\r\n"]/.test(value),
  headerRow: (value) => Number.isSafeInteger(value) && (value as number) >= -1 && (value as number) <= 10_000,
  roles: (value) =>
    Array.isArray(value) && value.length > 0 && value.length <= MAX_COLUMNS && value.every(isOneOf(ROLES)),
  dateOrder: isOneOf(DATE_ORDERS),
  decimalMark: isOneOf(DECIMAL_MARKS),
  sign: isOneOf(SIGNS),
  bankId: optional(isText),
  bankName: optional(isText),
  descriptionOrder: optional(
    (value) => Array.isArray(value) && value.length <= MAX_COLUMNS && value.every(Number.isSafeInteger),
  ),
  savedAt: isTime,
};

/**
 * What the field checks cannot see: a profile is applied silently to every later file whose shape has its
 * signature, so it must describe that shape (its delimiter, its columns, a date and an amount), and for a bank
 * whose files always use one sign convention it must use it: a restored profile can never quietly flip the sign
 * of every future import of that bank. Returns the failing part, or null.
 */
export function profileProblem(profile: Row): string | null {
  const signature = profile.signature as string;
  const roles = profile.roles as ColumnRole[];
  const kind = signature.charAt(0);
  // Only signatures the reader computes (h|… or n|…) ever match a file; any other is inert.
  if (!/^[hn]\|/.test(signature)) return null;
  const prefix = `${kind}|${delimiterName(profile.delimiter as string)}|`;
  if (!signature.startsWith(prefix)) return 'signature';
  const parts = signature.slice(prefix.length).split('|');
  if (kind === 'h') {
    const names = parts;
    if (names.length > roles.length) return 'roles';
    if ((profile.headerRow as number) < 0) return 'headerRow';
    const preset = matchPreset(names);
    if (preset?.sign && preset.sign !== profile.sign) return 'sign';
  } else if (Number(parts[0]) !== roles.length || (profile.headerRow as number) !== -1) return 'roles';
  if (!roles.includes('date')) return 'roles';
  if (!roles.some((role) => role === 'amount' || role === 'debit' || role === 'credit')) return 'roles';
  const order = profile.descriptionOrder as number[] | undefined;
  if (order?.some((column) => column < 0 || column >= roles.length)) return 'descriptionOrder';
  return null;
}
