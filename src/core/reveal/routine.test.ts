import { describe, expect, it } from 'vitest';
import { buildContext, purchaseDate } from './context';
import { inferRoutine } from './routine';
import { background, contextOf, every, messages, row } from './revealTestkit';

describe('purchaseDate', () => {
  it('reads the purchase day a card descriptor gives, across a new year', () => {
    const [paul, late, none] = buildContext({
      transactions: [
        row('2024-11-04', -500, 'CB PAUL 02/11'),
        row('2025-01-02', -500, 'CB FNAC 31/12'),
        row('2025-01-02', -500, 'PRLV SEPA EDF'),
      ],
      accounts: [],
      categories: [],
      today: '2025-02-01',
    }).rows;
    expect([paul, late, none].map((entry) => (entry ? purchaseDate(entry) : ''))).toEqual([
      '2024-11-02',
      '2024-12-31',
      '2025-01-02',
    ]);
  });
});

describe('inferRoutine', () => {
  it('finds the day purchases cluster on', () => {
    const saturdays = every('2025-01-04', 7, 25).map((date) => row(date, -2000, 'CB MARCHE BIO'));
    const found = inferRoutine(contextOf([...background('2025-01-01', 120), ...saturdays]));
    const busiest = found.find((finding) => finding.message === 'routine.busiestDay');
    expect(busiest?.params.weekday).toEqual({ weekday: 5 });
    expect(busiest?.evidence.length).toBeGreaterThanOrEqual(25);
  });

  it('sees no busiest day in purchases spread over the week', () => {
    expect(messages(inferRoutine(contextOf(background('2025-01-01', 300))))).not.toContain(
      'routine.busiestDay',
    );
  });

  it('finds a place visited several times a month, not a monthly subscription', () => {
    const bakery = every('2025-01-01', 7, 20).flatMap((date) => [
      row(date, -250, 'CB BOULANGERIE DU MARCHE'),
    ]);
    const extra = every('2025-01-03', 14, 10).map((date) => row(date, -300, 'CB BOULANGERIE DU MARCHE'));
    const netflix = every('2025-01-15', 30, 6).map((date) => row(date, -1349, 'CB NETFLIX COM'));
    const found = inferRoutine(contextOf([...bakery, ...extra, ...netflix]));
    expect(
      found.filter((finding) => finding.message === 'routine.regularPlace').map((f) => f.params.merchant),
    ).toEqual(['BOULANGERIE DU']);
  });

  it('never groups payees nothing could name into one regular place', () => {
    const unnamed = every('2025-01-01', 2, 60).map((date, index) =>
      row(date, -(500 + index), '', { merchant: '', merchantKey: '' }),
    );
    expect(messages(inferRoutine(contextOf(unnamed)))).not.toContain('routine.regularPlace');
  });

  it('finds a commute from a transit pass bought month after month, not from two tickets', () => {
    const pass = every('2025-01-01', 31, 4).map((date) => row(date, -8640, 'CB RATP NAVIGO'));
    expect(messages(inferRoutine(contextOf(pass)))).toContain('routine.commute');
    expect(messages(inferRoutine(contextOf(pass.slice(0, 2))))).not.toContain('routine.commute');
  });

  it('reads the part of the day from times in descriptors, when there are enough of them', () => {
    const late = every('2025-01-01', 3, 24).map((date, index) =>
      row(date, -1800, `CB UBER EATS ${index % 2 ? '23H14' : '22:41'}`),
    );
    const day = every('2025-01-02', 3, 10).map((date) => row(date, -900, 'CB PAUL 12H05'));
    const found = inferRoutine(contextOf([...late, ...day]));
    expect(found.find((finding) => finding.message === 'routine.night')?.params).toEqual({ share: 71 });
    expect(messages(inferRoutine(contextOf([...late.slice(0, 9), ...day])))).not.toContain('routine.night');
    const mixed = every('2025-01-02', 2, 40).map((date, index) =>
      row(date, -900, `CB SHOP ${[3, 8, 14, 19][index % 4]}H00`),
    );
    expect(
      messages(inferRoutine(contextOf(mixed))).filter((message) =>
        /night|morning|afternoon|evening/.test(message),
      ),
    ).toEqual([]);
  });
});
