import { describe, expect, it } from 'vitest';
import { indexMerchants, mergeMerchantIndexes, sameMerchantNames } from './merchantIndex';
import { tx } from './testRows';

describe('merchant index', () => {
  // A payee renamed over time, keyed once by the cleaner and once only by its name, across two blocks.
  const january = [
    tx({ id: 5, date: '2025-01-03', merchant: 'Carrefour Market', merchantKey: 'carrefour' }),
    tx({ id: 9, date: '2025-01-03', merchant: 'CARREFOUR', merchantKey: 'carrefour' }),
    tx({ id: 2, date: '2025-01-01', merchant: 'Café  Zéro' }),
  ];
  const february = [
    tx({ id: 7, date: '2025-02-10', merchant: 'Carrefour City', merchantKey: 'carrefour' }),
    tx({ id: 8, date: '2025-02-01', merchant: 'cafe zero' }),
  ];

  it('counts each merchant and names it as its newest transaction does, whichever block comes first', () => {
    const whole = indexMerchants([...january, ...february]);
    for (const merged of [
      mergeMerchantIndexes([indexMerchants(january), indexMerchants(february)]),
      mergeMerchantIndexes([indexMerchants(february), indexMerchants(january)]),
    ]) {
      expect(merged).toEqual(whole);
      expect(merged.get('carrefour')).toMatchObject({ name: 'Carrefour City', count: 3 });
      expect(merged.get('cafe zero')).toMatchObject({ name: 'cafe zero', count: 2 });
    }
    // Same day: the higher id is the newer one.
    expect(indexMerchants(january).get('carrefour')?.name).toBe('CARREFOUR');
  });

  it('tells when only counts differ', () => {
    const before = indexMerchants(january);
    expect(
      sameMerchantNames(
        before,
        indexMerchants([...january, tx({ merchant: 'Carrefour', merchantKey: 'carrefour' })]),
      ),
    ).toBe(true);
    expect(sameMerchantNames(before, indexMerchants(january.filter((row) => row.id !== 9)))).toBe(false);
    expect(
      sameMerchantNames(
        before,
        indexMerchants([
          ...january,
          tx({ date: '2026-01-01', merchant: 'Carrefour Drive', merchantKey: 'carrefour' }),
        ]),
      ),
    ).toBe(false);
  });
});
