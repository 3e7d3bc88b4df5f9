import { describe, expect, it } from 'vitest';
import { buildContext, MAX_EVIDENCE } from './context';
import { inferSensitive, sensitiveRowIds } from './sensitive';
import { background, contextOf, every, messages, row } from './revealTestkit';

describe('inferSensitive', () => {
  it('a pharmacy run once is not a health condition; visits over months are', () => {
    expect(
      inferSensitive(contextOf([...background(), row('2025-03-02', -1290, 'CB PHARMACIE DU CENTRE')])),
    ).toEqual([]);
    const care = [
      ...every('2025-02-02', 25, 4).map((date) => row(date, -1290, 'CB PHARMACIE DU CENTRE')),
      row('2025-02-10', -3000, 'CB DR MARTIN MEDECIN'),
      row('2025-02-17', 2100, 'VIR RECU CPAM PARIS REMBOURSEMENT SOINS', { kind: 'refund' }),
    ];
    const found = inferSensitive(contextOf([...background(), ...care]));
    expect(messages(found)).toEqual(['sensitive.health']);
    expect(found[0]?.evidence).toHaveLength(6);
  });

  it('four pharmacy runs in one week are not a condition either', () => {
    const week = every('2025-02-02', 1, 4).map((date) => row(date, -990, 'CB PHARMACIE DU CENTRE'));
    expect(inferSensitive(contextOf([...background(), ...week]))).toEqual([]);
  });

  it('finds beliefs, union dues, gambling and dating from two payments on different days', () => {
    const rows = [
      row('2025-03-20', -10000, 'PRLV SEPA DENIER DU CULTE DIOCESE DE PARIS'),
      row('2026-03-20', -10000, 'PRLV SEPA DENIER DU CULTE DIOCESE DE PARIS'),
      row('2025-02-18', -4500, 'PRLV SEPA CFDT COTISATION SYNDICALE'),
      row('2025-05-18', -4500, 'PRLV SEPA CFDT COTISATION SYNDICALE'),
      row('2025-01-18', -500, 'CB FDJ'),
      row('2025-02-18', -1000, 'CB PMU PARIS'),
      row('2025-01-04', -2999, 'CB MEETIC'),
      row('2025-02-04', -2999, 'CB MEETIC'),
    ];
    expect(messages(inferSensitive(contextOf(rows))).sort()).toEqual([
      'sensitive.dating',
      'sensitive.gambling',
      'sensitive.politics',
      'sensitive.religion',
    ]);
  });

  it('finds donations, debt collection and tobacco, but not two tobacconist visits or a bar', () => {
    const rows = [
      ...every('2025-01-15', 30, 3).map((date) => row(date, -1500, 'PRLV SEPA MEDECINS SANS FRONTIERES')),
      row('2025-03-01', -5000, 'PRLV SEPA INTRUM JUSTITIA'),
      row('2025-04-01', -5000, 'PRLV SEPA INTRUM JUSTITIA'),
      ...['2025-02-07', '2025-06-20', '2025-12-05'].map((date) => row(date, -1150, 'CB TABAC LE BALTO')),
    ];
    expect(messages(inferSensitive(contextOf(rows))).sort()).toEqual([
      'sensitive.alcoholTobacco',
      'sensitive.debt',
      'sensitive.donations',
    ]);
    const mild = [
      ...['2025-02-07', '2025-06-20'].map((date) => row(date, -1150, 'CB TABAC LE BALTO')),
      ...every('2025-01-03', 7, 10).map((date) => row(date, -2400, 'CB LE SAINT SAUVEUR BAR')),
    ];
    expect(inferSensitive(contextOf(mild))).toEqual([]);
  });

  it('makes nothing of one payment, of the Casino supermarket or of a church-named street', () => {
    const rows = [
      row('2025-01-18', -500, 'CB FDJ'),
      ...every('2025-01-05', 10, 6).map((date) => row(date, -4500, 'CB CASINO SUPERMARCHE')),
      row('2025-03-01', -2000, 'CB PARKING CHURCH STREET 1'),
    ];
    expect(inferSensitive(contextOf(rows))).toEqual([]);
  });

  it('lists every sensitive row for redaction, beyond the evidence a link carries', () => {
    const many = every('2020-01-01', 1, MAX_EVIDENCE + 50).map((date) =>
      row(date, -990, 'CB PHARMACIE DU CENTRE'),
    );
    const context = buildContext({ transactions: many, accounts: [], categories: [], today: '2026-01-01' });
    expect(inferSensitive(context)[0]?.evidence).toHaveLength(MAX_EVIDENCE);
    expect(sensitiveRowIds(context)).toHaveLength(MAX_EVIDENCE + 50);
    expect(sensitiveRowIds(contextOf([row('2025-03-02', -1290, 'CB PHARMACIE DU CENTRE')]))).toEqual([]);
  });
});
