import { distinct, finding, groupBy, isSpending, monthKey } from './context';
import { keywordList, matches } from './keywords';
import { regularPayers } from './payers';
import { DATING } from './sensitiveLists';
import type { Finding, RevealContext, RevealRow } from './types';

/**
 * Changes in a life, each from several transactions that start (or stop) part-way through the history:
 * - newJob: one regular payer stops and another starts within 60 days.
 * - move: one rent payee stops and another starts within 60 days (a moving company adds its rows).
 * - newCar: ≥ 2 car finance, dealer or car insurance payments, the first ≥ 60 days into the history.
 * - child: ≥ 3 baby or childcare payments at ≥ 2 payees, the first ≥ 60 days into the history.
 * - relationship: a dating subscription (≥ 2 charges) that stopped ≥ 60 days before the last transaction.
 * - moneyTrouble: ≥ 2 overdraft, rejected-payment or collection charges within 6 months, or a negative balance
 *   on ≥ 3 days.
 */
const WARMUP_DAYS = 60;
const HANDOVER_DAYS = 60;
const STOPPED_DAYS = 60;
const TROUBLE_WINDOW = 183;

const CAR = keywordList(
  'credit_auto pret_auto auto_loan car_loan car_finance diac rci_banque psa_banque stellantis_finance toyota_finance vw_bank volkswagen_bank bmw_bank mercedes_benz_bank leasing lld loa concession concessionnaire car_dealer autohaus assurance_auto car_insurance kfz_versicherung autoverzekering',
);
const CHILD = keywordList(
  'vertbaudet aubert natalys orchestra jacadi bebe bebes baby babies pampers maternite maternity creche creches kita kinderkrippe nursery daycare pediatre pediatrie pediatrician kinderarzt allocations_familiales caf kindergeld child_benefit kinderbijslag',
);
const MOVING = keywordList(
  'demenagement demenageur demenageurs moving_company removals umzug umzugsfirma verhuisbedrijf mudanza u_haul uhaul',
);
const TROUBLE = keywordList(
  'agios commission_d_intervention commission_intervention frais_rejet rejet_prlv rejet_prelevement impaye impayes incident lettre_d_information overdraft_fee nsf returned_item insufficient_funds unpaid_item ruecklastschrift rueckbuchung mahngebuehr inkasso recouvrement huissier debt_collection payday_loan',
);

function rentStreams(context: RevealContext): RevealRow[][] {
  const rent = context.rows.filter((row) => isSpending(row) && row.category === 'housing');
  return [...groupBy(rent, (row) => row.payee).values()].filter((rows) => distinct(rows.map(monthKey)) >= 2);
}

/** Pairs (ended stream, started stream) where one takes over from the other. */
function handovers<T extends { first: number; last: number }>(streams: readonly T[], end: number): [T, T][] {
  const pairs: [T, T][] = [];
  for (const old of streams) {
    if (end - old.last < 20) continue;
    const next = streams.find(
      (other) =>
        other !== old && other.first > old.first && Math.abs(other.first - old.last) <= HANDOVER_DAYS,
    );
    if (next) pairs.push([old, next]);
  }
  return pairs;
}

const span = (rows: readonly RevealRow[]) => ({
  first: rows[0]?.day ?? 0,
  last: rows.at(-1)?.day ?? 0,
  rows,
});
const month = (row: RevealRow | undefined) => ({ month: (row?.date ?? '').slice(0, 7) });

function startedLater(context: RevealContext, rows: readonly RevealRow[]): boolean {
  return (rows[0]?.day ?? 0) >= context.first + WARMUP_DAYS;
}

export function inferLifeEvents(context: RevealContext): Finding[] {
  const findings: Finding[] = [];
  for (const [old, next] of handovers(regularPayers(context), context.last)) {
    findings.push(
      finding(
        'life-events',
        'life.newJob',
        { from: old.name, to: next.name, month: month(next.rows[0]) },
        0.7,
        [...old.rows.slice(-2), ...next.rows.slice(0, 2)],
      ),
    );
  }
  for (const [old, next] of handovers(rentStreams(context).map(span), context.last)) {
    const movers = context.rows.filter(
      (row) =>
        isSpending(row) && matches(row.text, MOVING) && Math.abs(row.day - next.first) <= HANDOVER_DAYS,
    );
    findings.push(
      finding('life-events', 'life.move', { month: month(next.rows[0]) }, movers.length ? 0.85 : 0.65, [
        ...old.rows.slice(-1),
        ...next.rows.slice(0, 2),
        ...movers,
      ]),
    );
  }
  const car = context.rows.filter((row) => isSpending(row) && matches(row.text, CAR));
  if (car.length >= 2 && startedLater(context, car)) {
    findings.push(
      finding(
        'life-events',
        'life.newCar',
        { month: month(car[0]) },
        0.5 + 0.1 * distinct(car.map((row) => row.payee)),
        car,
      ),
    );
  }
  const child = context.rows.filter((row) => row.transferPairId === undefined && matches(row.text, CHILD));
  if (child.length >= 3 && distinct(child.map((row) => row.payee)) >= 2 && startedLater(context, child)) {
    findings.push(
      finding(
        'life-events',
        'life.child',
        { month: month(child[0]) },
        0.45 + 0.1 * Math.min(4, distinct(child.map((row) => row.payee))),
        child,
      ),
    );
  }
  const dating = context.rows.filter((row) => isSpending(row) && matches(row.text, DATING));
  const lastDating = dating.at(-1);
  if (dating.length >= 2 && lastDating && context.last - lastDating.day >= STOPPED_DAYS) {
    findings.push(finding('life-events', 'life.relationship', { month: month(lastDating) }, 0.35, dating));
  }
  findings.push(...moneyTrouble(context));
  return findings;
}

function moneyTrouble(context: RevealContext): Finding[] {
  const charges = context.rows.filter((row) => row.amount < 0 && matches(row.text, TROUBLE));
  const clustered = charges.filter((row) =>
    charges.some((other) => other !== row && Math.abs(other.day - row.day) <= TROUBLE_WINDOW),
  );
  const overdrawn = context.rows.filter((row) => row.balance !== null && row.balance < 0);
  const overdrawnDays = distinct(overdrawn.map((row) => row.day));
  if (clustered.length < 2 && overdrawnDays < 3) return [];
  const rows = [...clustered, ...(overdrawnDays >= 3 ? overdrawn : [])];
  return [
    finding(
      'life-events',
      'life.moneyTrouble',
      {
        count: clustered.length,
        days: overdrawnDays,
        month: month(rows.sort((a, b) => a.day - b.day).at(-1)),
      },
      0.55 + Math.min(0.35, (clustered.length + overdrawnDays) / 20),
      rows,
    ),
  ];
}
