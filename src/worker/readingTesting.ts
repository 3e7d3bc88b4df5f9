import { readStatement } from '../core/import';
import type { ReadOptions, StatementReading } from '../core/import/types';
import { parseTableWithPapa } from './parseTable';

/** A statement's text read as the import worker reads a dropped file of it (tests of the reader). */
export const readText = (text: string, options: ReadOptions = {}): StatementReading =>
  readStatement(new TextEncoder().encode(text), parseTableWithPapa, options);
