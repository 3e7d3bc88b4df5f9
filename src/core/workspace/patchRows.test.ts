import { describe, expect, it } from 'vitest';
import type { Transaction } from '../types';
import { compareNewestFirst } from './newestFirst';
import { patchChangedBlocks } from './patchRows';
import { tx } from './testRows';

const label = (row: Transaction) => ({ id: row.id, date: row.date, category: row.category });

describe('patchChangedBlocks', () => {
  // Two accounts whose months interleave in the newest-first list; one day holds rows of both.
  const march1 = [tx({ accountId: 1, date: '2026-03-02' }), tx({ accountId: 1, date: '2026-03-09' })];
  const march2 = [tx({ accountId: 2, date: '2026-03-02' }), tx({ accountId: 2, date: '2026-03-05' })];
  const april1 = [tx({ accountId: 1, date: '2026-04-01' })];
  const before = new Map([
    ['1:2026-03', march1],
    ['2:2026-03', march2],
    ['1:2026-04', april1],
  ]);
  const rows = [...march1, ...march2, ...april1].sort(compareNewestFirst).map(label);

  const remake = (row: Transaction, old: ReturnType<typeof label>) =>
    row.category === old.category ? old : label(row);

  it('makes again only the rows of the replaced block, in their places', () => {
    const edited = march2.map((row) => ({ ...row, category: 'travel' }));
    const after = new Map(before).set('2:2026-03', edited);
    const patched = patchChangedBlocks(rows, before, after, remake);
    expect(patched?.rows).toEqual([...march1, ...edited, ...april1].sort(compareNewestFirst).map(label));
    expect(patched?.changed.sort()).toEqual(
      edited.map((row) => rows.findIndex((r) => r.id === row.id)).sort(),
    );
    expect(rows.every((row) => row.category === 'shopping')).toBe(true);
  });

  it('keeps the rows that did not change, and the same array when none did', () => {
    const copied = march2.map((row) => ({ ...row }));
    const oneEdited = [{ ...(copied[0] as Transaction), category: 'gifts' }, copied[1] as Transaction];
    const patched = patchChangedBlocks(rows, before, new Map(before).set('2:2026-03', oneEdited), remake);
    expect(patched?.changed).toEqual([rows.findIndex((r) => r.id === march2[0]?.id)]);
    expect(patched?.rows.filter((row, index) => row !== rows[index])).toHaveLength(1);
    expect(patchChangedBlocks(rows, before, new Map(before).set('2:2026-03', copied), remake)?.rows).toBe(
      rows,
    );
    expect(patchChangedBlocks(rows, before, new Map(before), remake)?.rows).toBe(rows);
  });

  it('gives up when rows came, went or moved', () => {
    const added = new Map(before).set('2:2026-04', [tx({ accountId: 2, date: '2026-04-02' })]);
    expect(patchChangedBlocks(rows, before, added, remake)).toBeNull();
    const shorter = new Map(before).set('1:2026-03', march1.slice(1));
    expect(patchChangedBlocks(rows, before, shorter, remake)).toBeNull();
    const moved = new Map(before).set('1:2026-04', [{ ...(april1[0] as Transaction), date: '2026-04-20' }]);
    expect(patchChangedBlocks(rows, before, moved, remake)).toBeNull();
  });
});
