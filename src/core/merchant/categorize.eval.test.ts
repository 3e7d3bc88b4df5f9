import { describe, expect, it } from 'vitest';
import { ALL_BRANDS as brands } from './eval/allBrands';
import labelled from './eval/labelled.json';
import { evaluateAfterCorrections, evaluateColdStart, type LabelledExample } from './eval/evaluate';
import { buildKnowledge, type BrandsJson } from './knowledge';

const knowledge = buildKnowledge(brands as BrandsJson);
const examples = labelled as LabelledExample[];

describe('categorization on the labelled evaluation set', () => {
  it('has at least 400 examples', () => expect(examples.length).toBeGreaterThanOrEqual(400));
  it('meets the cold-start targets', () => {
    const r = evaluateColdStart(examples, knowledge);
    expect(r.categoryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('meets the cold-start targets on the held-out examples too', () => {
    const r = evaluateColdStart(
      examples.filter((e) => e.split === 'holdout'),
      knowledge,
    );
    expect(r.total).toBeGreaterThanOrEqual(100);
    expect(r.categoryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('gets every later occurrence of a corrected merchant right', () => {
    const r = evaluateAfterCorrections(examples, knowledge);
    expect(r.categoryAccuracy).toBe(1);
    expect(r.merchantAccuracy).toBe(1);
  });
});
