import type { Account } from './types';

/** Account numbers compare without spaces, dashes or masking characters, case-insensitively. */
export function normalizeAccountNumber(value: string): string {
  return value.replace(/[\s\-.•*xX]/g, '').toUpperCase();
}

/** Fewer characters than this and a number is a card's or account's visible tail, not a full number. */
const FULL_NUMBER_LENGTH = 8;

/**
 * True for a masked or shortened number ("XXXX-XXXX-XXXX-4821", "…4821", "•• 2958", "4821"): only its last digits
 * are known, so it can only be compared by them.
 */
export function isPartialAccountNumber(value: string): boolean {
  if (/[•*…]|[xX]{3,}|\.{3}/.test(value)) return true;
  return normalizeAccountNumber(value).replace(/[^0-9A-Z]/g, '').length < FULL_NUMBER_LENGTH;
}

/**
 * Finds the stored account a file's account number belongs to, among accounts in the file's currency when it is
 * known (two currencies never share an account). Two full numbers (IBANs, account numbers) must match entirely:
 * `DE…3000` and `GB…3000` are two accounts. Only when one of the two is masked or short (a card's last digits)
 * does an account whose number ends with the same 4 digits match, and only when exactly one does.
 */
export function findAccountByNumber(
  number: string | undefined,
  accounts: readonly Account[],
  currency?: string,
): Account | undefined {
  if (!number) return undefined;
  const wanted = normalizeAccountNumber(number);
  if (wanted.length === 0) return undefined;
  const candidates = accounts.filter(
    (account) => account.number && (currency === undefined || account.currency === currency),
  );
  const exact = candidates.find((account) => normalizeAccountNumber(account.number ?? '') === wanted);
  if (exact) return exact;
  const tail = wanted.slice(-4);
  if (!/^\d{4}$/.test(tail)) return undefined;
  const wantedPartial = isPartialAccountNumber(number);
  const byTail = candidates.filter((account) => {
    const stored = account.number ?? '';
    if (!wantedPartial && !isPartialAccountNumber(stored)) return false;
    return normalizeAccountNumber(stored).endsWith(tail);
  });
  return byTail.length === 1 ? byTail[0] : undefined;
}

/** "Chase ••4821", "ING ••2958", or the file name without its extension. */
export function suggestAccountName(input: { bankName?: string; number?: string; fileName: string }): string {
  const digits = input.number ? normalizeAccountNumber(input.number).replace(/\D/g, '').slice(-4) : '';
  if (input.bankName && digits) return `${input.bankName} ••${digits}`;
  if (input.bankName) return input.bankName;
  const stem = input.fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  const base = stem.charAt(0).toUpperCase() + stem.slice(1);
  if (digits) return `${base || 'Account'} ••${digits}`;
  return base || 'Account';
}

/** Share of a file's rows already stored in an account above which the file is taken to belong to it. */
export const OVERLAP_MATCH_SHARE = 0.3;

/**
 * An account number some banks put in the export's file name (an IBAN, or Chase's "Chase4821_Activity…"),
 * used when the file itself does not say which account it is.
 */
export function accountNumberFromFileName(fileName: string): string | undefined {
  const iban = /(?:^|[^A-Z0-9])([A-Z]{2}\d{2}[A-Z0-9]{11,30})(?=[^A-Z0-9]|$)/.exec(fileName.toUpperCase());
  if (iban?.[1]) return iban[1];
  const chase = /^chase(\d{4})_/i.exec(fileName);
  return chase?.[1] ? `…${chase[1]}` : undefined;
}
