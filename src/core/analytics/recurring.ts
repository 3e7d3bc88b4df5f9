import { INCOME, TRANSFERS } from '../categories';
import {
  amountRuns,
  type Cadence,
  CADENCES,
  close,
  fitCadence,
  median,
  medianOf,
  SAME_AMOUNT,
  shiftMonths,
  usualDayOfMonth,
} from './cadence';
import type { MerchantColumns } from './columns';

/**
 * Subscriptions and other recurring payments, detected from the intervals between a merchant's charges.
 *
 * Rules (all thresholds are named constants below):
 * - Money out in one currency, without transfers between own accounts, cash withdrawals and income.
 * - Per merchant, charges 0–2 days after the previous one are set aside as "extras" (a duplicate or an add-on); at
 *   most one in ten may be extras.
 * - A cadence fits when every interval is one period (weekly ±1 day, monthly 25–36 days (a charge moved by a weekend on either side), quarterly ±8, yearly ±7)
 *   or two periods (one missed charge; at most one in six intervals). A gap of more than 2.5 periods starts a new run
 *   (a cancelled and restarted subscription); the most recent run that fits is kept.
 * - Fixed amounts (subscriptions): at least 80% of the charges sit in runs of two or more equal amounts (±3%), at most
 *   three such runs. Variable amounts are accepted only for bills (direct debits, utilities, insurance, housing, taxes,
 *   fees, education) when 90% of them are within a factor 3 of the median.
 * - At least 3 charges (4 for weekly); a yearly pair counts only with identical amounts (±1 minor unit).
 * - When a merchant's charges do not fit as a whole (two lines at one provider), each group of equal amounts is tried
 *   on its own, with twice the minimum number of charges (a café's usual coffee must not look like a subscription).
 */

export type { Cadence } from './cadence';

export interface PriceChange {
  /** Previous amount, positive minor units. */
  from: number;
  to: number;
  /** Day number of the first charge at the new amount. */
  day: number;
  /** Row index (into the columns) of that charge. */
  row: number;
}

export interface RecurringPayment {
  /** Stable key for lists: merchant index, plus the amount when one merchant has several recurring lines. */
  key: string;
  merchant: string;
  merchantIndex: number;
  /** Category id of the latest charge. */
  category: string;
  cadence: Cadence;
  /** Typical (median) amount of the current price, positive minor units. */
  amount: number;
  /** `amount` spread over an average month. */
  monthly: number;
  /** Amounts vary from charge to charge (a bill rather than a subscription). */
  variable: boolean;
  count: number;
  first: number;
  last: number;
  /** Expected day of the next charge. */
  next: number;
  /** The last charge is within about 1.5 periods of the data's last day. */
  active: boolean;
  priceChange?: PriceChange;
  /** Row indexes of the regular charges, oldest first. */
  rows: number[];
  /** Row indexes of charges set aside as extras (0–2 days after a regular one). */
  extras: number[];
}

export interface RecurringSummary {
  /** Active ones first, by monthly cost (largest first); then ended ones, most recent first. */
  items: RecurringPayment[];
  /** Sum of `monthly` over the active ones. */
  monthlyTotal: number;
}

/** A recurring payment as a list shows it: without its row indexes (a long history's run to a million). */
export type RecurringLine = Omit<RecurringPayment, 'rows' | 'extras'>;

export interface RecurringOverview {
  items: RecurringLine[];
  monthlyTotal: number;
}

export function recurringOverview({ items, monthlyTotal }: RecurringSummary): RecurringOverview {
  return { items: items.map(({ rows: _rows, extras: _extras, ...line }) => line), monthlyTotal };
}

const EXTRA_WINDOW_DAYS = 2;
const MAX_EXTRA_SHARE = 0.1;
const FIXED_SHARE = 0.8;
const MAX_FIXED_RUNS = 3;
const VARIABLE_FACTOR = 3;
const VARIABLE_SHARE = 0.9;
const YEARLY_PAIR_SAME = 0;
/** A line split off a busy merchant by its amount needs twice the usual evidence. */
const SPLIT_EVIDENCE = 2;
const MIN_SPLIT_SIZE = SPLIT_EVIDENCE * Math.min(...CADENCES.map((spec) => spec.minCount));
const ACTIVE_PERIODS = 1.5;
const AVERAGE_MONTH = 30.44;
const BILL_CATEGORIES = new Set(['utilities', 'insurance', 'housing', 'taxes', 'fees', 'education']);
const BILL_KINDS = new Set(['directDebit', 'fee']);

