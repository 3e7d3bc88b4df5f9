import { describe, expect, it } from 'vitest';
import { detectTransactionType, detectTypeInOtherScripts } from './transactionType';

describe('detectTransactionType', () => {
  it.each([
    ['VIR RECU 5567257464 DE: ACME SAS MOTIF: SALAIRE MARS 2025', 248046, 'income'],
    ['ORIG CO NAME:ACME CORP ORIG ID:1 CO ENTRY DESCR:PAYROLL SEC:PPD', 325022, 'income'],
    ['ACME GmbH · LOHN GEHALT · Lohn/Gehalt 04/2025', 340020, 'income'],
    ['SALARIS augustus 2025', 310008, 'income'],
    ['NOMINA ACME SL', 210000, 'income'],
    ['CARTE X4821 RETRAIT DAB SG 09/06 20H27 LILLE', -6000, 'cash'],
    ['Bargeldauszahlung Geldautomat 28.06 08.53', -12000, 'cash'],
    ['Geldautomaat Pasvolgnr: 003', -3000, 'cash'],
    ['FRAIS TENUE DE COMPTE', -990, 'fee'],
    ['ENTGELTABSCHLUSS · KOSTEN KONTO QUARTAL', -495, 'fee'],
    ['Kontoführungsgebühr', -495, 'fee'],
    ['MONTHLY SERVICE FEE', -1200, 'fee'],
    ['FACTURES CARTE DEBIT DIFFERE', -84523, 'cardSummary'],
    ['RELEVE DIFFERE CARTE', -84523, 'cardSummary'],
    ['Kreditkartenabrechnung 05/25', -65432, 'cardSummary'],
    ['INTEREST PAYMENT', 45, 'interest'],
    ['INTERESTS PAID', 45, 'interest'],
    ['Kapitalisering av ränta', 312, 'interest'],
    ['Odsetki od środków na rachunku', 87, 'interest'],
    ['Korko 2024', 15, 'interest'],
    ['Renter', 210, 'interest'],
    ['Úroky', 4, 'interest'],
    ['JUROS CHEQUE ESPECIAL', -1830, 'interest'],
    ['AVOIR CARTE X4821 03/03 AMZ*Amazon.fr', 3026, 'refund'],
    ['Zalando SE · GUTSCHRIFT UEBERWEISUNG · Erstattung Retoure', 6820, 'refund'],
    ['PRLV SEPA FREE MOBILE', -2999, 'directDebit'],
    ['Spotify AB · FOLGELASTSCHRIFT · Spotify', -1099, 'directDebit'],
    ['Zelle Payment To OAKWOOD PROPERTY MGMT', -185000, 'transfer'],
    ['CB CARREFOUR CITY 12/03', -1234, 'card'],
    ['STARBUCKS STORE 5073 SEATTLE WA', -540, 'card'],
    ['CARTE X4821 01/02 GRAND FRAIS PARIS', -3210, 'card'],
    ['PAGAMENTO POS ATM MILANO 02/05/2025', -200, 'card'],
    ['LINK ATM London GBR', -3000, 'cash'],
    ['AMZN Mktp US*8W65NZ', 2366, 'other'],
  ] as const)('%s → %s', (raw, amount, type) => {
    expect(detectTransactionType(raw, amount)).toBe(type);
  });
});

describe('detectTypeInOtherScripts', () => {
  it('tells salaries, fees, cash, direct debits, card payments and transfers in Japanese, Korean, Chinese, Cyrillic', () => {
    const cases: [string, number, string | null][] = [
      ['振込 · キユウヨ　アクメ', 285000, 'income'],
      ['ｷﾕｳﾖ ｱｸﾒ', 285000, 'income'],
      ['급여 에이씨엠이', 3500000, 'income'],
      ['工资', 800000, 'income'],
      ['Зарплата ООО Ромашка', 5000000, 'income'],
      ['振込手数料', -220, 'fee'],
      ['ＡＴＭ', -20000, 'cash'],
      ['Снятие наличных', -500000, 'cash'],
      ['口座振替 · トウキヨウデンリヨク', -8210, 'directDebit'],
      ['カード · セブンイレブン', -648, 'card'],
      ['振込 · ヤマダ　タロウ', 5000, 'transfer'],
      ['转账 张三', -10000, 'transfer'],
      ['給与', -1000, null],
      ['SALARY ACME', 285000, null],
    ];
    for (const [text, amount, want] of cases) expect(detectTypeInOtherScripts(text, amount), text).toBe(want);
  });
  it('tells them in Greek, Hebrew, Arabic, Persian and Thai', () => {
    const cases: [string, number, string | null][] = [
      ['ΜΙΣΘΟΔΟΣΙΑ ΜΑΡΤΙΟΥ', 215000, 'income'],
      ['משכורת', 1200000, 'income'],
      ['تحويل راتب', 1800000, 'income'],
      ['واریز حقوق دی ماه', 25000000000, 'income'],
      ['เงินเดือน', 3000000, 'income'],
      ['ΑΝΑΛΗΨΗ ΑΤΜ', -5000, 'cash'],
      ['سحب نقدي - صراف آلي', -200000, 'cash'],
      ['عمولة تحويل', -500, 'fee'],
      ['انتقال کارت به کارت', -1000000000, 'transfer'],
      ['העברה לחשבון', -50000, 'transfer'],
    ];
    for (const [text, amount, want] of cases) expect(detectTypeInOtherScripts(text, amount), text).toBe(want);
  });
});
