export type MessageParams = Record<string, string | number>;

/** Finds the index of the `}` closing the `{` at `open`, respecting nesting. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('{', index);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    branches.set(body.slice(index, open).trim(), body.slice(open + 1, close));
    index = close + 1;
  }
  return branches;
}

// Building an Intl formatter costs far more than using one (tens of microseconds): one of each per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralRuleOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormatOf(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The locale whose plural rules the words follow, and the one the numbers are written in. */
export interface MessageLocales {
  words: string;
  numbers: string;
}

/**
 * Formats a message with `{name}` placeholders and ICU-style plurals `{count, plural, one {# item} other {# items}}`
 * (`=0` branches too). A small subset of ICU MessageFormat: all Kept's messages need.
 */
export function formatMessage(
  template: string,
  params: MessageParams,
  locale: string | MessageLocales,
): string {
  const locales = typeof locale === 'string' ? { words: locale, numbers: locale } : locale;
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(index, open);
    const inner = template.slice(open + 1, close);
    const [name = '', kind, ...rest] = inner.split(',');
    const value = params[name.trim()];
    if (kind?.trim() === 'plural') {
      const count = Number(value ?? 0);
      const branches = pluralBranches(rest.join(','));
      const rule = pluralRuleOf(locales.words).select(count);
      const branch = branches.get(`=${count}`) ?? branches.get(rule) ?? branches.get('other') ?? '';
      const shown = numberFormatOf(locales.numbers).format(count);
      out += formatMessage(branch, params, locales).replace(/#/g, shown);
    } else {
      out +=
        value === undefined
          ? `{${inner}}`
          : typeof value === 'number'
            ? numberFormatOf(locales.numbers).format(value)
            : value;
    }
    index = close + 1;
  }
  return out + template.slice(index);
}
