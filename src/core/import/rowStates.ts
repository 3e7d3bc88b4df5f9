/** Words that say a row is not booked yet. */
const PENDING =
  /(vorgemerkt|pending|^pend$|offen|in behandeling|en attente|en cours|authori[sz]ed|autorizzat[oa]|autorisiert|not yet posted|futur[oa]s|upcoming|scheduled|in den nächsten|nicht gebucht|in bearbeitung|non comptabilis|da contabilizzare|in sospeso|pendiente|pendente|reserv(?:ed|ert|eret|erat|erad|iert|ierung|ation)|gereserveerd|katevaraus|blokada|blokace|rezervace|zárolt|в обработке|ожидает|заблокирован|обробляється|处理中|等待付款|未確定)/iu;
/** States of a payment that never happened. */
const SKIPPED_STATE =
  /^(declined|reverted|reversed|failed|cancel+ed|not approved|non approvato|abgelehnt|storniert|rejected|refuse|annule|交易关闭|已关闭|失败|交易失败|отклонен\p{L}*|отменен\p{L}*|неуспешн\p{L}*|відхилен\p{L}*)$/iu;

/** True when a status, a date cell or a section title names payments not booked yet. */
export const namesPending = (text: string): boolean => PENDING.test(text);

/** True when a status says the payment never happened (declined, reversed, cancelled). */
export const isSkippedState = (status: string): boolean => SKIPPED_STATE.test(status);
