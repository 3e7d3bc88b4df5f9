import { describe, expect, it } from 'vitest';
import { fieldCounts, sniffDelimiter } from './sniffDelimiter';

describe('sniffDelimiter', () => {
  it('takes a tilde for the delimiter where it splits the records alike (HDFC card statements)', () => {
    const hdfc =
      'Name~A Person\nStatement Date~13/01/2025\nTotal Amount Due~2,460.00\n\nTransaction type~Customer Name~DATE~Description~AMT~Debit / Credit\nDomestic~X~09/01/2025 19:09:21~Shop~622.11~\nDomestic~X~10/01/2025 20:12:55~Swiggy~1,153.00~\nDomestic~X~11/01/2025 10:58:50~Refund~100.00~Cr\n';
    expect(sniffDelimiter(hdfc)).toBe('~');
  });
  it('finds , ; tab and |', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\r\n1;2;3\r\n4;5;6\r\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });
  it('breaks a tie with the header: commas in every row are not the delimiter of a "|" file with a wider row', () => {
    const text = [
      'Date|Description|Amount',
      '14/01/2019|Café Müller ,|-0,01|REF ABC|Details siehe Beleg',
      '01/01/2019|Café Müller ,|0,01',
      '01/01/2019|Café Müller ,|-0,01',
    ].join('\n');
    expect(sniffDelimiter(text)).toBe('|');
    // Data rows ending in a delimiter the header lacks.
    const tabs =
      'Date\tDescription\tAmount\n14/01/2019\tCafé ,\t-0,01\tREF\tX\t\n01/01/2019\tCafé ,\t0,01\t\n';
    expect(sniffDelimiter(tabs)).toBe('\t');
  });
  it('takes the delimiter that splits the header when a comma in every description and decimal comes close', () => {
    const tab =
      'Date\tDescription\tAmount\n14/01/2019\tCafé ,\t-0,01\tREF ABC\tDetails\n01/01/2019\tCafé ,\t0,01\n01/01/2019\tCafé ,\t-0,01\n01/01/2019\tCafé ,\t0,01\tREF\n';
    expect(sniffDelimiter(tab)).toBe('\t');
    const semicolon =
      'Account 12345678;Statement export\nDate;Description;Amount\n14/01/2019;Café;-0,01;REF ABC;Details;\n01/01/2019;Café ,,;0,01;\n01/01/2019;Café ,,;-0,01;\n';
    expect(sniffDelimiter(semicolon)).toBe(';');
  });
  it('prefers semicolons over decimal commas', () => {
    const text =
      'Datum;Text;Betrag\n01.02.2025;Miete, Februar;-950,00\n02.02.2025;REWE;-12,50\n03.02.2025;Lohn;2480,46\n';
    expect(sniffDelimiter(text)).toBe(';');
  });
  it('ignores delimiters and line breaks inside quotes', () => {
    const text = 'Date,Description,Amount\n"01/02/2025","A; B; C\nD; E",-1.00\n"01/03/2025","X;Y;Z",2.00\n';
    expect(sniffDelimiter(text)).toBe(',');
    expect(fieldCounts(text, ',')).toEqual([3, 3, 3]);
  });
  it('survives a preamble and trailing delimiters (Société Générale, Chase)', () => {
    const sg =
      '="2754233851487884";01/01/2025;31/03/2025;40;31/03/2025;5718,49 EUR\n\nDate;Libellé;Détail;Montant;Devise\n27/03/2025;VIR;VIR RECU;2480,46;EUR\n26/03/2025;CARTE;CARTE X;-19,38;EUR\n';
    expect(sniffDelimiter(sg)).toBe(';');
    const chase =
      'Details,Posting Date,Description,Amount\nDEBIT,05/03/2025,"SPOTIFY",-10.99,,\nDEBIT,05/01/2025,"ZELLE",-1850.00,,\n';
    expect(sniffDelimiter(chase)).toBe(',');
  });
});

describe('sniffDelimiter with stray quotes', () => {
  it('keeps literal quotes inside unquoted fields from swallowing delimiters', () => {
    const text =
      'Date;Text;Amount\n01.02.2025;TV 55" screen;-499,00\n02.02.2025;Cable 2";-9,00\n03.02.2025;Coffee;-3,00\n';
    expect(sniffDelimiter(text)).toBe(';');
    expect(fieldCounts(text, ';')).toEqual([3, 3, 3, 3]);
  });
});

describe('sniffDelimiter when commas split the rows more widely than the real delimiter', () => {
  it('keeps the delimiter of a header of words that a comma leaves whole', () => {
    const text =
      'Date|Description|Amount\n01/01/2019|Café Müller ,,|0,01|REF ABC|Details siehe Beleg\n01/01/2019|Café Müller ,,|0,01\n01/01/2019|Café Müller|0,01\n01/01/2019|Café Müller ,,|0,01|REF ABC\n';
    expect(sniffDelimiter(text)).toBe('|');
  });
});
