import { describe, expect, it } from 'vitest';
import { currencyFromHeader, headerMeaning } from './headerRoles';

const role = (name: string) => headerMeaning(name)?.role ?? null;

describe('headerMeaning', () => {
  it('knows dates in many languages', () => {
    for (const n of [
      'Date',
      'Posting Date',
      'Transaction Date',
      'Buchungstag',
      'Buchungsdatum',
      'Datum',
      "Date de l'opération",
      'Fecha',
      'Data operazione',
      'dateOp',
      'Started Date',
      'Umsatztag',
    ]) {
      expect(role(n), n).toBe('date');
    }
    for (const n of [
      'Valutadatum',
      'Wertstellung (Valuta)',
      'Value Date',
      'Date de valeur',
      'dateVal',
      'Wert',
      'Value Dat',
    ]) {
      expect(role(n), n).toBe('valueDate');
    }
  });
  it('knows money columns', () => {
    for (const n of [
      'Amount',
      'Betrag',
      'Montant',
      'Bedrag (EUR)',
      'Importe',
      'Importo',
      'Umsatz in EUR',
      'Amount (USD)',
      'CAD$',
      "Montant de l'opération",
      'Transaction Amount',
    ]) {
      expect(role(n), n).toBe('amount');
    }
    for (const n of [
      'Debit',
      'Débit',
      'Soll',
      'Paid out',
      'Money Out',
      'Débit euros',
      'Debit Amount',
      'Outflow',
      'Zahlungsbetrag ausgehend',
    ])
      expect(role(n), n).toBe('debit');
    for (const n of [
      'Credit',
      'Crédit',
      'Haben',
      'Paid in',
      'Money In',
      'Crédit euros',
      'Inflow',
      'Zahlungsbetrag eingehend',
    ])
      expect(role(n), n).toBe('credit');
    for (const n of [
      'Balance',
      'Saldo',
      'Solde',
      'Saldo na mutatie',
      'Saldo nach Buchung',
      'Running Bal.',
      'RunningBalance',
      'Kontostand',
    ]) {
      expect(role(n), n).toBe('balance');
    }
    expect(role('Af Bij')).toBe('direction');
    expect(role('Debit/Credit')).toBe('direction');
    expect(role('S/H')).toBe('direction');
  });
  it('does not take side columns for the amount', () => {
    for (const n of [
      'Local amount',
      'Original Amount',
      'Lastschrift Ursprungsbetrag',
      'Montant(FRANCS)',
      'Betrag (Fremdwährung)',
      'Exchange Rate',
      'Balance currency',
      'Gekennzeichneter Umsatz',
      'Compensation amount',
    ]) {
      expect(role(n), n).toBe('ignore');
    }
  });
  it('reads short and numbered names of the text columns', () => {
    for (const n of ['desc', 'VWZ1', 'VWZ14', 'Reason', 'Zahlungsreferenz'])
      expect(role(n), n).toBe('description');
    expect(role('Transaktions-ID')).toBe('ignore');
  });
  it('reads Belgian, Lithuanian and French PayPal names, and leaves the counterparty account out', () => {
    expect(role('Uitvoeringsdatum')).toBe('date');
    expect(role('Valuta rekening')).toBe('currency');
    expect(role('Valiuta')).toBe('currency');
    expect(role('Nom')).toBe('description');
    expect(role('Nom de la banque')).not.toBe('description');
    expect(role('N° de transaction')).toBe('ignore');
    expect(role('Numéro de la transaction de référence')).toBe('ignore');
    expect(role('Payee Account Number')).toBe('ignore');
  });
  it('reads names written as one word, and side columns of card exports', () => {
    const roles = Object.fromEntries(
      [
        'ValutaDate',
        'BookDate',
        'TransactionDate',
        'MerchantName',
        'StateType',
        'Merchant Category',
        'Originalbetrag',
        'Buchungsbetrag',
        'Buchungswährung',
        'Gebührenschlüssel',
        'Umsatz getätigt von',
        'Currency Amount',
        'Deviza',
        'Jogosult',
        '入出金(円)',
        '入出金内容',
      ].map((name) => [name, role(name)]),
    );
    expect(roles).toEqual({
      ValutaDate: 'valueDate',
      BookDate: 'date',
      TransactionDate: 'date',
      MerchantName: 'description',
      StateType: 'status',
      'Merchant Category': 'category',
      Originalbetrag: 'ignore',
      Buchungsbetrag: 'amount',
      Buchungswährung: 'currency',
      Gebührenschlüssel: 'ignore',
      'Umsatz getätigt von': 'ignore',
      'Currency Amount': 'ignore',
      Deviza: 'currency',
      Jogosult: 'description',
      '入出金(円)': 'amount',
      入出金内容: 'description',
    });
  });
  it('reads Hungarian, Romanian and Czech names', () => {
    expect(role('Tranzakció összege')).toBe('amount');
    expect(role('Tranzakció devizaneme')).toBe('currency');
    expect(role('Detalii tranzactie')).toBe('description');
    expect(role('Balanta')).toBe('balance');
    expect(role('Číslo účtu')).toBe('account');
    expect(role('Id transakce')).toBe('ignore');
    expect(role('Action')).toBe('description');
    expect(role('Disponibile')).toBe('balance');
    expect(role('Comercio')).toBe('description');
  });
  it('ranks description parts: counterparty, label, booking text, purpose', () => {
    expect(headerMeaning('Beguenstigter/Zahlungspflichtiger')).toEqual({ role: 'description', rank: 0 });
    expect(headerMeaning('Naam / Omschrijving')).toEqual({ role: 'description', rank: 0 });
    expect(headerMeaning('Libellé')).toEqual({ role: 'description', rank: 1 });
    expect(headerMeaning('Buchungstext')).toEqual({ role: 'description', rank: 2 });
    expect(headerMeaning('Verwendungszweck')).toEqual({ role: 'description', rank: 3 });
    expect(headerMeaning('Mededelingen')).toEqual({ role: 'description', rank: 3 });
  });
  it('knows account, currency and status columns', () => {
    expect(role('Auftragskonto')).toBe('account');
    expect(role('Account #')).toBe('account');
    expect(role('Card No.')).toBe('account');
    expect(role('IBAN Auftragskonto')).toBe('account');
    expect(role('Bezeichnung Auftragskonto')).toBe('ignore');
    expect(role('Waehrung')).toBe('currency');
    expect(role('Devise')).toBe('currency');
    expect(headerMeaning('Valuta')).toMatchObject({ role: 'currency', weak: true });
    expect(role('Status')).toBe('status');
    expect(role('Info')).toBe('status');
    expect(role('Kontonummer/IBAN')).toBe('ignore');
    expect(role('Something else')).toBeNull();
  });
});

