import type { DateOrder } from './types';
import { scanDate, type DateScan } from './parseDate';

export interface DateOrderInference {
  order: DateOrder;
  /** True when no value decides between day-first and month-first. */
  ambiguous: boolean;
  /** Number of values that read as dates. */
  dates: number;
  /** When every value is ambiguous: the order whose sequence of dates is much smoother, if one is. */
  smoother?: DateOrder;
}

/** Day-number proxy good enough to compare orderings (no calendar validation). */
function ordinal(y: number, m: number, d: number): number {
  return y * 372 + m * 31 + d;
}

/** Total jump between consecutive dates: the true order gives a smoother sequence. */
function roughness(list: DateScan[], dayFirst: boolean): number {
  let total = 0;
  let prev = -1;
  for (const s of list) {
    const day = s.fixed === 1 ? s.p2 : s.fixed === 2 ? s.p1 : dayFirst ? s.p1 : s.p2;
    const month = s.fixed === 1 ? s.p1 : s.fixed === 2 ? s.p2 : dayFirst ? s.p2 : s.p1;
    const o = ordinal(s.year, month, day);
    if (prev >= 0) total += Math.abs(o - prev);
    prev = o;
  }
  return total;
}

/**
 * Infers day/month order from ALL values of the date columns: any first part > 12 means day-first,
 * any second part > 12 means month-first. Otherwise sequence smoothness, then the locale hint.
 */
export function inferDateOrder(columns: string[][], hint: DateOrder = 'DMY'): DateOrderInference {
  const scan: DateScan = { p1: 0, p2: 0, year: 0, fixed: 0 };
  let firstBig = 0;
  let secondBig = 0;
  let ambiguousCount = 0;
  let fixedYmd = 0;
  let fixedNamed = 0;
  let dates = 0;
  const sequence: DateScan[] = [];
  const primary = columns[0] ?? [];
  for (let c = 0; c < columns.length; c++) {
    const values = columns[c]!;
    const seen = new Set<string>();
    // Indexed: one pass over every date of the file, mostly before it is optimized (a for-of allocates then).
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!v) continue;
      if (values !== primary || sequence.length >= 5000) {
        // Only distinct values matter for the counts below the sequence cap.
        if (seen.has(v)) continue;
        if (seen.size < 50_000) seen.add(v);
      }
      if (!scanDate(v, scan)) continue;
      dates++;
      if (scan.fixed === 1) fixedYmd++;
      else if (scan.fixed === 2) fixedNamed++;
      else {
        ambiguousCount++;
        if (scan.p1 > 12) firstBig++;
        if (scan.p2 > 12) secondBig++;
      }
      if (values === primary && sequence.length < 5000) sequence.push({ ...scan });
    }
  }
  if (ambiguousCount === 0) {
    return {
      order: fixedYmd >= fixedNamed && fixedYmd > 0 ? 'YMD' : fixedNamed > 0 ? 'DMY' : hint,
      ambiguous: false,
      dates,
    };
  }
  if (firstBig > 0 && secondBig === 0) return { order: 'DMY', ambiguous: false, dates };
  if (secondBig > 0 && firstBig === 0) return { order: 'MDY', ambiguous: false, dates };
  if (firstBig > 0 && secondBig > 0) {
    return { order: firstBig >= secondBig ? 'DMY' : 'MDY', ambiguous: true, dates };
  }
  // Every value is ambiguous: the ordering that gives the smoother sequence wins, else the hint.
  const dmy = roughness(sequence, true);
  const mdy = roughness(sequence, false);
  let order: DateOrder = hint === 'MDY' ? 'MDY' : 'DMY';
  if (sequence.length >= 2 && dmy !== mdy) {
    const ratio = Math.min(dmy, mdy) / Math.max(dmy, mdy);
    if (ratio < 0.6) {
      order = dmy < mdy ? 'DMY' : 'MDY';
      return { order, ambiguous: true, dates, smoother: order };
    }
  }
  return { order, ambiguous: true, dates };
}
