import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addCategory,
  countByCategory,
  deleteCategory,
  mergeCategory,
  updateCategory,
} from './categoriesRepo';
import { freshDatabase, storedRows } from './testing';
import { MODEL_SETTING, trainCategoryModel } from './learning';
import { seedTransactions } from './workspaceTesting';

describe('categories repository', () => {
  it('adds, renames, recolors and counts', async () => {
    const db = freshDatabase();
    const id = await addCategory(db, 'Pets & Vet', '#123456');
    expect(id).toBe('custom_pets_vet');
    expect(await addCategory(db, 'Pets & vet', '#000000')).toBe('custom_pets_vet_2');
    await updateCategory(db, 'groceries', { name: 'Food', color: '#00ff00' });
    expect(await db.categories.get('groceries')).toMatchObject({
      name: 'Food',
      color: '#00ff00',
      builtIn: true,
    });
    await seedTransactions(db, [
      { category: id },
      { category: 'groceries' },
      {
        category: 'uncategorized',
        splits: [
          { category: id, amount: -500 },
          { category: 'groceries', amount: -500 },
        ],
      },
    ]);
    const counts = await countByCategory(db);
    expect([counts.get(id), counts.get('groceries'), counts.get('uncategorized')]).toEqual([2, 2, undefined]);
  });

  it('merges a custom category into another: transactions, splits, merchants and rules follow', async () => {
    const db = freshDatabase();
    const pets = await addCategory(db, 'Pets', '#123456');
    const [a, b] = await seedTransactions(db, [
      { category: pets },
      {
        splits: [
          { category: pets, amount: -400 },
          { category: 'health', amount: -600 },
        ],
      },
    ]);
    await db.merchants.put({ key: 'vet', category: pets, updatedAt: 0 });
    await db.rules.put({
      id: 'r',
      field: 'merchant',
      match: 'contains',
      pattern: 'vet',
      setCategory: pets,
      priority: 0,
      createdAt: 0,
    });
    await mergeCategory(db, pets, 'health');
    expect((await storedRows(db).get(a!))?.category).toBe('health');
    expect((await storedRows(db).get(b!))?.splits?.map((s) => s.category)).toEqual(['health', 'health']);
    expect((await db.merchants.get('vet'))?.category).toBe('health');
    expect((await db.rules.get('r'))?.setCategory).toBe('health');
    expect(await db.categories.get(pets)).toBeUndefined();
    await expect(mergeCategory(db, 'groceries', 'health')).rejects.toThrow();
  });

  it('deletes custom categories only; their transactions become uncategorized', async () => {
    const db = freshDatabase();
    const pets = await addCategory(db, 'Pets', '#123456');
    const [a] = await seedTransactions(db, [{ category: pets, categorySource: 'manual' }]);
    await deleteCategory(db, pets);
    expect((await storedRows(db).get(a!))?.category).toBe('uncategorized');
    expect(await db.categories.get(pets)).toBeUndefined();
    await expect(deleteCategory(db, 'groceries')).rejects.toThrow();
  });
});

describe('the learned model after a category goes', () => {
  it('forgets a deleted category so it is never suggested again', async () => {
    const db = freshDatabase();
    const id = await addCategory(db, 'Pets', '#abcdef');
    await trainCategoryModel(db, [{ text: 'CB ANIMALERIE', amount: -2000, category: id }]);
    await deleteCategory(db, id);
    const stored = await db.settings.get(MODEL_SETTING);
    expect(JSON.stringify(stored?.value)).not.toContain(id);
  });
});
