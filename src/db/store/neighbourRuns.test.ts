import { describe, expect, it } from 'vitest';
import { neighbourRuns } from './neighbourRuns';

describe('neighbourRuns', () => {
  const stored = ['1:2024-01', '1:2024-02', '1:2024-03', '1:2024-04', '2:2024-01', '2:2024-02'];

  it('makes one run of neighbours, and a run of one key between kept keys', () => {
    expect(neighbourRuns(stored, new Set(['1:2024-01', '1:2024-02', '1:2024-04', '2:2024-01']))).toEqual([
      ['1:2024-01', '1:2024-02'],
      ['1:2024-04', '2:2024-01'],
    ]);
  });

  it('never spans a kept key, and leaves out keys the store does not hold', () => {
    expect(neighbourRuns(stored, new Set(['1:2024-02', '1:2024-04', '9:2020-01']))).toEqual([
      ['1:2024-02', '1:2024-02'],
      ['1:2024-04', '1:2024-04'],
    ]);
    expect(neighbourRuns(stored, new Set())).toEqual([]);
    expect(neighbourRuns([], new Set(['1:2024-01']))).toEqual([]);
  });

  it('takes everything as one run when every key goes', () => {
    expect(neighbourRuns(stored, new Set(stored))).toEqual([['1:2024-01', '2:2024-02']]);
  });
});
