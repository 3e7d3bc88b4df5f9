import { toKey } from './fold';

/**
 * Keyword knowledge for local shops without a brand, multilingual: the European languages, Turkish, Indonesian,
 * Malay and Vietnamese, and Cyrillic, Greek, Hebrew, Arabic, Persian, Japanese, Korean, Chinese and Thai words.
 * `word` matches a whole payee-key token, `word*` a token prefix, `*word` a token suffix (German compounds:
 * "Marienapotheke", "Stadtbaeckerei"); phrases with spaces match consecutive tokens.
 */

const TABLE = `
groceries: boulangerie boulangeries patisserie boucherie charcuterie fromagerie epicerie primeur primeurs supermarche hypermarche superette biocoop marche_bio
groceries: supermarkt *supermarkt lebensmittel* *baeckerei baeckerei baecker backhaus *backstube metzgerei *metzgerei fleischerei feinkost getraenkemarkt
groceries: bakkerij bakker slagerij slager groenteboer kaasboer supermarkt toko
groceries: supermercado panaderia carniceria fruteria alimentacion pescaderia supermercato panificio macelleria alimentari salumeria forno
groceries: grocery groceries grocer supermarket bakery butcher deli minimarket mini_market food_market liquor liquors caviste
dining: restaurant restaurants *restaurant restaurante ristorante resto brasserie bistro bistrot cafe cafes caffe coffee kaffee cafeteria
dining: pizzeria pizza pizzas sushi burger burgers kebab doner doener grill trattoria osteria taqueria diner creperie gaststaette gasthof
dining: gasthaus imbiss wirtshaus biergarten eetcafe snackbar cafetaria lunchroom brunch tapas cerveceria ramen noodle noodles steakhouse
dining: bbq wok cantine traiteur glacier gelateria eiscafe ijssalon salon_de_the donut donuts bagel bagels sandwich sandwiches poke
dining: bar pub tavern taverne brewery brasserie bistrot kitchen eatery thai pho boba bubble_tea tea_room baguette_cafe
transport: parking parkhaus parkgarage parkplatz parkeren parkeergarage aparcamiento parcheggio garage autowerkstatt werkstatt tankstelle
transport: station_service station_essence carburant carburants essence fuel gas_station gasolinera benzina tankstation peage toll tolls
transport: autopista autostrada maut taxi taxis vtc carwash car_wash autolavage lavage reifen pneus controle_technique tuev dekra autoservice
health: pharmacie pharmacy apotheke *apotheke apotheek farmacia drugstore medecin docteur *arzt arztpraxis zahnarzt *zahnarzt dentist dentiste
health: dental dentaire tandarts huisarts fysiotherapie physiotherapie physio kine kinesitherapeute osteopathe osteopath opticien optiker
health: optician optometrist optique clinique clinic klinik *klinik hopital hospital krankenhaus ziekenhuis laboratoire labo medical orthodontiste
health: psychologue psychologist therapie veterinaire tierarzt dierenarts medical_center urgent_care
personal_care: coiffeur coiffure friseur *friseur frisoer barber barbier barbershop kapper kapsalon peluqueria parrucchiere hairdresser
personal_care: nails nail onglerie manucure esthetique estheticienne kosmetik kosmetikstudio spa massage fitness fitnessstudio gym sportstudio
personal_care: yoga pilates crossfit piscine schwimmbad zwembad hallenbad drogerie parfumerie beauty beaute salon_de_beaute sauna
entertainment: cinema cine kino bioscoop theatre theater teatro concert konzert musee museum museo zoo bowling escape_game spectacle spectacles
entertainment: billetterie festival karaoke arcade casino freizeitpark parc_attractions pretpark minigolf laser_game
travel: hotel hotels hostel motel auberge camping gite chambres_d_hotes airline airlines airport aeroport flughafen luchthaven aeropuerto
travel: aeroporto duty_free reisebuero voyages travel resort vakantie ferry ferries faehre pension_hotel
housing: loyer loyers rent miete huur alquiler affitto hausverwaltung syndic copropriete immobilier immobiliere immobilien woonstichting
housing: verhuur property_mgmt property_management lettings letting landlord hoa nebenkosten charges_locatives wohnung whg
housing: bricolage baumarkt quincaillerie hardware jardinerie gartencenter tuincentrum bouwmarkt ferreteria ferramenta plombier schluesseldienst
utilities: utilities utility electricite electricity strom stromrechnung energie energy eau_potable water wasser internet telecom telefon broadband abschlag
utilities: gaz gas_electric hydro telecommunications mobilfunk
insurance: assurance assurances mutuelle versicherung *versicherung versicherungen verzekering *verzekering verzekeringen zorgverzekeraar
insurance: forsakring forsakringar forsikring forsikringer vakuutus vakuutusyhtio ubezpieczenie ubezpieczenia ubezpieczen assurantie assurantien seguradora
insurance: zorgverzekering insurance seguro seguros assicurazione assicurazioni prevoyance krankenkasse *krankenkasse kfz_vers
education: ecole school *school schule *schule universite university universitaet universiteit universidad universita college lycee
education: creche kita kindergarten garderie daycare tuition scolarite cantine_scolaire studiegeld collegegeld colegio academie academy
education: nursery montessori bibliotheque library buecherei fahrschule auto_ecole rijschool autoescuela autoscuola
shopping: librairie buchhandlung boekhandel libreria bookstore books papeterie schreibwaren tabac tabak presse kiosk fleuriste blumen
shopping: bloemen florist floristeria fioraio jouets spielwaren speelgoed bijouterie juwelier jewelers jewelry vetements boutique chaussures
shopping: schuhe schoenen electronique elektronik cadeaux souvenirs magasin outlet warenhaus kaufhaus department_store mode textil
taxes: impot impots tresor_public amende amendes antai steuer *steuer belasting* *belasting *belastingen tax_payment council_tax grundsteuer
taxes: hundesteuer multa
groceries: whisky cave_a_vins vins_et_spiritueux spiritueux weinhandlung wijnhandel slijterij enoteca bodega vinoteca
health: dds dmd
travel: airl
housing: mortgage hypotheek hypothek hypotheque pret_immobilier remboursement_de_pret echeance_pret amortissement_pret mutuo_casa prestamo_hipotecario
groceries: narbutik livs matbutik dagligvarebutikk kauppa bageri konditori livsmedel dagligvare dagligvarer *bageri leipomo piekarnia sklep_spozywczy padaria pastelaria mercearia talho minimercado
dining: hamburgare hampurilainen ravintola restauracja kawiarnia pizzeria grillbar kafe kahvila gatekjokken spisested
health: apotek apoteket apteekki apteka tandlakare tandlaege tannlege hammaslaakari laakari vardcentral
personal_care: frisor frisoer kampaamo fryzjer cabeleireiro
transport: bensin bensinstasjon parkering polttoaine stacja_paliw combustiveis
gifts: don dons donation donations spende spenden *spende charity fondation foundation stichting_vrienden
groceries: bakkal manav kasap firin sarkuteri toko_roti kedai_runcit potraviny pekarna reznictvi elelmiszer pekseg hentes brutarie macelarie alimentara acougue hortifruti sieu_thi bach_hoa
dining: lokanta restoran kafe kahve pastane kebap rumah_makan warung restaurace kavarna hospoda pivnice etterem kavezo cukraszda cafenea patiserie lanchonete churrascaria nha_hang ca_phe quan_an
transport: akaryakit otopark taksi spbu parkir cerpaci_stanice parkovne benzinkut parkolas benzinarie parcare combustivel estacionamento
health: eczane hastane apotek rumah_sakit lekarna nemocnice gyogyszertar patika korhaz farmacie spital clinica drogaria nha_thuoc benh_vien
personal_care: kuafor berber pangkas_rambut kadernictvi fodraszat frizerie coafor barbearia cat_toc
groceries: продукты супермаркет гипермаркет универсам пекарня булочная хлебозавод мясная рынок продукти хлібна хранителни
groceries: σουπερ_μαρκετ σουπερμαρκετ αρτοποιειο φουρνος κρεοπωλειο סופרמרקט מרכול מאפייה سوبرماركت هايبرماركت بقالة مخبز سوپرمارکت هایپرمارکت نانوایی
groceries: スーパー ベーカリー 八百屋 精肉 コンビニ 마트 슈퍼 베이커리 빵집 편의점 超市 便利店 面包 菜市场 生鲜 ซูเปอร์มาร์เก็ต
dining: кафе ресторан столовая кофейня пиццерия суши бургерная шаурма кав'ярня ресторант εστιατοριο καφε καφετερια ταβερνα ψητοπωλειο
dining: מסעדה קפה مطعم مقهى كافيه رستوران کافه غذا カフェ レストラン 居酒屋 ラーメン 寿司 食堂 카페 커피 식당 치킨 분식 餐厅 咖啡 外卖 饭店 餐饮 ร้านอาหาร กาแฟ
transport: такси азс бензин парковка метро автобус заправка таксі паркінг ταξι βενζινη καυσιμα σταθμευση מונית דלק חניה
transport: تاكسي بنزين وقود مواقف تاکسی پارکینگ کارواش タクシー 駐車場 ガソリン 交通 택시 주유소 주차 出租车 停车 加油 地铁 公交 แท็กซี่ น้ำมัน
health: аптека клиника поликлиника стоматология больница медцентр лаборатория аптеки клініка лікарня φαρμακειο ιατρειο κλινικη οδοντιατρος
health: בית_מרקחת מרפאה صيدلية مستشفى عيادة داروخانه بیمارستان درمانگاه کلینیک 薬局 ドラッグ 病院 クリニック 歯科 약국 병원 의원 치과 药店 药房 医院 诊所 ร้านยา โรงพยาบาล
utilities: связь интернет электроэнергия водоканал жкх мобильная электроэнергию ρευμα δεη חשמל كهرباء مياه قبض 電気 水道 전기요금 통신 电费 水费 话费 ค่าไฟ
personal_care: парикмахерская фитнес барбершоп перукарня κομμωτηριο מספרה صالون آرایشگاه 美容院 미용실 헤어 理发 美容 ร้านตัดผม
education: школа университет детский_сад школи σχολειο בית_ספר مدرسة جامعة مدرسه دانشگاه 学校 학교 학원 学费 โรงเรียน
entertainment: кинотеатр кино театр концерт σινεμα κινηματογραφος קולנוע سينما سینما 映画 영화 电影 โรงหนัง
travel: отель гостиница аэропорт авиабилеты готель ξενοδοχειο αεροδρομιο מלון فندق مطار هتل فرودگاه ホテル 空港 호텔 공항 酒店 机场 โรงแรม
`;

