import { thanksForPayment } from './signConvention';
import { parseAmount } from './parseAmount';
import { cleanCell } from './text';
import type { ColumnStats } from './valueKinds';

export interface MoneyPair {
  debit: number;
  credit: number;
  /** Running balance column that decided (or confirmed) which side is which; -1 when none. */
  balance: number;
  /** True when the running balance or the debit column's own minus signs decided the sides. */
  decided: boolean;
}

function money(row: readonly string[], col: number): number | null {
  const v = cleanCell(row[col]);
  return v ? parseAmount(v, '.', 2) : null;
}

/** Share of consecutive rows where the balance moves by the row's amount (file order either way). */
export function amountsFitBalance(
  amounts: readonly (number | null)[],
  balances: readonly (number | null)[],
): number {
  let hits = 0;
  let tried = 0;
  for (let i = 1; i < amounts.length; i++) {
    const a = amounts[i];
    const prevA = amounts[i - 1];
    const b = balances[i];
    const prev = balances[i - 1];
    if (a == null || prevA == null || b == null || prev == null) continue;
    tried++;
    if (b - prev === a || prev - b === prevA) hits++;
  }
  return tried === 0 ? 0 : hits / tried;
}

/**
 * Two money columns that are never both used on a row (one side empty or 0.00) and together cover the rows are a
 * money-out / money-in pair. The running balance decides which is which; else the column of negative numbers is
 * the debit; else the first one is (Soll/Haben, Débit/Crédit, Paid out/Paid in, Withdrawal/Deposit), undecided.
 */
export function findMoneyPair(
  sample: readonly string[][],
  candidates: readonly number[],
  stats: readonly ColumnStats[],
): MoneyPair | null {
  const rowsSeen = Math.max(1, sample.length);
  for (let x = 0; x < candidates.length; x++) {
    for (let y = x + 1; y < candidates.length; y++) {
      const a = candidates[x]!;
      const b = candidates[y]!;
      let both = 0;
      let either = 0;
      let usedA = 0;
      let usedB = 0;
      for (const row of sample) {
        const va = money(row, a);
        const vb = money(row, b);
        const hasA = va !== null && va !== 0;
        const hasB = vb !== null && vb !== 0;
        if (hasA && hasB) both++;
        if (hasA || hasB) either++;
        if (hasA) usedA++;
        if (hasB) usedB++;
      }
      if (usedA === 0 || usedB === 0 || both > rowsSeen * 0.02 || either < rowsSeen * 0.8) continue;
      const signed = (out: number, into: number) =>
        sample.map((row) => {
          const o = money(row, out);
          const i = money(row, into);
          return o === null && i === null ? null : Math.abs(i ?? 0) - Math.abs(o ?? 0);
        });
      for (const k of candidates) {
        if (k === a || k === b) continue;
        const balances = sample.map((row) => money(row, k));
        const aOut = amountsFitBalance(signed(a, b), balances);
        const bOut = amountsFitBalance(signed(b, a), balances);
        if (Math.max(aOut, bOut) >= 0.6 && aOut !== bOut) {
          const paidInto = cardPaymentSide(sample, a, b);
          // A card's balance is what is owed: it rises with the purchases, so the side its payment stands in wins.
          if (paidInto === (aOut > bOut ? a : b))
            return paidInto === a
              ? { debit: b, credit: a, balance: -1, decided: true }
              : { debit: a, credit: b, balance: -1, decided: true };
          return aOut > bOut
            ? { debit: a, credit: b, balance: k, decided: true }
            : { debit: b, credit: a, balance: k, decided: true };
        }
      }
      const negA = stats[a]!.negatives;
      const negB = stats[b]!.negatives;
      if (negA >= usedA * 0.8 && negB === 0) return { debit: a, credit: b, balance: -1, decided: true };
      if (negB >= usedB * 0.8 && negA === 0) return { debit: b, credit: a, balance: -1, decided: true };
      return sidesFromRows(sample, a, b, usedA, usedB);
    }
  }
  return null;
}

const MONEY_IN_WORDS =
  /\b(payment thank|thank you|paiement merci|salary|salaire|gehalt|lohn|payroll|deposit|refund|remboursement|interest paid|credit interest|transfer from|virement recu|vir recu|gutschrift)/i;

/**
 * Without a balance or minus signs: payments, salaries and refunds are money in; else the side used by far more
 * rows is the spending side (statements list more purchases than incomes). Close counts stay undecided.
 */
function sidesFromRows(
  sample: readonly string[][],
  a: number,
  b: number,
  usedA: number,
  usedB: number,
): MoneyPair {
  let inA = 0;
  let inB = 0;
  for (const row of sample) {
    if (!MONEY_IN_WORDS.test(row.join(' '))) continue;
    const va = money(row, a);
    if (va !== null && va !== 0) inA++;
    else inB++;
  }
  if (inA > inB) return { debit: b, credit: a, balance: -1, decided: true };
  if (inB > inA) return { debit: a, credit: b, balance: -1, decided: true };
  if (usedA >= usedB * 2) return { debit: a, credit: b, balance: -1, decided: true };
  if (usedB >= usedA * 2) return { debit: b, credit: a, balance: -1, decided: true };
  return { debit: a, credit: b, balance: -1, decided: false };
}

/**
 * The column of the pair a card payment (TD's "PAYMENT - THANK YOU") stands in, when every such row has it in the
 * same one; else -1.
 */
function cardPaymentSide(sample: readonly string[][], a: number, b: number): number {
  let side = -1;
  for (const row of sample) {
    if (!thanksForPayment(row.join(' '))) continue;
    const va = money(row, a);
    const here = va !== null && va !== 0 ? a : b;
    if (side !== -1 && side !== here) return -1;
    side = here;
  }
  return side;
}