/** Rows that can be recurring payments: money out, not a transfer, cash or income. */
export function outflowFilter(columns: MerchantColumns, currency: string): (index: number) => boolean {
  const currencyIndex = columns.currencies.indexOf(currency);
  const excludedCategory = new Uint8Array(columns.categories.length);
  columns.categories.forEach((id, index) => {
    if (id === TRANSFERS || id === INCOME || id === 'cash') excludedCategory[index] = 1;
  });
  const cashKind = columns.kinds.indexOf('cash');
  return (index) =>
    columns.currency[index] === currencyIndex &&
    (columns.amount[index] as number) < 0 &&
    excludedCategory[columns.category[index] as number] === 0 &&
    columns.kind[index] !== cashKind;
}

/** Row indexes grouped by merchant (each group oldest first), as offsets into one flat array. */
export interface MerchantGroups {
  offsets: Int32Array;
  rows: Int32Array;
}

export function groupByMerchant(columns: MerchantColumns, keep: (index: number) => boolean): MerchantGroups {
  const merchants = columns.merchants.length;
  const counts = new Int32Array(merchants + 1);
  const kept = new Uint8Array(columns.length);
  let total = 0;
  for (let index = 0; index < columns.length; index += 1) {
    if (!keep(index)) continue;
    kept[index] = 1;
    const slot = (columns.merchant[index] as number) + 1;
    counts[slot] = (counts[slot] as number) + 1;
    total += 1;
  }
  const offsets = new Int32Array(merchants + 1);
  for (let merchant = 0; merchant < merchants; merchant += 1) {
    offsets[merchant + 1] = (offsets[merchant] as number) + (counts[merchant + 1] as number);
  }
  const cursor = offsets.slice(0, merchants);
  const rows = new Int32Array(total);
  for (let index = 0; index < columns.length; index += 1) {
    if (kept[index] === 0) continue;
    const merchant = columns.merchant[index] as number;
    rows[cursor[merchant] as number] = index;
    cursor[merchant] = (cursor[merchant] as number) + 1;
  }
  return { offsets, rows };
}

interface Candidate {
  rows: number[];
  merchantIndex: number;
  keySuffix: string;
  /** Multiplies the minimum number of charges. */
  evidence: number;
}

function detect(
  columns: MerchantColumns,
  candidate: Candidate,
  lastDay: number,
  billKinds: Uint8Array,
  billCategories: Uint8Array,
): RecurringPayment | null {
  // Set aside charges that come 0–2 days after the previous regular one.
  const main: number[] = [];
  const extras: number[] = [];
  for (const row of candidate.rows) {
    const previous = main.at(-1);
    if (
      previous !== undefined &&
      (columns.day[row] as number) - (columns.day[previous] as number) <= EXTRA_WINDOW_DAYS
    )
      extras.push(row);
    else main.push(row);
  }
  if (extras.length > Math.max(1, Math.floor(candidate.rows.length * MAX_EXTRA_SHARE))) return null;
  const days = main.map((row) => columns.day[row] as number);
  for (const spec of CADENCES) {
    const minCount = spec.minCount * candidate.evidence;
    if (main.length < minCount) continue;
    const fit = fitCadence(days, spec, minCount);
    if (!fit) continue;
    const rows = fit.regular.map((position) => main[position] as number);
    const firstRow = rows[0] as number;
    const lastRow = rows.at(-1) as number;
    const streamExtras = extras.filter((row) => row > firstRow);
    const amounts = rows.map((row) => -(columns.amount[row] as number));
    const runs = amountRuns(amounts);
    const inLongRuns = runs.reduce((sum, run) => sum + (run.length >= 2 ? run.length : 0), 0);
    const longRuns = runs.filter((run) => run.length >= 2).length;
    const fixed = inLongRuns >= FIXED_SHARE * amounts.length && longRuns <= MAX_FIXED_RUNS;
    const sortedAmounts = [...amounts].sort((a, b) => a - b);
    const typical = median(sortedAmounts);
    if (spec.name === 'yearly' && rows.length === 2) {
      if (!close(amounts[0] as number, amounts[1] as number, YEARLY_PAIR_SAME)) continue;
    }
    let amount = typical;
    let priceChange: PriceChange | undefined;
    let variable = false;
    if (fixed || (rows.length === 2 && spec.name === 'yearly')) {
      const lastRun = runs.at(-1) as (typeof runs)[number];
      amount = lastRun.amount;
      const previousRun = runs.at(-2);
      if (previousRun && previousRun.amount !== lastRun.amount) {
        const row = rows[lastRun.start] as number;
        priceChange = { from: previousRun.amount, to: lastRun.amount, day: columns.day[row] as number, row };
      }
    } else {
      const bill =
        billKinds[columns.kind[lastRow] as number] === 1 ||
        billCategories[columns.category[lastRow] as number] === 1;
      if (!bill) continue;
      const within = amounts.filter(
        (value) => value * VARIABLE_FACTOR >= typical && value <= typical * VARIABLE_FACTOR,
      ).length;
      if (within < VARIABLE_SHARE * amounts.length) continue;
      variable = true;
      amount = medianOf(amounts.slice(-12));
    }
    const last = columns.day[lastRow] as number;
    const next =
      spec.months === 0
        ? last + Math.round(spec.period)
        : shiftMonths(last, spec.months, usualDayOfMonth(rows.map((row) => columns.day[row] as number)));
    return {
      key: `${candidate.merchantIndex}${candidate.keySuffix}`,
      merchant: columns.merchants[candidate.merchantIndex] ?? '',
      merchantIndex: candidate.merchantIndex,
      category: columns.categories[columns.category[lastRow] as number] ?? '',
      cadence: spec.name,
      amount,
      monthly: Math.round((amount * AVERAGE_MONTH) / spec.period),
      variable,
      count: rows.length,
      first: columns.day[firstRow] as number,
      last,
      next,
      active: lastDay - last <= spec.period * ACTIVE_PERIODS + spec.tolerance,
      ...(priceChange ? { priceChange } : {}),
      rows,
      extras: streamExtras,
    };
  }
  return null;
}

