import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en';
import { formatMessage, type MessageParams } from './format';
import { fr } from './fr';
import { numbersLocale, wordsLocale } from './locales';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = Language | 'auto';

const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };
const STORAGE_KEY = 'kept.language';

/** The first of the browser's preferred languages that Kept speaks, else English. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export interface I18n {
  language: Language;
  /** BCP 47 locale for dates and words (see wordsLocale). */
  locale: string;
  /**
   * The browser's locale for numbers and money: digits, separators and where the currency sign goes follow the
   * person's region whatever language Kept speaks to them (a German reads 1.234,50 € as written at home).
   */
  numberLocale: string;
  /** The browser's own locale, whatever the app's language: its region is the best guess of a person's currency. */
  browserLocale: string;
  choice: LanguageChoice;
  setChoice: (choice: LanguageChoice) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

function readChoice(): LanguageChoice {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'fr' ? stored : 'auto';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState<LanguageChoice>(readChoice);
  const language = choice === 'auto' ? browserLanguage(navigator.languages ?? [navigator.language]) : choice;
  const browserLocale = navigator.language || 'en';
  const locale = wordsLocale(language, browserLocale);
  const numberLocale = numbersLocale(browserLocale, locale);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setChoice = useCallback((next: LanguageChoice) => {
    if (next === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
    setChoiceState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const catalog = catalogs[language];
    return {
      language,
      locale,
      numberLocale,
      browserLocale,
      choice,
      setChoice,
      t: (key, params = {}) =>
        formatMessage(catalog[key] ?? en[key], params, { words: locale, numbers: numberLocale }),
    };
  }, [language, locale, numberLocale, browserLocale, choice, setChoice]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside I18nProvider');
  return context;
}
