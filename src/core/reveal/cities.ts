/**
 * Cities that card descriptors end with, and their country (ISO 3166 alpha-2). Keys are payee keys; several
 * spellings (local and English) map to one display name.
 */
const TABLE = `
FR: Paris Lille Lyon Marseille Nice Bordeaux Toulouse Nantes Strasbourg Montpellier Rennes Reims Grenoble Dijon Angers
FR: Nimes Toulon Brest Limoges Amiens Metz Besancon Perpignan Orleans Rouen Caen Nancy Avignon Cannes Antibes
FR: Biarritz Annecy Chamonix Versailles Boulogne_Billancourt Montreuil Saint_Denis Clermont_Ferrand Le_Havre
FR: Saint_Etienne Aix_en_Provence La_Rochelle Saint_Malo Ajaccio Bastia Deauville Arcachon Roissy Orly
PT: Lisboa=Lisbon Lisbon Porto Faro Lagos Funchal Sintra Cascais Coimbra
ES: Madrid Barcelona Valencia Sevilla=Seville Seville Malaga Bilbao Granada Palma Ibiza Zaragoza Alicante San_Sebastian
IT: Roma=Rome Rome Milano=Milan Milan Napoli=Naples Firenze=Florence Florence Venezia=Venice Venice Torino=Turin Bologna Verona Palermo
GB: London Manchester Edinburgh Glasgow Liverpool Bristol Birmingham Oxford Cambridge Brighton Leeds Cardiff Belfast
IE: Dublin Cork Galway
DE: Berlin Muenchen=Munich Munich Hamburg Koeln=Cologne Cologne Frankfurt Stuttgart Duesseldorf=Düsseldorf Leipzig Dresden
NL: Amsterdam Rotterdam Utrecht Den_Haag=The_Hague Eindhoven Groningen Maastricht
BE: Bruxelles=Brussels Brussel=Brussels Brussels Antwerpen=Antwerp Gent=Ghent Brugge=Bruges Liege
CH: Geneve=Geneva Geneva Zurich Zuerich=Zurich Lausanne Basel Bern
AT: Wien=Vienna Vienna Salzburg Innsbruck
LU: Luxembourg
GR: Athens Athenes=Athens Athina=Athens Santorini Mykonos
HR: Dubrovnik Zagreb
CZ: Praha=Prague Prague
HU: Budapest
PL: Krakow Warszawa=Warsaw Warsaw
DK: Kobenhavn=Copenhagen Copenhagen
SE: Stockholm
NO: Oslo
MA: Marrakech Casablanca
US: New_York Los_Angeles San_Francisco Chicago Boston Miami Seattle Washington Las_Vegas Orlando
CA: Montreal Toronto Vancouver Quebec
`;

export interface City {
  name: string;
  country: string;
  /** The French name when it differs ("Londres"). */
  fr?: string;
}

const FRENCH: Record<string, string> = {
  Lisbon: 'Lisbonne',
  Seville: 'Séville',
  Barcelona: 'Barcelone',
  Rome: 'Rome',
  Milan: 'Milan',
  Naples: 'Naples',
  Venice: 'Venise',
  Turin: 'Turin',
  London: 'Londres',
  Edinburgh: 'Édimbourg',
  Munich: 'Munich',
  Cologne: 'Cologne',
  'The Hague': 'La Haye',
  Brussels: 'Bruxelles',
  Antwerp: 'Anvers',
  Ghent: 'Gand',
  Geneva: 'Genève',
  Vienna: 'Vienne',
  Athens: 'Athènes',
  Warsaw: 'Varsovie',
  Krakow: 'Cracovie',
  Copenhagen: 'Copenhague',
  Liege: 'Liège',
  Besancon: 'Besançon',
  Nimes: 'Nîmes',
  Orleans: 'Orléans',
  'Saint Etienne': 'Saint-Étienne',
  'Clermont Ferrand': 'Clermont-Ferrand',
  'Aix en Provence': 'Aix-en-Provence',
  'Boulogne Billancourt': 'Boulogne-Billancourt',
  'Saint Denis': 'Saint-Denis',
  'Saint Malo': 'Saint-Malo',
  'New York': 'New York',
  Quebec: 'Québec',
};

function parse(): Map<string, City> {
  const cities = new Map<string, City>();
  for (const line of TABLE.split('\n')) {
    const [country, list] = line.split(':');
    if (!country || !list) continue;
    for (const entry of list.trim().split(/\s+/)) {
      const [spelling = '', display] = entry.split('=');
      const name = (display ?? spelling).replace(/_/g, ' ');
      const fr = FRENCH[name];
      cities.set(spelling.toLowerCase().replace(/_/g, ' '), {
        name,
        country: country.trim(),
        ...(fr && fr !== name ? { fr } : {}),
      });
    }
  }
  return cities;
}

export const CITIES: ReadonlyMap<string, City> = parse();

/** Tokens that carry no place: dates, numbers and card words at the end of a descriptor. */
const NOISE = /^(?:\d+|\d+h\d+|cb|carte|card|fr|fra|france)$/;

/**
 * The city a payee key ends with ("cb paul paris 02 11" → Paris), or undefined. Only the last meaningful words
 * count: a city name in the middle of a shop name ("nice things") is not a place.
 */
export function cityOf(text: string): City | undefined {
  const tokens = text.split(' ');
  while (tokens.length > 0 && NOISE.test(tokens.at(-1) as string)) tokens.pop();
  for (let words = 3; words >= 1; words -= 1) {
    if (tokens.length <= words) continue;
    const city = CITIES.get(tokens.slice(-words).join(' '));
    if (city) return city;
  }
  return undefined;
}
