import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_BRANDS as brands } from './eval/allBrands';
import { CURATED } from './data/curated';
import { buildKnowledge, curatedKnowledge, type BrandsJson } from './knowledge';
import { matchBrand } from './match';

const IDS = new Set(
  'groceries dining transport shopping housing utilities entertainment health personal_care travel insurance education fees cash taxes gifts income transfers uncategorized'.split(
    ' ',
  ),
);

describe('merchant knowledge', () => {
  it('uses only default category ids', () => {
    for (const b of CURATED) expect(IDS.has(b.category), b.name).toBe(true);
    for (const c of Object.keys((brands as BrandsJson).c)) expect(IDS.has(c), c).toBe(true);
  });
  it('ships the name-suggestion-index licence next to the data', () => {
    const licence = new URL('./data/NSI-LICENSE.txt', import.meta.url);
    expect(existsSync(licence)).toBe(true);
    expect(readFileSync(licence, 'utf8')).toContain('BSD 3-Clause');
  });
  it('matches the longest brand and keeps short or common names strict', () => {
    const k = buildKnowledge(brands as BrandsJson);
    expect(matchBrand([k], 'carrefour city'.split(' '))?.entry.name).toBe('Carrefour City');
    expect(matchBrand([k], 'uber eats pending'.split(' '))?.entry.name).toBe('Uber Eats');
    expect(matchBrand([k], 'the coffee house'.split(' '))).toBeNull();
    expect(matchBrand([k], 'kfc bastille'.split(' '))).toBeNull();
    expect(matchBrand([k], 'kfc bastille'.split(' '), true)?.entry.name).toBe('KFC');
    expect(matchBrand([k], 'sprouts farmers mar'.split(' '))?.entry.name).toBe('Sprouts Farmers Market');
  });
  it('keeps a curated name to the countries where it means that business', () => {
    expect(matchBrand([buildKnowledge(null, CURATED, ['nl'])], ['plus'])?.entry.name).toBe('Plus');
    expect(matchBrand([buildKnowledge(null, CURATED, ['pl'])], ['plus'])).toBeNull();
    expect(matchBrand([buildKnowledge(null, CURATED)], ['plus'])?.entry.name).toBe('Plus');
  });
  it('works with curated knowledge alone', () => {
    expect(curatedKnowledge().size).toBe(CURATED.length);
    expect(matchBrand([curatedKnowledge()], ['netflix', 'com'])?.entry.category).toBe('entertainment');
  });
});
