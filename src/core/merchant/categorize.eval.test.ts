import { describe, expect, it } from 'vitest';
import { ALL_BRANDS as brands } from './eval/allBrands';
import labelled from './eval/labelled.json';
import shapes from './eval/shapes.json';
import {
  evaluateAfterCorrections,
  evaluateByBank,
  evaluateColdStart,
  type LabelledExample,
} from './eval/evaluate';
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

describe('categorization on the set written in real-export shapes', () => {
  const shaped = shapes as LabelledExample[];
  it('has at least 600 rows over at least 15 countries', () => {
    expect(shaped.length).toBeGreaterThanOrEqual(600);
    expect(new Set(shaped.map((e) => e.country)).size).toBeGreaterThanOrEqual(15);
  });
  it('meets the cold-start targets overall and for every bank shape', () => {
    const r = evaluateColdStart(shaped, knowledge);
    expect(r.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.merchantAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    for (const [bank, f] of evaluateByBank(shaped, knowledge)) {
      expect(f.categoryAccuracy, bank).toBeGreaterThanOrEqual(0.85);
    }
  });
});
