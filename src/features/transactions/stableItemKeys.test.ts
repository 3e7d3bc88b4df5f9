import { describe, expect, it } from 'vitest';
import { StableItemKeys } from './stableItemKeys';

describe('StableItemKeys', () => {
  const keys = () =>
    new StableItemKeys<{ id: number } | { day: string }>((item) =>
      'day' in item ? `day-${item.day}` : item.id,
    );

  it('keeps its function while the same items stand in the same places, even as new objects', () => {
    const stable = keys();
    const first = stable.for([{ day: '2026-03-01' }, { id: 7 }, { id: 3 }]);
    expect(stable.for([{ day: '2026-03-01' }, { id: 7 }, { id: 3 }])).toBe(first);
    expect(first(0)).toBe('day-2026-03-01');
    expect(first(2)).toBe(3);
  });

  it('makes a new one when an item comes, goes or moves, which reads the new items', () => {
    const stable = keys();
    const first = stable.for([{ id: 7 }, { id: 3 }]);
    const swapped = stable.for([{ id: 3 }, { id: 7 }]);
    expect(swapped).not.toBe(first);
    expect(swapped(0)).toBe(3);
    const longer = stable.for([{ id: 3 }, { id: 7 }, { id: 1 }]);
    expect(longer).not.toBe(swapped);
    expect(longer(2)).toBe(1);
  });
});
