import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisMemo, type MemoKey } from './analysisMemo';

interface Named {
  merchant: string;
  analysed: string;
}

/** The memo categorize() had before: one map by a text key, cleared when full. */
function referenceMemo(analyze: (key: MemoKey) => Named, limit: number): (key: MemoKey) => Named {
  const cache = new Map<string, Named>();
  const shape = (d: string) =>
    d.replace(/\b(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{8,}\b/g, '#').replace(/\d/g, '0');
  return (key) => {
    const text = `${Math.sign(key.amount)}|${key.bankCategory ?? ''}|${shape(key.description)}`;
    const hit = cache.get(text);
    if (hit && !/\d/.test(hit.merchant)) return hit;
    const value = analyze(key);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** An analysis that names some payees with digits, as "7-Eleven" is named. */
const analyzeStub = (key: MemoKey): Named => ({
  merchant: key.description.startsWith('7') ? key.description.slice(0, 4) : key.description.slice(0, 2),
  analysed: key.description,
});

describe('AnalysisMemo', () => {
  it('analyses each shape once, and a name with digits anew each time', () => {
    let calls = 0;
    const memo = new AnalysisMemo((key: MemoKey) => {
      calls++;
      return analyzeStub(key);
    });
    const first = memo.get({ description: 'SHELL 1234 REF 123456789', amount: -5 });
    expect(memo.get({ description: 'SHELL 9876 REF 555555555', amount: -7 })).toBe(first);
    expect(calls).toBe(1);
    memo.get({ description: 'SHELL 9876 REF 555555555', amount: 7 }); // money in: another bucket
    memo.get({ description: 'SHELL 9876 REF 555555555', amount: -7, bankCategory: 'Fuel' });
    expect(calls).toBe(3);
    memo.get({ description: '7-ELEVEN 12', amount: -1 });
    memo.get({ description: '7-ELEVEN 34', amount: -1 });
    expect(calls).toBe(5);
  });

  it('answers as the single-map memo did, whatever the order, signs, labels and a full memo', () => {
    const description = fc
      .array(fc.constantFrom('7-', 'SHELL', ' ', '12', '9', 'AB12345678', '_', 'é', 'X'), { maxLength: 6 })
      .map((parts) => parts.join(''));
    const key = fc.record({
      description,
      amount: fc.constantFrom(-3, 0, 4, Number.NaN),
      bankCategory: fc.constantFrom(undefined, '', 'Fuel'),
    });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (keys, limit) => {
        const inputs = keys.map(({ bankCategory, ...rest }) =>
          bankCategory === undefined ? rest : { ...rest, bankCategory },
        );
        const memo = new AnalysisMemo(analyzeStub, limit);
        const reference = referenceMemo(analyzeStub, limit);
        for (const input of inputs) expect(memo.get(input)).toEqual(reference(input));
      }),
      { numRuns: 3000 },
    );
  });
});
