import type { MerchantColumns } from './columns';
import type { DayRange } from './columnsQueries';
import { findFraudSigns, type FraudReason } from './fraudSigns';
import { medianInPlace, selectKth, selectPair } from './orderStatistics';
import { groupByMerchant, outflowFilter, type RecurringPayment } from './recurring';

/**
 * Charges that stand out, each with the reason. Baselines come from the whole history; only charges inside the
 * range are listed. Rules (thresholds are the named constants below):
 * - duplicate: a recurring charge repeated with the same amount within 2 days (a café's second coffee is never one:
 *   only merchants that charge once per period qualify).
 * - priceIncrease: the first charge of a subscription at a higher price.
 * - large: at least 3× the 95th percentile of all charges, and 3× the 95th percentile of the other charges in its
 *   category (so a yearly tax bill or a hotel among other trips is not "large"); needs 30 charges of history.
 * - aboveUsual: at a merchant with at least 5 other charges, above median + 6 robust deviations (1.4826·MAD), at least
 *   2.5× the median, and above it by at least twice the person's median charge.
 * - newMerchant: the first charge at a merchant (not in the first 60 days of data), at least 2× the 95th percentile of
 *   all charges and of its category.
 * Fraud-like signs come first (fraudSigns.ts: card testing, a trial turned paid, a stopped subscription charging
 * again, the same charge twice, a new bank fee, foreign-exchange fees); they may stand for several charges.
 * Each charge gets one reason (the first that applies, in the order above). Most notable first: by money at stake in
 * units of the person's median charge, with a bonus for duplicates and price increases (things to act on).
 */

export type UnusualReason =
  'duplicate' | 'priceIncrease' | 'large' | 'aboveUsual' | 'newMerchant' | FraudReason;

export interface UnusualCharge {
  row: number;
  day: number;
  merchant: string;
  category: string;
  /** Positive minor units. */
  amount: number;
  reason: UnusualReason;
  /** Every row behind the alert, oldest first (one for most reasons; several for card testing or FX fees). */
  rows: number[];
  /** Day and positive amount of each of those rows. */
  charges: { day: number; amount: number }[];
  /**
   * Message values: `usual` (minor units, the usual amount it is compared with), `ratio` (amount ÷ usual, one
   * decimal), `from`/`to` (minor units, price increase), `days` (days since the charge it duplicates),
   * `count`/`total` (charges and their sum, minor units).
   */
  values: Record<string, number>;
  score: number;
}

export interface UnusualOptions {
  limit?: number;
}

const DUPLICATE_DAYS = 2;
const LARGE_FACTOR = 3;
const LARGE_PERCENTILE = 0.95;
const MIN_HISTORY = 30;
const MERCHANT_MIN_HISTORY = 5;
const MAD_K = 6;
const MAD_SCALE = 1.4826;
const MERCHANT_RATIO = 2.5;
const MERCHANT_EXCESS_MEDIANS = 2;
const NEW_MERCHANT_FACTOR = 2;
const NEW_MERCHANT_WARMUP_DAYS = 60;
const DUPLICATE_BONUS = 10;
const PRICE_BONUS = 5;
const FRAUD_BONUS = 8;
const DEFAULT_LIMIT = 8;

/** Position of quantile `q` among `count` sorted values. */
const quantileRank = (count: number, q: number) => Math.min(count - 1, Math.floor(q * (count - 1)));

const round1 = (value: number) => Math.round(value * 10) / 10;

