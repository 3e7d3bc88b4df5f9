import type { DecimalMark } from './types';
import type { Layout } from './layout';
import { parseAmount } from './parseAmount';
import { cleanCell } from './text';

/**
 * Whether a fee column is already inside the amounts (informational "Total fees", Wise) rather than charged on top
 * (Revolut's "Fee"). Evidence: the fees appear as rows of their own, or the running balance moves by the amount
 * alone. Without evidence the fee is charged on top.
 */
export function feesAlreadyCounted(
  sample: readonly string[][],
  l: Layout,
  decimalMark: DecimalMark,
): boolean {
  if (l.fee < 0 || l.amounts.length === 0) return false;
  const amountCol = l.amounts[0]!;
  const amounts: (number | null)[] = [];
  const fees: (number | null)[] = [];
  const balances: (number | null)[] = [];
  const read = (row: readonly string[], col: number) => {
    const v = col >= 0 ? cleanCell(row[col]) : '';
    return v ? parseAmount(v, decimalMark, 2) : null;
  };
  for (const row of sample) {
    amounts.push(read(row, amountCol));
    fees.push(read(row, l.fee));
    balances.push(read(row, l.balance));
  }
  const amountSet = new Map<number, number>();
  for (const a of amounts) if (a !== null) amountSet.set(a, (amountSet.get(a) ?? 0) + 1);
  let charged = 0;
  let ownRow = 0;
  let alone = 0;
  let onTop = 0;
  for (let i = 0; i < sample.length; i++) {
    const f = fees[i];
    const a = amounts[i];
    if (f == null || f === 0 || a == null) continue;
    charged++;
    if (amountSet.has(-Math.abs(f))) ownRow++;
    for (const j of [i - 1, i + 1]) {
      const b = balances[i];
      const other = balances[j];
      if (b == null || other == null) continue;
      // Either neighbour may hold the balance before this row (files run oldest or newest first).
      const moved = b - other;
      if (moved === a) alone++;
      else if (moved === a - Math.abs(f)) onTop++;
    }
  }
  if (charged === 0) return false;
  if (alone + onTop > 0) return alone > onTop;
  return ownRow >= charged * 0.5;
}

/** True when some fee is written with a minus (a charge): one without is then a fee given back (Capitec). */
export function feesWrittenSigned(sample: readonly string[][], l: Layout, decimalMark: DecimalMark): boolean {
  if (l.fee < 0) return false;
  return sample.some((row) => (parseAmount(cleanCell(row[l.fee]), decimalMark, 2) ?? 0) < 0);
}

const PLAIN_SIDE_SUMS = 5;
const PLAIN_SIDE_SHARE = 0.8;

/**
 * Whether a debit (credit) column's minus means something: when most of its sums (four in five) are written without one, a
 * sum with one goes the other way (a reversal in HDFC's Withdrawal column); when most carry one, it is only how
 * the bank writes that side (PostFinance's debits).
 */
export function pairSigns(
  sample: readonly string[][],
  l: Layout,
  decimalMark: DecimalMark,
): { debitsSigned: boolean; creditsSigned: boolean } {
  const mostlyPlain = (col: number) => {
    if (col < 0) return false;
    let plain = 0;
    let minus = 0;
    for (const row of sample) {
      const sum = parseAmount(cleanCell(row[col]), decimalMark, 2) ?? 0;
      if (sum > 0) plain++;
      else if (sum < 0) minus++;
    }
    // Enough sums that a balance line or two among them (Intesa's 'Saldo' under its debits) cannot decide it.
    return plain + minus >= PLAIN_SIDE_SUMS && plain >= (plain + minus) * PLAIN_SIDE_SHARE;
  };
  return { debitsSigned: mostlyPlain(l.debit), creditsSigned: mostlyPlain(l.credit) };
}
