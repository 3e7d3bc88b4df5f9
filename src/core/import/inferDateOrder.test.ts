import { describe, expect, it } from 'vitest';
import { inferDateOrder } from './inferDateOrder';

describe('inferDateOrder', () => {
  it('decides from any day above 12, anywhere in the column', () => {
    const dmy = [...Array(500).fill('01/02/2025'), '13/02/2025'];
    expect(inferDateOrder([dmy])).toMatchObject({ order: 'DMY', ambiguous: false });
    expect(inferDateOrder([['02/01/2025', '02/13/2025']])).toMatchObject({ order: 'MDY', ambiguous: false });
  });
  it('uses the value date column too', () => {
    expect(inferDateOrder([['01/02/2025'], ['01/20/2025']])).toMatchObject({
      order: 'MDY',
      ambiguous: false,
    });
  });
  it('reports year-first and named-month columns as unambiguous', () => {
    expect(inferDateOrder([['2025-01-02', '20250103']])).toMatchObject({ order: 'YMD', ambiguous: false });
    expect(inferDateOrder([['3 Mar 2025']])).toMatchObject({ order: 'DMY', ambiguous: false });
  });
  it('flags all-ambiguous columns and prefers the smoother sequence', () => {
    // newest first, weekly: 10/03, 03/03, 24/02 would decide… so use only days <= 12: 12/03, 05/03, 01/03 (DMY)
    const r = inferDateOrder(
      [['12/03/2025', '11/03/2025', '10/03/2025', '09/03/2025', '05/03/2025', '01/03/2025']],
      'MDY',
    );
    expect(r).toMatchObject({ order: 'DMY', ambiguous: true });
  });
  it('falls back to the hint when smoothness does not decide', () => {
    expect(inferDateOrder([['01/02/2025']], 'MDY')).toMatchObject({ order: 'MDY', ambiguous: true });
    expect(inferDateOrder([['01/02/2025']])).toMatchObject({ order: 'DMY', ambiguous: true });
  });
  it('notes conflicting evidence as ambiguous', () => {
    expect(inferDateOrder([['13/01/2025', '13/02/2025', '01/13/2025']])).toMatchObject({
      order: 'DMY',
      ambiguous: true,
    });
  });
});
