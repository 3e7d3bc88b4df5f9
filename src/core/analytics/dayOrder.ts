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
 * balances cannot order keep the order given.
 */
export function inBookingOrder<T extends BalanceInput>(rows: readonly T[]): T[] {
  const result: T[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && (rows[end] as T).day === (rows[start] as T).day) end += 1;
    const day = rows.slice(start, end);
    const order = day.length > 1 ? chainOrder(day) : null;
    if (order) for (const index of order) result.push(day[index] as T);
    else result.push(...day);
    start = end;
  }
  return result;
}
