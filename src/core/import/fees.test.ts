import { describe, expect, it } from 'vitest';
import { feesAlreadyCounted } from './fees';
import { buildLayout } from './layout';
import type { ColumnRole } from './types';

const roles: ColumnRole[] = ['date', 'amount', 'fee', 'balance', 'description'];
const layout = buildLayout(roles, null);
const rows = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.split(','));

describe('feesAlreadyCounted', () => {
  it('is true when each fee is also a row of its own (informational "Total fees")', () => {
    const sample = rows(
      '1,-500.00,4.10,,sent\n1,-4.10,0,,charges\n2,1700.00,3.00,,top up\n2,-3.00,0,,charges',
    );
    expect(feesAlreadyCounted(sample, layout, '.')).toBe(true);
  });
  it('follows the running balance: moving by the amount alone, or by the amount and the fee', () => {
    expect(feesAlreadyCounted(rows('1,-10.00,0,100.00,a\n2,-20.00,1.00,80.00,b'), layout, '.')).toBe(true);
    expect(feesAlreadyCounted(rows('1,-10.00,0,100.00,a\n2,-20.00,1.00,79.00,b'), layout, '.')).toBe(false);
  });
  it('charges the fee on top without evidence (Revolut "Fee")', () => {
    expect(feesAlreadyCounted(rows('1,-10.00,0.50,,a\n2,-20.00,1.00,,b'), layout, '.')).toBe(false);
  });
});
