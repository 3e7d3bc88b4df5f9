import { describe, expect, it } from 'vitest';
import { findHeader } from './findHeader';

const t = (text: string, d = ';') => text.split('\n').map((l) => l.split(d));

describe('findHeader', () => {
  it('finds the header at the top', () => {
    expect(findHeader(t('Date,Description,Amount\n01/02/2025,X,1.00', ','))).toBe(0);
  });
  it('skips a preamble, even one that starts with "Date" (La Banque Postale)', () => {
    const text =
      'Numéro Compte   ;0123456X020\nType   ;CCP\nDate  ;16/05/2025\nSolde (EUROS)  ;1 234,56\n\nDate;Libellé;Montant(EUROS)\n15/05/2025;CB;-1,00';
    expect(findHeader(t(text))).toBe(5);
  });
  it('skips a summary block that has its own little table (Bank of America)', () => {
    const text =
      'Description,,Summary Amt.\nBeginning balance as of 05/01/2025,,"4,000.00"\nTotal credits,,"1,000.00"\n\nDate,Description,Amount,Running Bal.\n05/01/2025,X,-1.00,3999.00';
    expect(findHeader(t(text, ','))).toBe(4);
  });
  it('skips a summary line of "label: value" cells that name a date and money (Axis Bank card)', () => {
    const text =
      ",,Opening Balance  INR: 1250.00,,Payment Due Date: 05 Oct '22,,Total Payment Due  INR: 3400.00\nTransactions:\n,Transaction Date,Transaction Details,Amount in INR,\n,14 Sep '22,SWIGGY,419.00,";
    expect(findHeader(t(text, ','))).toBe(2);
  });
  it('takes the first complete header when a file has several sections', () => {
    const text =
      'Buchungstag;Wertstellung (Valuta);Vorgang;Buchungstext;Umsatz in EUR\n01.01.2025;01.01.2025;X;Y;-1,00\n\nBuchungstag;Umsatztag;Vorgang;Referenz;Buchungstext;Umsatz in EUR\n01.01.2025;01.01.2025;X;1;Y;-1,00';
    expect(findHeader(t(text))).toBe(0);
  });
  it('accepts unknown header names right above data', () => {
    expect(findHeader(t('Pvm;Selitys;Summa\n01.02.2025;K-Market;-12,50'))).toBe(0);
  });
  it('returns -1 for headerless files', () => {
    expect(findHeader(t('01/02/2025,COFFEE,-3.50\n02/02/2025,TEA,-2.00', ','))).toBe(-1);
  });
});
