import { describe, expect, it } from 'vitest';
import { endOfDayBalances } from './balances';
import { bookingOrder, chainOrder } from './dayOrder';

describe('closing balance of a day', () => {
  it('comes from the booking order, not from the stored order (a later import added the earlier row)', () => {
    // Booked: coffee -5 → 95, then groceries -10 → 85. The groceries row was stored first (lower id).
    const rows = [
      { day: 1, amount: -10, balance: 85 },
      { day: 1, amount: -5, balance: 95 },
      { day: 2, amount: 100, balance: 185 },
    ];
    const { opening, points } = endOfDayBalances(rows);
    expect(opening).toBe(100);
    expect(points).toEqual([
      { day: 1, balance: 85 },
      { day: 2, balance: 185 },
    ]);
  });

  it('keeps the given order when the balances cannot tell (missing, cyclic or two chains)', () => {
    expect(
      chainOrder([
        { day: 1, amount: -10, balance: 85 },
        { day: 1, amount: -5, balance: null },
      ]),
    ).toBeNull();
    expect(
      chainOrder([
        { day: 1, amount: 10, balance: 110 },
        { day: 1, amount: -10, balance: 100 },
      ]),
    ).toBeNull();
    expect(
      chainOrder([
        { day: 1, amount: -10, balance: 90 },
        { day: 1, amount: -3, balance: 40 },
      ]),
    ).toBeNull();
    expect(
      endOfDayBalances([
        { day: 1, amount: -10, balance: 85 },
        { day: 1, amount: -5, balance: null },
      ]).points,
    ).toEqual([{ day: 1, balance: 80 }]);
  });

  it('orders two identical purchases and a zero-amount row', () => {
    expect(
      chainOrder([
        { day: 1, amount: -5, balance: 90 },
        { day: 1, amount: 0, balance: 90 },
        { day: 1, amount: -5, balance: 95 },
      ]),
    ).toEqual([2, 0, 1]);
  });

  it('returns rows already in booking order as they are, without a copy', () => {
    const columns = { day: [1, 1, 2], amount: [-5, -10, 1], balance: [95, 85, NaN] };
    const inOrder = [0, 1, 2];
    expect(bookingOrder(columns, inOrder)).toBe(inOrder);
    expect(bookingOrder(columns, [1, 0, 2])).toEqual(inOrder);
  });
});
