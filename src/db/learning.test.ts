import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fromJSON, predict } from '../core/merchant/bayes';
import {
  applyToMerchant,
  countMerchantTransactions,
  learnFromCorrection,
  MODEL_SETTING,
  trainCategoryModel,
  undoLesson,
} from './learning';
import { freshDatabase, storedRows } from './testing';
import { seedTransactions } from './workspaceTesting';

describe('learning', () => {
  it('applies a category to a merchant except hand-set transactions, and remembers it', async () => {
    const db = freshDatabase();
    const ids = await seedTransactions(db, [
      { merchant: 'Carrefour City', merchantKey: 'carrefour city', categorySource: 'model', confidence: 0.3 },
      {
        merchant: 'Carrefour City',
        merchantKey: 'carrefour city',
        category: 'health',
        categorySource: 'manual',
      },
      { merchant: 'Carrefour City', merchantKey: 'carrefour city' },
      { merchant: 'Other', merchantKey: 'other' },
    ]);
    expect(await countMerchantTransactions(db, 'carrefour city')).toBe(3);
    expect(await applyToMerchant(db, 'carrefour city', { category: 'groceries' }, 42)).toBe(2);
    const rows = await storedRows(db).bulkGet(ids);
    expect(rows.map((tx) => [tx?.category, tx?.categorySource])).toEqual([
      ['groceries', 'learned'],
      ['health', 'manual'],
      ['groceries', 'learned'],
      ['uncategorized', undefined],
    ]);
    expect(await db.merchants.get('carrefour city')).toEqual({
      key: 'carrefour city',
      category: 'groceries',
      updatedAt: 42,
    });
  });

  it('renames every transaction of the merchant and keeps the learned category', async () => {
    const db = freshDatabase();
    await seedTransactions(db, [{ merchant: 'Crf City' }, { merchant: 'Crf City' }]);
    await applyToMerchant(db, 'crf city', { category: 'groceries' }, 1);
    expect(await applyToMerchant(db, 'crf city', { name: 'Carrefour City' }, 2)).toBe(2);
    expect((await storedRows(db).toArray()).map((tx) => tx.merchant)).toEqual([
      'Carrefour City',
      'Carrefour City',
    ]);
    expect(await db.merchants.get('crf city')).toEqual({
      key: 'crf city',
      name: 'Carrefour City',
      category: 'groceries',
      updatedAt: 2,
    });
  });

  it('trains the stored naive Bayes model', async () => {
    const db = freshDatabase();
    await trainCategoryModel(db, [{ text: 'Boulangerie Paul', amount: -300, category: 'dining' }]);
    await trainCategoryModel(db, [{ text: 'Pharmacie du Centre', amount: -1200, category: 'health' }]);
    const model = fromJSON((await db.settings.get(MODEL_SETTING))?.value);
    expect(model.docs).toEqual({ dining: 1, health: 1 });
    expect(predict(model, 'Pharmacie', -500)?.category).toBe('health');
  });
});

describe('learning and transfers', () => {
  it('never recategorizes a paired transfer leg', async () => {
    const db = freshDatabase();
    const [leg, shop] = await seedTransactions(db, [
      {
        merchant: 'Acme',
        merchantKey: 'acme',
        category: 'transfers',
        categorySource: 'transfer',
        transferPairId: 99,
      },
      { merchant: 'Acme', merchantKey: 'acme' },
    ]);
    await applyToMerchant(db, 'acme', { category: 'shopping' }, 1);
    expect((await storedRows(db).get(leg as number))?.category).toBe('transfers');
    expect((await storedRows(db).get(shop as number))?.category).toBe('shopping');
  });
});

describe('taking a lesson back', () => {
  it('puts every row and the merchant record back as they were', async () => {
    const db = freshDatabase();
    const [a, b] = await seedTransactions(db, [
      { merchant: 'Crf', merchantKey: 'crf', category: 'shopping', categorySource: 'model', confidence: 0.4 },
      { merchant: 'Crf', merchantKey: 'crf' },
    ]);
    const before = await storedRows(db).bulkGet([a as number, b as number]);
    const { changed, undo } = await learnFromCorrection(
      db,
      'crf',
      { category: 'groceries', name: 'Carrefour' },
      7,
    );
    expect(changed).toBe(4);
    await undoLesson(db, undo);
    expect(await storedRows(db).bulkGet([a as number, b as number])).toEqual(before);
    expect(await db.merchants.get('crf')).toBeUndefined();
  });
});
