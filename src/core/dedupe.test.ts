import { describe, expect, it } from 'vitest';
import { matchIncomingRows, selectNewRows, transactionFingerprint } from './dedupe';

describe('selectNewRows', () => {
  it('keeps two identical purchases on one day when nothing is stored', () => {
    const coffee = transactionFingerprint('2025-05-02', -540, 'STARBUCKS STORE 5073');
    expect(selectNewRows([coffee, coffee], [])).toEqual([0, 1]);
  });

  it('adds only the rows an overlapping statement does not already hold', () => {
    const a = transactionFingerprint('2025-05-01', -1000, 'RENT');
    const b = transactionFingerprint('2025-05-02', -540, 'COFFEE');
    const c = transactionFingerprint('2025-05-03', -200, 'BUS');
    expect(selectNewRows([b, b, c], [a, b, b])).toEqual([2]);
  });

  it('adds the third identical coffee when only two were stored', () => {
    const b = transactionFingerprint('2025-05-02', -540, 'COFFEE');
    expect(selectNewRows([b, b, b], [b, b])).toEqual([2]);
  });

  it('ignores case and spacing differences in the description', () => {
    expect(transactionFingerprint('2025-01-01', 1, 'Foo  Bar ')).toBe(
      transactionFingerprint('2025-01-01', 1, 'foo bar'),
    );
  });
});

describe('matchIncomingRows', () => {
  it('adds what is new and names the stored rows the repeats relied on', () => {
    const a = transactionFingerprint('2025-05-01', -1000, 'RENT');
    const b = transactionFingerprint('2025-05-02', -540, 'COFFEE');
    const c = transactionFingerprint('2025-05-03', -200, 'BUS');
    const result = matchIncomingRows(
      [b, b, c],
      [
        [a, 1],
        [b, 1],
        [b, 2],
      ],
    );
    expect(result.added).toEqual([2]);
    expect([...result.matchedTags].sort()).toEqual([1, 2]);
  });

  it('relies on nothing when every row is new', () => {
    const a = transactionFingerprint('2025-05-01', -1000, 'RENT');
    expect(matchIncomingRows([a], [])).toEqual({ added: [0], matchedTags: new Set() });
  });
});
