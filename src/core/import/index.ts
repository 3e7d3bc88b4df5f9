/**
 * CSV import engine: bytes of a bank export → normalized transactions.
 * decode (BOM, UTF-8, Windows-1252, UTF-16) → sniff delimiter → parse table (injected PapaParse) → find header →
 * column roles (names in six languages, else values) → date order, decimal mark, sign → rows + line errors.
 */
export * from './types';
export { readStatement } from './readStatement';
export { decodeBytes, detectFatal } from './decode';
export { profileSignature } from './signature';
export { sniffDelimiter } from './sniffDelimiter';
export { parseAmount } from './parseAmount';
export { parseDate } from './parseDate';
export { PRESETS, matchPreset } from './presets';
export { describeReading } from './readingSummary';
export type { ReadingSummary, ReadingFacts, SignSource } from './readingSummary';
export type { DateOrderSource } from './dateEvidence';
