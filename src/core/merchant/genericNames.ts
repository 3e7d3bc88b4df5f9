import type { TransactionType } from './transactionType';

/**
 * The name a row gets when its type says more than its text (a cash machine's address, a fee's reference): stored
 * in English, whatever the interface language, so that a merchant's key and what was learned about it stay the
 * same; the interface shows each in its own language.
 */
export const GENERIC_MERCHANTS = {
  cash: 'Cash Withdrawal',
  fee: 'Bank Fees',
  interest: 'Interest',
  cardSummary: 'Card Statement',
} as const satisfies Partial<Record<TransactionType, string>>;
