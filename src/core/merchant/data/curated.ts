/**
 * Hand-written merchant knowledge for what OpenStreetMap lacks: online services, marketplaces, telecoms,
 * utilities, transit, insurers, tax offices, gyms and delivery apps of the supported countries.
 *
 * Format, one category per block: `category: Name=alias,alias | Name | !Name`.
 * Aliases are payee keys (see fold.ts) matched as a prefix of the cleaned descriptor; the name itself is
 * always an alias. `!` marks names that only match when they are the whole cleaned descriptor. `Name@nl,be` limits a
 * name that means another business elsewhere (Plus: a Dutch grocer, a Polish telecom) to those countries.
 * Processor-specific shapes (AMZN Mktp, UBER *EATS, PAYPAL *X) are handled here as aliases too.
 */
const TABLE = `
entertainment: Netflix=netflix com,netflix international | Spotify=spotify ab,spotify usa,spotify uk,spotify france
entertainment: Disney+=disney plus,disneyplus,disney | Deezer | Canal+=canal +,canal plus,canalplus | Audible
entertainment: Patreon | Amazon Prime Video=prime video,amazon video,amzn digital | YouTube Premium=youtube,google youtube
entertainment: Apple=apple com,apple com bill,itunes,apple services,apple music,apple tv | HBO Max=hbo,max com
entertainment: Hulu | Paramount+=paramount | Crunchyroll | Twitch | Steam=steam games,steampowered,valve | PlayStation=playstation network,sony playstation,psn
entertainment: Xbox=microsoft xbox | Nintendo=nintendo eshop | DAZN | Sky=sky digital,sky uk,sky deutschland | Molotov
entertainment: Google Play=google play | Ticketmaster | Eventbrite | Fnac Spectacles | Kindle=kindle svcs,kindle unlimited
entertainment: Tidal | SoundCloud | Qobuz | Videoland | NPO Plus | Pathé Thuis | Joyn | RTL+=rtl plus | Rakuten TV | Now TV=now tv
entertainment: BBC TV Licence=tv licence,tv licensing | Rundfunkbeitrag=rundfunk ard zdf,ard zdf,beitragsservice | Lotto=fdj,francaise des jeux,lottoland
utilities: OpenAI=openai,chatgpt | Microsoft=microsoft 365,msft,microsoft store,microsoft office | Google One=google one,google storage,google gsuite,google workspace
utilities: Dropbox | Adobe=adobe systems | iCloud=apple icloud | Proton=protonmail,proton ag | 1Password | NordVPN | Zoom=zoom us | Notion
utilities: Free=free mobile,free telecom,freebox,free sas | Orange=orange polska,orange sa,orange france,orange mobile | SFR=sfr fixe,sfr mobile | Sosh | RED by SFR=red by sfr
utilities: Bouygues Telecom=bouygues,bouygtel,b&you | Vodafone=vodafone ltd,vodafone gmbh,vodafone uk | O2=o2 uk,telefonica germany,telefonica o2
utilities: Telekom=telekom deutschland,deutsche telekom,t mobile deutschland | 1&1=1 & 1,1und1 | Congstar | EE=ee limited,ee ltd | !Three=three uk,hutchison 3g
utilities: BT=bt group,british telecom,bt broadband | Virgin Media=virgin media | Sky Broadband=sky broadband | giffgaff | Plusnet | TalkTalk
utilities: KPN=kpn b v,kpn bv | Ziggo | Odido=t mobile netherlands,t mobile nl | Simyo | Ben NL=ben nederland | Proximus | Telenet | Swisscom | Salt Mobile | !Sunrise
utilities: Movistar | Vodafone España | Jazztel | MásMóvil=masmovil | TIM=telecom italia | WindTre=wind tre | Iliad | Fastweb
utilities: Verizon=verizon wireless,vzwrlss,vz wireless | AT&T=at & t,att bill,att wireless | T-Mobile=t mobile,tmobile | Comcast=comcast cable | Xfinity
utilities: Spectrum=charter spectrum | Rogers | Bell Canada=bell canada,bell mobility | Telus | Fido | Vidéotron=videotron | Cox Communications=cox comm
utilities: EDF=edf clients particuliers,electricite de france | Engie=engie home services | TotalEnergies=total energies,totalenergies electricite | Eni Plenitude=eni gas | Veolia=veolia eau
utilities: Suez Eau=suez eau,eau de paris | GRDF | Ekwateur | Stadtwerke=stadtwerke koeln,stadtwerke muenchen,swm | Vattenfall | E.ON=e on,eon energie | EnBW | RWE | Yello Strom=yello
utilities: Eneco | Essent | Vattenfall NL | Greenchoice | Waternet | Evides | Vitens | Budget Energie | Endesa | Iberdrola | Naturgy | Enel | Hera | A2A | Acea
utilities: PG&E=pg & e,pacific gas,pg & e ez pay | Con Edison=con ed,coned,consolidated edison | Duke Energy | Southern California Edison=so cal edison,sce | National Grid | Xcel Energy
utilities: British Gas | Octopus Energy=octopus | EDF Energy | Ovo Energy=ovo | E.ON Next=eon next | Thames Water | Severn Trent | Anglian Water | Hydro One | Hydro-Québec=hydro quebec | Enbridge
utilities: La Poste=la poste colissimo | Deutsche Post=deutsche post,dhl paket | PostNL | USPS=usps com | Royal Mail
shopping: Amazon=amzn mktp,amzn,amazon com,amazon fr,amazon de,amazon co uk,amazon marketplace,amazon mktplace,amazon eu,amazon retail,amz,amazon mktpl,amazon payments
shopping: Vinted | eBay=ebay marketplaces,ebay inc | Zalando=zalando se | Etsy=etsy com | AliExpress=aliexpress com,alipay aliexpress | Temu=temu com | Shein | bol.com=bol com
shopping: Cdiscount | Otto=otto gmbh,otto versand,otto de | Wish | Wayfair | Asos | Vente-Privée=veepee,vente privee | Back Market=backmarket | Rakuten=rakuten france | Leboncoin
shopping: Fnac=fnac darty,fnac com | Darty | Boulanger | MediaMarkt=media markt,mediamarkt,media saturn | Saturn | Coolblue | Wehkamp | Marktplaats | About You=aboutyou | Best Buy=bestbuy
shopping: Apple Store=apple store,apple online store | Google Store | IKEA=ikea deutschland,ikea france | Decathlon | Action | Primark | H&M=h & m,hm com,hennes & mauritz
shopping: Target=target com,target t | Walmart=wal mart,walmart com,walmart supercenter,wm supercenter,wal mart supercenter
shopping: Argos | John Lewis | Marks & Spencer=m & s,marks & spencer,marks and spencer | Currys=currys pc world | Tchibo | Galeries Lafayette | Printemps | El Corte Inglés=el corte ingles
shopping: Shopify | Uniqlo | Zara | Mango | Kiabi | Lego | Thalia | Hugendubel | Amazon Kindle Store=kindle store | Audible Store | Humble Bundle | Canadian Tire | Hudson's Bay=hudsons bay,the bay
transport: ExxonMobil=exxonmobil,exxon mobil,exxon | Uber=uber trip,uber bv,uber com,uber technologies | Lyft | Bolt=bolt eu,bolt ride | Free Now=free now,freenow,mytaxi | Heetch | G7=taxi g7 | Blablacar | Cabify
transport: SNCF=sncf connect,sncf voyageurs,sncf internet,oui sncf,ouigo | RATP | Navigo=navigo,passe navigo,comutitres | Île-de-France Mobilités=ile de france mobilites,idf mobilites
transport: Deutsche Bahn=db vertrieb,db fernverkehr,db bahn,deutsche bahn,db regio,bahn de | BVG | MVG | HVV | RMV | VBB | KVB | Deutschlandticket
transport: NS=ns reizigers,ns groep,ns amsterdam,ns utrecht,ns rotterdam,ns den haag | GVB | RET | HTM | OV-chipkaart=ov chipkaart,translink | Arriva | Connexxion | Q-Park=qpark | Interparking
transport: TfL=tfl travel,transport for london,tfl gov,tfl travel charge | Trainline=thetrainline | National Rail | Avanti West Coast | LNER | GWR | Southern Railway | Oyster
transport: MTA=mta nyct,nyct paygo,mta metrocard,omny | BART | Clipper=clipper card | SEPTA | WMATA=wmata | Metro Transit | Caltrain | TTC=toronto transit | STM=stm montreal | Presto=presto card
transport: Renfe | Cercanías | Metro de Madrid | TMB | Trenitalia | Italo=italo treno | ATM Milano=atm milano | SBB=sbb cff ffs | ÖBB=oebb | Lime=lime ride,lime scooter | Tier | Voi | Dott
transport: Citi Bike | Vélib'=velib | Getaround | Share Now | Miles Mobility | Cambio | Zipcar | Sanef | Vinci Autoroutes=vinci autoroute,autoroutes du sud | APRR | Bip&Go=bip & go | Ulys | Telepeage
transport: E-ZPass=ez pass,e zpass | FasTrak | ParkMobile | PayByPhone | EasyPark | SpotHero | Indigo=indigo parking | Saemes | Onepark | Yellowbrick | Tesla Supercharger=tesla
travel: Ryanair | easyJet | Air France=air france,airfrance | Lufthansa | KLM=klm royal dutch | British Airways | Eurowings | Transavia | Vueling | Iberia | ITA Airways | Wizz Air=wizzair,wizz air
travel: Delta Air Lines=delta air,delta airlines | United Airlines=united airlines | American Airlines | Southwest Airlines=southwest | JetBlue | Air Canada | WestJet | Swiss=swiss international
travel: Volotea | Jet2 | TUI fly | Condor | Brussels Airlines | Aer Lingus | Eurostar | Thalys | Flixbus=flix se,flixtrain,flixmobility | Booking.com=booking com,bkg booking | Airbnb=airbnb com
travel: Expedia=expedia com | Hotels.com=hotels com | Trivago | Vrbo | Abritel | Opodo | eDreams | Lastminute | Skyscanner | Hopper | Kayak
insurance: AXA=axa france,axa assurances,axa versicherung | Allianz=allianz versicherung,allianz iard | MAIF | MACIF | MAAF | MMA | Groupama | GMF | Matmut | Generali | Alan=alan sa
insurance: Harmonie Mutuelle | MGEN | Luko | Direct Assurance | Zilveren Kruis=zilveren kruis zorgverzekeringen | CZ Zorgverzekeraar=cz zorgverzekeraar | VGZ | Menzis | DSW Zorgverzekeraar | Centraal Beheer | Interpolis
insurance: HUK-Coburg=huk coburg,huk24 | DEVK | ERGO | Debeka | TK=techniker krankenkasse | AOK | Barmer | DAK | R+V=r + v versicherung | Signal Iduna | Gothaer | Provinzial | CosmosDirekt
insurance: Geico | State Farm | Progressive=progressive ins | Allstate | Liberty Mutual | Nationwide | Farmers Insurance | USAA | Aviva | Direct Line | Admiral | Churchill | LV= | Aegon | Nationale-Nederlanden
insurance: Mapfre | Mutua Madrileña | Sanitas | Adeslas | UnipolSai | Intact Insurance | Desjardins Assurances | Lemonade | Hiscox
taxes: DGFIP=dgfip,direction generale des finances,impots gouv,tresor public,finances publiques | Finanzamt | Belastingdienst | IRS=irs usataxpymt,irs treas,us treasury | HMRC=hmrc gov,hm revenue
taxes: Council Tax=council tax,council tax payment | Agencia Tributaria=aeat | Agenzia delle Entrate | Canada Revenue Agency=cra,receiver general | Franchise Tax Board=franchise tax bd | Bundeskasse | Stadtkasse
personal_care: Basic-Fit=basic fit,basicfit | McFit | Urban Sports Club=urban sports,urbansportsclub | Planet Fitness | PureGym=pure gym | The Gym Group | Fitness Park | Keep Cool | Neoness | Anytime Fitness
personal_care: Gymshark | ClassPass | Peloton | Strava | Equinox | 24 Hour Fitness | LA Fitness | Crunch Fitness | GoodLife Fitness | David Lloyd | Virgin Active | Clever Fit | FitX | John Reed | SportCity
personal_care: Headspace | Calm | dm=dm drogerie,dm drogeriemarkt,dm fil | Rossmann | Müller Drogerie=mueller drogerie,mueller handels | Kruidvat | Etos | Douglas | Sephora | Nocibé | Yves Rocher
dining: Deliveroo | Uber Eats=uber eats,ubereats | Lieferando=lieferando de | Thuisbezorgd=thuisbezorgd nl | DoorDash=doordash com,dd doordash | Just Eat=just eat,justeat | Grubhub | Postmates | Wolt | Glovo
dining: Too Good To Go | Foodora | Instacart Restaurants | Seamless | SkipTheDishes | Frichti | Takeaway.com=takeaway com | Starbucks=starbucks store,starbucks coffee,스타벅스,スターバックス,星巴克 | McDonald's=mcdonalds,mc donalds,mcdo
groceries: Instacart | Picnic | Flink | Getir | Gorillas | Ocado | Amazon Fresh | HelloFresh | REWE=rewe markt,rewe sagt danke | Albert Heijn=ah to go | Whole Foods Market=wholefds,whole foods,wfm
groceries: Costco=costco whse,costco wholesale,costco com | Lidl=lidl dienstleistung,lidl sagt danke,lidl gb,lidl stiftung | Aldi=aldi sued,aldi nord,aldi gmbh | Sainsbury's=sainsburys s mkts,js online grocery
health: Doctolib | Ameli=cpam,assurance maladie | Caisse Primaire Assurance Maladie=caisse primaire d assurance maladie | Alan Health | CVS Pharmacy=cvs | Walgreens | Boots | Shop Apotheke=shop apotheke | DocMorris | Hims | Specsavers
education: Coursera | Udemy | Duolingo | Babbel | Skillshare | MasterClass | Khan Academy | Chegg | Open Universiteit | CNED | Studienkreis | Acadomia
fees: Revolut Fee=revolut fees | Klarna Fee
gifts: GoFundMe | Leetchi | Croix-Rouge=croix rouge | Red Cross=american red cross,british red cross | UNICEF | Médecins Sans Frontières=medecins sans frontieres,msf | WWF | Wikimedia=wikimedia foundation
housing: The Home Depot=home depot | Lowe's=lowes | Leroy Merlin | Castorama | Bauhaus | Hornbach | OBI | Praxis | Gamma | Karwei | Brico | HomeServe | Foncia | Nexity
utilities: Telstra | Optus | AGL=agl energy,agl sales | Origin Energy=origin energy | EnergyAustralia=energy australia | Spark=spark nz | One NZ=vodafone nz | Mercury=mercury energy,mercury nz | Genesis Energy | Contact Energy
utilities: TDC=tdc net,tdc dk | Ørsted=orsted | Telia=telia company,telia sverige | Telenor | Tele2 | Fjordkraft | Tibber | Elisa | DNA=dna oyj | Helen=helen oy,helen sahko | Fortum
utilities: PGE=pge obrot,pge polska | Tauron | Play=play p4,p4 sp | EDP=edp comercial,edp energia | MEO | NOS=nos comunicacoes | Vodafone Portugal=vodafone pt
utilities: A1=a1 telekom,a1 telekom austria | Wien Energie | Magenta Telekom=magenta | EWZ | Salt | Electric Ireland | Bord Gáis Energy=bord gais | Eir=eircom | Enel=enel energia,enel servizio | Endesa=endesa energia
utilities: GMX=1x1 mail & media,gmx net,web de | Luminus | Iren=iren mercato | Sunrise UPC=sunrise upc | Hydro One | BC Hydro | Shaw | Videotron
groceries: !Plus@nl=plus supermarkt | !Metro@ca,de,at=metro inc | Coop Extra | Billa Plus | Irma | !Paul=paul boulangerie | Grand Frais
dining: !Quick@be,fr,lu=quick restaurants | Pret A Manger=pret a manger | Nando's=nandos
transport: !TotalEnergies=total,total station,total access | Cepsa | Z Energy | Ampol | Circle K | Neste | Orlen=pkn orlen | Galp=galp energia | Q8=q8 kuwait
insurance: Ethias | AG Insurance | P&V=p & v assurances | KBC Verzekeringen | Belfius Insurance | Baloise | Helvetia | Die Mobiliar=mobiliar | Swiss Life | Zurich=zurich versicherung,zurich insurance | CSS=css versicherung | Helsana | Sanitas Krankenversicherung | Visana | Groupe Mutuel
insurance: Folksam | Länsförsäkringar=lansforsakringar,laensfoersaekringar | Trygg-Hansa=trygg hansa | If=if skadeforsakring,if skadeforsikring,if vakuutus,if forsikring | Tryg=tryg forsikring | Topdanmark | Alm. Brand=alm brand | Gjensidige | Storebrand | Fremtind | LocalTapiola=lahitapiola,localtapiola | Pohjola Vakuutus=pohjola | Fennia
insurance: PZU | Warta | Ergo Hestia=hestia | Fidelidade | Tranquilidade | Ageas | Generali | Uniqa | Wiener Städtische=wiener staedtische | NRMA | AAMI | Budget Direct | Medibank | Bupa | AA Insurance=aa insurance | Tower Insurance | Southern Cross
housing: Silvan | Byggmax | Jem & Fix=jem & fix | XL-Bygg=xl bygg | Bygma | K-Rauta=k rauta | Stark | Hubo | Mr.Bricolage=mr bricolage | Bricomarché=bricomarche | Mitre 10 | Hammer Hardware
shopping: Penneys | Feltrinelli=la feltrinelli
housing: Bunnings=bunnings warehouse | Clas Ohlson
groceries: Пятёрочка=пятерочка,pyaterochka | Магнит=magnit,magnit mm,магнит мм | Перекрёсток=перекресток,perekrestok | ВкусВилл=вкусвилл,vkusvill | Лента | Дикси=dixy
groceries: АТБ=atb market | Сільпо=сильпо,silpo | Новус | Σκλαβενίτης=σκλαβενιτης,sklavenitis | ΑΒ Βασιλόπουλος=αβ βασιλοπουλος,ab vassilopoulos | Μασούτης=μασουτης,masoutis
groceries: Shufersal=שופרסל | Rami Levy=רמי לוי | ファミリーマート=familymart,family mart | ローソン | イオン=aeon | 이마트=emart,e mart | 홈플러스=homeplus
groceries: GS25 | 盒马=盒马鲜生 | セブン-イレブン=セブンイレブン | 세븐일레븐 | เซเว่น อีเลฟเว่น
dining: Шоколадница=shokoladnitsa | Вкусно — и точка=вкусно и точка | Яндекс Еда=яндекс еда,yandex eda | 美团=美团外卖,meituan | 饿了么=eleme
dining: 배달의민족=배민 | Talabat=طلبات | Snappfood=اسنپ فود
transport: Яндекс Такси=яндекс такси,yandex taxi,yandex go,яндекс go | 滴滴=滴滴出行,didi chuxing | Careem=کریم | Snapp=اسنپ | Тройка=тройка
shopping: Wildberries=вайлдберриз,wildberries | Ozon=озон,ozon ru | Rozetka=розетка | 淘宝=taobao | 天猫=tmall | 京东=jd com,京东商城 | 拼多多=pinduoduo | Coupang=쿠팡 | نون | Digikala=دیجی کالا
`;

export interface CuratedBrand {
  name: string;
  category: string;
  /** Payee keys matched as a prefix of the cleaned descriptor (the name's own key included). */
  aliases: string[];
  /** Only match when the whole cleaned descriptor is one of the aliases. */
  exact: boolean;
  /** Pack countries where the name means this business; everywhere when absent. */
  countries?: string[];
}

import { toKey } from '../fold';

function parse(table: string): CuratedBrand[] {
  const out: CuratedBrand[] = [];
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const category = line.slice(0, colon).trim();
    for (const part of line.slice(colon + 1).split('|')) {
      const [rawName = '', aliasList = ''] = part.split('=');
      const [named = '', where] = rawName.trim().split('@');
      const exact = named.startsWith('!');
      const name = named.replace(/^!/, '').trim();
      if (!name) continue;
      const aliases = [toKey(name), ...aliasList.split(',').map((a) => toKey(a))].filter((a) => a.length > 0);
      const countries = where?.split(',').map((c) => c.trim().toLowerCase());
      out.push({ name, category, aliases: [...new Set(aliases)], exact, ...(countries ? { countries } : {}) });
    }
  }
  return out;
}

export const CURATED: readonly CuratedBrand[] = parse(TABLE);
