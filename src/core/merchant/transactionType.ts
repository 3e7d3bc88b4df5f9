/**
 * Transaction type from the raw descriptor and the signed amount (minor units), multilingual
 * (EN/FR/DE/NL/ES/IT). Order matters: card summaries, cash, fees, interest, refunds, income, transfers,
 * direct debits, then card payments.
 */
import { toKey } from './fold';

export type TransactionType =
  | 'card'
  | 'directDebit'
  | 'transfer'
  | 'income'
  | 'cash'
  | 'fee'
  | 'refund'
  | 'cardSummary'
  | 'interest'
  | 'other';

const re = (words: string): RegExp => new RegExp(`(?:^| )(?:${words})(?: |$)`);

/** Deferred-debit card monthly totals: excluded from spending. */
const CARD_SUMMARY = re(
  'international card services|betaling aan ics|factures? cartes?(?: [a-z]+)*? (?:differe|debit differe)|releve differe|releve (?:carte|cb)|total (?:des )?(?:factures|operations) cartes?|debit differe|cb differe|kreditkartenabrechnung|kreditkarte abrechnung|abrechnung kreditkarte|kreditkartenumsaetze|visa abrechnung|creditcard afrekening|afrekening creditcard|icscards|liquidacion tarjeta|estratto conto carta|addebito carta di credito|saldo carta di credito',
);
const CASH = re(
  'kaeteisnosto|uttag|kontantuttak|kontanthaevning|haeveautomat|kateisnosto|levantamento|wyplata|bankomacie|bankomat|minibank|abm|wdl|auszahlung|cash at|retrait(?: dab| au distributeur| especes)?|dab|atm withdrawal|atm wdl|link atm|cash withdrawal|withdrwl|bargeldauszahlung|bargeld|geldautomat|geldautomaat|gea|opname|geldopname|cajero|retirada(?: de efectivo)?|reintegro|prelievo(?: bancomat| contanti)?|bancomat|cash machine',
);
const FEE = re(
  'fee|kosten gebruik|kosten betaalrekening|kosten betaalpakket|kosten rekening|[a-z]*entgelt|[a-z]*gebuehr|[a-z]*avgift|gebyr|palvelumaksu|oplata|prowizja|comissao|manutencao|account fee|plan fee|a c fee|fees|account maintenance fee|cuota|frais(?! de port)|cotisation (?:carte|visa|mastercard|cb|compte|offre|forfait|formule|package)|commission(?:s)?|agios|entgelt|entgeltabschluss|kontofuehrung|kontofuehrungsgebuehr|kosten konto|kontoabschluss|abschluss|gebuehr|gebuehren|monthly service fee|service fee|monthly fee|maintenance fee|overdraft fee|foreign transaction fee|atm fee|annual fee|late fee|bankkosten|oranjepakket|comision(?:es)?|comisiones|mantenimiento|commissione|commissioni|canone|imposta di bollo',
);
const INTEREST = re(
  'dividend|dividends|dividende|dividenden|dividendo|interest(?! charge)|interests|interest payment|interest paid|monthly interest|interets|interets crediteurs|habenzinsen|zinsen|zinsgutschrift|rente(?:vergoeding)?|renter|creditrente|intereses|interessi|juros|odsetki|raenta|raentor|korko|korot|uroky|urok|cash dividend',
);
const INTEREST_CHARGE = re('interest charge|sollzinsen|interets debiteurs|debetrente|juros');
const REFUND = re(
  'aterkoep|avoir|rembt|remboursement|refund|return|retour|retoure|erstattung|rueckerstattung|gutschrift retoure|terugbetaling|terugboeking|restitution|reembolso|devolucion|rimborso|storno|chargeback|cashback|statement credit',
);
const INCOME = re(
  'lon|lonn|loen|palkka|wynagrodzenie|ordenado|credit salary|salaire|salaires|paie|payroll|payroll deposit|salary|wages|gehalt|lohn|bezuege|salaris|loon|nomina|sueldo|stipendio|emolumenti|retribuzione|pension|pensioen|rente drv|des payroll|direct dep|dir dep|allocations? familiales|caf|kindergeld|uitkering|pole emploi|france travail|remise cheques?|remise de cheques?|cheque deposit|check deposit|mobile deposit|scheckeinreichung',
);
const TRANSFER = re(
  'xfer|insaettning|oeverfoering|echtzeitueberweisung|online bankieren|overfoering|oeverfoering|trf|swish|overforsel|overforing|tilisiirto|przelew|e tfr|interac e transfer|twint|mobi|eft deposit|umbuchung|echtzeitueberweisung|vir|virement|vir sepa|ueberweisung|gutschrift|dauerauftrag|overschrijving|overboeking|transferencia|trasferimento|bonifico|giroconto|transfer|zelle|interac e trf|e transfer|venmo|online transfer|internal transfer|autopay|automatic payment|payment thank you|thank you|mobile pymt|autopay pymt|exchanged to|top up|tikkie|bizum|lydia|paylib|wero|faster payment|standing order|sto|tfr|epargne|sparen|spaarrekening|savings|livret',
);
const DIRECT_DEBIT = re(
  'd d|autogiro|betalingsservice|avtalegiro|e lasku|polecenie zaplaty|bpy|ebill|domiciliation|deb directo|prlv|prelevement|lastschrift|folgelastschrift|erstlastschrift|incasso|direct debit|dd|ddr|ach debit|bill paymt|bill payment|domiciliacion|recibo|adeudo|addebito|sdd|rid|abschlag|beitrag',
);
const CARD = re(
  'korttransaktion|kortkoep|korttiosto|kaufumsatz|visa|mastercard|maestro|v pay|vpay|kortkop|korttiosto|varekjop|dankort|eftpos|zakup|vdp|vdc|bancontact|kaufumsatz|pagamento visa|cb|carte|card|kartenzahlung|karte|girocard|bea|betaalautomaat|pasvolgnr|pos|purchase|checkcard|debit card|contactless|apple pay|google pay|compra|tarjeta|pagamento pos|acquisto|idp purchase|sq|tst|paypal',
);

