import type { Category } from './types';

/** The default categories of DESIGN.md; ids are stable identities, names are the English defaults. */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'groceries', name: 'Groceries', color: '#3f9d5a', builtIn: true },
  { id: 'dining', name: 'Restaurants & Cafés', color: '#e07b39', builtIn: true },
  { id: 'transport', name: 'Transport', color: '#3b7dd8', builtIn: true },
  { id: 'shopping', name: 'Shopping', color: '#b04fc4', builtIn: true },
  { id: 'housing', name: 'Housing', color: '#8a5a44', builtIn: true },
  { id: 'utilities', name: 'Bills & Utilities', color: '#d4a017', builtIn: true },
  { id: 'entertainment', name: 'Entertainment', color: '#e0457b', builtIn: true },
  { id: 'health', name: 'Health', color: '#2bb3a3', builtIn: true },
  { id: 'personal_care', name: 'Personal Care & Sport', color: '#7bc043', builtIn: true },
  { id: 'travel', name: 'Travel', color: '#1fa2d6', builtIn: true },
  { id: 'insurance', name: 'Insurance', color: '#5c6bc0', builtIn: true },
  { id: 'education', name: 'Education', color: '#9c7c38', builtIn: true },
  { id: 'fees', name: 'Bank Fees', color: '#c0392b', builtIn: true },
  { id: 'cash', name: 'Cash', color: '#6d8a96', builtIn: true },
  { id: 'taxes', name: 'Taxes', color: '#455a64', builtIn: true },
  { id: 'gifts', name: 'Gifts & Donations', color: '#f06292', builtIn: true },
  { id: 'income', name: 'Income', color: '#2e7d32', builtIn: true },
  { id: 'transfers', name: 'Transfers', color: '#90a4ae', builtIn: true },
  { id: 'uncategorized', name: 'Uncategorized', color: '#b0b0b0', builtIn: true },
];

export const UNCATEGORIZED = 'uncategorized';
export const TRANSFERS = 'transfers';
export const INCOME = 'income';
