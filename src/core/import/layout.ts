import type { ColumnRole } from './types';
import { currencyFromHeader, headerMeaning } from './headerRoles';

/** Column indices per role, computed once per reading (or per section) for the row loop. */
export interface Layout {
  width: number;
  date: number;
  valueDate: number;
  description: number[];
  /** The bank's category columns, parent first. */
  category: number[];
  amounts: number[];
  /** Currency named in each amount column's header ("CAD$", "Bedrag (EUR)"), aligned with `amounts`. */
  amountCurrencies: (string | undefined)[];
  debit: number;
  credit: number;
  direction: number;
  fee: number;
  balance: number;
  currency: number;
  account: number;
  status: number;
  /** Columns no role reads (references, ids): only checked for balance-line words. */
  otherColumns?: number[];
}

/** Description columns in join order: counterparty, label, booking text, purpose (from header names). */
export function descriptionOrder(roles: readonly ColumnRole[], header: readonly string[] | null): number[] {
  const cols: number[] = [];
  const rank: number[] = [];
  for (let j = 0; j < roles.length; j++) {
    if (roles[j] !== 'description') continue;
    cols.push(j);
    const m = header ? headerMeaning(header[j] ?? '') : null;
    rank[j] = m && m.role === 'description' ? m.rank : 1;
  }
  return cols.sort((a, b) => rank[a]! - rank[b]! || a - b);
}

/** A saved join order, kept only for columns that are still descriptions; new description columns appended. */
function validOrder(
  roles: readonly ColumnRole[],
  header: readonly string[] | null,
  order?: number[],
): number[] {
  const natural = descriptionOrder(roles, header);
  if (!order) return natural;
  const kept = order.filter((j, k) => roles[j] === 'description' && order.indexOf(j) === k);
  for (const j of natural) if (!kept.includes(j)) kept.push(j);
  return kept;
}

/** Category columns, the parent category before the sub-category. */
function categoryOrder(roles: readonly ColumnRole[], header: readonly string[] | null): number[] {
  const cols: number[] = [];
  for (let j = 0; j < roles.length; j++) if (roles[j] === 'category') cols.push(j);
  const rank = (j: number) => (header ? (headerMeaning(header[j] ?? '')?.rank ?? 1) : 1);
  return cols.sort((a, b) => rank(a) - rank(b) || a - b);
}

export function buildLayout(
  roles: readonly ColumnRole[],
  header: readonly string[] | null,
  order?: number[],
): Layout {
  const l: Layout = {
    width: roles.length,
    date: -1,
    valueDate: -1,
    description: validOrder(roles, header, order),
    category: categoryOrder(roles, header),
    amounts: [],
    amountCurrencies: [],
    debit: -1,
    credit: -1,
    direction: -1,
    fee: -1,
    balance: -1,
    currency: -1,
    account: -1,
    status: -1,
  };
  for (let j = 0; j < roles.length; j++) {
    switch (roles[j]) {
      case 'date':
        if (l.date < 0) l.date = j;
        break;
      case 'valueDate':
        if (l.valueDate < 0) l.valueDate = j;
        break;
      case 'amount':
        l.amounts.push(j);
        l.amountCurrencies.push(header ? currencyFromHeader(header[j] ?? '') : undefined);
        break;
      case 'debit':
        if (l.debit < 0) l.debit = j;
        break;
      case 'credit':
        if (l.credit < 0) l.credit = j;
        break;
      case 'direction':
        if (l.direction < 0) l.direction = j;
        break;
      case 'fee':
        if (l.fee < 0) l.fee = j;
        break;
      case 'balance':
        if (l.balance < 0) l.balance = j;
        break;
      case 'currency':
        if (l.currency < 0) l.currency = j;
        break;
      case 'account':
        if (l.account < 0) l.account = j;
        break;
      case 'status':
        if (l.status < 0) l.status = j;
        break;
      case 'ignore':
        (l.otherColumns ??= []).push(j);
        break;
      default:
        break;
    }
  }
  return l;
}

/** Currency named by the headers of the money columns, when any. */
export function headerCurrency(
  roles: readonly ColumnRole[],
  header: readonly string[] | null,
): string | undefined {
  if (!header) return undefined;
  for (let j = 0; j < roles.length; j++) {
    const r = roles[j];
    if (r === 'amount' || r === 'debit' || r === 'credit' || r === 'balance') {
      const c = currencyFromHeader(header[j] ?? '');
      if (c) return c;
    }
  }
  return undefined;
}
