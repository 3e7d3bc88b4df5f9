import type { SignConvention } from './types';
import { normalizeName } from './text';

/** A card statement thanking the holder for paying it: no other statement says so. */
const THANKS = [
  'payment thank',
  'thank you',
  'paiement merci',
  'merci pour votre paiement',
  'gracias por su pago',
  'su pago gracias',
  'obrigado pelo pagamento',
  'grazie per il pagamento',
  'dank u voor uw betaling',
];
const THANKS_FOR_PAYMENT = new RegExp(`(${THANKS.join('|')})`);

/** Card payments and refunds (returns and cancellations in Japanese, Korean, Chinese too): money IN from the card holder's view. */
const PAYMENT = new RegExp(
  `(${[
    ...THANKS,
    'autopay',
    'automatic payment',
    'payment received',
    'online payment',
    'online pmt',
    'mobile payment',
    'internet payment',
    'direct debit payment',
    'payments and credits',
    'directpay',
    'credit card payment',
    'credit card pmt',
    'paiement recu',
    'remboursement',
    'zahlung erhalten',
    'ihre zahlung',
    'einzahlung',
    'betaling ontvangen',
    'pagamento recebido',
    'pago recibido',
    'pagamento ricevuto',
    '返品',
    '返金',
    '取消',
    'キャンセル',
    '払戻',
    '취소',
    '환불',
    '退款',
    '退货',
    '退貨',
    '还款',
    '還款',
    '繳款',
  ].join('|')})`,
);
/** Rows that are income on a bank account, never charges on a card. */
const INCOME =
  /\b(salary|payroll|paycheck|direct dep|wages|interest earned|interest paid|dividend|salaire|gehalt|lohn|zinsen|salario|nomina|loon|salaris)\b/;
/** Column names of card bills alone: Japanese cards' amount used (利用金額, 利用額) and shop or place used (利用店名, 利用箇所). */
const CARD_HEADER = /(利用金額|利用額|利用店名|利用箇所)/;
/** Type-column words for purchases (money out) and payments/credits (money in). */
const PURCHASE_TYPES = new Set([
  'purchase',
  'sale',
  'debit',
  'charge',
  'achat',
  'kauf',
  'installment',
  'fee',
]);
const PAYMENT_TYPES = new Set([
  'payment',
  'credit',
  'return',
  'refund',
  'paiement',
  'remboursement',
  'zahlung',
  'gutschrift',
]);

export interface SignEvidence {
  amount: number;
  text: string;
  type: string;
  /** The amount was written with a "+". */
  plus?: boolean;
}

/** True when a row's text thanks the holder for paying a card bill ("PAYMENT - THANK YOU"). */
export function thanksForPayment(text: string): boolean {
  return THANKS_FOR_PAYMENT.test(normalizeName(text));
}

/** True when a row's text reads as a card payment or refund. */
export function readsLikePayment(text: string): boolean {
  return PAYMENT.test(normalizeName(text));
}

type RowKind = 'payment' | 'purchase' | 'income' | 'accountFee' | 'other';

/** What a bank charges for keeping an account (never a card's purchase, nor given back). */
const ACCOUNT_FEE =
  /\b(kontoabschluss|kontofuhrung\w*|kontofuehrung\w*|account fee|maintenance fee|monthly fee|monthly service fee|service charge|frais de tenue|tenue de compte|commissione tenuta conto|comision de mantenimiento|comision mantenimiento)\b/;

function kindOf(e: SignEvidence): RowKind {
  const type = e.type ? normalizeName(e.type) : '';
  if (type.length > 0 && PAYMENT_TYPES.has(type)) return 'payment';
  if (type.length > 0 && PURCHASE_TYPES.has(type)) return 'purchase';
  const text = normalizeName(e.text);
  if (PAYMENT.test(text)) return 'payment';
  if (INCOME.test(text)) return 'income';
  return ACCOUNT_FEE.test(text) ? 'accountFee' : 'other';
}

export interface SignInference {
  sign: SignConvention;
  /** True when the choice rests only on the share of positive amounts (no payment row, no type column). */
  weak: boolean;
  /** Read as a card export because every amount is positive (said in the import summary). */
  allPositive?: boolean;
  /** Decided by payment/purchase words or a type column. */
  byWords?: boolean;
  /** Decided by the share of positive amounts over enough rows (said in the import summary). */
  byShare?: boolean;
}

