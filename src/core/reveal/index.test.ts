import { describe, expect, it } from 'vitest';
import { revealFindings } from './index';
import { ACCOUNT, every, row } from './revealTestkit';

describe('revealFindings', () => {
  it('returns nothing for no data, and never uses pending rows or rows without an id', () => {
    const input = { accounts: [ACCOUNT], categories: [], today: '2026-01-01' };
    expect(revealFindings({ ...input, transactions: [] })).toEqual([]);
    const pending = every('2025-01-04', 30, 4).map((date) => ({
      ...row(date, -2999, 'CB MEETIC'),
      pending: true,
    }));
    expect(revealFindings({ ...input, transactions: pending })).toEqual([]);
  });

  it('orders findings by kind, surest first, with evidence ids that exist', () => {
    const transactions = [
      ...every('2025-01-27', 30, 8).map((date) =>
        row(date, 285000, 'VIR RECU ACME SALAIRE', { category: 'income', balance: 300000 }),
      ),
      ...every('2025-01-04', 30, 4).map((date) => row(date, -2999, 'CB MEETIC')),
    ];
    const found = revealFindings({ transactions, accounts: [ACCOUNT], categories: [], today: '2026-01-01' });
    const kinds = found.map((finding) => finding.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    expect(kinds).toEqual(expect.arrayContaining(['income', 'life-events', 'sensitive', 'spending-power']));
    const ids = new Set(transactions.map((entry) => entry.id));
    for (const finding of found) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      expect(finding.evidence.every((id) => ids.has(id))).toBe(true);
      expect(finding.confidence).toBeGreaterThan(0);
      expect(finding.confidence).toBeLessThan(1);
    }
  });
});

const ORDER = ['places', 'routine', 'income', 'life-events', 'sensitive', 'spending-power', 'brands'];
