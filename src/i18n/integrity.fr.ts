import type { integrityEn } from './integrity.en';

/** Chaînes françaises : annulation sûre, un seul écrivain à la fois, mises à jour du stockage. */
export const integrityFr: Record<keyof typeof integrityEn, string> = {
  'undo.blocked':
    'Conservé pour l’instant : {files} reprend des lignes de ce relevé et s’appuie dessus. Annulez-le d’abord.',
  'undo.refused': 'Non annulé : {files} s’appuie sur des lignes de cet import. Annulez-le d’abord.',
  'writer.waiting': 'En attente d’un autre onglet Kept qui importe, restaure ou supprime…',
  'import.queued':
    '{count, plural, one {# autre fichier attend} other {# autres fichiers attendent}} la fin de l’import en cours.',
  'storage.upgraded':
    'Kept a été mis à jour dans un autre onglet. Rechargez cette page pour continuer en sécurité.',
  'storage.reload': 'Recharger',
  'delete.failed': 'Rien n’a été supprimé : {reason}',
};
