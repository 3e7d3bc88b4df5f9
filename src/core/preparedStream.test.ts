import { describe, expect, it } from 'vitest';
import { unpackRows } from './packRows';
import { packPreparedMonths, type PreparedRow } from './preparedRows';
import { MonthStream, type PreparedBatch } from './preparedStream';
import type { StatementRow } from './import/types';

const row = (date: string, description: string): StatementRow => ({
  line: 1,
  date,
  description,
  amount: -100,
  balance: null,
});
const months = (...rows: StatementRow[]) => packPreparedMonths(rows, undefined, 'EUR');
const descriptions = (batch: PreparedBatch | null) =>
  batch?.months.flatMap((month) => unpackRows<PreparedRow>(month)).map((row) => row.description);

describe('MonthStream', () => {
  it('gives each batch once, in order, waiting for the next, then null; all() gives everything', async () => {
    const stream = new MonthStream(3, ['2025-01-01', '2025-02-01']);
    const first = stream.next();
    stream.push(months(row('2025-01-01', 'A'), row('2025-01-02', 'B')));
    expect(descriptions(await first)).toEqual(['A', 'B']);
    const all = stream.all();
    const second = stream.next();
    stream.push(months(row('2025-02-01', 'C')));
    expect((await second)?.months.map((m) => m.month)).toEqual(['2025-02']);
    const ended = stream.ended();
    stream.end();
    await ended;
    expect(await stream.next()).toBeNull();
    const everything = await all;
    expect(everything.rows.map((r) => r.description)).toEqual(['A', 'B', 'C']);
    expect(everything.months.map((m) => [m.month, m.count])).toEqual([
      ['2025-01', 2],
      ['2025-02', 1],
    ]);
  });

  it('gives the months that came since the last call as one batch, so a writer behind catches up at once', async () => {
    const stream = new MonthStream(3, ['2025-01-01', '2025-03-01']);
    stream.push(months(row('2025-01-01', 'A')));
    stream.push(months(row('2025-02-01', 'B'), row('2025-03-01', 'C')));
    const caughtUp = await stream.next();
    expect(descriptions(caughtUp)).toEqual(['A', 'B', 'C']);
    expect(caughtUp?.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    stream.end();
    expect(await stream.next()).toBeNull();
  });

  it('catches up a few batches at a time, so no step of the writer is long', async () => {
    const stream = new MonthStream(4, ['2025-01-01', '2025-04-01'], 2);
    for (const [date, description] of [
      ['2025-01-01', 'A'],
      ['2025-02-01', 'B'],
      ['2025-03-01', 'C'],
      ['2025-04-01', 'D'],
    ])
      stream.push(months(row(date as string, description as string)));
    stream.end();
    const steps: string[][] = [];
    for (let batch = await stream.next(); batch; batch = await stream.next())
      steps.push(descriptions(batch) ?? []);
    expect(steps).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('makes every waiting and later reader fail once the sender fails', async () => {
    const stream = new MonthStream(1, ['2025-01-01', '2025-01-01']);
    const waiting = stream.next();
    const all = stream.all();
    stream.fail(new Error('worker failed'));
    await expect(waiting).rejects.toThrow('worker failed');
    await expect(all).rejects.toThrow('worker failed');
    await expect(stream.next()).rejects.toThrow('worker failed');
    await expect(stream.ended()).rejects.toThrow('worker failed');
  });
});
