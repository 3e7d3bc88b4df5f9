import { describe, expect, it } from 'vitest';
import type { Transaction } from '../types';
import { type Sort, sortTransactions } from './filter';
import { IncrementalSort, resortAfterEdit } from './resortAfterEdit';
import { tx } from './testRows';

describe('resortAfterEdit', () => {
  // Ties on every key (same amount, same merchant up to case and accents, same day) so the tie-breaks matter.
  const rows = [
    tx({ merchant: 'Café', amount: -450, date: '2025-01-02' }),
    tx({ merchant: 'cafe', amount: -450, date: '2025-01-02' }),
    tx({ merchant: 'Zara', amount: 450, date: '2025-01-01' }),
    tx({ merchant: 'Amazon', amount: -12000, date: '2025-01-03' }),
    tx({ merchant: 'amazon', amount: -1, date: '2025-01-03' }),
    tx({ merchant: 'Lidl', amount: -450, date: '2024-12-31' }),
  ];
  const sorts: Sort[] = [
    { key: 'amount', direction: 'desc' },
    { key: 'amount', direction: 'asc' },
    { key: 'merchant', direction: 'asc' },
    { key: 'date', direction: 'desc' },
  ];

  it('gives what sorting again gives when rows change, leave or come', () => {
    for (const sort of sorts) {
      const before = rows.slice(0, 5);
      const sorted = sortTransactions(before, sort);
      const edited = { ...(rows[1] as Transaction), category: 'groceries' };
      const renamed = { ...(rows[3] as Transaction), merchant: 'Zalando', amount: -451 };
      const next = [rows[0], edited, renamed, rows[4], rows[5]] as Transaction[];
      const changed = new Set([rows[1], rows[2], rows[3], rows[5]].map((row) => row?.id ?? -1));
      const resorted = resortAfterEdit(sorted, next, changed, sort);
      expect(resorted).toEqual(sortTransactions(next, sort));
      expect(resorted).toContain(edited);
    }
  });

  it('only takes rows out when none came back', () => {
    const sort: Sort = { key: 'amount', direction: 'desc' };
    const sorted = sortTransactions(rows, sort);
    const gone = new Set([rows[0]?.id ?? -1]);
    expect(resortAfterEdit(sorted, rows.slice(1), gone, sort)).toEqual(sortTransactions(rows.slice(1), sort));
  });
});

describe('IncrementalSort', () => {
  it('sorts again only what an edit changed, and everything when the filter or the order changed', () => {
    const rows = [
      tx({ merchant: 'B', amount: -3 }),
      tx({ merchant: 'A', amount: -2 }),
      tx({ merchant: 'C', amount: -1 }),
    ];
    const sort: Sort = { key: 'merchant', direction: 'asc' };
    const view = new IncrementalSort<Transaction>();
    expect(view.apply(rows, {}, rows, sort).map((row) => row.merchant)).toEqual(['A', 'B', 'C']);
    const edited = rows.slice();
    edited[2] = { ...(rows[2] as Transaction), merchant: '0 first' };
    const patchedFrom = { rows, changed: [2] };
    expect(view.apply(edited, {}, edited, sort, patchedFrom).map((row) => row.merchant)).toEqual([
      '0 first',
      'A',
      'B',
    ]);
    // A stale lineage (the view last saw other rows) sorts everything.
    expect(view.apply(edited, { query: 'a' }, [edited[1] as Transaction], sort)).toEqual([edited[1]]);
    expect(view.apply(rows, {}, rows, { key: 'date', direction: 'desc' })).toBe(rows);
  });
});
