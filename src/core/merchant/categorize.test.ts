import { describe, expect, it } from 'vitest';
import { ALL_BRANDS as brands } from './eval/allBrands';
import { createModel, train } from './bayes';
import { categorize } from './categorize';
import { buildKnowledge, type BrandsJson } from './knowledge';

const knowledge = buildKnowledge(brands as BrandsJson);
const ctx = { rules: [], learned: new Map(), knowledge };

describe('categorize', () => {
  it('uses curated, dictionary, keyword and type knowledge', () => {
    expect(categorize({ description: 'PRLV SEPA FREE MOBILE', amount: -2999 }, ctx)).toMatchObject({
      merchant: 'Free',
      category: 'utilities',
      source: 'curated',
    });
    expect(categorize({ description: 'CB CARREFOUR CITY 12/03', amount: -1234 }, ctx)).toMatchObject({
      merchant: 'Carrefour City',
      category: 'groceries',
      source: 'dictionary',
    });
    expect(
      categorize({ description: 'CARTE X4821 04/07 PHARMACIE DE LA GARE PARIS', amount: -1900 }, ctx),
    ).toMatchObject({ category: 'health', source: 'keyword' });
    expect(categorize({ description: 'RETRAIT DAB 12/03 PARIS', amount: -6000 }, ctx)).toMatchObject({
      category: 'cash',
      source: 'type',
    });
  });
  it('shares one label between rows its analysis decides alone, and makes its own for a corrected merchant', () => {
    const first = categorize({ description: 'CB CARREFOUR CITY 12/03 CARTE 4821', amount: -1234 }, ctx);
    const second = categorize({ description: 'CB CARREFOUR CITY 14/03 CARTE 4821', amount: -567 }, ctx);
    expect(second).toBe(first);
    const learned = new Map([['carrefour city', { merchant: 'Carrefour du coin' }]]);
    const renamed = categorize(
      { description: 'CB CARREFOUR CITY 15/03 CARTE 4821', amount: -890 },
      {
        ...ctx,
        learned,
      },
    );
    expect(renamed).not.toBe(first);
    expect(renamed).toMatchObject({ merchant: 'Carrefour du coin', category: 'groceries' });
    expect(first).toMatchObject({ merchant: 'Carrefour City', category: 'groceries', source: 'dictionary' });
  });
  it('follows the priority order: rule > learned > type > knowledge > model', () => {
    const tx = { description: 'CB CARREFOUR CITY 12/03', amount: -1234 };
    const rule = {
      id: '1',
      field: 'description' as const,
      match: 'contains' as const,
      pattern: 'carrefour',
      setCategory: 'gifts',
      priority: 1,
      createdAt: 1,
    };
    expect(categorize(tx, { ...ctx, rules: [rule] })).toMatchObject({ category: 'gifts', source: 'rule' });
    const learned = new Map([['carrefour city', { category: 'dining', merchant: 'Carrefour Snack' }]]);
    expect(categorize(tx, { ...ctx, learned })).toMatchObject({
      category: 'dining',
      merchant: 'Carrefour Snack',
      source: 'learned',
    });
    const model = createModel();
    for (let i = 0; i < 5; i++) train(model, 'chez marcel', -2000, 'dining');
    const unknown = { description: 'CB CHEZ MARCEL 12/03', amount: -2200 };
    expect(categorize(unknown, ctx).category).toBe('uncategorized');
    expect(categorize(unknown, { ...ctx, model, autoApplyThreshold: 0.5 })).toMatchObject({
      category: 'dining',
      source: 'model',
    });
  });
  it('treats money back from a known shop as a refund of that category', () => {
    expect(categorize({ description: 'AMZN Mktp US*8W65NZ', amount: 2366 }, ctx)).toMatchObject({
      type: 'refund',
      category: 'shopping',
    });
  });
  it('works without the lazily loaded dictionary', () => {
    expect(
      categorize(
        { description: 'NETFLIX.COM 866-579-7172 CA', amount: -1549 },
        { rules: [], learned: new Map() },
      ).category,
    ).toBe('entertainment');
  });
  it('names payees written in other scripts apart, after the words of the operation', () => {
    const merchantOf = (description: string) => {
      const { merchant, merchantKey } = categorize({ description, amount: -1000 }, ctx);
      return [merchant, merchantKey];
    };
    expect(merchantOf('Оплата товаров и услуг. ЦВЕТОЧНАЯ ЛАВКА')).toEqual([
      'Цветочная Лавка',
      'цветочная лавка',
    ]);
    expect(merchantOf('ПРОДУКТЫ У ДОМА 1234 МОСКВА RUS')).toEqual(['Продукты У Дома', 'продукты у дома']);
    expect(merchantOf('ドン・キホーテ　新宿店')).toEqual(['ドン・キホーテ', 'ドン キホーテ']);
    expect(merchantOf('김밥천국 강남점')).toEqual(['김밥천국', '김밥천국']);
    expect(merchantOf('财付通-老王面馆 订单123456')).toEqual(['老王面馆', '老王面馆']);
    expect(merchantOf('شراء - مخبز الأمل')).toEqual(['مخبز الأمل', 'مخبز الأمل']);
    expect(merchantOf('خرید کارتی فروشگاه رفاه')).toEqual(['رفاه', 'رفاه']);
    // Two shops of one statement never share a key (a correction of one is offered for that one only).
    expect(merchantOf('Ромашка')[1]).not.toBe(merchantOf('Лютик')[1]);
  });
  it('knows the big chains and the trade words of other scripts', () => {
    const labelOf = (description: string) => {
      const { merchant, category } = categorize({ description, amount: -1000 }, ctx);
      return [merchant, category];
    };
    expect(labelOf('Оплата товаров и услуг. ПЯТЕРОЧКА 1234')).toEqual(['Пятёрочка', 'groceries']);
    expect(labelOf('PYATEROCHKA 1234 MOSCOW RUS')).toEqual(['Пятёрочка', 'groceries']);
    expect(labelOf('美团外卖 订单123456')).toEqual(['美团', 'dining']);
    expect(labelOf('스타벅스 강남점')).toEqual(['Starbucks', 'dining']);
    expect(labelOf('Оплата товаров и услуг. АПТЕКА РИГЛА')[1]).toBe('health');
    expect(labelOf('日本調剤薬局')[1]).toBe('health');
    expect(labelOf('صيدلية العزبي')[1]).toBe('health');
    expect(labelOf('داروخانه دکتر')[1]).toBe('health');
    expect(labelOf('ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΣ')[1]).toBe('health');
    expect(labelOf('ร้านอาหาร สมบูรณ์')[1]).toBe('dining');
    expect(labelOf('KARTLI ODEME YILDIZ ECZANE ISTANBUL')[1]).toBe('health');
    expect(labelOf('DEBIT APOTEK K24 JAKARTA')[1]).toBe('health');
    expect(labelOf('THANH TOAN NHA HANG PHO 24')[1]).toBe('dining');
    expect(labelOf('LEKARNA U ANDELA PRAHA')[1]).toBe('health');
  });
});
