import { headerMeaning } from './headerRoles';
import { looksLikeDate } from './parseDate';
import { cleanCell } from './text';

/**
 * A statement saved from a spreadsheet with merged header cells has a second header line: "Amount" above
 * "Debit" and "Credit". When the line under the header holds only column names (no date, no number, no currency
 * code) and names a side of the money, its names take the place of the header's above them, and the line is
 * emptied (kept, so line numbers stay). Returns true when it did.
 */
export function mergeSubHeader(table: string[][], headerRow: number): boolean {
  const header = table[headerRow];
  const sub = table[headerRow + 1];
  if (!header || !sub) return false;
  const names = sub.map((cell) => cleanCell(cell));
  const filled = names.filter((name) => name.length > 0);
  if (filled.length === 0) return false;
  const roles = filled.map((name) =>
    looksLikeDate(name) || /\d/.test(name) || /^[A-Z]{3}$/.test(name) ? null : headerMeaning(name)?.role,
  );
  if (roles.some((role) => !role) || !roles.some((role) => role === 'debit' || role === 'credit'))
    return false;
  const width = Math.max(header.length, sub.length);
  table[headerRow] = Array.from({ length: width }, (_, j) => names[j] || (header[j] ?? ''));
  table[headerRow + 1] = [];
  return true;
}
