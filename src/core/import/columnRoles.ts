import type { ColumnRole } from './types';
import { cleanCell } from './text';
import { headerMeaning } from './headerRoles';
import { columnStats, ratio, type ColumnStats } from './valueKinds';
import {
  continueDescriptions,
  describeFromUnnamedText,
  dropConstantDescriptions,
  leaveOutOwnName,
} from './descriptionColumns';
import { balanceFit, isRunningBalance, sameCells } from './balanceCheck';
import { findMoneyPair } from './moneyPair';
import { isLegacyConversion } from './legacyCurrency';
import { parseAmount } from './parseAmount';
import { wholeMoneyColumns } from './wholeMoney';

export interface RoleAssignment {
  roles: ColumnRole[];
  /** Description columns in join order (counterparty, label, booking text, purpose). */
  descriptionOrder: number[];
  /** True when date or amount columns were chosen from values rather than names. */
  guessed: boolean;
  /** True when the value-based choice had several plausible candidates. */
  lowConfidence: boolean;
  stats: ColumnStats[];
}

const MONEY: ReadonlySet<ColumnRole> = new Set(['amount', 'debit', 'credit', 'balance', 'fee']);

/** Assigns a role to every column from its header name (validated by its values) or from values alone. */
export function assignRoles(
  header: string[] | null,
  sample: string[][],
  width: number,
  /** The file's currency has no cents (yen, won): a headerless file may write its money as whole numbers. */
  wholeUnits = false,
): RoleAssignment {
  const stats: ColumnStats[] = [];
  for (let j = 0; j < width; j++) stats.push(columnStats(sample, j));
  const roles: ColumnRole[] = new Array<ColumnRole>(width).fill('ignore');
  const ranks: number[] = new Array<number>(width).fill(0);
  const unknown: boolean[] = new Array<boolean>(width).fill(header === null);
  if (header) {
    for (let j = 0; j < width; j++) {
      const m = headerMeaning(header[j] ?? '');
      const s = stats[j]!;
      if (!m) {
        unknown[j] = true;
        continue;
      }
      let role = m.role;
      ranks[j] = m.rank;
      const empty = s.nonEmpty === 0;
      if (m.weak) {
        role =
          ratio(s.dates, s) >= 0.6
            ? 'valueDate'
            : empty || ratio(s.currencyCodes, s) >= 0.6
              ? 'currency'
              : 'ignore';
      } else if (role === 'date' || role === 'valueDate') {
        if (!empty && ratio(s.dates, s) < 0.5) role = 'ignore';
      } else if (role === 'currency') {
        if (!empty && ratio(s.currencyCodes, s) < 0.6) role = 'ignore';
      } else if (MONEY.has(role)) {
        if (!empty && ratio(s.amounts + s.integers, s) < 0.3)
          role = ratio(s.directions, s) >= 0.8 ? 'direction' : 'ignore';
      } else if (role === 'description' || role === 'category') {
        if (!empty && ratio(s.texts, s) < 0.3) role = 'ignore';
      } else if (role === 'direction') {
        // "Debit/Credit" over signed sums (Nationwide's midata) names the amount, not a mark.
        if (!empty && ratio(s.directions, s) < 0.6)
          role = s.amounts > 0 && ratio(s.amounts + s.integers, s) >= 0.8 ? 'amount' : 'ignore';
      }
      roles[j] = role;
    }
  }
  if (header) {
    continueDescriptions(header, roles, ranks, unknown, stats);
    describeFromUnnamedText(header, roles, ranks, unknown, stats);
    leaveOutOwnName(header, roles);
  }
  let hasDate = roles.includes('date') || roles.includes('valueDate');
  let hasMoney = roles.some((r) => r === 'amount' || r === 'debit' || r === 'credit');
  let guessed = false;
  let lowConfidence = false;
  if (!hasDate || !hasMoney) {
    const rowsSeen = Math.max(1, sample.length);
    if (!hasDate) {
      for (let j = 0; j < width; j++) {
        const s = stats[j]!;
        if (unknown[j] && s.nonEmpty >= rowsSeen * 0.5 && ratio(s.dates, s) >= 0.8) {
          roles[j] = hasDate ? 'valueDate' : 'date';
          unknown[j] = false;
          if (hasDate) break;
          hasDate = true;
          guessed = true;
        }
      }
    }
    if (!hasMoney) {
      // Money-looking columns; a column of plain small integers (cheque numbers, counters) is never the amount.
      const moneyLike: number[] = [];
      for (let j = 0; j < width; j++) {
        const s = stats[j]!;
        if (
          unknown[j] &&
          s.amounts > 0 &&
          ratio(s.amounts + s.integers, s) >= 0.8 &&
          // The zeros of a side left unused ("0" in SunTrust's credit column on every cheque) count for neither.
          s.amounts >= (s.nonEmpty - s.zeros) * 0.5
        )
          moneyLike.push(j);
      }
      // Whole numbers taken for yen or won are a guess the person confirms, however the columns agree.
      const wholeGuess = moneyLike.length === 0 && wholeUnits;
      if (wholeGuess) moneyLike.push(...wholeMoneyColumns(sample, stats, unknown));
      const pair = findMoneyPair(sample, moneyLike, stats);
      const candidates = moneyLike.filter((j) => stats[j]!.nonEmpty >= rowsSeen * 0.5);
      if (pair) {
        guessed = true;
        hasMoney = true;
        if (!pair.decided) lowConfidence = true;
        roles[pair.debit] = 'debit';
        roles[pair.credit] = 'credit';
        unknown[pair.debit] = false;
        unknown[pair.credit] = false;
        const balanceCol =
          pair.balance >= 0
            ? pair.balance
            : candidates.find((j) => j !== pair.debit && j !== pair.credit && unknown[j]);
        if (balanceCol !== undefined && !roles.includes('balance')) {
          roles[balanceCol] = 'balance';
          unknown[balanceCol] = false;
        }
      } else if (candidates.length > 0) {
        guessed = true;
        hasMoney = true;
        let amountCol = candidates[0]!;
        let balanceCol = -1;
        if (candidates.length > 1) {
          let bestFit = 0.6;
          let decided = false;
          for (const a of candidates) {
            for (const b of candidates) {
              if (a === b) continue;
              const fit = balanceFit(sample, a, b);
              if (fit > bestFit) {
                bestFit = fit;
                amountCol = a;
                balanceCol = b;
                decided = true;
              }
            }
          }
          // A balance before the row (ASN) decides the amount column too, but is not stored as the balance.
          for (const a of decided ? [] : candidates) {
            for (const b of candidates) {
              if (a !== b && balanceFit(sample, a, b, true) > bestFit) {
                bestFit = balanceFit(sample, a, b, true);
                amountCol = a;
                decided = true;
              }
            }
          }
          // A balance named by its header decides the amount column it runs with.
          const namedBalance = roles.indexOf('balance');
          for (const a of decided || namedBalance < 0 ? [] : candidates) {
            if (balanceFit(sample, a, namedBalance) > bestFit) {
              bestFit = balanceFit(sample, a, namedBalance);
              amountCol = a;
              decided = true;
            }
          }
          // A column of the same sums in francs or marks is beside the amount, not the amount.
          for (const a of decided ? [] : candidates)
            if (candidates.some((b) => b !== a && isLegacyConversion(sample, a, b))) {
              amountCol = a;
              decided = true;
              break;
            }
          // Columns that hold the same sums on every row (Mintos' "Turnover" and "Value") leave nothing to choose.
          decided ||= !wholeGuess && candidates.every((c) => sameCells(sample, c, candidates[0]!));
          if (!decided) {
            lowConfidence = true;
            let mostNegative = -1;
            for (const c of candidates) {
              if (stats[c]!.negatives > mostNegative) {
                mostNegative = stats[c]!.negatives;
                amountCol = c;
              }
            }
          }
        }
        roles[amountCol] = 'amount';
        unknown[amountCol] = false;
        if (balanceCol >= 0 && !roles.includes('balance')) {
          roles[balanceCol] = 'balance';
          unknown[balanceCol] = false;
        }
      }
    }
    for (let j = 0; j < width; j++) {
      if (!unknown[j]) continue;
      const s = stats[j]!;
      if (s.nonEmpty === 0) continue;
      if (ratio(s.currencyCodes, s) >= 0.9 && !roles.includes('currency')) roles[j] = 'currency';
      else if (ratio(s.texts, s) >= 0.5 && s.avgLength >= 3 && (s.distinct > 1 || s.nonEmpty === 1))
        roles[j] = 'description';
      else if (ratio(s.integers, s) >= 0.9 && s.distinct === 1 && s.avgLength >= 6) roles[j] = 'account';
    }
  }
  // Direction indicator next to a single unsigned amount (Af/Bij, Debit/Credit, S/H…). Beside signed amounts
  // only one on (nearly) every row: a lone "d" in a mostly empty column (ANZ) turned unmarked charges into income.
  const amountCount = roles.filter((r) => r === 'amount').length;
  const signed = roles.some((r, j) => r === 'amount' && stats[j]!.negatives > 0);
  if (amountCount >= 1 && !roles.includes('direction')) {
    for (let j = 0; j < width; j++) {
      const r = roles[j]!;
      const s = stats[j]!;
      if (r !== 'ignore' && r !== 'description' && r !== 'status') continue;
      if (signed && s.nonEmpty < sample.length * 0.8) continue;
      // A column holding only "-" (Scotiabank's placeholder) is not an indicator; "D" alone still is.
      if (s.nonEmpty > 0 && ratio(s.directions, s) >= 0.8 && (s.distinct >= 2 || s.texts > 0)) {
        roles[j] = 'direction';
        break;
      }
    }
  }
  if (!roles.includes('description')) {
    for (let j = 0; j < width; j++) {
      const s = stats[j]!;
      if (
        unknown[j] &&
        roles[j] === 'ignore' &&
        ratio(s.texts, s) >= 0.5 &&
        (s.distinct > 1 || s.nonEmpty === 1)
      )
        roles[j] = 'description';
    }
  }
  // Still no description: a constant text column (a loan's "AMORTISSEMENT PRET") is better than none.
  if (!roles.includes('description')) {
    for (let j = 0; j < width; j++) {
      const s = stats[j]!;
      if (unknown[j] && roles[j] === 'ignore' && ratio(s.texts, s) >= 0.8 && s.avgLength >= 3) {
        roles[j] = 'description';
        break;
      }
    }
  }
  // An amount column that is mostly empty next to debit/credit columns is a side column ("Compensation amount");
  // so is one whose sums differ from a whole pair's (UBS cards: "Montant" in the purchase's currency).
  if (roles.includes('debit') || roles.includes('credit')) {
    const pair = roles.includes('debit') && roles.includes('credit');
    for (let j = 0; j < width; j++) {
      if (roles[j] !== 'amount') continue;
      if (stats[j]!.nonEmpty < sample.length * 0.3 || (pair && !repeatsPair(sample, j, roles)))
        roles[j] = 'ignore';
    }
  }
  resolveDuplicates(roles, ranks);
  dropConstantDescriptions(roles, sample);
  const balanceCol = roles.indexOf('balance');
  if (balanceCol >= 0 && !isRunningBalance(sample, balanceCol)) roles[balanceCol] = 'ignore';
  if (!roles.includes('description')) lowConfidence = lowConfidence || guessed;
  const descriptionOrder: number[] = [];
  for (let j = 0; j < width; j++) if (roles[j] === 'description') descriptionOrder.push(j);
  descriptionOrder.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  return { roles, descriptionOrder, guessed, lowConfidence, stats };
}

