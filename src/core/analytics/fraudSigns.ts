import { currencyDigits } from '../money';
import { toKey } from '../merchant/fold';
import type { MerchantColumns } from './columns';
import type { DayRange } from './columnsQueries';
import { groupByMerchant, outflowFilter, type RecurringPayment } from './recurring';

/**
 * The signs a bank's fraud team looks for, found on the device. Rules (thresholds are the named constants):
 * - cardTesting: ≥ 3 charges of at most 2 currency units at one merchant within 1 day, at a merchant never charged
 *   before (fraudsters check a stolen card with tiny payments).
 * - trialConverted: a merchant's first charge is at most 2 units, and 20–40 days later it charges ≥ 5× that and
 *   ≥ 5 units (a free or €1 trial that became a subscription).
 * - stoppedSubscription: a charge from a subscription that had ended (no charge for > 2.5 periods), when no new
 *   regular run follows it.
 * - sameCharge: two charges of the same amount at one merchant within 1 day, at least 15 units and 2× the person's
 *   median charge, at a merchant where that never happened before (a café's two coffees are never one).
 * - newFee: the first charge of a kind of bank fee, ≥ 60 days into the history (foreign-exchange fees aside).
 * - fxFee: foreign-exchange fees, grouped when less than 7 days apart.
 */
export type FraudReason =
  'cardTesting' | 'trialConverted' | 'stoppedSubscription' | 'sameCharge' | 'newFee' | 'fxFee';

export interface FraudSign {
  reason: FraudReason;
  /** Row indexes behind the alert, oldest first; the first is the one listed. */
  rows: number[];
  values: Record<string, number>;
}

const MICRO_UNITS = 2;
const CARD_TESTING_MIN = 3;
const CARD_TESTING_DAYS = 1;
const TRIAL_MIN_DAYS = 20;
const TRIAL_MAX_DAYS = 40;
const TRIAL_FACTOR = 5;
const TRIAL_MIN_UNITS = 5;
const STOPPED_PERIODS = 2.5;
const SAME_CHARGE_DAYS = 1;
const SAME_CHARGE_MIN_UNITS = 15;
const SAME_CHARGE_MEDIANS = 2;
const NEW_FEE_WARMUP_DAYS = 60;
const FX_GROUP_DAYS = 7;

const FX =
  /(?:^| )(?:devises?|hors zone euro|hors zone sepa|change|foreign (?:transaction|exchange|currency)|non sterling|fx|currency conversion|fremdwaehrung\w*|auslandseinsatz\w*|wisselkoers\w*|valuta|cambio|international (?:transaction|purchase))(?: |$)/;

const PERIOD_DAYS = { weekly: 7, monthly: 30.44, quarterly: 91.31, yearly: 365.25 } as const;

