import { distinct, finding, groupBy, isSpending, monthKey, weekdayOf } from './context';
import { keywordList, matches } from './keywords';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * Habits: the day of the week purchases cluster on, the places visited several times a month, and the commute.
 * - busiest day: ≥ 40 purchases, and one weekday holds ≥ 1.4× its fair share (1/7).
 * - regular place: a merchant with ≥ 3 purchases a month on average over ≥ 3 months (a monthly subscription is
 *   one a month, never a habit of place); the two most frequent.
 * - commute: a public transport pass or transit merchant charged in ≥ 3 different months.
 * - time of day: when ≥ 20 purchases carry a time ("14H32", "22:05"), the part of the day holding ≥ 50% of them
 *   (night 22–5 h, morning 5–12 h, afternoon 12–18 h, evening 18–22 h).
 * The day of a card purchase is read from the descriptor ("CB PAUL 02/11") when it gives one: banks book card
 * payments a day or two later.
 */
const MIN_PURCHASES = 40;
const BUSY_FACTOR = 1.4;
const REGULAR_PER_MONTH = 3;
const REGULAR_MIN_MONTHS = 3;
const COMMUTE_MIN_MONTHS = 3;
const TOP_PLACES = 2;
const MIN_TIMED = 20;
const TIME_SHARE = 0.5;
const TIME = /(?:^|\s)([01]?\d|2[0-3])[:hH]([0-5]\d)(?:\s|$)/;

function partOfDay(hour: number): 'night' | 'morning' | 'afternoon' | 'evening' {
  return hour >= 22 || hour < 5 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

const TRANSIT = keywordList(
  'navigo ratp transilien tcl rtm tisseo star_rennes tan_nantes stib mivb tfl oyster bvg mvv hvv vbb rmv kvb deutschlandticket d_ticket ns_reizen gvb ret htm ov_chipkaart metro metrobus mta clipper ventra presto opal septa wmata',
);

const isPurchase = (row: RevealRow) =>
  isSpending(row) && (row.kind === 'card' || row.kind === undefined) && row.category !== 'cash';

export function inferRoutine(context: RevealContext): Finding[] {
  const findings: Finding[] = [];
  const purchases = context.rows.filter(isPurchase);

  if (purchases.length >= MIN_PURCHASES) {
    const byWeekday = groupBy(purchases, (row) => String(weekdayOf(row.purchaseDay)));
    const [weekday, rows] = [...byWeekday].sort((a, b) => b[1].length - a[1].length)[0] ?? ['0', []];
    const share = rows.length / purchases.length;
    if (share * 7 >= BUSY_FACTOR) {
      findings.push(
        finding(
          'routine',
          'routine.busiestDay',
          { weekday: { weekday: Number(weekday) }, share: Math.round(share * 100) },
          0.5 + Math.min(0.45, (share * 7 - 1) / 2),
          rows,
        ),
      );
    }
  }

  const places = [...groupBy(purchases, (row) => row.payee).values()]
    .map((rows) => ({ rows, months: distinct(rows.map(monthKey)) }))
    .filter(
      (entry) => entry.months >= REGULAR_MIN_MONTHS && entry.rows.length / entry.months >= REGULAR_PER_MONTH,
    )
    .sort((a, b) => b.rows.length / b.months - a.rows.length / a.months)
    .slice(0, TOP_PLACES);
  for (const { rows, months } of places) {
    findings.push(
      finding(
        'routine',
        'routine.regularPlace',
        { merchant: rows[0]?.merchant ?? '', perMonth: Math.round(rows.length / months) },
        0.6 + Math.min(0.35, months / 40),
        rows,
      ),
    );
  }

  const transit = context.rows.filter((row) => isSpending(row) && matches(row.text, TRANSIT));
  const transitMonths = distinct(transit.map(monthKey));
  if (transitMonths >= COMMUTE_MIN_MONTHS) {
    const weekdays = transit.filter((row) => weekdayOf(row.purchaseDay) < 5).length;
    findings.push(
      finding(
        'routine',
        'routine.commute',
        { merchant: mostCommonMerchant(transit), months: transitMonths },
        0.55 + Math.min(0.4, transitMonths / 30) * (weekdays / transit.length + 0.2),
        transit,
      ),
    );
  }
  findings.push(...timeOfDay(purchases));
  return findings;
}

function timeOfDay(purchases: readonly RevealRow[]): Finding[] {
  const timed = purchases.flatMap((row) => {
    const match = TIME.exec(row.description);
    return match ? [{ row, part: partOfDay(Number(match[1])) }] : [];
  });
  if (timed.length < MIN_TIMED) return [];
  const [part, entries] = [...groupBy(timed, (entry) => entry.part)].sort(
    (a, b) => b[1].length - a[1].length,
  )[0] ?? ['', []];
  const share = entries.length / timed.length;
  if (share < TIME_SHARE) return [];
  return [
    finding(
      'routine',
      `routine.${part}`,
      { share: Math.round(share * 100) },
      0.5 + Math.min(0.45, share - TIME_SHARE + timed.length / 400),
      entries.map((entry) => entry.row),
    ),
  ];
}

function mostCommonMerchant(rows: readonly RevealRow[]): string {
  const groups = [...groupBy(rows, (row) => row.merchant)].sort((a, b) => b[1].length - a[1].length);
  return groups[0]?.[0] ?? '';
}
