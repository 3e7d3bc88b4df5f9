import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../core/types';
import { freshDatabase } from '../testing';
import { encodeBlock } from './blockCodec';
import type { WrittenBlocks } from './blockWriter';

const row = (id: number, date: string, description = `row ${id}`): Transaction => ({
  id,
  accountId: 1,
  date,
  description,
  merchant: description,
  category: 'Groceries',
  amount: -id,
  currency: 'EUR',
  balance: null,
  importId: 1,
});

/** A month of `count` rows with consecutive ids, packed as an import writes it. */
function packedMonth(month: string, firstId: number, count: number) {
  const rows = Array.from({ length: count }, (_, index) => row(firstId + index, `${month}-01`));
  return encodeBlock(`1:${month}`, rows);
}

async function loadedStore() {
  const db = freshDatabase();
  await db.store.ready();
  let changes = 0;
  db.store.subscribe(() => (changes += 1));
  return { store: db.store, changes: () => changes };
}

describe('taking over what a write stored', () => {
  it('takes a small write over at once', async () => {
    const { store, changes } = await loadedStore();
    store.applyWritten(new Map([['1:2025-01', [row(1, '2025-01-05')]]]), false);
    expect(store.all().map((stored) => stored.id)).toEqual([1]);
    expect(changes()).toBe(1);
  });

  it('takes a large import over in steps, and changes the views once when all of it is in', async () => {
    const { store, changes } = await loadedStore();
    const written: WrittenBlocks = new Map();
    for (let month = 1; month <= 5; month += 1) {
      const block = packedMonth(`2025-0${month}`, (month - 1) * 4000 + 1, 4000);
      written.set(block.key, block);
    }
    const versionBefore = store.getVersion();
    store.applyWritten(written, false);
    expect(store.getVersion()).toBe(versionBefore);
    expect(store.all()).toEqual([]);
    await store.settled();
    expect(changes()).toBe(1);
    expect(store.count).toBe(20_000);
    expect(store.get(12_345)).toMatchObject({ date: '2025-04-01', amount: -12_345 });
  });

  it('applies later writes after the ones before them, also when those are still being taken over', async () => {
    const { store } = await loadedStore();
    const big = packedMonth('2025-01', 1, 25_000);
    store.applyWritten(new Map([[big.key, big]]), false);
    store.applyWritten(new Map([[big.key, [row(1, '2025-01-01', 'edited')]]]), false);
    await store.settled();
    expect(store.all().map((stored) => stored.description)).toEqual(['edited']);
    expect(store.get(2)).toBeUndefined();
  });
});
