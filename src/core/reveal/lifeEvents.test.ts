import { describe, expect, it } from 'vitest';
import { inferLifeEvents } from './lifeEvents';
import { background, contextOf, every, messages, row } from './revealTestkit';

describe('inferLifeEvents', () => {
  it('sees a child arrive from several baby payments, not from one gift', () => {
    const baby = [
      row('2025-06-14', -6490, 'CB VERTBAUDET'),
      row('2025-06-28', -14900, 'CB AUBERT'),
      row('2025-07-06', 14199, 'VIR RECU CAF DE PARIS ALLOCATIONS FAMILIALES'),
    ];
    const found = inferLifeEvents(contextOf([...background(), ...baby]));
    expect(messages(found)).toEqual(['life.child']);
    expect(found[0]?.params.month).toEqual({ month: '2025-06' });
    expect(inferLifeEvents(contextOf([...background(), row('2025-06-14', -6490, 'CB VERTBAUDET')]))).toEqual(
      [],
    );
  });

  it('sees a new car from its loan, not from one dealer visit or from payments there from the start', () => {
    const loan = every('2025-05-09', 30, 4).map((date) => row(date, -18900, 'PRLV SEPA DIAC CREDIT AUTO'));
    expect(messages(inferLifeEvents(contextOf([...background(), ...loan])))).toEqual(['life.newCar']);
    expect(inferLifeEvents(contextOf([...background(), ...loan.slice(0, 1)]))).toEqual([]);
    const always = every('2025-01-09', 30, 4).map((date) => row(date, -18900, 'PRLV SEPA DIAC CREDIT AUTO'));
    expect(inferLifeEvents(contextOf([...background(), ...always]))).toEqual([]);
  });

  it('sees a new job when one employer hands over to another', () => {
    const old = every('2025-01-27', 30, 4).map((date) =>
      row(date, 250000, 'VIR RECU ACME SALAIRE', { category: 'income', merchant: 'Acme' }),
    );
    const next = every('2025-05-28', 30, 4).map((date) =>
      row(date, 270000, 'VIR RECU GLOBEX SALAIRE', { category: 'income', merchant: 'Globex' }),
    );
    const found = inferLifeEvents(contextOf([...background(), ...old, ...next]));
    expect(found.find((finding) => finding.message === 'life.newJob')?.params).toMatchObject({
      from: 'Acme',
      to: 'Globex',
    });
  });

  it('does not call a second job running alongside the first a change of job', () => {
    const first = every('2025-01-27', 30, 8).map((date) =>
      row(date, 250000, 'VIR RECU ACME SALAIRE', { category: 'income', merchant: 'Acme' }),
    );
    const second = every('2025-02-05', 30, 7).map((date) =>
      row(date, 40000, 'VIR RECU GLOBEX SALAIRE', { category: 'income', merchant: 'Globex' }),
    );
    expect(inferLifeEvents(contextOf([...background(), ...first, ...second]))).toEqual([]);
  });

  it('sees a move when the rent goes to a new landlord', () => {
    const rent = (from: string, count: number, name: string) =>
      every(from, 30, count).map((date) =>
        row(date, -98000, `PRLV SEPA ${name} LOYER`, { category: 'housing', merchant: name }),
      );
    const found = inferLifeEvents(
      contextOf([...background(), ...rent('2025-01-03', 4, 'FONCIA'), ...rent('2025-05-03', 4, 'NEXITY')]),
    );
    expect(messages(found)).toEqual(['life.move']);
    expect(inferLifeEvents(contextOf([...background(), ...rent('2025-01-03', 8, 'FONCIA')]))).toEqual([]);
  });

  it('sees a dating subscription that stopped, not one still running', () => {
    const stopped = every('2025-01-04', 30, 4).map((date) => row(date, -2999, 'CB MEETIC'));
    expect(messages(inferLifeEvents(contextOf([...background(), ...stopped])))).toEqual([
      'life.relationship',
    ]);
    const running = every('2025-07-04', 30, 4).map((date) => row(date, -2999, 'CB MEETIC'));
    expect(inferLifeEvents(contextOf([...background(), ...running]))).toEqual([]);
  });

  it('sees money trouble from repeated incident fees or an overdrawn balance, not from one fee', () => {
    const fees = [
      row('2025-04-16', -800, 'COMMISSION D INTERVENTION', { kind: 'fee' }),
      row('2025-05-17', -2000, 'FRAIS REJET PRLV', { kind: 'fee' }),
    ];
    expect(messages(inferLifeEvents(contextOf([...background(), ...fees])))).toEqual(['life.moneyTrouble']);
    expect(inferLifeEvents(contextOf([...background(), ...fees.slice(0, 1)]))).toEqual([]);
    const overdrawn = every('2025-03-01', 1, 4).map((date) =>
      row(date, -1000, 'CB SUPERMARCHE 9', { balance: -5000 }),
    );
    expect(messages(inferLifeEvents(contextOf([...background(), ...overdrawn])))).toEqual([
      'life.moneyTrouble',
    ]);
  });
});
