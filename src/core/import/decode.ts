import type { StatementReading } from './types';
import { legacyEncoding, misreadCodePage } from './legacyEncoding';

export type FatalCode = NonNullable<StatementReading['fatal']>['code'];
export interface Fatal {
  code: FatalCode;
  message: string;
}

/** Recognizes files that are not text statements at all (PDF, images, spreadsheets, binaries, empty). */
export function detectFatal(bytes: Uint8Array): Fatal | null {
  const n = bytes.length;
  if (n === 0) return { code: 'empty', message: 'The file is empty.' };
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  const b2 = bytes[2] ?? 0;
  const b3 = bytes[3] ?? 0;
  if (b0 === 0x25 && b1 === 0x50 && b2 === 0x44 && b3 === 0x46) {
    return {
      code: 'pdf',
      message: 'This is a PDF document, not a CSV export. Download the CSV version of the statement.',
    };
  }
  const isPng = b0 === 0x89 && b1 === 0x50 && b2 === 0x4e && b3 === 0x47;
  const isJpeg = b0 === 0xff && b1 === 0xd8 && b2 === 0xff;
  const isGif = b0 === 0x47 && b1 === 0x49 && b2 === 0x46 && b3 === 0x38;
  if (isPng || isJpeg || isGif) {
    return { code: 'image', message: 'This is an image, not a CSV export of transactions.' };
  }
  if (b0 === 0x50 && b1 === 0x4b && (b2 === 0x03 || b2 === 0x05 || b2 === 0x07)) {
    return {
      code: 'spreadsheet',
      message: 'This looks like a spreadsheet (xlsx) or zip archive. Export or save it as CSV first.',
    };
  }
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) {
    return { code: 'spreadsheet', message: 'This looks like an old Excel (xls) file. Save it as CSV first.' };
  }
  const utf16 =
    (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || utf16WithoutBom(bytes) !== null;
  if (!utf16) {
    const limit = Math.min(n, 8192);
    for (let i = 0; i < limit; i++) {
      if (bytes[i] === 0) return { code: 'binary', message: 'This is a binary file, not a CSV export.' };
    }
  }
  return null;
}

/**
 * UTF-16 text saved without a byte-order mark: ASCII characters leave a NUL in every other byte (odd positions
 * little-endian, even positions big-endian) and nowhere else.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array, start: number): boolean {
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) extra = 2;
    else if (c >= 0xf0 && c <= 0xf4) extra = 3;
    else return false;
    for (let k = 1; k <= extra; k++) {
      const cc = bytes[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of well-formed UTF-8, validated and decoded in one native pass; null when the bytes are not. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** "Ã§", "Ã©", "Ã£": a UTF-8 letter's two bytes read as Latin-1 and written out as UTF-8 again. */
const DOUBLE_UTF8 = /[ÂÃ][\u0080-\u00bf]/g;

/**
 * Text that was UTF-8 encoded twice (Banco Inter: "LanÃ§amento", "DescriÃ§Ã£o"), decoded once more when all of
 * it is such pairs and plain Latin-1: the repaired text is strict UTF-8 and holds none of them.
 */
function undoDoubleUtf8(text: string): string {
  // Most files have neither letter: a plain search, not the pattern, answers for them.
  if (text.indexOf('Ã') < 0 && text.indexOf('Â') < 0) return text;
  const pairs = text.match(DOUBLE_UTF8);
  if (!pairs || pairs.length < 2) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    bytes[i] = code;
  }
  const repaired = strictUtf8(bytes);
  return repaired !== null && repaired.match(DOUBLE_UTF8) === null ? repaired : text;
}

/** Western letters (À–ÿ), the only ones a misread single-byte code page leaves in UTF-8 text. */
const UPPER_LATIN1 = /[\u00c0-\u00ff]/;

/** The Windows-1252 bytes of `text`, or null when it holds a character that code page does not write. */
function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const high = CP1252_HIGH.indexOf(text[i]!);
      if (high < 0) return null;
      bytes[i] = 0x80 + high;
    }
  }
  return bytes;
}

/**
 * Text of another single-byte code page that was read as Windows-1252 and saved as UTF-8 ("Mokëjimo" for
 * "Mokėjimo"), read again in its own code page when that reading, and not the text as it stands, holds the bank
 * words of its script. Only text whose every character Windows-1252 writes can be such: the first 64 KB decide.
 */
function undoMisreadCodePage(text: string): string {
  const head = text.slice(0, 65_536);
  if (!UPPER_LATIN1.test(head)) return text;
  const headBytes = windows1252Bytes(head);
  const label = headBytes && misreadCodePage(headBytes, head);
  const bytes = label ? windows1252Bytes(text) : null;
  return label && bytes ? new TextDecoder(label).decode(bytes) : text;
}

/** Decodes statement bytes: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8, else Windows-1252. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const bomless16 = utf16WithoutBom(bytes);
  if (bomless16) return { text: new TextDecoder(bomless16).decode(bytes), encoding: bomless16 };
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: undoMisreadCodePage(undoDoubleUtf8(strict)), encoding: 'utf-8' };
  // Lenient UTF-8 (overlong forms, surrogates) still reads as UTF-8, with replacement characters.
  if (isValidUtf8(bytes, 0)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  const legacy = legacyEncoding(bytes);
  if (legacy) return { text: new TextDecoder(legacy).decode(bytes), encoding: legacy };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// 0x80–0x9F of Windows-1252 (some runtimes decode this label as plain ISO-8859-1).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
