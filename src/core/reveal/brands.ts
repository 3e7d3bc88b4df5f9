import { distinct, finding, groupBy, isSpending, monthKey } from './context';
import { matches } from './keywords';
import { SENSITIVE_LISTS } from './sensitiveLists';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * The brands an advertiser would buy the person's attention for: merchants Kept recognised from its brand lists
 * (curated or the name-suggestion-index), with ≥ 2 purchases. Merchants that reveal a special category (a charity, a
 * dating app, a pharmacy chain) are left to the sensitive findings, so a redacted report never names them.
 * - top: the five brands with the most purchases.
 * - subscriptions: brands charged the same amount in ≥ 3 months (subscribers are a prized audience).
 */
const TOP = 5;
const MIN_PURCHASES = 2;
const SUBSCRIPTION_MONTHS = 3;
/** Most of the brand's charges are that one amount (a café's usual coffee is not a subscription). */
const SUBSCRIPTION_SHARE = 0.6;
const LISTED = 6;

const SENSITIVE = Object.values(SENSITIVE_LISTS);

const isBrand = (row: RevealRow) =>
  isSpending(row) &&
  (row.categorySource === 'curated' || row.categorySource === 'dictionary') &&
  row.category !== 'health' &&
  !SENSITIVE.some((list) => matches(row.text, list));

export function inferBrands(context: RevealContext): Finding[] {
  const groups = [...groupBy(context.rows.filter(isBrand), (row) => row.merchant).values()].filter(
    (rows) => rows.length >= MIN_PURCHASES,
  );
  if (groups.length === 0) return [];
  const findings: Finding[] = [];
  const top = [...groups].sort((a, b) => b.length - a.length).slice(0, TOP);
  findings.push(
    finding(
      'brands',
      'brands.top',
      { brands: top.map((rows) => rows[0]?.merchant ?? '').join(', '), count: groups.length },
      0.9,
      top.flat(),
    ),
  );
  const subscriptions = groups
    .sort((a, b) => b.length - a.length)
    .filter((rows) =>
      [...groupBy(rows, (row) => String(row.amount)).values()].some((same) => {
        const months = distinct(same.map(monthKey));
        return (
          months >= SUBSCRIPTION_MONTHS &&
          same.length <= months + 1 &&
          same.length >= SUBSCRIPTION_SHARE * rows.length
        );
      }),
    );
  if (subscriptions.length > 0) {
    findings.push(
      finding(
        'brands',
        'brands.subscriptions',
        {
          brands: subscriptions
            .slice(0, LISTED)
            .map((rows) => rows[0]?.merchant ?? '')
            .join(', '),
          count: subscriptions.length,
        },
        0.85,
        subscriptions.flat(),
      ),
    );
  }
  return findings;
}
