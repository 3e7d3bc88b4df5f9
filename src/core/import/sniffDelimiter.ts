import { isWords } from './text';

/** Delimiter sniffing by consistency of field counts over many records (quotes respected). */

export const DELIMITERS = [',', ';', '\t', '|', '~'] as const;

const SAMPLE_CHARS = 200_000;
const SAMPLE_RECORDS = 300;

/** Field counts per record (non-blank records only) when `text` is split with `delimiter`. */
export function fieldCounts(text: string, delimiter: string, maxRecords = SAMPLE_RECORDS): number[] {
  const counts: number[] = [];
  const d = delimiter.charCodeAt(0);
  const end = Math.min(text.length, SAMPLE_CHARS);
  let inQuotes = false;
  let fieldStart = true;
  let fields = 1;
  let nonBlank = false;
  for (let i = 0; i < end && counts.length < maxRecords; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 34 && fieldStart) {
      // Only a quote at the start of a field opens a quoted field (RFC 4180; stray inch marks stay literal).
      inQuotes = true;
      fieldStart = false;
      nonBlank = true;
    } else if (c === d) {
      fields++;
      fieldStart = true;
      nonBlank = true;
    } else if (c === 10 || c === 13) {
      if (nonBlank) counts.push(fields);
      fields = 1;
      fieldStart = true;
      nonBlank = false;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else if (c === 32) {
      // leading spaces keep the field open for a quote (" ; " delimiters)
    } else {
      fieldStart = false;
      if (c !== 9) nonBlank = true;
    }
  }
  if (nonBlank && counts.length < maxRecords) counts.push(fields);
  return counts;
}

interface Score {
  value: number;
  /** The first record (the header) splits into about as many fields as most records. */
  headerFits: boolean;
  /** Fields the header record splits into. */
  headerFields: number;
}

/** How consistently the records split into the same number of fields (more fields weigh more). */
function score(counts: number[], headerAt = 0): Score {
  const freq = new Map<number, number>();
  for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
  let best = 0;
  let bestFields = 0;
  for (const [n, f] of freq) {
    if (n < 2) continue;
    // Records with one trailing delimiter more (Chase, Fortuneo) still count as consistent.
    const near = f + (freq.get(n + 1) ?? 0) * 0.9;
    const s = near * Math.min(n - 1, 12);
    if (s > best) {
      best = s;
      bestFields = n;
    }
  }
  // A tie goes to the delimiter that also splits the first record (the header) that way, give or take a trailing
  // delimiter: a comma inside descriptions and decimals can be as regular as the "|" of a file with wider rows.
  const first = counts[headerAt] ?? 0;
  const headerFits = first >= 2 && Math.abs(first - bestFields) <= 1;
  // A tie left after that goes to the delimiter that splits more of the records at all (a preamble line, a
  // header): ";" splits every line of a file whose descriptions hold ",," as well as "," splits its rows.
  let split = 0;
  for (const n of counts) if (n >= 2) split++;
  return { value: best + (headerFits ? 0.01 : 0) + split * 0.00001, headerFits, headerFields: first };
}

/** How close a delimiter that splits the header must come to one that does not, to be preferred to it. */
const HEADER_MARGIN = 0.9;

/** How close it must come when the best one does not split a header of words at all. */
const UNSPLIT_HEADER_MARGIN = 0.5;

/** Picks the delimiter whose field counts are the most consistent (and widest) over the sampled records. */
export function sniffDelimiter(text: string): string {
  const found = headerRecord(text);
  const headerAt = Math.max(0, found);
  const scored = DELIMITERS.map((d) => ({ d, ...score(fieldCounts(text, d), headerAt) }));
  let best: (typeof scored)[number] | undefined;
  for (const s of scored) if (s.value > 0 && (!best || s.value > best.value)) best = s;
  if (!best) return ',';
  // A comma in every description and every decimal can split the rows as regularly as their real tab or
  // semicolon does, but never the header: the delimiter that splits the header wins when it comes close, and
  // from further off when the other leaves a header of words whole.
  if (!best.headerFits) {
    const margin = found >= 0 && best.headerFields === 1 ? UNSPLIT_HEADER_MARGIN : HEADER_MARGIN;
    const fitting = scored.filter((s) => s.headerFits && s.value >= best.value * margin);
    fitting.sort((a, b) => b.value - a.value);
    if (fitting[0]) return fitting[0].d;
  }
  return best.d;
}

/**
 * Which non-blank record is the header, as far as a look at the first lines tells: the first of words without
 * digits ("Date;Description;Amount" below "Account 12345678;Statement export"); -1 when none is.
 */
function headerRecord(text: string): number {
  let record = 0;
  for (const line of text.slice(0, 4096).split('\n').slice(0, 20)) {
    if (line.trim() === '') continue;
    if (isWords(line)) return record;
    record++;
  }
  return -1;
}
