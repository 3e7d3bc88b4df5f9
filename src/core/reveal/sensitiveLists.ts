import { keywordList } from './keywords';

/** Payees whose mere presence reveals what data-protection law treats as special categories. */
export const SENSITIVE_LISTS = {
  health: keywordList(
    'pharmacie pharmacy apotheke apotheek farmacia medecin medecins_generalistes docteur doctor dentiste dentist dental orthodontiste kine kinesitherapeute osteopathe physio physiotherapie psychologue psychiatre psychotherapeute therapist hopital hospital clinique clinic krankenhaus ziekenhuis laboratoire labo_analyses cpam ameli opticien optician',
  ),
  religion: keywordList(
    'paroisse eglise church diocese denier_du_culte denier_de_l_eglise mosquee mosque synagogue consistoire kirchensteuer kirche kirchgeld tithe zakat offrande quete',
  ),
  politics: keywordList(
    'cgt cfdt unsa cfe_cgc syndicat cotisation_syndicale union_dues gewerkschaft verdi ig_metall fnv labour_party parti_socialiste les_republicains rassemblement_national la_france_insoumise europe_ecologie renaissance_parti actblue winred',
  ),
  donations: keywordList(
    'medecins_sans_frontieres msf unicef croix_rouge red_cross greenpeace amnesty wwf secours_populaire secours_catholique restos_du_coeur oxfam save_the_children fondation_abbe_pierre helloasso spende donation don_en_ligne charity',
  ),
  gambling: keywordList(
    'fdj francaise_des_jeux pmu betclic winamax unibet parions_sport zebet bet365 paddy_power william_hill ladbrokes betfair pokerstars casino_barriere partouche lottery lotto tipico bwin draftkings fanduel',
  ),
  dating: keywordList(
    'meetic tinder bumble hinge happn match_com parship elitesingles okcupid grindr badoo lovoo eharmony',
  ),
  debt: keywordList(
    'intrum recouvrement huissier commissaire_de_justice inkasso debt_collection lowell cabot_financial hoist creditreform',
  ),
  alcoholTobacco: keywordList(
    'tabac tabacs bureau_de_tabac civette caviste cave_a_vins v_and_b liquor liquor_store off_licence bottle_shop vape vapoteur cigarettes cigar tobacco spirituosen',
  ),
} as const;

export type SensitiveTopic = keyof typeof SENSITIVE_LISTS;

export const DATING = SENSITIVE_LISTS.dating;
