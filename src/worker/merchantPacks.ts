import {
  buildKnowledge,
  countriesOfStatement,
  mergePacks,
  packsFor,
  type BrandsJson,
  type MerchantKnowledge,
  type StatementSignals,
} from '../core/merchant';

/** One lazily fetched chunk per brand pack: only the packs of the statement's countries are ever downloaded. */
const LOADERS = import.meta.glob<BrandsJson>('../core/merchant/data/brands/*.json', { import: 'default' });

const packs = new Map<string, Promise<BrandsJson | null>>();
const knowledge = new Map<string, Promise<MerchantKnowledge>>();

function loadPack(id: string): Promise<BrandsJson | null> {
  let pack = packs.get(id);
  if (!pack) {
    const loader = LOADERS[`../core/merchant/data/brands/${id}.json`];
    pack = loader ? loader() : Promise.resolve(null);
    packs.set(id, pack);
  }
  return pack;
}

/** Merchant knowledge for the countries a statement's signals point to, built once per set of packs. */
export function loadKnowledgeFor(signals: StatementSignals): Promise<MerchantKnowledge> {
  const countries = countriesOfStatement(signals);
  const ids = packsFor(countries);
  const key = ids.join(' ');
  let built = knowledge.get(key);
  if (!built) {
    built = Promise.all(ids.map(loadPack)).then((loaded) =>
      buildKnowledge(mergePacks(loaded.filter((p): p is BrandsJson => p !== null)), undefined, countries),
    );
    knowledge.set(key, built);
  }
  return built;
}
