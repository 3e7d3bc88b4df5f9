/**
 * Place names that banks append to card descriptors ("PAUL PARIS", "TESCO STORES 3480 London GBR").
 * All entries are payee keys (folded, see fold.ts). Used to strip location tails, never to match merchants.
 */

const CITIES = `
aachen aberdeen albuquerque alicante almere amersfoort amiens amsterdam angers antwerpen anvers argenteuis
arlington arnhem atlanta augsburg austin baltimore barcelona bari basel bath belfast berkeley berlin bern
besancon bielefeld bilbao birmingham bochum bologna bonn bordeaux boston breda bremen brest brighton bristol
bronx brooklyn brugge brussel brussels bruxelles caen calgary cambridge cardiff catania charleroi charlotte
chicago cincinnati cleveland cologne columbus cordoba cork coventry cupertino dallas delft denver detroit
dijon dortmund dresden dublin duesseldorf duisburg edinburgh edmonton eindhoven essen firenze florence
frankfurt freiburg fresno galway gand geneva geneve genf genova gent glasgow granada graz grenoble groningen
haarlem halifax hamburg hamilton hannover heidelberg hilversum hoboken honolulu houston indianapolis innsbruck
jacksonville karlsruhe kiel kitchener koeln lausanne leeds leicester leiden leipzig leuven liege lille
limerick limoges linz liverpool london louisville lugano luik luzern lyon maastricht madrid mainz malaga
manchester manhattan mannheim marseille memphis mesa metz miami milan milano milwaukee minneapolis mississauga
montpellier montreal montreuil muenchen muenster mulhouse munich murcia namur nancy nantes napoli nashville
newark newcastle nice nijmegen nimes nottingham nuernberg nyc oakland omaha orlando orleans ottawa oxford
palermo palma paris pasadena perpignan philadelphia phoenix pittsburgh portland potsdam quebec queens raleigh
reading regensburg reims rennes roissy roma rome rotterdam rouen sacramento salzburg schiphol seattle sevilla
sheffield somerville southampton strasbourg stuttgart tampa tilburg torino toronto toulon toulouse tours
tucson tulsa turin utrecht valencia valladolid vancouver venezia venice verona versailles victoria vienna vigo
villeurbanne washington wien wiesbaden winnipeg wuppertal york zaandam zaragoza zuerich zurich zwolle
stockholm goteborg gothenburg malmo uppsala oslo bergen trondheim stavanger kobenhavn copenhagen aarhus odense
helsinki tampere turku espoo vantaa oulu warszawa warsaw krakow wroclaw poznan gdansk lodz lisboa lisbon porto
braga coimbra faro sydney melbourne brisbane perth adelaide canberra hobart darwin auckland wellington christchurch
dunedin hamilton winterthur lugano luzern liege bruges ghent mechelen namur graz linz salzburg innsbruck
galway sevilla bilbao malaga torino bologna firenze napoli padova
`;

const MULTI_WORD_CITIES = `
clermont_ferrand le_havre saint_etienne aix_en_provence boulogne_billancourt neuilly_sur_seine la_defense
frankfurt_am_main s_gravenhage den_haag the_hague milton_keynes new_york los_angeles san_antonio san_diego
san_jose fort_worth san_francisco el_paso oklahoma_city las_vegas kansas_city new_orleans st_louis saint_louis
salt_lake_city palo_alto mountain_view santa_monica jersey_city fort_lauderdale long_beach santa_clara
san_mateo redwood_city st_paul saint_paul quebec_city
`;

/** City keys ("paris", "san francisco"). */
export const CITY_SET: ReadonlySet<string> = new Set([
  ...CITIES.split(/\s+/).filter(Boolean),
  ...MULTI_WORD_CITIES.split(/\s+/)
    .filter(Boolean)
    .map((c) => c.replace(/_/g, ' ')),
]);

/** Largest number of words in a city key. */
export const MAX_CITY_WORDS = 3;

/** ISO country codes (alpha-2 and alpha-3) and names banks append. */
export const COUNTRY_SET: ReadonlySet<string> = new Set(
  `us usa gb gbr uk fr fra de deu ger nl nld es esp it ita ca can be bel ch che at aut ie irl lu lux pt prt se swe dk dnk
  pl pol cz cze hu hun no nor fi fin mt mlt cy cyp gr grc sk svk si svn ro rou hr hrv ee est lv lva lt ltu
  france deutschland germany nederland netherlands espana spain italia italy canada belgique belgie united states
  united kingdom ireland schweiz suisse oesterreich austria belgium nz nzl au aus australia new zealand sverige
  norge danmark suomi finland polska portugal`
    .split(/\s+/)
    .filter(Boolean),
);

/** US states and Canadian provinces (two letters), stripped only at the very end of a descriptor. */
export const REGION_CODES: ReadonlySet<string> = new Set(
  `al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa
  ri sc sd tn tx ut vt va wa wv wi wy ab bc mb nb nl ns nt nu on pe qc sk yt`
    .split(/\s+/)
    .filter(Boolean),
);