/** Non-zero amounts from which a share of positives over 80% settles a card export without asking. */
const SETTLING_ROWS = 20;

const readsLikeIncome = (evidence: readonly SignEvidence[]): boolean =>
  evidence.some((e) => INCOME.test(normalizeName(e.text)));

/**
 * Decides whether a single signed amount column counts purchases as positive (credit-card exports such as
 * Amex or Apple Card). Payment/refund rows and type words decide; without them a file where almost every
 * amount is positive and no balance is given is read as a card export.
 */
export function inferSign(
  evidence: readonly SignEvidence[],
  hasBalance: boolean,
  header: readonly string[] | null = null,
): SignInference {
  // Amounts written with a "+" are signed as the account sees them: a card export never writes one.
  if (evidence.some((e) => e.plus && e.amount > 0)) return { sign: 'normal', weak: false };
  // A header only card bills write: its charges are the sums most rows hold.
  if (header?.some((name) => CARD_HEADER.test(name))) {
    const positives = evidence.filter((e) => e.amount > 0).length;
    const negatives = evidence.filter((e) => e.amount < 0).length;
    return { sign: positives >= negatives ? 'inverted' : 'normal', weak: false, byWords: true };
  }
  const kinds = evidence.map(kindOf);
  // The sign of most rows that are neither payments nor income: charges on a card, spending on an account.
  let othersPositive = 0;
  let othersNegative = 0;
  evidence.forEach((e, k) => {
    if (kinds[k] !== 'other' && kinds[k] !== 'purchase') return;
    if (e.amount > 0) othersPositive++;
    else if (e.amount < 0) othersNegative++;
  });
  const majority = Math.sign(othersPositive - othersNegative);
  let votesInverted = 0;
  let votesNormal = 0;
  let positives = 0;
  let nonZero = 0;
  evidence.forEach((e, k) => {
    if (e.amount === 0) return;
    nonZero++;
    if (e.amount > 0) positives++;
    const kind = kinds[k];
    if (kind === 'payment') {
      // Money in from the holder's view, so of the other sign than the charges around it. On a bank account a
      // payment to a card ("CREDIT CARD PAYMENT") goes out like the spending around it: no vote.
      if (majority !== 0 && Math.sign(e.amount) === majority) return;
      if (e.amount < 0) votesInverted++;
      else votesNormal++;
    } else if (kind === 'purchase') {
      if (e.amount > 0) votesInverted++;
      else votesNormal++;
    } else if (kind === 'income' && e.amount > 0 && majority < 0) votesNormal++;
    // An account charged for its keeping, between the money it mostly receives (a broker's cash account).
    else if (kind === 'accountFee' && e.amount < 0 && majority > 0) votesNormal++;
  });
  if (votesInverted > votesNormal) return { sign: 'inverted', weak: false, byWords: true };
  if (votesNormal > votesInverted) return { sign: 'normal', weak: false, byWords: true };
  // Every amount positive and no balance: a card export listing its charges, unless rows read like income
  // (a savings account's deposits). Mostly positive: a guess to check.
  if (!hasBalance && nonZero >= 3 && positives === nonZero) {
    return readsLikeIncome(evidence)
      ? { sign: 'inverted', weak: true }
      : { sign: 'inverted', weak: false, allPositive: true };
  }
  if (!hasBalance && nonZero >= 3 && positives / nonZero > 0.8) {
    // Many rows, nearly all positive, none reading like income: a card's charges with a few refunds or credits.
    // Fewer rows, or income among them, are a guess to check.
    const settled = nonZero >= SETTLING_ROWS && !readsLikeIncome(evidence);
    return settled ? { sign: 'inverted', weak: false, byShare: true } : { sign: 'inverted', weak: true };
  }
  // One or two amounts, all positive, and nothing else to go by: a card's charges or an account's deposits, the
  // person says which (income words make deposits the likelier reading).
  if (!hasBalance && nonZero > 0 && positives === nonZero)
    return { sign: readsLikeIncome(evidence) ? 'normal' : 'inverted', weak: true };
  return { sign: 'normal', weak: false };
}
