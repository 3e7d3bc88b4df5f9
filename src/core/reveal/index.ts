import { inferBrands } from './brands';
import { buildContext } from './context';
import { inferIncome } from './income';
import { inferLifeEvents } from './lifeEvents';
import { inferPlaces } from './places';
import { inferRoutine } from './routine';
import { inferSensitive, sensitiveRowIds } from './sensitive';
import { inferSpendingPower } from './spendingPower';
import { type Finding, type RevealInput, REVEAL_KINDS } from './types';

export type { Finding, FindingParam, RevealInput, RevealKind } from './types';
export { REVEAL_KINDS } from './types';

const INFERENCES = [
  inferPlaces,
  inferRoutine,
  inferIncome,
  inferLifeEvents,
  inferSensitive,
  inferSpendingPower,
  inferBrands,
];

export interface RevealReport {
  findings: Finding[];
  /** Every transaction behind a sensitive finding (evidence lists keep only the latest rows). */
  sensitiveIds: number[];
}

/** Everything Kept can infer about the person from their stored transactions, grouped by kind, surest first. */
export function revealReport(input: RevealInput): RevealReport {
  const context = buildContext(input);
  if (context.rows.length === 0) return { findings: [], sensitiveIds: [] };
  const findings = INFERENCES.flatMap((infer) => infer(context));
  const order = (finding: Finding) => REVEAL_KINDS.indexOf(finding.kind);
  findings.sort((a, b) => order(a) - order(b) || b.confidence - a.confidence);
  return { findings, sensitiveIds: sensitiveRowIds(context) };
}

export function revealFindings(input: RevealInput): Finding[] {
  return revealReport(input).findings;
}