const STRONG_CARD =
  /^(?:visa|mastercard|maestro|v pay|kartenzahlung|kortkoep|korttiosto|varekjop|eftpos|pagamento visa)(?: |$)|(?:^| )(?:kaufumsatz|kartenzahlung|girocard|betaalautomaat|pagamento pos|compra con tarjeta)(?: |$)/;

/**
 * The kinds told by words of other scripts (Japanese, Korean, Chinese, Cyrillic, Greek, Hebrew, Arabic, Persian,
 * Thai), in the order they are tried: a salary paid by transfer is income, a direct debit is not a transfer.
 */
const OTHER_SCRIPT_KINDS: readonly (readonly [RegExp, TransactionType, 'in' | 'out' | 'any'])[] = [
  [
    /給与|給料|賞与|ｷﾕｳﾖ|ｷｭｳﾖ|キユウヨ|キュウヨ|ショウヨ|급여|월급|상여|工资|薪资|薪水|奖金|зарплат|заработн|заробітн|пенси|μισθ|משכורת|راتب|رواتب|حقوق|مستمری|เงินเดือน/i,
    'income',
    'in',
  ],
  [
    /返品|返金|払戻|환불|반품|退款|退货|возврат|повернен|επιστροφ|החזר|استرداد|استرجاع|برگشت/i,
    'refund',
    'in',
  ],
  [/手数料|수수료|手续费|комисси|коміс|προμηθ|עמלה|عمولة|رسوم|کارمزد|ค่าธรรมเนียม/i, 'fee', 'out'],
  [
    /ＡＴＭ|ATM|現金|현금|取现|取款|снятие налич|зняття готів|банкомат|αναληψη|ανάληψη|משיכת מזומן|سحب نقدي|صراف|خودپرداز|ถอนเงินสด/i,
    'cash',
    'out',
  ],
  [/口座振替|自動引落|引落|자동이체|代扣|автоплат/i, 'directDebit', 'out'],
  [/カード|デビット|카드|체크카드|刷卡|快捷支付|оплата карт|покупка|картк/i, 'card', 'out'],
  [
    /振込|振替|送金|이체|송금|转账|汇款|перевод|переказ|μεταφορ|העברה|تحويل|انتقال|پایا|ساتنا|โอนเงิน/i,
    'transfer',
    'any',
  ],
];

/** Text with letters of a script other than Latin (beyond its accents). */
const OTHER_SCRIPT = /[\u0370-\u1fff\u3000-\uffef]/;

/**
 * The kind of a transaction whose description is written in another script than Latin, told by its words; null
 * when none says (or the text is Latin, which detectTypeFromKey reads).
 */
export function detectTypeInOtherScripts(raw: string, amount: number): TransactionType | null {
  if (!OTHER_SCRIPT.test(raw)) return null;
  for (const [words, type, side] of OTHER_SCRIPT_KINDS) {
    if ((side === 'in' && amount <= 0) || (side === 'out' && amount > 0)) continue;
    if (words.test(raw)) return type;
  }
  return null;
}

/** Detects the kind of transaction from the raw description and the signed amount in minor units. */
export function detectTransactionType(raw: string, amount: number): TransactionType {
  return detectTypeFromKey(toKey(raw), amount);
}

/** Same as {@link detectTransactionType} for a description already turned into a payee key. */
export function detectTypeFromKey(k: string, amount: number): TransactionType {
  if (CARD_SUMMARY.test(k)) return 'cardSummary';
  const head = k.split(' ', 5).join(' ');
  if (
    amount <= 0 &&
    (CASH.test(k) || /^(?:\S+ )?atm /.test(k) || /^cash /.test(k)) &&
    !/(?:^| )(?:atm fee|frais)(?: |$)/.test(k)
  ) {
    return 'cash';
  }
  if (INTEREST_CHARGE.test(k)) return 'interest';
  // Fee words count at the start only: "GRAND FRAIS" is a grocer, "… KOSTEN EUR0,15" a card payment.
  if ((FEE.test(head) || /^kosten /.test(k)) && amount <= 0) return 'fee';
  if (INTEREST.test(k) && amount >= 0 && !INCOME.test(k)) return 'interest';
  if (amount > 0 && REFUND.test(k)) return 'refund';
  if (amount > 0 && INCOME.test(k)) return 'income';
  // "Apple Pay top-up": money added to the account, not a card refund.
  if (amount > 0 && /(?:^| )(?:top up|topped up|money added|exchanged to)(?: |$)/.test(k)) return 'transfer';
  if (amount > 0 && CARD.test(k)) return 'refund';
  if (
    (TRANSFER.test(k) ||
      /^(?:to|from|payment from|transfer to|withdrawal to) /.test(k) ||
      / (?:ft|fpo|fpi|bgc)$/.test(k)) &&
    !DIRECT_DEBIT.test(k)
  )
    return 'transfer';
  // ING Germany books card payments as "Lastschrift": the card words say what it is.
  if (STRONG_CARD.test(k)) return 'card';
  if (DIRECT_DEBIT.test(k)) return 'directDebit';
  if (CARD.test(k)) return 'card';
  if (amount < 0) return 'card';
  // Money in without any marker: a refund when the payee turns out to be a shop (see categorize), else other.
  return 'other';
}
