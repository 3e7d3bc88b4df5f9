/**
 * Words that may trail a merchant name without changing who the merchant is: legal forms, bank codes,
 * locations, store words. Used to strip display names and to accept short brand matches.
 */
import { CITY_SET, COUNTRY_SET, REGION_CODES } from './places';
import { isReferenceToken } from './noise';

/** Legal forms, as compact keys ("B.V." → "bv"). */
export const LEGAL = new Set(
  `gmbh mbh ag kg co cokg ohg ug gbr ev eg sa sas sasu sarl eurl snc sca scs ltd limited plc llp llc inc incorporated corp
  corporation bv nv vof cv se spa srl srls sl slu sagl ab as oy oyj aps asa pty lda sp zoo z o haftungsbeschraenkt`
    .split(/\s+/)
    .filter(Boolean),
);

/** Bank codes and store words that trail descriptors ("VODAFONE LTD DD", "REWE SAGT DANKE", "LIDL GB"). */
export const FILLERS = new Set(
  `dd ddr fpi bgc sto tfr ft so bcc cpm cd pending online on via fil filiale magasin supermarche store stores markt
  market sagt danke dankt merci contactless mobi dato kl ueberweisung konto pay ordenado wynagrodzenie n fuer per bpy _f f thank you thanks payment payments salary salaire payroll gehalt lohn salaris nomina stipendio station nr carta tarjeta pas en de du la le des und and & the by at ref carte fact card karte`
    .split(/\s+/)
    .filter(Boolean),
);

/** Month names that frame salary and invoice descriptors ("SALAIRE OCTOBRE 2026"); not ones that are also names. */
export const MONTHS = new Set(
  `january february april june july august september october november december janvier fevrier avril juin juillet aout
  septembre octobre novembre decembre januar februar maerz juni juli oktober dezember januari februari maart augustus`
    .split(/\s+/)
    .filter(Boolean),
);

const CITY_WORDS = new Set([...CITY_SET].flatMap((c) => c.split(' ')));

/** True when a payee-key token carries no merchant identity (location, legal form, code). */
export function isTailNoise(token: string): boolean {
  return (
    token.length <= 1 ||
    LEGAL.has(token) ||
    FILLERS.has(token) ||
    COUNTRY_SET.has(token) ||
    REGION_CODES.has(token) ||
    CITY_WORDS.has(token) ||
    isReferenceToken(token)
  );
}

/** Words of multi-word town names that are also everyday words: never a leading town before a brand. */
const TOWN_PARTICLES = new Set(
  'the le la de den el los las san santa st saint new city fort am main sur en aix'.split(' '),
);

export function isCityWord(token: string): boolean {
  return CITY_WORDS.has(token) && !TOWN_PARTICLES.has(token);
}
