import { describe, expect, it } from 'vitest';
import { distinctColors } from './distinctColors';

describe('distinctColors', () => {
  it('keeps distinct colours and replaces one too close to an earlier one', () => {
    const [housing, dining, taxes] = distinctColors(['#8a5a44', '#e07b39', '#7f5539']);
    expect(housing).toBe('#8a5a44');
    expect(dining).toBe('#e07b39');
    expect(taxes).not.toBe('#7f5539');
  });

  it('never returns the same colour twice for different slices', () => {
    const colors = distinctColors(['#b0b0b0', '#b0b0b0', '#b1b1b1', '#3f9d5a', '#3f9d5b']);
    expect(new Set(colors).size).toBe(5);
  });
});
