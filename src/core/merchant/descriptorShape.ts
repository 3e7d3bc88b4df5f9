/**
 * The shape of a descriptor, which categorize() memoizes its analysis by: every ASCII digit becomes 0, and every
 * long reference — a whole word of at least 8 ASCII letters and digits, 3 or more of them digits — becomes '#'.
 * "SHELL OIL 8195 PORTLAND OR 01/01 CARD 4821 REF 104572057" → "SHELL OIL 0000 PORTLAND OR 00/00 CARD 0000 REF #".
 *
 * Same result as `text.replace(/\b(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{8,}\b/g, '#').replace(/\d/g, '0')`. This runs
 * on every imported row, so the shape is written as UTF-16 code units into a reused buffer and looked up by its
 * hash: a row whose shape is known allocates nothing.
 */
export interface ShapeScan {
  /** The code units of the last scan: `reused`, or a buffer of its own for a longer descriptor. */
  codes: Uint16Array;
  reused: Uint16Array;
  length: number;
  /** 32-bit FNV-1a hash of the code units. */
  hash: number;
}

const REUSED_LENGTH = 1024;

export function newShapeScan(): ShapeScan {
  const reused = new Uint16Array(REUSED_LENGTH);
  return { codes: reused, reused, length: 0, hash: 0 };
}

const ZERO = 48;
const HASH = 35;
const UNDERSCORE = 95;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const mix = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/** Writes the shape of `text`, and its hash, into `scan`. */
export function scanShape(text: string, scan: ShapeScan): void {
  const n = text.length;
  // A rare longer descriptor gets its own buffer, so none is kept at the size of the longest one ever read.
  const codes = n <= REUSED_LENGTH ? scan.reused : new Uint16Array(n);
  scan.codes = codes;
  let length = 0;
  let hash = FNV_OFFSET;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlphanumeric(c)) {
      codes[length++] = c;
      hash = mix(hash, c);
      i++;
      continue;
    }
    const start = i;
    const lengthBefore = length;
    const hashBefore = hash;
    let digits = 0;
    for (; i < n; i++) {
      let d = text.charCodeAt(i);
      if (isDigit(d)) {
        digits++;
        d = ZERO;
      } else if (!isAsciiLetter(d)) break;
      codes[length++] = d;
      hash = mix(hash, d);
    }
    if (isReference(text, start, i, digits)) {
      length = lengthBefore;
      codes[length++] = HASH;
      hash = mix(hashBefore, HASH);
    }
  }
  scan.length = length;
  scan.hash = hash >>> 0;
}

/**
 * A run of letters and digits is a reference when it is long, holds 3 digits and is a word of its own: an
 * underscore (a word character to `\b`) glued to either end makes it part of a longer word.
 */
function isReference(text: string, start: number, end: number, digits: number): boolean {
  return (
    end - start >= 8 &&
    digits >= 3 &&
    (start === 0 || text.charCodeAt(start - 1) !== UNDERSCORE) &&
    (end === text.length || text.charCodeAt(end) !== UNDERSCORE)
  );
}

/** True when `shape` is the shape held in `scan`. */
export function isShape(scan: ShapeScan, shape: string): boolean {
  if (shape.length !== scan.length) return false;
  const codes = scan.codes;
  for (let k = 0; k < shape.length; k++) if (shape.charCodeAt(k) !== codes[k]) return false;
  return true;
}

const CHUNK = 4096;

/** The shape held in `scan`, as a string (built in chunks: a spread of a long cell would overflow the stack). */
export function shapeText(scan: ShapeScan): string {
  let out = '';
  for (let k = 0; k < scan.length; k += CHUNK)
    out += String.fromCharCode(...scan.codes.subarray(k, Math.min(scan.length, k + CHUNK)));
  return out;
}

export function descriptorShape(text: string): string {
  const scan = newShapeScan();
  scanShape(text, scan);
  return shapeText(scan);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlphanumeric = (c: number): boolean => isDigit(c) || isAsciiLetter(c);
