import type { StatementRow } from './types';
import { hasLetter } from './text';

const IBAN_OR_NUMBER = /\b[A-Z]{2}\d{2}[A-Z0-9 ]{8,30}\b|[\d*Xx][\d\s*Xx./-]*/g;

/** No words besides an account number or IBAN (a balance line holds only a date, an amount and the account). */
function wordless(row: StatementRow): boolean {
  return !hasLetter(row.description.replace(IBAN_OR_NUMBER, ''));
}

/** True when `line`'s amount is the balance before or after its neighbour (the row next to it in the file). */
function matchesNeighbourBalance(line: StatementRow, neighbour: StatementRow | undefined): boolean {
  if (!neighbour || neighbour.balance === null) return false;
  return line.amount === neighbour.balance || line.amount === neighbour.balance - neighbour.amount;
}

/**
 * Opening and closing balance lines that carry no words (only a date, an amount and maybe the account number) are
 * told by their shape and by arithmetic: the closing amount is the opening amount plus every row between them
 * (either file order), or the amount is the balance of the row beside it. Rows between must have words, so a file
 * without any description is never cut.
 */
export function dropWordlessBalanceLines(rows: StatementRow[]): { rows: StatementRow[]; dropped: number } {
  const n = rows.length;
  if (n < 3) return { rows, dropped: 0 };
  const first = rows[0]!;
  const last = rows[n - 1]!;
  const firstWordless = wordless(first);
  const lastWordless = wordless(last);
  if (!firstWordless && !lastWordless) return { rows, dropped: 0 };
  const middle = rows.slice(1, -1);
  if (middle.some(wordless)) return { rows, dropped: 0 };
  if (firstWordless && lastWordless) {
    let sum = 0;
    for (const r of middle) sum += r.amount;
    if (last.amount === first.amount + sum || first.amount === last.amount + sum)
      return { rows: middle, dropped: 2 };
  }
  let out = rows;
  let dropped = 0;
  if (lastWordless && matchesNeighbourBalance(last, rows[n - 2])) {
    out = out.slice(0, -1);
    dropped++;
  }
  if (firstWordless && matchesNeighbourBalance(first, rows[1])) {
    out = out.slice(1);
    dropped++;
  }
  return { rows: out, dropped };
}
