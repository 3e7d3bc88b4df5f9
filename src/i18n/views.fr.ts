import type { viewsEn } from './views.en';

export const viewsFr: Record<keyof typeof viewsEn, string> = {
  'views.skip': 'Aller au contenu',
  'views.currency': 'Devise',
  'views.currencyHint': 'Les totaux sont dans une devise à la fois ; changez pour voir les autres.',
  'views.elsewhere':
    '{count, plural, one {# compte en {currency} n’est pas compris} other {# comptes en {currency} ne sont pas compris}} dans ce total',
  'views.unknownNotInTotal':
    '{count, plural, one {# compte n’a} other {# comptes n’ont}} pas de solde connu et {count, plural, one {n’est} other {ne sont}} pas dans ce total : {names}. Indiquez un solde initial dans Réglages.',
  'views.netHint': '{count, plural, one {# compte} other {# comptes}} en {currency}, derniers soldes',
  'views.balanceHint': 'Comptes en {currency} dont le solde est connu',
  'views.balanceUnknown': 'solde inconnu',
  'views.lastRow': 'dernière opération le {date}',
  'views.dataThrough':
    'Données jusqu’au {date} ({days, plural, =0 {aujourd’hui} one {il y a # jour} other {il y a # jours}})',
  'views.importNewer': 'Importer des relevés plus récents',
  'views.openTransactions': 'Voir ses opérations',
  'views.chartKeys':
    '{title} : graphique. Les flèches passent d’un élément à l’autre ({count, plural, one {# élément} other {# éléments}}) ; Entrée ouvre les opérations.',
  'views.pastDue': 'Attendu le {date}, pas encore vu',
  'views.filtersButton': 'Filtres',
  'views.filtersActive': 'Filtres ({count})',
  'views.filtersDone': 'Voir {count, plural, one {# opération} other {# opérations}}',
  'views.total': 'Total {amount}',
  'views.col.account': 'Compte',
  'views.chosen': '{count, plural, one {# opération choisie} other {# opérations choisies}}',
  'views.flow.in': 'Entrées d’argent',
  'views.flow.out': 'Sorties d’argent',
  'views.onWeekday': 'Le {weekday}',
  'views.inCurrency': 'En {currency}',
  'views.removeFilter': 'Retirer le filtre : {name}',
  'views.settings.currency': 'Devise de {name}',
  'views.settings.opening': 'Solde initial de {name}',
  'views.settings.openingHint': 'Solde avant la première opération (fichiers sans colonne de solde)',
  'views.import.fileDone':
    '→ {account} : {added, plural, one {# ajoutée} other {# ajoutées}}, {duplicates, plural, one {# doublon ignoré} other {# doublons ignorés}}, {errors, plural, one {# ligne rejetée} other {# lignes rejetées}}',
  'error.skippedInReview': 'ignoré à la vérification : rien de ce fichier n’a été enregistré',
  'views.review.keyword': 'Catégorie devinée : {category} (d’après un mot du libellé)',
  'views.review.acceptAll': 'Accepter toutes les suggestions ({count})',
  'views.review.acceptedAll':
    '{groups, plural, one {# suggestion acceptée} other {# suggestions acceptées}} : {count, plural, one {# opération catégorisée} other {# opérations catégorisées}}.',
  'views.bulk.merchant': 'Nouveau nom de commerçant',
  'views.bulk.rename': 'Renommer',
  'views.bulk.note': 'Note pour la sélection',
  'views.bulk.setNote': 'Mettre la note',
  'views.bulk.done': '{count, plural, one {# opération modifiée} other {# opérations modifiées}}.',
  'views.bulk.undo': 'Annuler cette modification',
  'views.split.unsigned': 'Saisissez les montants sans signe ; la dernière part prend le reste.',
  'views.pastDueNoData': 'Prévu le {date} : passé, après votre dernier relevé',
  'views.import.perFile': '{count, plural, one {# fichier} other {# fichiers}}, une ligne chacun',
  'views.settings.save': 'Enregistrer',
  'views.settings.saved': 'Enregistré',
};
