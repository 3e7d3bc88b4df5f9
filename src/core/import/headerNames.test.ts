import { describe, expect, it } from 'vitest';
import { currencyFromHeader, headerMeaning } from './headerRoles';

/** Column names met in banks' exports around the world, by the place they were met. */

const role = (name: string) => headerMeaning(name)?.role ?? null;

describe('headerMeaning beyond Western Europe', () => {
  it('reads Cyrillic, CJK, Polish and Nordic names', () => {
    const cases: [string, string][] = [
      ['Дата и час', 'date'],
      ['Дата операции', 'date'],
      ['Приход', 'credit'],
      ['Разход', 'debit'],
      ['Сумма операции', 'amount'],
      ['Остаток', 'balance'],
      ['Описание', 'description'],
      ['交易日期', 'date'],
      ['金额', 'amount'],
      ['余额', 'balance'],
      ['Kwota', 'amount'],
      ['Tytuł', 'description'],
      ['Beløb', 'amount'],
      ['Bokföringsdag', 'date'],
      ['Bogført', 'date'],
      ['Bokført', 'date'],
      ['Buchungsdetails', 'description'],
      ['MONTO', 'amount'],
      ['קטגוריה', 'category'],
      ['Referens', 'description'],
      ['AMT', 'amount'],
      ['Instr Amt', 'ignore'],
      ['Primary / Addon Customer Name', 'ignore'],
      ['Umsatztext', 'description'],
    ];
    for (const [name, want] of cases) expect(role(name), name).toBe(want);
  });
  it("takes the other party's account for neither the statement's account nor its text", () => {
    for (const name of [
      'Counterparty account',
      'Compte de la contrepartie',
      'Gegenkonto',
      'Numer rachunku odbiorcy',
      'Payee account',
      'Cuenta contraparte',
    ])
      expect(role(name), name).toBe('ignore');
    expect(role('Account number')).toBe('account');
    expect(role('Auftragskonto')).toBe('account');
    expect(headerMeaning('Bogført')).toEqual({ role: 'date', rank: 1 });
  });
  it('recovers names re-encoded lossily (U+FFFD for an accented letter)', () => {
    expect(role('D\ufffdbit')).toBe('debit');
    expect(role('Cr\ufffddit')).toBe('credit');
    expect(role('libell\ufffd')).toBe('description');
  });
  it("reads the bank's category columns as 'category', parent before sub-category", () => {
    expect(headerMeaning('Catégorie')).toEqual({ role: 'category', rank: 1 });
    expect(headerMeaning('Sous-catégorie')).toEqual({ role: 'category', rank: 2 });
    expect(headerMeaning('categoryParent')).toEqual({ role: 'category', rank: 0 });
    expect(role('Category')).toBe('category');
    expect(role('Kategorie')).toBe('category');
  });
  it('knows net beside gross, foreign amounts, and sign columns', () => {
    expect(headerMeaning('Net')).toEqual({ role: 'amount', rank: 0 });
    expect(headerMeaning('Gross')).toEqual({ role: 'amount', rank: 1 });
    expect(role('Intl.Amount')).toBe('ignore');
    expect(role('BillingAmountSign')).toBe('direction');
    expect(currencyFromHeader('Amount(in Rs)')).toBe('INR');
  });
});

describe('headerMeaning in more scripts and short names', () => {
  it('reads Greek, Hebrew, Arabic, Japanese and Korean names, and DR/CR/BAL', () => {
    const cases: [string, string][] = [
      ['Ημερομηνία', 'date'],
      ['Ποσό', 'amount'],
      ['תאריך', 'date'],
      ['סכום', 'amount'],
      ['التاريخ', 'date'],
      ['الرصيد', 'balance'],
      ['お引出し', 'debit'],
      ['お預入れ', 'credit'],
      ['거래일자', 'date'],
      ['출금액', 'debit'],
      ['입금액', 'credit'],
      ['DR', 'debit'],
      ['CR', 'credit'],
      ['BAL', 'balance'],
      ['Dane kontrahenta', 'description'],
      ['Transaction Remarks', 'description'],
      ['Categories', 'category'],
    ];
    for (const [name, want] of cases) expect(role(name), name).toBe(want);
  });
});

