import type { BalanceInput } from './balances';

function push(map: Map<number, number[]>, key: number, index: number) {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/**
 * The order of one day's rows as the bank booked them, read from their running balances: each row's balance
 * before it (balance − amount) is the previous row's balance after. Stored order (ids) says nothing about that
 * when a later, overlapping import added a row to a day already stored. Returns positions into `rows`, or null when
 * the balances do not give one unambiguous chain (missing balances, a cycle, two chains).
 */
export function chainOrder(rows: readonly BalanceInput[]): number[] | null {
  if (rows.length < 2 || rows.some((row) => row.balance === null)) return null;
  const byAfter = new Map<number, number[]>();
  const byBefore = new Map<number, number[]>();
  rows.forEach((row, index) => {
    push(byAfter, row.balance as number, index);
    push(byBefore, (row.balance as number) - row.amount, index);
  });
  const starts = rows
    .map((_, index) => index)
    .filter((index) => {
      const row = rows[index] as BalanceInput;
      const previous = byAfter.get((row.balance as number) - row.amount) ?? [];
      return !previous.some((other) => other !== index);
    });
  if (starts.length !== 1) return null;
  const order = [starts[0] as number];
  const used = new Set(order);
  while (order.length < rows.length) {
    const current = rows[order[order.length - 1] as number] as BalanceInput;
    const next = (byBefore.get(current.balance as number) ?? []).find((index) => !used.has(index));
    if (next === undefined) return null;
    order.push(next);
    used.add(next);
  }
  return order;
}

/** Rows as columns (days since 1970-01-01, amounts, balances with NaN where none was given). */
export interface BalanceColumns {
  day: ArrayLike<number>;
  amount: ArrayLike<number>;
  balance: ArrayLike<number>;
}

/**
 * The rows at `indexes` (chronological by day) with each day's rows put in booking order when their balances say
 * so; days the balances cannot order keep the order given. Days already in a balance chain (nearly all) cost one
 * comparison per row and no copy: `indexes` itself is returned when no day moved.
 */
export function bookingOrder(columns: BalanceColumns, indexes: ArrayLike<number>): ArrayLike<number> {
  const { day, amount, balance } = columns;
  let result: number[] | null = null;
  let start = 0;
  while (start < indexes.length) {
    const first = indexes[start] as number;
    let end = start + 1;
    let chained = true;
    let complete = !Number.isNaN(balance[first] as number);
    for (; end < indexes.length && day[indexes[end] as number] === day[first]; end += 1) {
      const previous = balance[indexes[end - 1] as number] as number;
      const current = indexes[end] as number;
      if (Number.isNaN(balance[current] as number)) complete = false;
      else if (Number.isNaN(previous) || previous + (amount[current] as number) !== balance[current])
        chained = false;
    }
    const order = !chained && complete ? chainOrder(balanceInputs(columns, indexes, start, end)) : null;
    if (order) {
      result ??= Array.from({ length: start }, (_, position) => indexes[position] as number);
      for (const position of order) result.push(indexes[start + position] as number);
    } else if (result)
      for (let position = start; position < end; position += 1) result.push(indexes[position] as number);
    start = end;
  }
  return result ?? indexes;
}

function balanceInputs(
  columns: BalanceColumns,
  indexes: ArrayLike<number>,
  start: number,
  end: number,
): BalanceInput[] {
  return Array.from({ length: end - start }, (_, position) => {
    const index = indexes[start + position] as number;
    const balance = columns.balance[index] as number;
    return {
      day: columns.day[index] as number,
      amount: columns.amount[index] as number,
      balance: Number.isNaN(balance) ? null : balance,
    };
  });
}
