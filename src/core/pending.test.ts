import { describe, expect, it } from 'vitest';
import { settlePending } from './pending';

describe('settlePending', () => {
  const pending = { id: 7, date: '2025-09-02', amount: -1533, description: 'Lieferando.de', pending: true };

  it('lets the booked row replace the stored pending one, even on another date', () => {
    const incoming = [{ date: '2025-09-04', amount: -1533, description: 'LIEFERANDO.DE' }];
    const result = settlePending(incoming, [0], [pending]);
    expect([...result.settles]).toEqual([[0, 7]]);
    expect(result.alreadyBooked.size).toBe(0);
  });

  it('skips a pending row whose booked version is already stored', () => {
    const booked = { ...pending, id: 9, pending: false, date: '2025-09-04' };
    const incoming = [{ ...pending, id: undefined }];
    expect([...settlePending(incoming, [0], [booked]).alreadyBooked]).toEqual([0]);
  });

  it('needs the same amount and description, within a week, and settles each pending row once', () => {
    const incoming = [
      { date: '2025-09-04', amount: -1534, description: 'Lieferando.de' },
      { date: '2025-09-20', amount: -1533, description: 'Lieferando.de' },
      { date: '2025-09-03', amount: -1533, description: 'Lieferando.de' },
      { date: '2025-09-03', amount: -1533, description: 'Lieferando.de' },
    ];
    expect([...settlePending(incoming, [0, 1, 2, 3], [pending]).settles]).toEqual([[2, 7]]);
  });
});
