import type { revealEn } from './reveal.en';

export const revealFr: Record<keyof typeof revealEn, string> = {
  'nav.reveal': 'Ce qu’ils révèlent',

  'reveal.title': 'Ce que vos relevés révèlent',
  'reveal.intro':
    'Des entreprises paient les banques et les courtiers en données pour ce que les paiements par carte disent des gens. Voici ce que vos propres relevés disent de vous, calculé sur cet appareil uniquement. Rien n’est envoyé.',
  'reveal.count':
    '{count, plural, one {# déduction} other {# déductions}} tirées de {transactions, plural, one {# opération} other {# opérations}}',
  'reveal.none':
    'Pas encore assez d’historique pour en déduire quoi que ce soit. Importez quelques mois de relevés.',
  'reveal.kind.places': 'Lieux',
  'reveal.kind.routine': 'Habitudes',
  'reveal.kind.income': 'Revenus',
  'reveal.kind.life-events': 'Événements de vie',
  'reveal.kind.sensitive': 'Données sensibles',
  'reveal.kind.spending-power': 'Pouvoir d’achat',
  'reveal.kind.brands': 'Marques',
  'reveal.kindHint.places': 'Où vous vivez, travaillez et voyagez',
  'reveal.kindHint.routine': 'Quand et où vous dépensez, comment vous vous déplacez',
  'reveal.kindHint.income': 'Qui vous paie, quand et combien',
  'reveal.kindHint.life-events': 'Les changements dans votre vie',
  'reveal.kindHint.sensitive':
    'Ce que la loi sur la protection des données classe en catégories particulières',
  'reveal.kindHint.spending-power': 'Ce sur quoi un prêteur ou un annonceur vous classerait',
  'reveal.kindHint.brands': 'Les enseignes pour lesquelles un annonceur vous ciblerait',
  'reveal.confidence.high': 'Très probable',
  'reveal.confidence.medium': 'Probable',
  'reveal.confidence.low': 'Possible',
  'reveal.confidence.percent': 'sûr à {percent} %',
  'reveal.evidence': 'Voir {count, plural, one {l’opération} other {les # opérations}}',
  'reveal.seenAt': 'Vu chez {merchants}',
  'reveal.export': 'Exporter un CSV caviardé',
  'reveal.round': 'Arrondir les montants à l’unité',
  'reveal.print': 'Rapport caviardé (PDF/impression)',
  'reveal.shareHint':
    'Pour partager un relevé sans vous exposer : les numéros de compte ne gardent que leurs 4 derniers chiffres, et les opérations derrière une déduction sensible affichent leur catégorie au lieu du commerçant et du libellé.',
  'reveal.printedTitle': 'Ce que mes relevés révèlent (caviardé)',
  'reveal.redacted': 'Caviardé',

  'reveal.msg.places.home': 'Vous vivez ou travaillez vers {city}',
  'reveal.msg.places.trip': 'Vous avez séjourné à {city} du {from} au {to}',
  'reveal.msg.places.tripAbroad': 'Vous êtes allé à l’étranger : {city}, {country}, du {from} au {to}',
  'reveal.msg.places.regular': 'Vous allez régulièrement à {city} ({days} jours)',
  'reveal.msg.routine.busiestDay':
    'Le {weekday} est votre jour le plus dépensier : {share} % de vos achats par carte',
  'reveal.msg.routine.regularPlace': 'Vous allez chez {merchant} environ {perMonth} fois par mois',
  'reveal.msg.routine.commute': 'Vous vous déplacez en transports en commun ({merchant}, {months} mois)',
  'reveal.msg.routine.night':
    'Vous dépensez souvent tard le soir : {share} % des achats horodatés sont après 22 h',
  'reveal.msg.routine.morning':
    'Vous dépensez surtout le matin : {share} % des achats horodatés sont avant midi',
  'reveal.msg.routine.afternoon': 'Vous dépensez surtout l’après-midi : {share} % des achats horodatés',
  'reveal.msg.routine.evening':
    'Vous dépensez surtout en soirée : {share} % des achats horodatés sont après 18 h',
  'reveal.msg.income.employer': 'Vous êtes payé par {payer} vers le {day} du mois : {amount}',
  'reveal.msg.income.payer': '{payer} vous verse {amount} vers le {day} de chaque mois',
  'reveal.msg.income.raise': 'Votre paie de {payer} est passée de {from} à {to} en {month}',
  'reveal.msg.income.cut': 'Votre paie de {payer} a baissé de {from} à {to} en {month}',
  'reveal.msg.life.newJob':
    'Vous avez changé d’emploi vers {month} : la paie de {from} s’est arrêtée, celle de {to} a commencé',
  'reveal.msg.life.move': 'Vous avez déménagé vers {month} : votre loyer va à un nouveau bailleur',
  'reveal.msg.life.newCar': 'Vous avez une voiture depuis {month} : crédit auto ou assurance auto',
  'reveal.msg.life.child':
    'Un enfant est arrivé vers {month} : magasins pour bébé, garde ou allocations familiales',
  'reveal.msg.life.relationship':
    'Votre abonnement de rencontres s’est arrêté en {month} : peut-être une nouvelle relation',
  'reveal.msg.life.moneyTrouble':
    'Signes de difficultés financières vers {month} : frais d’incident ou compte à découvert',
  'reveal.msg.sensitive.health': 'Votre santé : pharmacie, médecin ou soins réguliers',
  'reveal.msg.sensitive.religion': 'Votre religion : des paiements à une paroisse ou un lieu de culte',
  'reveal.msg.sensitive.politics': 'Vos engagements syndicaux ou politiques : cotisations ou dons à un parti',
  'reveal.msg.sensitive.donations': 'Les causes que vous soutenez : des dons réguliers',
  'reveal.msg.sensitive.gambling': 'Jeux d’argent : loterie, paris ou casino',
  'reveal.msg.sensitive.dating': 'Votre vie amoureuse : un site de rencontres',
  'reveal.msg.sensitive.debt':
    'Recouvrement de dettes : paiements à une société de recouvrement ou un huissier',
  'reveal.msg.sensitive.alcoholTobacco': 'Tabac ou alcool : des achats chez un buraliste ou un caviste',
  'reveal.msg.power.incomeBand': 'Vos revenus : entre {low} et {high} par mois',
  'reveal.msg.power.balance':
    'Vous détenez environ {amount} sur {accounts, plural, one {# compte} other {# comptes}}',
  'reveal.msg.power.savingsRate':
    'Vous gardez {rate} % de ce que vous gagnez ({saved} sur les 12 derniers mois)',
  'reveal.msg.power.overspending':
    'Vous dépensez {rate} % de plus que ce que vous gagnez ({saved} sur les 12 derniers mois)',
  'reveal.msg.brands.top': 'Vos marques : {brands}',
  'reveal.msg.brands.subscriptions': 'Vous êtes abonné à {brands}',
};
