import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';

const OFX_SGML = [
  'OFXHEADER:100',
  'DATA:OFXSGML',
  'VERSION:102',
  '',
  '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>',
  '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-12.50<NAME>COFFEE</STMTTRN>',
].join('\n');
const OFX_XML =
  '<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="220"?>\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>';
const QIF = '!Type:Bank\nD01/05/2024\nT-12.50\nPCOFFEE\n^\n';
const MT940 =
  ':20:STARTUMS\n:25:12345678/0012345678\n:28C:00001/001\n:60F:C240105EUR1000,00\n:61:2401050105DR12,50NMSCNONREF\n';
const CAMT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt/></Document>';
const HTML_XLS =
  '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Date</td><td>Amount</td></tr></table></body></html>';

describe('the other formats banks offer beside CSV', () => {
  it.each([
    ['OFX (SGML)', OFX_SGML, 'ofx'],
    ['OFX (XML)', OFX_XML, 'ofx'],
    ['QIF', QIF, 'qif'],
    ['MT940', MT940, 'mt940'],
    ['CAMT.053', CAMT, 'xml'],
    ['a web page saved as .xls', HTML_XLS, 'html'],
  ])('says what a %s file is and what to download instead', (_name, text, code) => {
    const reading = readText(text);
    expect(reading.fatal?.code).toBe(code);
    expect(reading.fatal?.message).toMatch(/CSV/);
  });

  it('leaves CSV files alone, angle brackets and exclamation marks in their cells included', () => {
    const csv =
      'Date,Description,Amount\n2024-01-05,<b>SHOP</b> <table> !Type,-12.50\n2024-01-06,:20: REF,-3.00\n';
    const reading = readText(csv);
    expect(reading.fatal).toBeUndefined();
    expect(reading.rows).toHaveLength(2);
  });
});
