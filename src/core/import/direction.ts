import { normalizeName } from './text';

const OUT = new Set([
  'af',
  'debit',
  'debet',
  'd',
  'dr',
  'db',
  's',
  'soll',
  '-',
  'out',
  'withdrawal',
  'uitgaand',
  'belastung',
  'lastschrift',
  'cargo',
  'charge',
  'deebet',
  // ISO 20022 (camt exports), Portuguese, Italian, Polish, Czech, Nordic and German words.
  'dbit',
  'debito',
  'dare',
  'obciazenie',
  'vydaj',
  'uttag',
  'otto',
  'ausgang',
  'uit',
  // Greek: Χ (χρέωση) and Π (πίστωση).
  'χ',
  'χρεωση',
  '支出',
  // Chinese banks: 借 (debit), written alone or with its English mark (BoCom: "借 Dr").
  '借',
  '借方',
  '借 dr',
  'расход',
  'разход',
  'списание',
  'дебет',
  'видаток',
  // Hebrew: expenses, a debit.
  'הוצאות',
  'הוצאה',
  'חובה',
]);
const IN = new Set([
  'bij',
  'credit',
  'c',
  'cr',
  'h',
  'haben',
  '+',
  'in',
  'deposit',
  'inkomend',
  'gutschrift',
  'abono',
  'k',
  'kreedit',
  'crdt',
  'credito',
  'avere',
  'uznanie',
  'prijem',
  'insattning',
  'pano',
  'eingang',
  'π',
  'πιστωση',
  '收入',
  '贷',
  '贷方',
  '贷 cr',
  'приход',
  'прихід',
  'зачисление',
  'кредит',
  'надходження',
  // Hebrew: income, a credit.
  'הכנסות',
  'הכנסה',
  'זכות',
]);

/** An indicator column repeats a handful of spellings: each is read once per run of the worker. */
const known = new Map<string, -1 | 0 | 1>();
const KNOWN_LIMIT = 1000;

/** Direction written in an indicator cell: -1 money out, +1 money in, 0 unknown. */
export function directionOf(value: string): -1 | 0 | 1 {
  const v = value.trim();
  if (v.length === 0 || v.length > 12) return 0;
  // No indicator word holds a digit: amounts, dates and codes (most cells of a sampled column) are not one.
  if (hasAsciiDigit(v)) return 0;
  let direction = known.get(v);
  if (direction === undefined) {
    direction = readDirection(v);
    if (known.size < KNOWN_LIMIT) known.set(v, direction);
  }
  return direction;
}

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function readDirection(v: string): -1 | 0 | 1 {
  if (v === '-' || v === '(-)') return -1;
  if (v === '+' || v === '(+)') return 1;
  const n = normalizeName(v);
  if (OUT.has(n)) return -1;
  if (IN.has(n)) return 1;
  return 0;
}
