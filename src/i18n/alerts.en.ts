/** English strings of the fraud-like alerts in the unusual charges list (kept apart to keep files small). */
export const alertsEn = {
  'unusual.tag.cardTesting': 'Card testing?',
  'unusual.tag.trialConverted': 'Trial now paid',
  'unusual.tag.stoppedSubscription': 'Stopped subscription',
  'unusual.tag.sameCharge': 'Charged twice',
  'unusual.tag.newFee': 'New bank fee',
  'unusual.tag.fxFee': 'Exchange fees',
  'unusual.reason.cardTesting':
    '{count} tiny charges ({total}) at a merchant you never paid before: fraudsters test stolen cards this way',
  'unusual.reason.trialConverted':
    'Started at {from} and now charges {to}: a trial that turned into a subscription',
  'unusual.reason.stoppedSubscription':
    'This subscription had stopped; it charged again {days} days after its last payment',
  'unusual.reason.sameCharge':
    'The same amount twice {days, plural, =0 {on the same day} one {a day apart} other {# days apart}}, which never happens here',
  'unusual.reason.newFee': 'A bank fee you were never charged before',
  'unusual.reason.fxFee': '{count} foreign-exchange fees ({total}) on payments in another currency',
  'unusual.charges': '{count} charges:',
} as const;