export function findFraudSigns(
  columns: MerchantColumns,
  currency: string,
  range: DayRange,
  recurring: readonly RecurringPayment[],
  medianCharge: number,
): FraudSign[] {
  const keep = outflowFilter(columns, currency);
  const groups = groupByMerchant(columns, keep);
  const unit = 10 ** currencyDigits(currency);
  const day = (row: number) => columns.day[row] as number;
  const charge = (row: number) => -(columns.amount[row] as number);
  const inRange = (row: number) => day(row) >= range.from && day(row) <= range.to;
  const signs: FraudSign[] = [];
  const feeCategories = new Set(['fees']);
  const feeKind = columns.kinds.indexOf('fee');
  const isFee = (row: number) =>
    columns.kind[row] === feeKind ||
    feeCategories.has(columns.categories[columns.category[row] as number] ?? '');
  const firstDay = columns.length ? day(0) : 0;

  for (let merchant = 0; merchant < columns.merchants.length; merchant += 1) {
    const start = groups.offsets[merchant] as number;
    const end = groups.offsets[merchant + 1] as number;
    if (end === start) continue;
    const rows = Array.from(groups.rows.subarray(start, end));
    const first = rows[0] as number;
    const name = toKey(columns.merchants[merchant] ?? '');

    // Card testing: tiny charges in a burst at a merchant never seen before the burst.
    const burst = rows.filter(
      (row) => charge(row) <= MICRO_UNITS * unit && day(row) - day(first) <= CARD_TESTING_DAYS,
    );
    if (
      burst.length >= CARD_TESTING_MIN &&
      burst.length === rows.filter((row) => day(row) - day(first) <= CARD_TESTING_DAYS).length &&
      burst.some(inRange)
    ) {
      signs.push({
        reason: 'cardTesting',
        rows: burst,
        values: { count: burst.length, total: burst.reduce((sum, row) => sum + charge(row), 0) },
      });
    }

    // A trial that turned paid.
    const paid = rows.find((row) => day(row) - day(first) >= TRIAL_MIN_DAYS);
    if (
      charge(first) <= MICRO_UNITS * unit &&
      paid !== undefined &&
      day(paid) - day(first) <= TRIAL_MAX_DAYS &&
      charge(paid) >= TRIAL_FACTOR * charge(first) &&
      charge(paid) >= TRIAL_MIN_UNITS * unit &&
      inRange(paid)
    ) {
      signs.push({
        reason: 'trialConverted',
        rows: [first, paid],
        values: { from: charge(first), to: charge(paid) },
      });
    }

    // The same charge twice, where that never happens (a second pair rules the merchant out: stop looking).
    const pairs: [number, number][] = [];
    for (let index = 1; index < rows.length && pairs.length < 2; index += 1) {
      const row = rows[index] as number;
      for (
        let back = index - 1;
        back >= 0 && day(row) - day(rows[back] as number) <= SAME_CHARGE_DAYS;
        back -= 1
      ) {
        if (columns.amount[rows[back] as number] === columns.amount[row])
          pairs.push([rows[back] as number, row]);
      }
    }
    if (pairs.length === 1) {
      const [a, b] = pairs[0] as [number, number];
      if (
        charge(b) >= SAME_CHARGE_MIN_UNITS * unit &&
        charge(b) >= SAME_CHARGE_MEDIANS * medianCharge &&
        inRange(b) &&
        !isFee(b)
      ) {
        signs.push({ reason: 'sameCharge', rows: [a, b], values: { days: day(b) - day(a) } });
      }
    }

    // Bank fees: foreign exchange, or a fee never charged before.
    if (isFee(first) && FX.test(name)) {
      let group: number[] = [];
      const flush = () => {
        if (group.some(inRange))
          signs.push({
            reason: 'fxFee',
            rows: group,
            values: { count: group.length, total: group.reduce((sum, row) => sum + charge(row), 0) },
          });
        group = [];
      };
      for (const row of rows) {
        if (group.length && day(row) - day(group.at(-1) as number) >= FX_GROUP_DAYS) flush();
        group.push(row);
      }
      flush();
    } else if (isFee(first) && day(first) >= firstDay + NEW_FEE_WARMUP_DAYS && inRange(first)) {
      signs.push({ reason: 'newFee', rows: [first], values: {} });
    }
  }

  // A charge from a subscription that had ended.
  for (const item of recurring) {
    if (item.variable) continue;
    const period = PERIOD_DAYS[item.cadence];
    const start = groups.offsets[item.merchantIndex] as number;
    const end = groups.offsets[item.merchantIndex + 1] as number;
    const later = Array.from(groups.rows.subarray(start, end)).filter(
      (row) =>
        day(row) > item.last + STOPPED_PERIODS * period &&
        Math.abs(charge(row) - item.amount) <= item.amount * 0.1,
    );
    const last = item.rows.at(-1);
    const surprise = later[0];
    if (surprise !== undefined && last !== undefined && later.length <= 2 && inRange(surprise)) {
      signs.push({
        reason: 'stoppedSubscription',
        rows: [last, surprise],
        values: { days: day(surprise) - day(last) },
      });
    }
  }
  return signs;
}
