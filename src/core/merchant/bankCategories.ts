/**
 * The banks' own category labels (BNP "Restaurants, bars · Restaurant", Monzo "eating_out", Boursorama
 * "Alimentation", Commerzbank "Lebensmittel", N26 "Bars & Restaurants", Revolut "Groceries", Neon
 * "income_salary"…) mapped to Kept's category ids. Evidence for the categorizer, never a merchant name.
 * The most specific part of the label decides ("Logement · Assurance" is insurance); labels that say nothing
 * ("General", "Autres", "Divers", "Services") map to nothing.
 */
import { toKey } from './fold';

/** `category: phrase, phrase` — phrases are payee keys matched as whole words inside the label. */
const TABLE = `
groceries: alimentation, supermarche, hyper supermarche, courses, groceries, food groceries, lebensmittel, supermarkt, boodschappen, supermercado, supermercados, alimentari, spesa, dagligvaror, matvarer, dagligvarer, ruoka, zakupy spozywcze, mercearia, courses alimentaires, naerbutik, alimentacion, alimentacao, lebensmittel haushalt
dining: restaurant, restaurants, eating out, eating_out, bars restaurants, restaurants bars, bar, bars, cafe, cafes, fast food, restauration, restauration rapide, gastronomie, uit eten, horeca, restauracion, restaurantes, ristoranti, ristorante, restauranger, restauranter, ravintolat, restauracje
transport: transport, transports, transportation, carburant, carburants, tanken, fuel, gas fuel, auto moto, auto, voiture, transport car, parking, peage, taxi, mobilite, vervoer, brandstof, transporte, gasolina, trasporti, carburante, transporter, liikenne, paliwo, peages, peage, transports quotidiens, mobilitaet, kfz, vehiculo, vehicule, location de vehicules, trein, bus
shopping: shopping, achats, einkaufen, multimedia, high tech, vetements, clothing, electronics, kleidung, winkelen, compras, acquisti, shopping online, general merchandise, kleding, mode, vetements et accessoires, furniture, moebel, meubles, cadeaux shopping
health: sante, pharmacie, health, gesundheit, medical, medecin, arzt, apotheke, gezondheid, salud, farmacia, salute, halsa, terveys, zdrowie, healthcare, drug stores, drugstores, mutuelle sante, optique
personal_care: personal care, personal_care, beaute, soins, coiffeur, drogerie, sport, sports, fitness, wellness, verzorging, belleza, bellezza, cosmetique, coiffeur cosmetique soins, salon
housing: logement, loyer, housing, home, wohnen, miete, haus garten, bricolage, wonen, huur, hogar, vivienda, casa, affitto, boende, bolig, asuminen, mieszkanie, baumarkt, maison, jardin, travaux, mobilier, haushalt
utilities: bills, factures, electricite, electricite gaz, energie, energy, telephone, telephone internet, telefon internet, internet, utilities, household utilities, abonnements, nebenkosten, strom, nutsvoorzieningen, suministros, utenze, bollette, rakningar, eau, telephonie, telephonie fixe et mobile, mobile, gas electricity, water, nutsbedrijven, abonnementen, abonnements, haushalt nebenkosten, wohnen energie
insurance: assurance, assurances, versicherung, versicherungen, insurance, insurances, insurances finances, verzekering, verzekeringen, seguros, seguro, assicurazioni, forsakring, vakuutus, ubezpieczenie, mutuelle
entertainment: loisirs, entertainment, freizeit, sorties, culture, leisure, media, streaming, abonnements numeriques, vrije tijd, ocio, svago, tempo libero, noje, leisure entertainment, spectacles, cinema, jeux, games, medien, sortir, sport events, freizeit unterhaltung, unterhaltung
travel: voyages, voyage, vacances, holidays, holiday, travel, reisen, urlaub, reizen, vakantie, viajes, viaggi, hotel, resa, hotels, hebergement, billets d avion, billets de train, vols, flights, accommodation
education: education, enseignement, scolarite, bildung, ausbildung, onderwijs, educacion, istruzione, utbildning
taxes: impots, impot, taxes, tax, steuern, belastingen, impuestos, tasse, skatt, tax fines, amendes, fines
gifts: dons, don, charity, spenden, donations, donation, cadeaux, gifts, gifts donations, goede doelen, donaciones
income: revenus, revenu, salaires, salaire, income, income salary, gehalt, einkommen, einnahmen, salary, inkomsten, salaris, ingresos, nomina, entrate, stipendio, inkomst, lon
transfers: virements, virement, virements recus, virements emis, transfers, transfer, umbuchungen, umbuchung, ueberweisungen, mouvements internes, transferencias, trasferimenti, overboekingen, epargne, savings, sparen, savings investments, mouvements internes debiteurs, mouvements internes crediteurs, remboursements, transferts
fees: frais bancaires, bank fees, bankgebuehren, gebuehren, frais, banque, bank charges, fees, charges, bankkosten, comisiones, commissioni, avgifter
cash: retraits, retrait, retrait dab, cash, bargeld, atm, geldautomaat, efectivo, contanti, kontanter, retraits cash, distributeur, geldautomat, bargeld atm
`;

const PHRASES = new Map<string, string>();
for (const line of TABLE.split('\n')) {
  const [category, list] = line.split(':');
  if (!category || !list) continue;
  for (const phrase of list.split(',')) PHRASES.set(toKey(phrase.replace(/_/g, ' ')), category.trim());
}
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

const CONJUNCTIONS = new Set(['&', 'and', 'et', 'und', 'en', 'e', 'y', 'och', 'og', 'ja', 'i']);

function categoryOfPart(part: string): string | null {
  const tokens = toKey(part)
    .split(' ')
    .filter((t) => !CONJUNCTIONS.has(t));
  // Longest phrase first, left to right: "frais bancaires" before "frais", "hyper supermarche" before "hyper".
  for (let n = Math.min(LONGEST, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const hit = PHRASES.get(tokens.slice(i, i + n).join(' '));
      if (hit) return hit;
    }
  }
  return null;
}

const cache = new Map<string, string | null>();

/** Kept's category id for a bank's own category label, or null when the label says nothing usable. */
export function categoryFromBankLabel(label: string | undefined): string | null {
  if (!label) return null;
  let hit = cache.get(label);
  if (hit === undefined) {
    const parts = label.split(/\s*[·>|/]\s*|\s+-\s+/).filter(Boolean);
    hit = null;
    for (let i = parts.length - 1; i >= 0 && !hit; i--) hit = categoryOfPart(parts[i] ?? '');
    if (cache.size > 1000) cache.clear();
    cache.set(label, hit);
  }
  return hit;
}