describe('headerMeaning in Baltic, Balkan and Central European banks', () => {
  it('reads their names for date, amount, description, balance and sides', () => {
    const cases: [string, string][] = [
      ['Kuupäev', 'date'],
      ['Summa', 'amount'],
      ['Selgitus', 'description'],
      ['Deebet/Kreedit', 'direction'],
      ['Iznos', 'amount'],
      ['Stanje', 'balance'],
      ['Isplata', 'debit'],
      ['Uplata', 'credit'],
      ['Sold', 'balance'],
      ['Descriere', 'description'],
    ];
    for (const [name, want] of cases) expect(role(name), name).toBe(want);
  });
});

describe('currency and own-account columns in Dutch exports', () => {
  it('reads “Valutacode” as the currency and “Rekeningnummer” as the account, not “Tegenrekeningnummer”', () => {
    expect(headerMeaning('Rekeningnummer')?.role).toBe('account');
    expect(headerMeaning('Valutacode')?.role).toBe('currency');
    expect(headerMeaning('Tegenrekeningnummer')?.role).not.toBe('account');
  });
});

describe('names met in Belgian, Hungarian, Japanese, Singapore and wallet exports', () => {
  it('reads them', () => {
    const cases: [string, string][] = [
      ['Devies', 'currency'],
      ['Card Holder Full Name', 'ignore'],
      ['Egyenleg', 'balance'],
      ['Terhelés', 'debit'],
      ['Jóváírás', 'credit'],
      ['Értéknap', 'valueDate'],
      ['Disponible', 'balance'],
      ['saldos (R$)', 'balance'],
      ['Transaction Ref1', 'description'],
      ['利用日', 'date'],
      ['利用店名・商品名', 'description'],
      ['支払い金額', 'debit'],
      ['預かり金額', 'credit'],
    ];
    for (const [name, want] of cases) expect(headerMeaning(name)?.role, name).toBe(want);
    // A Japanese bank's payee (摘要内容) comes before the kind of payment (摘要) in the description.
    expect(headerMeaning('摘要内容')?.rank).toBe(0);
    expect(headerMeaning('摘要')?.rank).toBe(1);
  });
});

describe('names met in Vietnamese, Baltic, Slovenian, Bulgarian and M-Pesa statements', () => {
  it('reads them', () => {
    const cases: [string, string][] = [
      ['Ngày giao dịch', 'date'],
      ['Ngày hiệu lực', 'valueDate'],
      ['Số tiền ghi nợ', 'debit'],
      ['Số tiền ghi có', 'credit'],
      ['Số tiền', 'amount'],
      ['Số dư', 'balance'],
      ['Diễn giải', 'description'],
      ['Nội dung', 'description'],
      ['Likutis', 'balance'],
      ['Atlikums', 'balance'],
      ['Breme', 'debit'],
      ['Dobro', 'credit'],
      ['Дебит', 'debit'],
      ['Withdrawn', 'debit'],
      ['Paid In', 'credit'],
    ];
    for (const [name, want] of cases) expect(headerMeaning(name)?.role, name).toBe(want);
  });
});

describe('indicator and in/out columns of camt-style and wallet exports', () => {
  it('reads them', () => {
    expect(headerMeaning('CdtDbtInd')?.role).toBe('direction');
    expect(headerMeaning('Credit/Debit Indicator')?.role).toBe('direction');
    expect(headerMeaning('Amount Out')?.role).toBe('debit');
    expect(headerMeaning('Amount In')?.role).toBe('credit');
    expect(headerMeaning('Amount(in Rs)')?.role).toBe('amount');
  });
});

