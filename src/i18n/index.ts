export {
  I18nProvider,
  useI18n,
  browserLanguage,
  LANGUAGES,
  type Language,
  type LanguageChoice,
} from './I18nProvider';
export type { MessageKey } from './en';
export { useCategoryLocalizer } from './categoryNames';
export { useMerchantLocalizer, localizeMerchant } from './merchantNames';
