import { describe, expect, it } from 'vitest';
import { readStatement } from '../core/import';
import { parseTableWithPapa } from './parseTable';
import type { WorkerReply } from './protocol';
import { warmUpImport } from './warmUp';
import { europeanStatement, isoStatement, usStatement } from './warmUpStatements';

const read = (text: string) =>
  readStatement(new TextEncoder().encode(text), parseTableWithPapa, { knownProfiles: [], locale: 'en-US' });

describe('made-up warm-up statements', () => {
  it('are read whole, without a question, as a real import would read them', () => {
    const us = read(usStatement(60));
    expect(us.rows).toHaveLength(60);
    expect(us.errors).toEqual([]);
    expect(us.needsReview).toBe(false);
    expect(us.profile.dateOrder).toBe('MDY');
    expect(us.rows.some((row) => row.amount < 0) && us.rows.some((row) => row.amount > 0)).toBe(true);

    const european = read(europeanStatement(60));
    expect(european.rows).toHaveLength(60);
    expect(european.errors).toEqual([]);
    expect(european.needsReview).toBe(false);
    expect(european.profile).toMatchObject({ dateOrder: 'DMY', decimalMark: ',', delimiter: ';' });
    expect(european.rows[1]?.amount).toBeLessThan(0);
    expect(european.rows.every((row) => row.currency === 'EUR')).toBe(true);

    const iso = read(isoStatement(60));
    expect(iso.rows).toHaveLength(60);
    expect(iso.errors).toEqual([]);
    expect(iso.needsReview).toBe(false);
    expect(iso.profile.dateOrder).toBe('YMD');
  });

  it('are the same on every run', () => {
    expect(usStatement(20)).toBe(usStatement(20));
    expect(europeanStatement(20)).toBe(europeanStatement(20));
    expect(isoStatement(20)).toBe(isoStatement(20));
  });
});

describe('warmUpImport', () => {
  it('imports each statement on each pass, through to its last months', async () => {
    const replies: WorkerReply['type'][] = [];
    expect(
      await warmUpImport(
        'en-US',
        () => false,
        40,
        ({ type }) => replies.push(type),
      ),
    ).toBe(9);
    expect(replies.filter((type) => type === 'end')).toHaveLength(9);
    expect(replies.filter((type) => type === 'months').length).toBeGreaterThanOrEqual(9);
    expect(replies.filter((type) => type === 'failure' || type === 'result')).toEqual([]);
  });

  it('stops at its next step once a real file came', async () => {
    expect(await warmUpImport('en-US', () => true, 40)).toBe(0);
    let steps = 0;
    expect(await warmUpImport('en-US', () => steps++ >= 2, 40)).toBe(2);
  });
});
