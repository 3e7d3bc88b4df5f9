import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../core/types';
import { decodeBlock, encodeBlock, type TransactionBlock, withSoleImport } from './blockCodec';

const row = (id: number, importId: number): Transaction => ({
  id,
  importId,
  accountId: 3,
  date: '2025-02-0' + id,
  description: `CARD ${id}`,
  merchant: 'Shop',
  category: 'groceries',
  amount: -100 * id,
  currency: 'EUR',
  balance: null,
});

describe('blockCodec', () => {
  it('gives back the rows it packed (null balance included) under an account:month key', () => {
    const rows = [row(1, 7), row(2, 7)];
    const block = encodeBlock('3:2025-02', rows);
    expect(block).toMatchObject({ key: '3:2025-02', accountId: 3, month: '2025-02', count: 2 });
    expect(decodeBlock(structuredClone(block))).toEqual(rows);
  });

  it('marks a block whose rows all came from one import, packed or written as plain arrays', () => {
    const own = encodeBlock('3:2025-02', [row(1, 7), row(2, 7)]);
    const shared = encodeBlock('3:2025-02', [row(1, 7), row(2, 8)]);
    expect(own.soleImport).toBe(7);
    expect(shared).not.toHaveProperty('soleImport');
    const { soleImport: _, ...unmarked } = own;
    expect(withSoleImport(unmarked).soleImport).toBe(7);
    const plain: TransactionBlock = { ...unmarked, columns: { importId: [7, 8], id: [1, 2] } };
    expect(withSoleImport(plain)).not.toHaveProperty('soleImport');
    expect(withSoleImport({ ...plain, columns: { importId: [7, 7] } }).soleImport).toBe(7);
  });
});
