import { describe, expect, it } from 'vitest';
import { inferBrands } from './brands';
import { contextOf, every, row } from './revealTestkit';

const brand = (date: string, amount: number, name: string) =>
  row(date, amount, `CB ${name.toUpperCase()}`, { merchant: name, categorySource: 'curated' });

describe('inferBrands', () => {
  it('lists the most used known brands and the subscriptions among them', () => {
    const rows = [
      ...every('2025-01-02', 4, 30).map((date, index) => brand(date, -(390 + (index % 3) * 70), 'Starbucks')),
      ...every('2025-01-05', 9, 10).map((date, index) => brand(date, -(2000 + index * 130), 'Amazon')),
      ...every('2025-01-15', 30, 6).map((date) => brand(date, -1599, 'Netflix')),
      brand('2025-03-01', -12000, 'IKEA'),
      ...every('2025-01-07', 7, 20).map((date) =>
        row(date, -800, 'CB CHEZ MOMO', { categorySource: 'keyword' }),
      ),
    ];
    const [top, subscriptions] = inferBrands(contextOf(rows));
    expect(top?.params).toEqual({ brands: 'Starbucks, Amazon, Netflix', count: 3 });
    expect(top?.evidence).toHaveLength(46);
    expect(subscriptions?.params).toEqual({ brands: 'Netflix', count: 1 });
  });

  it('leaves brands that reveal a special category to the sensitive findings', () => {
    const rows = [
      ...every('2025-01-15', 30, 6).map((date) => brand(date, -1599, 'Netflix')),
      ...every('2025-01-15', 30, 6).map((date) =>
        row(date, -1500, 'PRLV SEPA MEDECINS SANS FRONTIERES', {
          merchant: 'Médecins Sans Frontières',
          categorySource: 'curated',
        }),
      ),
      ...every('2025-01-04', 30, 4).map((date) => brand(date, -2999, 'Meetic')),
    ];
    expect(inferBrands(contextOf(rows)).map((finding) => finding.params.brands)).toEqual([
      'Netflix',
      'Netflix',
    ]);
  });

  it('finds nothing without known brands bought twice', () => {
    expect(
      inferBrands(contextOf([brand('2025-03-01', -12000, 'IKEA'), row('2025-03-02', -800, 'CB CHEZ MOMO')])),
    ).toEqual([]);
  });
});
