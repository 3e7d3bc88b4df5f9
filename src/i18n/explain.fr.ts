import type { explainEn } from './explain.en';

export const explainFr: Record<keyof typeof explainEn, string> = {
  'why.button': 'Pourquoi ?',
  'why.label': 'Pourquoi {merchant} est-il dans {category} ?',
  'why.title': 'Pourquoi « {category} » ?',
  'why.split': 'Vous avez réparti cette opération entre {parts} catégories.',
  'why.manual': 'Vous avez choisi cette catégorie vous-même.',
  'why.rule': 'Votre règle : quand le {field} {match} « {pattern} ».',
  'why.ruleUnknown': 'Une de vos règles l’a définie.',
  'why.field.description': 'libellé bancaire',
  'why.field.merchant': 'commerçant',
  'why.match.contains': 'contient',
  'why.match.equals': 'est',
  'why.match.regex': 'correspond à',
  'why.learned': 'Appris de votre correction du {date} : toutes les opérations {merchant} la suivent.',
  'why.learnedUndated': 'Appris de votre correction : toutes les opérations {merchant} la suivent.',
  'why.transfer':
    'Un virement entre vos propres comptes : le même montant a quitté l’un et est arrivé sur un autre.',
  'why.type': 'Le libellé de la banque l’identifie comme {type}.',
  'why.type.income': 'un revenu (salaire, pension ou allocation)',
  'why.type.cash': 'un retrait d’espèces',
  'why.type.fee': 'des frais bancaires',
  'why.type.cardSummary': 'un total de carte à débit différé',
  'why.type.interest': 'des intérêts',
  'why.type.transfer': 'un virement',
  'why.type.other': 'ce type d’opération',
  'why.brand.curated': '{brand} est une enseigne connue de la liste de Kept.',
  'why.brand.dictionary':
    '{brand} est une enseigne connue de l’index de noms fourni (name-suggestion-index, la liste des marques d’OpenStreetMap).',
  'why.keyword': 'Le mot « {keyword} » dans le libellé.',
  'why.keywordUnknown': 'Un mot-clé dans le libellé.',
  'why.bank': 'La catégorie de votre banque : « {label} ».',
  'why.bankUnknown': 'La catégorie de votre banque.',
  'why.guess': 'Une supposition tirée des opérations que vous avez corrigées, sûre à {percent} %.',
  'why.none':
    'Kept n’a rien trouvé pour décider. Choisissez une catégorie : il l’apprendra pour ce commerçant.',
  'why.change':
    'Changez-la avec la liste des catégories ; Kept propose alors de l’appliquer à tout le commerçant.',
};
