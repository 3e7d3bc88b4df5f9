import type { auditEn } from './audit.en';

export const auditFr: Record<keyof typeof auditEn, string> = {
  'audit.title': 'Une confidentialité vérifiable',
  'audit.subtitle': 'Ce que cette page a fait depuis son chargement, lu dans le navigateur lui-même',
  'audit.requests': 'Requêtes',
  'audit.requestsSummary':
    '{count, plural, one {# requête} other {# requêtes}} depuis le chargement de cette page ; {away, plural, =0 {aucune n’a quitté cet appareil : toutes sont allées à l’origine de l’application} one {# est allée vers un autre hôte} other {# sont allées vers d’autres hôtes}}.',
  'audit.requestsList': 'Voir chaque requête ({origins})',
  'audit.csp': 'Politique de sécurité du contenu (CSP) en vigueur',
  'audit.noCsp': 'Cette page ne déclare aucune politique de sécurité du contenu (serveur de développement).',
  'audit.stored': 'Ce qui est enregistré dans ce navigateur',
  'audit.rows': '{count, plural, one {# ligne} other {# lignes}}',
  'audit.bytes':
    '{used} utilisés sur cet appareil (IndexedDB, fichiers hors ligne et réglages de l’application)',
  'audit.persistent.persistent':
    'Stockage persistant : le navigateur ne l’effacera pas en cas de manque de place.',
  'audit.persistent.bestEffort':
    'Stockage non persistant : le navigateur peut l’effacer en cas de manque de place.',
  'audit.persistent.unknown': 'Ce navigateur n’indique pas si le stockage est persistant.',
  'audit.table.accounts': 'Comptes',
  'audit.table.transactions': 'Opérations',
  'audit.table.imports': 'Imports',
  'audit.table.profiles': 'Lectures de fichiers bancaires',
  'audit.table.categories': 'Catégories',
  'audit.table.rules': 'Règles',
  'audit.table.merchants': 'Commerçants appris',
  'audit.table.settings': 'Réglages et caches',
  'audit.wipeVerified':
    'Suppression vérifiée : les {tables} tables ont été relues et ne contiennent plus aucune de vos données (seules les {categories} catégories par défaut sont revenues).',
  'audit.wipeLeft':
    'Suppression incomplète : {count, plural, one {# ligne est encore enregistrée} other {# lignes sont encore enregistrées}}.',
};
