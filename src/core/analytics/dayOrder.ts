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

/**
 * Rows (chronological by day) with each day's rows put in booking order when their balances say so; days the
 * balances cannot order keep the order given. Days already in a balance chain (nearly all) cost one comparison per
 * row and no copy: the input itself is returned when no day moved.
 */
export function inBookingOrder<T extends BalanceInput>(rows: readonly T[]): readonly T[] {
  let result: T[] | null = null;
  let start = 0;
  while (start < rows.length) {
    const day = (rows[start] as T).day;
    let end = start + 1;
    let chained = true;
    let complete = (rows[start] as T).balance !== null;
    for (; end < rows.length && (rows[end] as T).day === day; end += 1) {
      const previous = (rows[end - 1] as T).balance;
      const current = rows[end] as T;
      if (current.balance === null) complete = false;
      else if (previous === null || previous + current.amount !== current.balance) chained = false;
    }
    const order = !chained && complete ? chainOrder(rows.slice(start, end)) : null;
    if (order) {
      result ??= rows.slice(0, start);
      for (const index of order) result.push(rows[start + index] as T);
    } else if (result) for (let index = start; index < end; index += 1) result.push(rows[index] as T);
    start = end;
  }
  return result ?? rows;
}
