/** English strings of the privacy audit in Settings (kept apart to keep files small). */
export const auditEn = {
  'audit.title': 'Privacy you can check',
  'audit.subtitle': 'What this page has done since it loaded, read from the browser itself',
  'audit.requests': 'Requests',
  'audit.requestsSummary':
    '{count, plural, one {# request} other {# requests}} since this page loaded; {away, plural, =0 {none left this device: all went to this app’s own origin} one {# went to another host} other {# went to other hosts}}.',
  'audit.requestsList': 'Show each request ({origins})',
  'audit.csp': 'Content-Security-Policy in force',
  'audit.noCsp': 'This page declares no Content-Security-Policy (the development server).',
  'audit.stored': 'What is stored in this browser',
  'audit.rows': '{count, plural, one {# row} other {# rows}}',
  'audit.bytes': '{used} used on this device (IndexedDB, the app’s offline files and settings)',
  'audit.persistent.persistent': 'Storage is persistent: the browser will not clear it when space runs low.',
  'audit.persistent.bestEffort': 'Storage is not persistent: the browser may clear it when space runs low.',
  'audit.persistent.unknown': 'This browser does not say whether the storage is persistent.',
  'audit.table.accounts': 'Accounts',
  'audit.table.transactions': 'Transactions',
  'audit.table.imports': 'Imports',
  'audit.table.profiles': 'Bank file readings',
  'audit.table.categories': 'Categories',
  'audit.table.rules': 'Rules',
  'audit.table.merchants': 'Learned merchants',
  'audit.table.settings': 'Settings and caches',
  'audit.wipeVerified':
    'Deletion verified: all {tables} tables were read again and hold 0 rows of your data (only the {categories} default categories are back).',
  'audit.wipeLeft': 'Deletion incomplete: {count, plural, one {# row is} other {# rows are}} still stored.',
} as const;
