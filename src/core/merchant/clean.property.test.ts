import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDescriptor } from './clean';
import { categorize } from './categorize';

describe('cleanDescriptor properties', () => {
  it('never throws and always yields a lowercase ASCII key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const { key } = cleanDescriptor(raw);
        expect(key).toMatch(/^[a-z0-9&+ ]*$/);
        expect(key).toBe(key.trim());
      }),
      { numRuns: 500 },
    );
  });
  it('gives the same key whatever the date, card number or store number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1000, max: 9999 }), (day, n) => {
        const dd = String(day).padStart(2, '0');
        expect(cleanDescriptor(`CARTE X${n} ${dd}/03 FRANPRIX ${n} PARIS`).key).toBe('franprix');
      }),
    );
  });
  it('categorize never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer(), (description, amount) => {
        expect(() => categorize({ description, amount }, { rules: [], learned: new Map() })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
