import type { StatementRow } from './types';

/** Share of consecutive rows whose balance must move by the row's amount before its signs are trusted. */
const FIT = 0.9;

/**
 * Sides of unsigned amounts read from the running balance beside them: some banks write every amount positive
 * and say its side in a column Kept cannot read (or not at all). When no amount is negative and the balance moves
 * by each row's amount, down as often as it needs to, each row takes the side of its move (rows in either order:
 * oldest or newest first). A row whose move cannot be seen (the first of the statement, a row without a balance)
 * takes the side most rows have. Returns how many rows became money out (0: the rows are left as they were).
 */
export function signsFromBalance(rows: StatementRow[]): number {
  if (rows.length < 3 || rows.some((row) => row.amount < 0)) return 0;
  const oldestFirst = sidesByMove(rows, 1);
  const newestFirst = sidesByMove(rows, -1);
  const best = oldestFirst.fit >= newestFirst.fit ? oldestFirst : newestFirst;
  if (best.fit < FIT || !best.sides.includes(-1)) return 0;
  const known = best.sides.filter((side) => side !== 0);
  const usual = known.filter((side) => side < 0).length * 2 >= known.length ? -1 : 1;
  let out = 0;
  rows.forEach((row, index) => {
    const side = best.sides[index] || usual;
    if (side < 0 && row.amount > 0) {
      row.amount = -row.amount;
      out++;
    }
  });
  return out;
}

/**
 * Each row's side (-1, 1, or 0 when unseen) as the balance moves from the row before it in time, and the share of
 * moves that equal an amount. `direction` 1: the file is oldest first; -1: newest first.
 */
function sidesByMove(rows: readonly StatementRow[], direction: 1 | -1): { fit: number; sides: number[] } {
  const sides = rows.map(() => 0);
  let pairs = 0;
  let fits = 0;
  for (let i = 1; i < rows.length; i++) {
    const [earlier, later] = direction === 1 ? [rows[i - 1]!, rows[i]!] : [rows[i]!, rows[i - 1]!];
    if (earlier.balance === null || later.balance === null) continue;
    pairs++;
    const move = later.balance - earlier.balance;
    if (Math.abs(move) !== later.amount || move === 0) continue;
    fits++;
    sides[direction === 1 ? i : i - 1] = Math.sign(move);
  }
  return { fit: pairs === 0 ? 0 : fits / pairs, sides };
}

/**
 * A card's balance is what the holder owes: it rises with each purchase the rows write as money out. When the
 * balance moves against the amounts on nearly every pair of rows (in their dates' order), it is turned into the holder's
 * view (owing 397.27 is a balance of -397.27), so the account's history runs the same way as its rows. Returns
 * true when it did.
 */
export function owedBalances(rows: StatementRow[]): boolean {
  if (rows.length < 3) return false;
  const fits = (direction: 1 | -1, sign: 1 | -1) => {
    let pairs = 0;
    let fitting = 0;
    for (let i = 1; i < rows.length; i++) {
      const [earlier, later] = direction === 1 ? [rows[i - 1]!, rows[i]!] : [rows[i]!, rows[i - 1]!];
      if (earlier.balance === null || later.balance === null || later.amount === 0) continue;
      pairs++;
      if (later.balance - earlier.balance === sign * later.amount) fitting++;
    }
    return pairs >= 2 && fitting >= pairs * FIT;
  };
  // The rows' order from their dates: a balance moving against the amounts the other way round is one written
  // before each row, not a card's.
  const first = rows[0]!.date;
  const last = rows[rows.length - 1]!.date;
  if (first === last) return false;
  const order = first < last ? 1 : -1;
  // Equal amounts on every row (a monthly fee) fit both ways: nothing to tell, nothing turned.
  if (!fits(order, -1) || fits(order, 1)) return false;
  for (const row of rows) if (row.balance !== null) row.balance = -row.balance + 0;
  return true;
}
