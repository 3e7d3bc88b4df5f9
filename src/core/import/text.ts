/** Small text helpers shared by the reading engine. */

const ACCENTS = /[\u0300-\u036f]/g;
/** Letters NFD does not split into base + accent (Polish, Nordic, Turkish, Croatian). */
const LETTERS_WITHOUT_DECOMPOSITION = /[łøæıđ]/g;
const PLAIN_LETTER: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', ı: 'i', đ: 'd' };
// Letters of every script stay (Cyrillic, Greek, CJK headers); combining marks go with the accents.
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * What NFD split off besides Latin accents, to put back together: conjoining Hangul jamo, kana voicing marks, the
 * Arabic hamza of ئ (any combining mark).
 */
const SPLIT_OFF = /[\u1100-\u11ff\p{M}]/u;

/** Header/keyword normalization: accents stripped, lower case, non-alphanumerics collapsed to one space. */
export function normalizeName(value: string): string {
  // Most cells are plain ASCII, where Unicode normalization and folding change nothing.
  return isAscii(value) ? normalizeAscii(value) : normalizeUnicode(value);
}

const NON_ASCII = /[\u0080-\uffff]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

const NON_ALNUM_ASCII = /[^a-z0-9]+/g;

/** normalizeName for ASCII text: lower case, each run of other characters one space, none at the ends. */
function normalizeAscii(value: string): string {
  return value.toLowerCase().replace(NON_ALNUM_ASCII, ' ').trim();
}

function normalizeUnicode(value: string): string {
  let plain = value.normalize('NFD').replace(ACCENTS, '');
  // Hangul syllables, voiced kana and Arabic letters with a hamza were split too: put them back together.
  if (SPLIT_OFF.test(plain)) plain = plain.normalize('NFC');
  return plain
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(LETTERS_WITHOUT_DECOMPOSITION, (c) => PLAIN_LETTER[c] ?? c)
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** Removes Excel protections (`="..."`, a leading `'` before digits) and surrounding whitespace. */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '';
  if (isPlainEdge(raw.charCodeAt(0)) && isPlainEdge(raw.charCodeAt(raw.length - 1))) return raw;
  let s = raw.trim();
  if (s.length === 0) return s;
  const c0 = s.charCodeAt(0);
  // A dash alone marks an empty cell in Asian exports ('−' in Cathay's card, '－' in EPOS'): no value, no minus.
  if (s.length === 1 && EMPTY_MARKS.has(c0)) return '';
  if (c0 === 61 /* = */ && s.length >= 3 && s.charCodeAt(1) === 34 && s.charCodeAt(s.length - 1) === 34) {
    s = s.slice(2, -1).trim();
  } else if (c0 === 39 /* ' */ && s.length > 1) {
    const c1 = s.charCodeAt(1);
    if ((c1 >= 48 && c1 <= 57) || c1 === 43 || c1 === 45 || c1 === 61) {
      s = s.charCodeAt(s.length - 1) === 39 ? s.slice(1, -1) : s.slice(1);
    } else if (s.charCodeAt(s.length - 1) === 39) {
      // Every cell wrapped in single quotes ('POS Purchase', FNB).
      s = s.slice(1, -1).trim();
    }
  }
  return s;
}

/** Unicode dashes (minus sign, full-width hyphen-minus, em and en dash) standing alone in a cell. */
const EMPTY_MARKS = new Set([0x2212, 0xff0d, 0x2014, 0x2013]);

/** A printable ASCII character other than the Excel protection marks `=` and `'`: nothing to trim or unwrap. */
function isPlainEdge(code: number): boolean {
  return code > 32 && code < 127 && code !== 61 && code !== 39;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Eacute: 'É',
  szlig: 'ß',
  euro: '€',
  pound: '£',
};
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;

function replaceEntity(match: string, body: string): string {
  if (body.charCodeAt(0) === 35) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES[body] ?? match;
}

/** Decodes HTML entities (some banks escape them, even twice: `Cr&amp;eacute;dit`). */
export function decodeEntities(value: string): string {
  if (value.indexOf('&') < 0) return value;
  let out = value;
  for (let i = 0; i < 3 && out.indexOf('&') >= 0; i++) {
    const next = out.replace(ENTITY, replaceEntity);
    if (next === out) break;
    out = next;
  }
  return out;
}

const SPACES = /\s+/g;
const NEEDS_COLLAPSE = /\s\s|[\t\n\r\u00a0\u202f]/;

/** Collapses runs of whitespace (line breaks in quoted cells, fixed-width padding) to single spaces. */
export function collapseSpaces(value: string): string {
  return NEEDS_COLLAPSE.test(value) ? value.replace(SPACES, ' ').trim() : value.trim();
}

const LETTER = /\p{L}/u;

/** True when the text holds a letter of any script. */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

const DIGIT = /\d/;

/** Words without a digit: a title, never a sum or a date. */
export function isWords(text: string): boolean {
  return hasLetter(text) && !DIGIT.test(text);
}
