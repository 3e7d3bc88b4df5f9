/** English strings for currencies, drill-down, phone and keyboard use (kept apart to keep files small). */
export const viewsEn = {
  'views.skip': 'Skip to content',
  'views.currency': 'Currency',
  'views.currencyHint': 'Totals are in one currency at a time; switch to see the others.',
  'views.elsewhere':
    '{count, plural, one {# account in {currency} is} other {# accounts in {currency} are}} not in this total',
  'views.unknownNotInTotal':
    '{count, plural, one {# account has} other {# accounts have}} no known balance and {count, plural, one {is} other {are}} not in this total: {names}. Set an opening balance in Settings.',
  'views.netHint': '{count, plural, one {# account} other {# accounts}} in {currency}, latest balances',
  'views.balanceHint': 'Accounts in {currency} with a known balance',
  'views.balanceUnknown': 'balance unknown',
  'views.lastRow': 'last {date}',
  'views.dataThrough': 'Data through {date} ({days, plural, =0 {today} one {# day ago} other {# days ago}})',
  'views.importNewer': 'Import newer statements',
  'views.openTransactions': 'Open its transactions',
  'views.chartKeys':
    '{title}: chart. Arrow keys move between its {count, plural, one {# item} other {# items}}; Enter opens the transactions.',
  'views.pastDue': 'Expected {date}, not seen yet',
  'views.filtersButton': 'Filters',
  'views.filtersActive': 'Filters ({count})',
  'views.filtersDone': 'Show {count, plural, one {# transaction} other {# transactions}}',
  'views.total': 'Total {amount}',
  'views.col.account': 'Account',
  'views.chosen': '{count, plural, one {# chosen transaction} other {# chosen transactions}}',
  'views.flow.in': 'Money in',
  'views.flow.out': 'Money out',
  'views.onWeekday': 'On {weekday}s',
  'views.inCurrency': 'In {currency}',
  'views.removeFilter': 'Remove filter: {name}',
  'views.settings.currency': 'Currency of {name}',
  'views.settings.opening': 'Opening balance of {name}',
  'views.settings.openingHint': 'Balance before the first transaction (files without a balance column)',
  'views.import.fileDone':
    '→ {account}: {added, plural, one {# added} other {# added}}, {duplicates, plural, one {# duplicate} other {# duplicates}} skipped, {errors, plural, one {# row} other {# rows}} rejected',
  'error.skippedInReview': 'skipped in the review: nothing from this file was stored',
  'views.settings.save': 'Save',
  'views.settings.saved': 'Saved',
} as const;
