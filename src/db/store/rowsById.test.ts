import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../core/types';
import { RowsById } from './rowsById';

const row = (id: number | undefined) => ({ id, date: '2025-01-01' }) as Transaction;

describe('RowsById', () => {
  it('finds rows by id and counts them once each', () => {
    const rows = new RowsById();
    const first = row(3);
    rows.set(first);
    rows.set(row(1_000_000));
    rows.set(row(3));
    expect(rows.size).toBe(2);
    expect(rows.get(3)).not.toBe(first);
    expect(rows.get(2)).toBeUndefined();
    rows.delete(3);
    rows.delete(3);
    expect(rows.size).toBe(1);
    expect(rows.get(3)).toBeUndefined();
  });

  it('ignores rows without a usable id', () => {
    const rows = new RowsById();
    rows.set(row(undefined));
    rows.set(row(-1));
    rows.set(row(1.5));
    expect(rows.size).toBe(0);
    rows.clear();
    expect(rows.size).toBe(0);
  });
});
