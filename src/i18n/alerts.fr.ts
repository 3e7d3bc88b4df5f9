import type { alertsEn } from './alerts.en';

export const alertsFr: Record<keyof typeof alertsEn, string> = {
  'unusual.tag.cardTesting': 'Test de carte ?',
  'unusual.tag.trialConverted': 'Essai devenu payant',
  'unusual.tag.stoppedSubscription': 'Abonnement arrêté',
  'unusual.tag.sameCharge': 'Débité deux fois',
  'unusual.tag.newFee': 'Nouveaux frais',
  'unusual.tag.fxFee': 'Frais de change',
  'unusual.reason.cardTesting':
    '{count} micro-paiements ({total}) chez un commerçant jamais payé auparavant : c’est ainsi que les fraudeurs testent une carte volée',
  'unusual.reason.trialConverted': 'Commencé à {from}, prélève maintenant {to} : un essai devenu abonnement',
  'unusual.reason.stoppedSubscription':
    'Cet abonnement s’était arrêté ; il a de nouveau débité {days} jours après son dernier paiement',
  'unusual.reason.sameCharge':
    'Le même montant deux fois {days, plural, =0 {le même jour} one {à un jour d’intervalle} other {à # jours d’intervalle}}, ce qui n’arrive jamais ici',
  'unusual.reason.newFee': 'Des frais bancaires jamais facturés jusqu’ici',
  'unusual.reason.fxFee': '{count} frais de change ({total}) sur des paiements dans une autre devise',
  'unusual.charges': '{count} paiements :',
};
