import type { Account, Category, IsoDate, Transaction } from '../types';

export const REVEAL_KINDS = [
  'places',
  'routine',
  'income',
  'life-events',
  'sensitive',
  'spending-power',
  'brands',
] as const;
export type RevealKind = (typeof REVEAL_KINDS)[number];

/** A value the interface formats in the person's language. */
export type FindingParam =
  | string
  | number
  | { money: number; currency: string; whole?: boolean }
  | { date: IsoDate }
  | { month: string }
  | { weekday: number }
  | { country: string }
  | { city: string; fr?: string }
  | { category: string };

export interface Finding {
  kind: RevealKind;
  /** Message id under `reveal.msg.` (e.g. "places.home"). */
  message: string;
  params: Record<string, FindingParam>;
  /** How sure the inference is, 0–1. */
  confidence: number;
  /** Ids of the transactions behind the inference, oldest first. */
  evidence: number[];
}

export interface RevealInput {
  transactions: readonly Transaction[];
  accounts: readonly Account[];
  categories: readonly Category[];
  today: IsoDate;
}

/** A stored transaction with what every inference needs precomputed. */
export interface RevealRow extends Transaction {
  id: number;
  /** Payee key of the description and merchant together (folded, `[a-z0-9 ]`). */
  text: string;
  /** Days since 1970-01-01 of the booking date. */
  day: number;
  /** Day of the purchase: card descriptors often give it ("CB PAUL 02/11"), booked a day or two later. */
  purchaseDay: number;
  /** Grouping key of the payee. */
  payee: string;
}

export interface RevealContext {
  /** Oldest first. */
  rows: readonly RevealRow[];
  accounts: readonly Account[];
  categories: readonly Category[];
  /** The most common currency: sums are made in it only. */
  currency: string;
  /** Day numbers of the first and last transaction, and of today. */
  first: number;
  last: number;
  today: number;
}