export function findUnusual(
  columns: MerchantColumns,
  currency: string,
  range: DayRange,
  recurring: readonly RecurringPayment[],
  options: UnusualOptions = {},
): UnusualCharge[] {
  if (columns.length === 0) return [];
  const keep = outflowFilter(columns, currency);
  const groups = groupByMerchant(columns, keep);
  const total = groups.rows.length;
  if (total === 0) return [];

  // Everyone's amounts, per category and per merchant (sorted), from the whole history.
  const all = new Float64Array(total);
  const categoryCounts = new Int32Array(columns.categories.length + 1);
  for (let position = 0; position < total; position += 1) {
    const row = groups.rows[position] as number;
    all[position] = -(columns.amount[row] as number);
    const slot = (columns.category[row] as number) + 1;
    categoryCounts[slot] = (categoryCounts[slot] as number) + 1;
  }
  // Grouped by merchant and by category, never sorted: the few order statistics needed are selected.
  const byMerchant = all.slice();
  const categoryOffsets = new Int32Array(columns.categories.length + 1);
  for (let category = 0; category < columns.categories.length; category += 1) {
    categoryOffsets[category + 1] =
      (categoryOffsets[category] as number) + (categoryCounts[category + 1] as number);
  }
  const byCategory = new Float64Array(total);
  const cursor = categoryOffsets.slice(0, columns.categories.length);
  for (let position = 0; position < total; position += 1) {
    const category = columns.category[groups.rows[position] as number] as number;
    byCategory[cursor[category] as number] = all[position] as number;
    cursor[category] = (cursor[category] as number) + 1;
  }
  // The 95th percentile of a category's other charges: with one charge `amount` taken out of its n charges, the
  // value at rank r among the n − 1 left is the r-th of all n, or the (r + 1)-th when the charge was at or below it.
  const categoryHighs = new Float64Array(columns.categories.length * 2);
  for (let category = 0; category < columns.categories.length; category += 1) {
    const from = categoryOffsets[category] as number;
    const count = (categoryOffsets[category + 1] as number) - from;
    if (count < 2) continue;
    const [kth, next] = selectPair(byCategory, quantileRank(count - 1, LARGE_PERCENTILE), from, from + count);
    categoryHighs[category * 2] = kth;
    categoryHighs[category * 2 + 1] = next;
  }
  const categoryHighWithout = (category: number, amount: number) => {
    const count = (categoryOffsets[category + 1] as number) - (categoryOffsets[category] as number);
    if (count < 2) return 0;
    const next = categoryHighs[category * 2 + 1] as number;
    return next <= amount ? (categoryHighs[category * 2] as number) : next;
  };
  const overallMedian = Math.max(1, medianInPlace(all));
  const overallHigh = selectKth(all, quantileRank(total, LARGE_PERCENTILE));
  const enoughHistory = total >= MIN_HISTORY;
  const firstDay = columns.day[0] as number;

  // What recurring detection knows: rows that belong to a stream, duplicates, price increases.
  const inStream = new Set<number>();
  const reasons = new Map<number, UnusualCharge>();
  const add = (
    row: number,
    reason: UnusualReason,
    values: Record<string, number>,
    score: number,
    rows: number[] = [row],
  ) => {
    if (reasons.has(row)) return;
    reasons.set(row, {
      row,
      rows,
      charges: rows.map((each) => ({
        day: columns.day[each] as number,
        amount: -(columns.amount[each] as number),
      })),
      day: columns.day[row] as number,
      merchant: columns.merchants[columns.merchant[row] as number] ?? '',
      category: columns.categories[columns.category[row] as number] ?? '',
      amount: -(columns.amount[row] as number),
      reason,
      values,
      score,
    });
  };
  const inRange = (row: number) => {
    const day = columns.day[row] as number;
    return day >= range.from && day <= range.to;
  };
  const claimed = new Set<number>();
  for (const sign of findFraudSigns(columns, currency, range, recurring, overallMedian)) {
    const shown = sign.rows.at(-1) as number;
    if (sign.rows.some((row) => claimed.has(row))) continue;
    for (const row of sign.rows) claimed.add(row);
    const money = sign.rows.reduce((sum, row) => sum - (columns.amount[row] as number), 0);
    add(shown, sign.reason, sign.values, FRAUD_BONUS + money / overallMedian, sign.rows);
  }
  for (const item of recurring) {
    for (const row of item.rows) inStream.add(row);
    for (const row of item.extras) {
      inStream.add(row);
      if (!inRange(row)) continue;
      const amount = columns.amount[row] as number;
      const day = columns.day[row] as number;
      const twin = [...item.rows, ...item.extras].find(
        (other) =>
          other < row &&
          columns.amount[other] === amount &&
          day - (columns.day[other] as number) <= DUPLICATE_DAYS,
      );
      if (twin === undefined) continue;
      add(
        row,
        'duplicate',
        { days: day - (columns.day[twin] as number) },
        DUPLICATE_BONUS + -amount / overallMedian,
      );
    }
    const change = item.priceChange;
    if (change && change.to > change.from && inRange(change.row)) {
      add(
        change.row,
        'priceIncrease',
        { from: change.from, to: change.to },
        PRICE_BONUS + ((change.to - change.from) * 12 * 30.44) / periodDays(item) / overallMedian,
      );
    }
  }

  for (let merchant = 0; merchant < columns.merchants.length; merchant += 1) {
    const start = groups.offsets[merchant] as number;
    const end = groups.offsets[merchant + 1] as number;
    if (end === start) continue;
    const lastRow = groups.rows[end - 1] as number;
    if ((columns.day[lastRow] as number) < range.from) continue;
    const firstRow = groups.rows[start] as number;
    if ((columns.day[firstRow] as number) > range.to) continue;
    const count = end - start;
    let median = Number.NaN;
    let spread = Number.NaN;
    for (let position = start; position < end; position += 1) {
      const row = groups.rows[position] as number;
      if (!inRange(row) || reasons.has(row) || claimed.has(row)) continue;
      const amount = -(columns.amount[row] as number);
      const categoryHigh = categoryHighWithout(columns.category[row] as number, amount);
      if (
        enoughHistory &&
        !inStream.has(row) &&
        amount >= LARGE_FACTOR * overallHigh &&
        amount >= LARGE_FACTOR * categoryHigh
      ) {
        add(
          row,
          'large',
          { usual: overallHigh, ratio: round1(amount / overallHigh) },
          (amount - overallHigh) / overallMedian,
        );
        continue;
      }
      if (count - 1 >= MERCHANT_MIN_HISTORY) {
        if (Number.isNaN(median)) {
          median = medianInPlace(byMerchant, start, end);
          const deviations = new Float64Array(count);
          for (let index = 0; index < count; index += 1)
            deviations[index] = Math.abs((byMerchant[start + index] as number) - median);
          spread = MAD_SCALE * medianInPlace(deviations);
        }
        if (
          amount >= MERCHANT_RATIO * median &&
          amount > median + MAD_K * spread &&
          amount - median >= MERCHANT_EXCESS_MEDIANS * overallMedian
        ) {
          add(
            row,
            'aboveUsual',
            { usual: Math.round(median), ratio: round1(amount / median) },
            (amount - median) / overallMedian,
          );
          continue;
        }
      }
      if (
        enoughHistory &&
        position === start &&
        !inStream.has(row) &&
        (columns.day[row] as number) >= firstDay + NEW_MERCHANT_WARMUP_DAYS &&
        amount >= NEW_MERCHANT_FACTOR * overallHigh &&
        amount >= NEW_MERCHANT_FACTOR * categoryHigh
      ) {
        add(row, 'newMerchant', { usual: overallHigh }, (amount - overallHigh) / overallMedian);
      }
    }
  }

  return [...reasons.values()]
    .sort((a, b) => b.score - a.score || b.day - a.day)
    .slice(0, options.limit ?? DEFAULT_LIMIT);
}

function periodDays(item: RecurringPayment): number {
  return item.cadence === 'weekly'
    ? 7
    : item.cadence === 'monthly'
      ? 30.44
      : item.cadence === 'quarterly'
        ? 91.31
        : 365.25;
}