/** Groups of (nearly) equal amounts among a merchant's charges (each oldest first), big enough to be a line. */
function amountGroups(columns: MerchantColumns, rows: readonly number[], minSize: number): number[][] {
  const sorted = new Float64Array(rows.length);
  rows.forEach((row, position) => (sorted[position] = -(columns.amount[row] as number)));
  sorted.sort();
  const lows: number[] = [];
  const highs: number[] = [];
  let start = 0;
  for (let position = 1; position <= sorted.length; position += 1) {
    const anchor = sorted[start] as number;
    if (position < sorted.length && close(anchor, sorted[position] as number, SAME_AMOUNT / 2)) continue;
    if (position - start >= minSize) {
      lows.push(anchor);
      highs.push(sorted[position - 1] as number);
    }
    start = position;
  }
  if (lows.length === 0) return [];
  const groups = lows.map((): number[] => []);
  for (const row of rows) {
    const amount = -(columns.amount[row] as number);
    let low = 0;
    let high = lows.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lows[middle] as number) <= amount) low = middle;
      else high = middle - 1;
    }
    if (amount >= (lows[low] as number) && amount <= (highs[low] as number)) groups[low]?.push(row);
  }
  return groups;
}

export interface RecurringOptions {
  /** The day "now" is, for `active` (default: the last day with data). */
  asOf?: number;
}

/** Finds recurring payments in every stored transaction of `currency`. */
export function findRecurring(
  columns: MerchantColumns,
  currency: string,
  options: RecurringOptions = {},
): RecurringSummary {
  if (columns.length === 0) return { items: [], monthlyTotal: 0 };
  const lastDay = options.asOf ?? (columns.day[columns.length - 1] as number);
  const groups = groupByMerchant(columns, outflowFilter(columns, currency));
  const billKinds = new Uint8Array(columns.kinds.length);
  columns.kinds.forEach((kind, index) => (billKinds[index] = BILL_KINDS.has(kind) ? 1 : 0));
  const billCategories = new Uint8Array(columns.categories.length);
  columns.categories.forEach((id, index) => (billCategories[index] = BILL_CATEGORIES.has(id) ? 1 : 0));

  const items: RecurringPayment[] = [];
  for (let merchant = 0; merchant < columns.merchants.length; merchant += 1) {
    const start = groups.offsets[merchant] as number;
    const end = groups.offsets[merchant + 1] as number;
    if (end - start < 2 || !columns.merchants[merchant]) continue;
    const rows = Array.from(groups.rows.subarray(start, end));
    const whole = detect(
      columns,
      { rows, merchantIndex: merchant, keySuffix: '', evidence: 1 },
      lastDay,
      billKinds,
      billCategories,
    );
    if (whole) {
      items.push(whole);
      continue;
    }
    for (const group of amountGroups(columns, rows, MIN_SPLIT_SIZE)) {
      if (group.length === rows.length) continue;
      const found = detect(
        columns,
        {
          rows: group,
          merchantIndex: merchant,
          keySuffix: `:${-(columns.amount[group[0] as number] as number)}`,
          evidence: SPLIT_EVIDENCE,
        },
        lastDay,
        billKinds,
        billCategories,
      );
      if (found) items.push(found);
    }
  }
  items.sort((a, b) =>
    a.active !== b.active ? (a.active ? -1 : 1) : a.active ? b.monthly - a.monthly : b.last - a.last,
  );
  const monthlyTotal = items.reduce((sum, item) => sum + (item.active ? item.monthly : 0), 0);
  return { items, monthlyTotal };
}
