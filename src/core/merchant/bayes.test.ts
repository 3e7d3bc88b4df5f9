import { describe, expect, it } from 'vitest';
import { createModel, forgetCategory, fromJSON, predict, toJSON, train } from './bayes';

describe('naive Bayes', () => {
  it('learns incrementally and survives a JSON round trip', () => {
    const m = createModel();
    expect(predict(m, 'anything', -1)).toBeNull();
    train(m, 'boulangerie du marche', -300, 'groceries');
    train(m, 'chez marcel bistro', -2500, 'dining');
    train(m, 'boulangerie saint paul', -250, 'groceries');
    const restored = fromJSON(JSON.parse(JSON.stringify(toJSON(m))));
    const p = predict(restored, 'boulangerie centrale', -400);
    expect(p?.category).toBe('groceries');
    expect(p?.probability).toBeGreaterThan(0.5);
    expect(fromJSON({ nonsense: true }).docs).toEqual({});
  });

  it('takes __proto__ and constructor as ordinary category ids (no prototype pollution)', () => {
    const m = createModel();
    train(m, 'hostile shop', -100, '__proto__');
    train(m, 'other shop', -100, 'constructor');
    train(m, 'hostile shop', -100, '__proto__');
    expect(({} as Record<string, unknown>).hostile).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('w:hostile');
    expect(Object.keys(m.docs).sort()).toEqual(['__proto__', 'constructor']);
    expect(predict(m, 'hostile', -5)?.category).toBe('__proto__');
    const restored = fromJSON(JSON.parse(JSON.stringify(toJSON(m))));
    expect(restored.docs['__proto__']).toBe(2);
    train(restored, 'hostile shop', -1, '__proto__');
    expect(Object.prototype).not.toHaveProperty('w:hostile');
    expect(predict(restored, 'hostile', -5)?.category).toBe('__proto__');
  });

  it('drops malformed counts from a stored model', () => {
    const restored = fromJSON({
      version: 1,
      docs: { groceries: 2, bad: 'x', neg: -1 },
      counts: { groceries: { 'w:bread': 2, 'w:x': 'y' } },
      totals: { groceries: 2 },
      vocabulary: 1e9,
    });
    expect(Object.keys(restored.docs)).toEqual(['groceries']);
    expect(restored.counts.groceries).toEqual({ 'w:bread': 2 });
    expect(restored.vocabulary).toBe(1);
  });

  it('forgets a deleted category and moves a merged one', () => {
    const m = createModel();
    train(m, 'boulangerie', -300, 'groceries');
    train(m, 'bistro', -2500, 'dining');
    train(m, 'brasserie', -2500, 'restaurants');
    forgetCategory(m, 'groceries');
    expect(predict(m, 'boulangerie', -300)?.category).not.toBe('groceries');
    expect(Object.keys(m.docs)).not.toContain('groceries');
    forgetCategory(m, 'restaurants', 'dining');
    expect(Object.keys(m.docs)).toEqual(['dining']);
    expect(m.docs.dining).toBe(2);
    expect(predict(m, 'brasserie', -2500)?.category).toBe('dining');
    expect(m.vocabulary).toBe(new Set(Object.values(m.counts).flatMap((c) => Object.keys(c))).size);
  });
});
