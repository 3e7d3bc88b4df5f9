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

  it('gives back categorized rows (the shapes made by a literal) exactly, optional fields included', () => {
    const categorized = (id: number): Transaction => ({
      ...row(id, 7),
      merchantKey: 'shop',
      kind: 'card',
      categorySource: 'knowledge',
      confidence: 0.8,
      balance: 5_000_000_000 + id,
    });
    const plain = [categorized(1), { ...categorized(2), note: 'gift' }];
    const withValueDate = plain.map((stored) => ({ ...stored, valueDate: '2025-02-09' }));
    for (const rows of [plain, withValueDate]) {
      const decoded = decodeBlock(structuredClone(encodeBlock('3:2025-02', rows)));
      expect(decoded).toStrictEqual(rows);
      expect(decoded.map((stored) => Object.keys(stored).sort())).toEqual(
        rows.map((stored) => Object.keys(stored).sort()),
      );
    }
  });

  it('gives each row back exactly: optional fields only on the rows that had them', () => {
    const rows: Transaction[] = [
      { ...row(1, 7), note: 'gift', balance: 1200, categorySource: 'manual' },
      { ...row(2, 7), pending: true, balance: 900, splits: [{ category: 'food', amount: -200 }] },
    ];
    expect(decodeBlock(structuredClone(encodeBlock('3:2025-02', rows)))).toStrictEqual(rows);
    const label = { merchantKey: 'shop', kind: 'card', categorySource: 'knowledge', confidence: 0.9 };
    const labelled: Transaction[] = [
      { ...row(1, 7), ...label },
      { ...row(2, 7), ...label, note: 'n' },
    ];
    expect(decodeBlock(structuredClone(encodeBlock('3:2025-02', labelled)))).toStrictEqual(labelled);
  });

  it('reads a block where a field is missing from some rows or plain arrays (written by older versions)', () => {
    const block: TransactionBlock = {
      key: '3:2025-02',
      accountId: 3,
      month: '2025-02',
      count: 2,
      columns: {
        id: [1, 2],
        accountId: [3, 3],
        importId: [7, 7],
        date: ['2025-02-01', '2025-02-02'],
        description: ['A', 'B'],
        merchant: ['A', 'B'],
        category: ['food', 'food'],
        amount: [-100, -200],
        currency: ['EUR', undefined],
        balance: [null, null],
      },
    };
    const [first, second] = decodeBlock(block);
    expect(first).toStrictEqual({
      ...row(1, 7),
      date: '2025-02-01',
      description: 'A',
      merchant: 'A',
      category: 'food',
    });
    expect(second).not.toHaveProperty('currency');
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
