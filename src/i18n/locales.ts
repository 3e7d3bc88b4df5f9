/**
 * The locale for dates and other words: the browser's own when it speaks Kept's language, else Kept's language in
 * the browser's region ('en-DE'), which Intl reads as plain 'en' where it does not know the pair.
 */
export function wordsLocale(language: string, browserLocale: string): string {
  const browser = parsedLocale(browserLocale);
  if (browser?.language === language) return browserLocale;
  return browser?.region ? `${language}-${browser.region}` : language;
}

function parsedLocale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/**
 * The browser's own locale for numbers and money (its separators and currency signs), in Latin digits as Kept's
 * words are written; `fallback` when the browser's tag is not one Intl reads.
 */
export function numbersLocale(browserLocale: string, fallback: string): string {
  return parsedLocale(browserLocale)
    ? new Intl.Locale(browserLocale, { numberingSystem: 'latn' }).toString()
    : fallback;
}
