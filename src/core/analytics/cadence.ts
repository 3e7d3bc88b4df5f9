import { dayNumberToIso, daysInMonth, isoToDayNumber, toIsoDate } from '../dates';

/** The calendar arithmetic and interval fitting behind recurring-payment detection. */

export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export const MISSED_PER_INTERVALS = 6;
export const RESTART_GAP_PERIODS = 2.5;
export const SAME_AMOUNT = 0.03;

export interface CadenceSpec {
  name: Cadence;
  /** Average length in days. */
  period: number;
  /** Allowed distance (days) from one period, and from two periods. */
  tolerance: number;
  toleranceDouble: number;
  minCount: number;
  /** Months per period for calendar stepping (0 for weekly). */
  months: number;
}

export const CADENCES: readonly CadenceSpec[] = [
  { name: 'weekly', period: 7, tolerance: 1, toleranceDouble: 1, minCount: 4, months: 0 },
  { name: 'monthly', period: 30.44, tolerance: 6, toleranceDouble: 7, minCount: 3, months: 1 },
  { name: 'quarterly', period: 91.31, tolerance: 8, toleranceDouble: 10, minCount: 3, months: 3 },
  { name: 'yearly', period: 365.25, tolerance: 7, toleranceDouble: 10, minCount: 2, months: 12 },
];

export function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

export function medianOf(values: readonly number[]): number {
  return median([...values].sort((a, b) => a - b));
}

export function close(a: number, b: number, share: number): boolean {
  return Math.abs(a - b) <= Math.max(1, share * Math.max(a, b));
}

/** Runs of consecutive (nearly) equal amounts. */
export function amountRuns(amounts: readonly number[]): { start: number; length: number; amount: number }[] {
  const runs: { start: number; length: number; amount: number }[] = [];
  amounts.forEach((amount, index) => {
    const current = runs.at(-1);
    if (current && close(current.amount, amount, SAME_AMOUNT)) current.length += 1;
    else runs.push({ start: index, length: 1, amount });
  });
  for (const run of runs) run.amount = medianOf(amounts.slice(run.start, run.start + run.length));
  return runs;
}

export function shiftMonths(day: number, months: number, dayOfMonth: number): number {
  const iso = dayNumberToIso(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoToDayNumber(toIsoDate(year, month, Math.min(dayOfMonth, daysInMonth(year, month))));
}

/** The usual day of the month (the most common among the last six charges; ties go to the later day). */
export function usualDayOfMonth(days: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const day of days.slice(-6)) {
    const dom = Number(dayNumberToIso(day).slice(8, 10));
    counts.set(dom, (counts.get(dom) ?? 0) + 1);
  }
  let best = 1;
  let bestCount = 0;
  for (const [dom, count] of counts) {
    if (count > bestCount || (count === bestCount && dom > best)) {
      best = dom;
      bestCount = count;
    }
  }
  return best;
}

export interface Fit {
  spec: CadenceSpec;
  /** Positions (into the candidate list) of the regular charges. */
  regular: number[];
}

/** Fits a cadence to day numbers (sorted); returns the most recent run that fits. */
export function fitCadence(days: readonly number[], spec: CadenceSpec, minCount: number): Fit | null {
  const segments: number[][] = [[0]];
  for (let position = 1; position < days.length; position += 1) {
    const gap = (days[position] as number) - (days[position - 1] as number);
    if (gap > spec.period * RESTART_GAP_PERIODS) segments.push([position]);
    else (segments.at(-1) as number[]).push(position);
  }
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index] as number[];
    if (segment.length < minCount) continue;
    let missed = 0;
    let fits = true;
    for (let step = 1; step < segment.length && fits; step += 1) {
      const gap = (days[segment[step] as number] as number) - (days[segment[step - 1] as number] as number);
      if (Math.abs(gap - spec.period) <= spec.tolerance) continue;
      if (Math.abs(gap - 2 * spec.period) <= spec.toleranceDouble) missed += 1;
      else fits = false;
    }
    const intervals = segment.length - 1;
    if (fits && missed <= Math.max(1, Math.floor(intervals / MISSED_PER_INTERVALS)))
      return { spec, regular: segment };
    return null;
  }
  return null;
}