/**
 * True when the amount column holds the debit/credit pair's sums on (nearly) every row that fills both: a copy of
 * the pair (Deutsche Bank's Betrag beside Soll/Haben, Monzo) is the amount, another sum is a side column.
 */
function repeatsPair(sample: readonly string[][], amountCol: number, roles: readonly ColumnRole[]): boolean {
  const debit = roles.indexOf('debit');
  const credit = roles.indexOf('credit');
  let compared = 0;
  let same = 0;
  for (const row of sample) {
    const amount = parseAmount(cleanCell(row[amountCol]), '.', 2);
    const side = (debit >= 0 ? cleanCell(row[debit]) : '') || (credit >= 0 ? cleanCell(row[credit]) : '');
    const pair = side ? parseAmount(side, '.', 2) : null;
    if (amount === null || pair === null || pair === 0) continue;
    compared++;
    if (Math.abs(amount) === Math.abs(pair)) same++;
  }
  return same >= compared * 0.95;
}

function keepFirst(roles: ColumnRole[], role: ColumnRole): void {
  let seen = false;
  for (let j = 0; j < roles.length; j++) {
    if (roles[j] !== role) continue;
    if (seen) roles[j] = 'ignore';
    seen = true;
  }
}

function resolveDuplicates(roles: ColumnRole[], ranks: number[]): void {
  // Gross beside net (PayPal), an operation's amount beside the account's (VTB): the net amount, in the
  // account's currency, is what moved, and the operation's currency is not its currency.
  if (roles.some((r, j) => r === 'amount' && ranks[j] === 0)) {
    for (let j = 0; j < roles.length; j++)
      if ((roles[j] === 'amount' || roles[j] === 'currency') && ranks[j] === 1) roles[j] = 'ignore';
  }
  // Dates: the transaction date (rank 0) before the posting date (rank 1); the next one is the value date.
  // With a separate value date, the posting date is the date (Caisse d'Epargne); otherwise the transaction
  // date is, and the posting date becomes the value date (card exports).
  const dates: number[] = [];
  for (let j = 0; j < roles.length; j++) if (roles[j] === 'date') dates.push(j);
  const hasValueDate = roles.includes('valueDate');
  const key = (j: number) => (hasValueDate ? (ranks[j] === 1 ? 0 : 1) : ranks[j]!);
  dates.sort((a, b) => key(a) - key(b) || a - b);
  if (dates.length > 1) {
    for (let k = 1; k < dates.length; k++)
      roles[dates[k]!] = k === 1 && !hasValueDate ? 'valueDate' : 'ignore';
  }
  if (!roles.includes('date')) {
    const v = roles.indexOf('valueDate');
    if (v >= 0) roles[v] = 'date';
  }
  keepFirst(roles, 'valueDate');
  const hasAmount = roles.includes('amount');
  const hasDebitCredit = roles.includes('debit') || roles.includes('credit');
  if (hasAmount) {
    for (let j = 0; j < roles.length; j++)
      if (roles[j] === 'debit' || roles[j] === 'credit') roles[j] = 'ignore';
  } else if (!hasDebitCredit) {
    const balances: number[] = [];
    for (let j = 0; j < roles.length; j++) if (roles[j] === 'balance') balances.push(j);
    if (balances.length >= 2) roles[balances[0]!] = 'amount';
  }
  if (!roles.includes('amount') || roles.includes('debit') || roles.includes('credit')) {
    for (let j = 0; j < roles.length; j++) if (roles[j] === 'direction') roles[j] = 'ignore';
  }
  keepFirst(roles, 'balance');
  keepFirst(roles, 'currency');
  keepFirst(roles, 'account');
  keepFirst(roles, 'status');
  keepFirst(roles, 'direction');
}
