import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';
import { isLegacyConversion } from './legacyCurrency';

describe('sums printed in an old currency of the euro beside the amount', () => {
  it('are left beside it in a headerless French card export, whichever comes first', () => {
    const euroFirst = [
      '06/08/2021,"ACHAT CB GVB VOERTUIG B 05.08.21 EUR 12.80 CARTE NO 222",-12.80,-83.96',
      '06/08/2021,"ACHAT CB CRV WWW.EPSILO 05.08.21 EUR 1.00 CARTE NO 222",-1.00,-6.56',
      '05/08/2021,"PRELEVEMENT DE GAZ ET ELECTRICITE GRENOBLE REF EC0208202118697",-50.00,-327.98',
    ];
    const r = readText(euroFirst.join('\n'));
    expect(r.needsReview).toBe(false);
    expect(r.rows.map((row) => row.amount)).toEqual([-1280, -100, -5000]);
    const francsFirst = euroFirst.map((line) => line.replace(/,(-[\d.]+),(-[\d.]+)$/, ',$2,$1'));
    expect(readText(francsFirst.join('\n')).rows.map((row) => row.amount)).toEqual([-1280, -100, -5000]);
  });
  it('are told by the fixed rates only, on two rows or more', () => {
    const rows = [
      ['10.00', '19.56'],
      ['-4.50', '-8.80'],
    ];
    expect(isLegacyConversion(rows, 0, 1)).toBe(true);
    expect(isLegacyConversion(rows, 1, 0)).toBe(false);
    expect(isLegacyConversion([['10.00', '65.60']], 0, 1)).toBe(false);
    expect(
      isLegacyConversion(
        [
          ['10.00', '12.00'],
          ['5.00', '6.00'],
        ],
        0,
        1,
      ),
    ).toBe(false);
  });
});
