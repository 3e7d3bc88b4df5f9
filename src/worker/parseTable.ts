import Papa from 'papaparse';
import type { TableParser } from '../core/import/types';

/** How much of the text PapaParse reads to guess its line endings. */
const GUESSED_SPAN = 1024 * 1024;

/**
 * PapaParse's guess when the span it reads holds no carriage return: it would find the same by removing every
 * quoted stretch of that megabyte and splitting what is left twice, which a large file pays on every import.
 */
function knownLineEnding(text: string): '\n' | undefined {
  const firstReturn = text.indexOf('\r');
  return firstReturn < 0 || firstReturn >= GUESSED_SPAN ? '\n' : undefined;
}

/** PapaParse with a known delimiter: quotes, embedded delimiters and line breaks handled per RFC 4180. */
export const parseTableWithPapa: TableParser = (text, delimiter) => {
  const newline = knownLineEnding(text);
  return Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    dynamicTyping: false,
    ...(newline ? { newline } : {}),
  }).data;
};
