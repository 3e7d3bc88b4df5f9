import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readStatement } from '../../core/import/readStatement';
import { en, type MessageKey } from '../../i18n/en';
import { formatMessage } from '../../i18n/format';
import { readingLine } from './readingLine';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
  formatMessage(en[key], params, 'en');

describe('readingLine', () => {
  it('says how many pending payments not booked yet were left out', () => {
    const text =
      'Date,Status,Description,Credit,Debit\n01 Jan 25,Processed,SHOP,,10.99\nPending,Pending,COLES EXPRESS,,45.63\nPending,Pending,HOTEL,,29.70\n19 Oct 25,Processed,REFUND,3.14,\n';
    const reading = readStatement(new TextEncoder().encode(text), parseTable);
    expect(reading.rows.map((row) => row.amount)).toEqual([-1099, 314]);
    expect(reading.summary.skipped.undatedPending).toBe(2);
    expect(readingLine(reading.summary, t)).toContain('2 pending payments not booked yet left out');
  });
});
