import { distinct, finding, isSpending, monthKey } from './context';
import { matches } from './keywords';
import { SENSITIVE_LISTS, type SensitiveTopic } from './sensitiveLists';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * Special categories of personal data (health, beliefs, union or political ties, sex life, gambling, debt, alcohol
 * and tobacco), each from ≥ 2 payments on different days. Health needs a pattern: ≥ 4 days over ≥ 2 months (a
 * pharmacy run or a single doctor's visit is not a condition). Health insurance refunds count as health.
 */
const MIN_DAYS: Record<SensitiveTopic, number> = {
  health: 4,
  religion: 2,
  politics: 2,
  donations: 2,
  gambling: 2,
  dating: 2,
  debt: 2,
  alcoholTobacco: 3,
};
const HEALTH_MIN_MONTHS = 2;

function topicRows(context: RevealContext, topic: SensitiveTopic): RevealRow[] {
  const list = SENSITIVE_LISTS[topic];
  return context.rows.filter((row) => {
    if (row.transferPairId !== undefined) return false;
    if (topic === 'health' && row.category === 'health' && row.amount < 0) return true;
    return (isSpending(row) || (topic === 'health' && row.amount > 0)) && matches(row.text, list);
  });
}

/**
 * Every transaction behind a sensitive finding, uncapped (a finding's evidence keeps only the latest rows): what a
 * redacted export must generalize.
 */
export function sensitiveRowIds(context: RevealContext): number[] {
  const ids: number[] = [];
  for (const topic of Object.keys(SENSITIVE_LISTS) as SensitiveTopic[]) {
    const rows = topicRows(context, topic);
    if (qualifies(topic, rows)) for (const row of rows) ids.push(row.id);
  }
  return ids;
}

function qualifies(topic: SensitiveTopic, rows: readonly RevealRow[]): boolean {
  if (distinct(rows.map((row) => row.day)) < MIN_DAYS[topic]) return false;
  return topic !== 'health' || distinct(rows.map(monthKey)) >= HEALTH_MIN_MONTHS;
}

export function inferSensitive(context: RevealContext): Finding[] {
  const findings: Finding[] = [];
  for (const topic of Object.keys(SENSITIVE_LISTS) as SensitiveTopic[]) {
    const rows = topicRows(context, topic);
    if (!qualifies(topic, rows)) continue;
    const days = distinct(rows.map((row) => row.day));
    const merchants = [...new Set(rows.map((row) => row.merchant))].slice(0, 3).join(', ');
    findings.push(
      finding(
        'sensitive',
        `sensitive.${topic}`,
        { merchants, count: rows.length },
        0.45 + Math.min(0.5, (days - MIN_DAYS[topic] + 1) / 12),
        rows,
      ),
    );
  }
  return findings;
}
