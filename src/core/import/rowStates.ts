import type { StatementRow } from './types';

/** Words that say a row is not booked yet. */
const PENDING =
  /(vorgemerkt|pending|^pend$|offen|in behandeling|en attente|en cours|authori[sz]ed|autorizzat[oa]|autorisiert|not yet posted|futur[oa]s|upcoming|scheduled|in den nächsten|nicht gebucht|in bearbeitung|non comptabilis|da contabilizzare|in sospeso|pendiente|pendente|reserv(?:ed|ert|eret|erat|erad|iert|ierung|ation)|gereserveerd|katevaraus|blokada|blokace|rezervace|zárolt|в обработке|ожидает|заблокирован|обробляється|处理中|等待付款|未確定)/iu;
/** States of a payment that never happened. */
const SKIPPED_STATE =
  /^(declined|reverted|reversed|failed|cancel+ed|not approved|non approvato|abgelehnt|storniert|rejected|refuse|annule|交易关闭|已关闭|失败|交易失败|отклонен\p{L}*|отменен\p{L}*|неуспешн\p{L}*|відхилен\p{L}*)$/iu;

/** True when a status, a date cell or a section title names payments not booked yet. */
export const namesPending = (text: string): boolean => PENDING.test(text);

/**
 * Words a bank puts before the text of a card payment it has only reserved: Nordea's "Reservation Kortköp …",
 * Sparbanken's "SKYDDAT BELOPP" ('protected amount').
 */
const RESERVED_PREFIX =
  /^(reservation|reserverat|reserveret|reservert|reservasjon|reservering|reservierung|skyddat belopp|vorgemerkt|vormerkung|pending|pre-?auth(?:ori[sz]ation)?|katevaraus|varaus|blokada|rezervace)\b/iu;

/**
 * Marks as pending the rows without a balance whose text starts with a reservation word, in a statement whose
 * other rows mostly carry one: the bank has not booked them, so they are not in its balance yet. A word alone is no
 * proof (a restaurant "Reservation"), a row left out of a running balance beside it is.
 */
export function markReservations(rows: StatementRow[]): void {
  let withBalance = 0;
  for (const row of rows) if (row.balance !== null) withBalance++;
  if (withBalance < 2 || withBalance * 2 < rows.length || withBalance === rows.length) return;
  for (const row of rows)
    if (row.balance === null && !row.pending && RESERVED_PREFIX.test(row.description)) row.pending = true;
}

const FIGURE_WITH_CENTS = /^[-+]?\d[\d' .,]*[.,]\d\d$/;

/**
 * True when a row without an amount still shows a figure with cents in some cell (a card's original amount): a
 * purchase the bank lists before valuing it, not a footer line that happens to carry a date.
 */
export const showsAFigure = (row: readonly string[]): boolean =>
  row.some((cell) => FIGURE_WITH_CENTS.test(cell.trim()));

/** True when a status says the payment never happened (declined, reversed, cancelled). */
export const isSkippedState = (status: string): boolean => SKIPPED_STATE.test(status);
