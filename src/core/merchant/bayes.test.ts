import { describe, expect, it } from 'vitest';
import { createModel, fromJSON, predict, toJSON, train } from './bayes';

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
});
