/** Every brand pack merged, for tests and evaluation (the app loads only the packs a statement needs). */
import { mergePacks } from '../countries';
import type { BrandsJson } from '../knowledge';

const PACKS = import.meta.glob<BrandsJson>('../data/brands/*.json', { eager: true, import: 'default' });

export const PACK_IDS: string[] = Object.keys(PACKS).map((path) => path.replace(/^.*\/|\.json$/g, ''));

export function brandPack(id: string): BrandsJson | undefined {
  return PACKS[`../data/brands/${id}.json`];
}

export const ALL_BRANDS: BrandsJson = mergePacks(Object.values(PACKS));