/** Scripts written without spaces between words: their keywords are looked for inside a token. */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export interface KeywordHit {
  category: string;
  keyword: string;
}

interface Keyword {
  category: string;
  keyword: string;
}

interface Index {
  tokens: Map<string, Keyword>;
  /** Keywords in unspaced scripts (Japanese, Chinese, Korean, Thai), found anywhere in a token. */
  inside: [string, Keyword][];
  prefixes: Map<string, Keyword>;
  suffixes: Map<string, Keyword>;
  affixLengths: number[];
  phrases: Map<string, [string[], Keyword][]>;
}

function parse(): Index {
  const index: Index = {
    tokens: new Map(),
    inside: [],
    prefixes: new Map(),
    suffixes: new Map(),
    affixLengths: [],
    phrases: new Map(),
  };
  const lengths = new Set<number>();
  for (const line of TABLE.split('\n')) {
    const [category, list] = line.split(':');
    if (!category || !list) continue;
    for (const keyword of list.trim().split(/\s+/)) {
      const word = toKey(keyword.replace(/\*/g, '').replace(/_/g, ' '));
      const entry = { category, keyword };
      if (UNSPACED.test(word)) index.inside.push([word, entry]);
      else if (keyword.startsWith('*')) index.suffixes.set(word, entry);
      else if (keyword.endsWith('*')) index.prefixes.set(word, entry);
      else if (word.includes(' ')) {
        const [first = '', ...rest] = word.split(' ');
        index.phrases.set(first, [...(index.phrases.get(first) ?? []), [rest, entry]]);
      } else if (!index.tokens.has(word)) index.tokens.set(word, entry);
      if (keyword.includes('*')) lengths.add(word.length);
    }
  }
  index.affixLengths = [...lengths].sort((a, b) => b - a);
  return index;
}

const INDEX = parse();

const hit = (k: Keyword): KeywordHit => ({ category: k.category, keyword: k.keyword });

/** First keyword found in a payee key, scanning tokens left to right (a phrase before a word at one position). */
export function matchKeyword(key: string): KeywordHit | null {
  if (!key) return null;
  const tokens = key.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    for (const [rest, k] of INDEX.phrases.get(token) ?? []) {
      if (rest.every((w, j) => tokens[i + 1 + j] === w)) return hit(k);
    }
    // "NÄRBUTIK" folds to "naerbutik" (German transliteration); Nordic keywords are written "narbutik".
    const exact = INDEX.tokens.get(token) ?? INDEX.tokens.get(token.replace(/ae|oe|ue/g, (d) => d.charAt(0)));
    if (exact) return hit(exact);
    if (UNSPACED.test(token)) {
      const inside = INDEX.inside.find(([word]) => token.includes(word));
      if (inside) return hit(inside[1]);
    }
    if (token.length < 6) continue;
    for (const n of INDEX.affixLengths) {
      if (n >= token.length) continue;
      const k = INDEX.prefixes.get(token.slice(0, n)) ?? INDEX.suffixes.get(token.slice(token.length - n));
      if (k) return hit(k);
    }
  }
  return null;
}
