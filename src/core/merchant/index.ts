export {
  cleanDescriptor,
  analyzeDescriptor,
  type CleanResult,
  type Analysis,
  type AnalyzeOptions,
} from './clean';
export { toKey, foldText, toCompactKey } from './fold';
export { GENERIC_MERCHANTS } from './genericNames';
export { detectTransactionType, detectTypeFromKey, type TransactionType } from './transactionType';
export {
  buildKnowledge,
  curatedKnowledge,
  type BrandsJson,
  type BrandEntry,
  type MerchantKnowledge,
} from './knowledge';
export { matchBrand, type BrandHit } from './match';
export { CURATED, type CuratedBrand } from './data/curated';
export { matchKeyword, type KeywordHit } from './keywords';
export { matchRule, findMatchingRule, validateRule, type CategoryRule, type RuleSubject } from './rules';
export {
  createModel,
  train,
  predict,
  features,
  toJSON,
  fromJSON,
  type BayesModel,
  type Prediction,
} from './bayes';
export {
  categorize,
  learnFromCorrection,
  type Categorization,
  type CategorizeContext,
  type CategorizeInput,
  type CategorySource,
  type LearnedMerchant,
} from './categorize';
export {
  PACK_COUNTRIES,
  countriesOfStatement,
  packsFor,
  mergePacks,
  type PackCountry,
  type StatementSignals,
} from './countries';