describe('currencyFromHeader', () => {
  it('reads currency codes and symbols in names', () => {
    expect(currencyFromHeader('Bedrag (EUR)')).toBe('EUR');
    expect(currencyFromHeader('valor (R$)')).toBe('BRL');
    expect(currencyFromHeader('거래금액(원)')).toBe('KRW');
    expect(currencyFromHeader('Tutar (₺)')).toBe('TRY');
    expect(currencyFromHeader('Částka (Kč)')).toBe('CZK');
    expect(currencyFromHeader('Összeg (Ft)')).toBe('HUF');
    expect(currencyFromHeader('Amount ($)')).toBeUndefined();
    expect(currencyFromHeader('Amount (GBP)')).toBe('GBP');
    expect(currencyFromHeader('Betrag (€)')).toBe('EUR');
    expect(currencyFromHeader('CAD$')).toBe('CAD');
    expect(currencyFromHeader('Débit euros')).toBe('EUR');
    expect(currencyFromHeader('Amount')).toBeUndefined();
  });
  it('takes 円, 元 and 원 for a unit, not for a letter of a word', () => {
    expect(currencyFromHeader('金额(元)')).toBe('CNY');
    expect(currencyFromHeader('金額（円）')).toBe('JPY');
    expect(currencyFromHeader('ご利用金額（キャッシングでは元金になります）')).toBeUndefined();
    expect(currencyFromHeader('원금')).toBeUndefined();
  });
});
