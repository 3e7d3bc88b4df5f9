import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseTableWithPapa } from './parseTable';

/** PapaParse left to guess the line endings itself. */
const guessed = (text: string, delimiter: string): string[][] =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false }).data;

describe('parseTableWithPapa', () => {
  const texts = [
    'Date,Amount\n2025-01-02,1.00\n',
    'Date,Amount\r\n2025-01-02,1.00\r\n',
    'Date,Amount\r2025-01-02,1.00\r',
    'Date;Text\n01.02.2025;"two\r\nlines"\n02.02.2025;"a ""quoted"" word"\n',
    'Date,Text\r\n2025-01-02,"line\nbreak"\r\n',
    '"unclosed,quote\n1,2\n',
    '',
    '\n\n',
    `Date,Text\n${'2025-01-02,SHOP\n'.repeat(70_000)}2025-01-03,LATE\r\n`,
  ];
  it('reads every text as PapaParse guessing its line endings does', () => {
    for (const text of texts) {
      const delimiter = text.includes(';') ? ';' : ',';
      expect(parseTableWithPapa(text, delimiter), JSON.stringify(text.slice(0, 40))).toEqual(
        guessed(text, delimiter),
      );
    }
  });
  it('keeps a carriage return inside a line-feed file as text', () => {
    expect(parseTableWithPapa('a,b\nc\rd,e\n', ',')).toEqual([['a', 'b'], ['c\rd', 'e'], ['']]);
  });
});
