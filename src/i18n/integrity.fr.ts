import type { integrityEn } from './integrity.en';

export const integrityFr: Record<keyof typeof integrityEn, string> = {
  'rules.error.unsafe':
    'Cette expression régulière pourrait prendre très longtemps (une répétition dans une répétition, comme (a+)+, des alternatives répétées, comme (a|b)*, ou plus de deux jokers ouverts, comme .*). Simplifiez-la.',
  'rules.error.tooLong': 'Ce motif est trop long (200 caractères au plus).',
  'rules.inert':
    'Non appliquée : ce motif est dangereux ou invalide (enregistré par une version antérieure). Modifiez-la pour la corriger.',
  'rules.preview.running': 'Test de la règle sur vos opérations…',
  'rules.preview.timeout':
    'Ce motif a pris trop de temps à tester sur vos opérations : il a été arrêté et ne peut pas être enregistré. Simplifiez-le.',

  'backup.passphrase': 'Phrase secrète',
  'backup.passphraseHint':
    'Facultative : saisissez-en une pour chiffrer la sauvegarde. Une sauvegarde chiffrée ne peut pas être restaurée sans elle, et une phrase secrète perdue ne peut pas être retrouvée.',
  'backup.encrypting': 'Chiffrement de la sauvegarde…',
  'backup.savedEncrypted':
    'Sauvegarde chiffrée enregistrée sous {file}. Gardez la phrase secrète : elle ne peut pas être retrouvée.',
  'backup.unlockTitle': 'Cette sauvegarde est chiffrée',
  'backup.unlockBody': 'Saisissez la phrase secrète utilisée pour créer {file}.',
  'backup.unlock': 'Déverrouiller et restaurer',
  'backup.unlocking': 'Déverrouillage…',
  'backup.problem.wrongPassphrase': 'La phrase secrète est incorrecte, ou le fichier chiffré est endommagé.',
  'backup.problem.tooLarge': 'Ce fichier est trop volumineux pour être une sauvegarde Kept ({limit}).',
  'backup.problem.inflates':
    'Ce fichier se décompresse en plus de {limit} : ce n’est pas une sauvegarde Kept (ou il est conçu pour épuiser la mémoire).',
  'backup.problem.encryptedUnsupported':
    'Cette sauvegarde chiffrée a été créée par une version plus récente de Kept.',
  'backup.problem.invalidDetail': 'Cette sauvegarde est endommagée et ne peut pas être restaurée ({detail}).',

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
  'role.category': 'Catégorie de la banque',
  'sample.notice': 'Vous regardez des données d’exemple.',
  'sample.clear': 'Effacer les données d’exemple',
  'sample.cleared': 'Données d’exemple effacées.',
  'reading.line': 'Lu avec {dates}{decided}, séparateur décimal « {decimal} », {sign}{skipped}.',
  'reading.dates.DMY': 'des dates jour/mois',
  'reading.dates.MDY': 'des dates mois/jour',
  'reading.dates.YMD': 'des dates année-mois-jour',
  'reading.fromLocale': ' (choisi d’après la région du navigateur)',
  'reading.sign.normal': 'entrées d’argent positives',
  'reading.sign.inverted': 'dépenses positives (relevé de carte)',
  'reading.skipped': ' ; {count, plural, one {# ligne de solde ignorée} other {# lignes de solde ignorées}}',
  'reading.undatedPending':
    ' ; {count, plural, one {# paiement en attente pas encore comptabilisé écarté} other {# paiements en attente pas encore comptabilisés écartés}}',
  'reading.replaced':
    '{file} a été relu : {added} lignes remplacent la lecture précédente (Annuler la rétablit).',
  'learn.undo': 'Annuler l’apprentissage',
  'balance.none':
    'Aucun de ces comptes n’indique son solde. Indiquez un solde d’ouverture dans les Réglages pour le suivre dans le temps.',
};
