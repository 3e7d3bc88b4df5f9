/** English strings about keeping data whole: undo safety, one writer at a time, storage changes. */
export const integrityEn = {
  'undo.blocked':
    'Kept for now: {files} repeated rows of this statement and relies on them. Undo that first.',
  'undo.refused': 'Not undone: {files} relies on rows of this import. Undo that first.',
  'writer.waiting': 'Waiting for another Kept tab to finish importing, restoring or deleting…',
  'import.queued':
    '{count, plural, one {# more file waits} other {# more files wait}} for the current import.',
  'storage.upgraded': 'Kept was updated in another tab. Reload this page to go on safely.',
  'storage.reload': 'Reload',
  'delete.failed': 'Nothing was deleted: {reason}',
} as const;
