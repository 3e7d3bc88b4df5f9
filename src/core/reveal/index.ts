import { inferBrands } from './brands';
import { buildContext } from './context';
import { inferIncome } from './income';
import { inferLifeEvents } from './lifeEvents';
import { inferPlaces } from './places';
import { inferRoutine } from './routine';
import { inferSensitive } from './sensitive';
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

/** Everything Kept can infer about the person from their stored transactions, grouped by kind, surest first. */
export function revealFindings(input: RevealInput): Finding[] {
  const context = buildContext(input);
  if (context.rows.length === 0) return [];
  const findings = INFERENCES.flatMap((infer) => infer(context));
  const order = (finding: Finding) => REVEAL_KINDS.indexOf(finding.kind);
  return findings.sort((a, b) => order(a) - order(b) || b.confidence - a.confidence);
}