describe('names met in Greek, Argentine and Malaysian exports', () => {
  it('reads them', () => {
    const cases: [string, string][] = [
      ['Πρόσημο ποσού', 'direction'],
      ['Débitos', 'debit'],
      ['Créditos', 'credit'],
      ['Origen', 'ignore'],
      ['Número de Comprobante', 'ignore'],
      ['Observaciones Cliente', 'description'],
      ['Tipo de Movimiento', 'description'],
    ];
    for (const [name, want] of cases) expect(headerMeaning(name)?.role, name).toBe(want);
  });
});

describe('Persian and Arabic names', () => {
  it('reads them in either spelling of ye and kaf', () => {
    const cases: [string, string][] = [
      ['تاریخ', 'date'],
      ['تاريخ', 'date'],
      ['برداشت', 'debit'],
      ['بدهکار', 'debit'],
      ['بدهكار', 'debit'],
      ['واریز', 'credit'],
      ['واريز', 'credit'],
      ['بستانکار', 'credit'],
      ['بستانكار', 'credit'],
      ['مانده', 'balance'],
      ['مدين', 'debit'],
      ['دائن', 'credit'],
    ];
    for (const [name, want] of cases) expect(headerMeaning(name)?.role, name).toBe(want);
  });
});

describe('Swiss debit and credit names', () => {
  it('reads them in German and French, with a currency after them', () => {
    const cases: [string, string][] = [
      ['Belastung', 'debit'],
      ['Belastung CHF', 'debit'],
      ['Gutschrift', 'credit'],
      ['Gutschrift CHF', 'credit'],
      ['Lastschrift', 'debit'],
      ['Montant débité (CHF)', 'debit'],
      ['Montant crédité (CHF)', 'credit'],
    ];
    for (const [name, want] of cases) expect(headerMeaning(name)?.role, name).toBe(want);
  });
});

describe('Chinese card statement names', () => {
  it('reads the deposit and spending columns of a card bill', () => {
    expect(headerMeaning('存入')?.role).toBe('credit');
    expect(headerMeaning('支出')?.role).toBe('debit');
  });
  it("ranks a wallet's paid sum before its order sum", () => {
    expect(headerMeaning('实付金额')).toMatchObject({ role: 'amount', rank: 0 });
    expect(headerMeaning('订单金额')).toMatchObject({ role: 'amount', rank: 1 });
  });
});

describe('Japanese card bill names', () => {
  it('reads the date of use, the amount used and the amount billed', () => {
    expect(headerMeaning('ご利用年月日')?.role).toBe('date');
    expect(headerMeaning('取引年月日')?.role).toBe('date');
    expect(headerMeaning('ご利用額')).toMatchObject({ role: 'amount', rank: 0 });
    expect(headerMeaning('ご請求額（うち手数料・利息）')).toMatchObject({ role: 'amount', rank: 1 });
  });
});

describe('Austrian party columns', () => {
  it("reads the parties' names as the description and their account numbers as nothing", () => {
    expect(headerMeaning('Auftraggebername')?.role).toBe('description');
    expect(headerMeaning('Empfängername')?.role).toBe('description');
    expect(headerMeaning('Auftraggeber IBAN/Kto.Nr.')?.role).toBe('ignore');
    expect(headerMeaning('Empfänger IBAN/Kto.Nr.')?.role).toBe('ignore');
    expect(headerMeaning('IBAN Auftragskonto')?.role).toBe('account');
  });
});

describe('currency and balance names of wallets and Irish and Dutch banks', () => {
  it('reads them', () => {
    expect(headerMeaning('Payment currency')?.role).toBe('currency');
    expect(headerMeaning('Posted Currency')?.role).toBe('currency');
    expect(headerMeaning('Fee currency')?.role).toBe('ignore');
    expect(headerMeaning('Bal After Bkng')?.role).toBe('balance');
    expect(headerMeaning('Měna účtu')?.role).toBe('currency');
    expect(headerMeaning('Původní částka a měna')?.role).toBe('ignore');
  });
});
