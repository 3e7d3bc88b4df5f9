import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves after the current task, not within it', async () => {
    const order: string[] = [];
    const step = nextTask().then(() => order.push('next task'));
    await Promise.resolve();
    order.push('same task');
    await step;
    expect(order).toEqual(['same task', 'next task']);
  });

  it('does not wait for the 4 ms that nested timeouts are held back', async () => {
    const started = performance.now();
    for (let step = 0; step < 50; step += 1) await nextTask();
    expect(performance.now() - started).toBeLessThan(150);
  });
});
