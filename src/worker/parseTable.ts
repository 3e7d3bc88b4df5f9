import Papa from 'papaparse';
import type { TableParser } from '../core/import/types';

/** PapaParse with a known delimiter: quotes, embedded delimiters and line breaks handled per RFC 4180. */
export const parseTableWithPapa: TableParser = (text, delimiter) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false }).data;
