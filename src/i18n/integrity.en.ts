/** English strings of the integrity work: rule safety, backup checks and encrypted backups. */
export const integrityEn = {
  'rules.error.unsafe':
    'This regular expression could take very long to run (a repetition inside a repetition, like (a+)+, repeated alternatives, like (a|b)*, or more than two open-ended wildcards, like .*). Simplify it.',
  'rules.error.tooLong': 'This pattern is too long (200 characters at most).',
  'rules.inert':
    'Not applied: this pattern is unsafe or invalid (it was saved by an older version). Edit it to fix it.',
  'rules.preview.running': 'Testing the rule on your transactions…',
  'rules.preview.timeout':
    'This pattern took too long to test on your transactions, so it was stopped and cannot be saved. Simplify it.',

  'backup.passphrase': 'Passphrase',
  'backup.passphraseHint':
    'Optional: type one to encrypt the backup. An encrypted backup cannot be restored without it, and a lost passphrase cannot be recovered.',
  'backup.encrypting': 'Encrypting the backup…',
  'backup.savedEncrypted': 'Encrypted backup saved as {file}. Keep the passphrase: it cannot be recovered.',
  'backup.unlockTitle': 'This backup is encrypted',
  'backup.unlockBody': 'Type the passphrase used when {file} was made.',
  'backup.unlock': 'Unlock and restore',
  'backup.unlocking': 'Unlocking…',
  'backup.problem.wrongPassphrase': 'The passphrase is wrong, or the encrypted file is damaged.',
  'backup.problem.tooLarge': 'This file is too large to be a Kept backup ({limit}).',
  'backup.problem.inflates':
    'This file unpacks to more than {limit}: it is not a Kept backup (or it is built to exhaust memory).',
  'backup.problem.encryptedUnsupported': 'This encrypted backup was made by a newer version of Kept.',
  'backup.problem.invalidDetail': 'This backup is damaged and cannot be restored ({detail}).',

  'undo.blocked':
    'Kept for now: {files} repeated rows of this statement and relies on them. Undo that first.',
  'undo.refused': 'Not undone: {files} relies on rows of this import. Undo that first.',
  'writer.waiting': 'Waiting for another Kept tab to finish importing, restoring or deleting…',
  'import.queued':
    '{count, plural, one {# more file waits} other {# more files wait}} for the current import.',
  'storage.upgraded': 'Kept was updated in another tab. Reload this page to go on safely.',
  'storage.reload': 'Reload',
  'delete.failed': 'Nothing was deleted: {reason}',
  'role.category': "Bank's category",
  'sample.notice': 'You are looking at sample data.',
  'sample.clear': 'Clear sample data',
  'sample.cleared': 'Sample data cleared.',
  'reading.line': 'Read with {dates}{decided}, decimal mark “{decimal}”, {sign}{skipped}.',
  'reading.dates.DMY': 'day/month dates',
  'reading.dates.MDY': 'month/day dates',
  'reading.dates.YMD': 'year-month-day dates',
  'reading.fromLocale': ' (your browser’s region decided)',
  'reading.sign.normal': 'money in positive',
  'reading.sign.inverted': 'money out positive (card statement)',
  'reading.skipped': '; {count, plural, one {# balance line} other {# balance lines}} skipped',
  'reading.undatedPending':
    '; {count, plural, one {# pending payment not booked yet} other {# pending payments not booked yet}} left out',
  'reading.replaced':
    '{file} was read again: {added} rows replace the earlier reading (Undo brings it back).',
  'learn.undo': 'Undo what was learned',
  'balance.none':
    'None of these accounts gives its balance. Set an opening balance in Settings to follow it over time.',
};
