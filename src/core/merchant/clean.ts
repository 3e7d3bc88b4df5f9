/**
 * Descriptor cleaner: turns raw bank text into a stable payee key and a display name.
 *
 * Pipeline per part of the descriptor (parts are separated by " · ", tabs or line breaks):
 * structured extraction (extract.ts) → operation/processor prefixes (noise.ts) → dates, masks, phones →
 * brand match on the payee-key tokens (match.ts) → otherwise cut at the first store number / reference
 * code and strip trailing legal forms, bank codes, cities, countries and US/CA region codes (tail.ts).
 * The first part that leaves a name wins.
 */
import { extractStructured } from './extract';
import { toKey } from './fold';
import { curatedKnowledge, type MerchantKnowledge } from './knowledge';
import { matchBrand, type BrandHit } from './match';
import { isReferenceToken, removeNoise, stripPrefixes } from './noise';
import { CITY_SET, COUNTRY_SET, MAX_CITY_WORDS, REGION_CODES } from './places';
import { FILLERS, LEGAL, MONTHS, isCityWord } from './tail';
import { matchKeyword } from './keywords';
import { displayCase } from './titleCase';

export interface CleanResult {
  /** Stable payee key: lowercase ASCII words, e.g. "carrefour city". */
  key: string;
  /** Display name in natural case, e.g. "Carrefour City", "McDonald's". */
  name: string;
}

export interface Analysis extends CleanResult {
  brand: BrandHit | null;
  /** Free text besides the payee (SEPA purpose, MOTIF, Omschrijving), as a payee key. */
  memoKey: string;
  /** The whole descriptor as a payee key, for keyword and type detection. */
  fullKey: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const MARK = '\u00a6';
/** Words after which a town is part of the name rather than the place of the purchase. */
const OWNS_TOWN = new Set(
  'of de du des di da del van von d gemeente stadt ville mairie comune ayuntamiento stadtkasse stadtwerke county city town universite university universitaet'.split(
    ' ',
  ),
);

const TIME_ZONES = new Set(
  'cet cest pst pdt est edt cst cdt mst mdt gmt bst utc aest aedt acst awst nzst nzdt ist wet west eet eest'.split(
    ' ',
  ),
);

/** A booking-type column joined into the description ("Entgelt · ING · …", "Dauerauftrag/Terminueberweisung"). */
const BOOKING_TYPES = new Set(
  `entgelt abschluss dauerauftrag terminueberweisung lastschrift gutschrift ueberweisung retoure storno
  zinsgutschrift kartenzahlung folgelastschrift erstlastschrift basislastschrift echtzeitueberweisung diversen
  overschrijving incasso betaalautomaat online_bankieren verzamelbetaling korttransaktion insaettning card_payment
  direct_debit faster_payment standing_order bill_payment debit credit virement prelevement paiement sepa
  dauerauftrag_terminueberweisung gehalt_rente`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' ')),
);

function decode(raw: string): string {
  return raw.replace(/&(?:amp|quot|#39|apos|lt|gt);/g, (e) => ENTITIES[e] ?? e).replace(/\uFFFD/g, '');
}

function splitParts(text: string): string[] {
  return text
    .split(/\s+·\s+|\t+|\r?\n|\s{2,}\/\s{0,}|\s\/\s|\s{3,}(?![*\s])/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function tokensOf(text: string): string[] {
  return text
    .replace(/\/\//g, ` ${MARK} `)
    .split(/[\s*|,;()"[\]{}<>!?=_\\/]+|:(?!\S)/)
    .map((t) => t.replace(/^[-.:'’]+|[-.:]+$/g, ''))
    .filter((t) => t.length > 0);
}

/** A branch ("新宿店", "강남점", "สาขา") or an order number ("订单123456") written after the name in another script. */
const FOREIGN_BRANCH = /(?:店|점|営業所|สาขา)$/;
/** Capitals and big cities as their own scripts write them (payee keys), printed after the shop's name. */
const FOREIGN_TOWNS = new Set(
  'москва санкт петербург киев київ харків одеса минск алматы софия αθηνα θεσσαλονικη 東京 大阪 서울 부산 北京 上海 深圳 广州 القاهرة الریاض جدة دبی تهران ירושלים תל אביב'.split(
    ' ',
  ),
);

function isForeignTail(key: string): boolean {
  if (/[a-z]/.test(key) || !/[^0-9&+]/.test(key)) return false;
  return /\d/.test(key) || FOREIGN_BRANCH.test(key) || FOREIGN_TOWNS.has(key);
}

function tokenKey(token: string): string {
  return toKey(token).replace(/ /g, '');
}

/** Cuts a display-token list at the first store number or reference and strips the location/legal tail. */
function trimTokens(tokens: string[]): string[] {
  let t = tokens;
  while (
    t.length > 0 &&
    (t[0] === MARK ||
      isReferenceToken(t[0] ?? '') ||
      t[0] === '#' ||
      (t.length > 1 && MONTHS.has(tokenKey(t[0] ?? ''))))
  ) {
    t = t.slice(1);
  }
  const cut = t.findIndex(
    (x, i) => i > 0 && (x === MARK || x.startsWith('#') || isReferenceToken(x) || /^REF\b/i.test(x)),
  );
  if (cut > 0) t = t.slice(0, cut);
  // "PAIEMENT CB 1203 PARIS PHARMACIE DU CENTRE": the town some banks print before the shop.
  if (t.length > 2 && CITY_SET.has(tokenKey(t[0] ?? '')) && !OWNS_TOWN.has(tokenKey(t[1] ?? '')))
    t = t.slice(1);
  // Barclays: "MERCHANT ON 12 MAR BCC".
  if (cut > 1 && /^on$/i.test(t[t.length - 1] ?? '')) t = t.slice(0, -1);
  for (let changed = true; changed && t.length > 1;) {
    changed = false;
    const raw = t[t.length - 1] ?? '';
    const last = tokenKey(raw);
    // "… BOULDER CO": a US state / Canadian province, and the town before it (kept only in "NAME TOWN ST"
    // when the town is unknown, since the name may have two words).
    if (REGION_CODES.has(last) && /^[A-Z]{2}$/.test(raw) && t.length >= 3) {
      const town = tokenKey(t[t.length - 2] ?? '');
      const twoWordTown = t.length >= 4 && CITY_SET.has(t.slice(-3, -1).map(tokenKey).join(' '));
      t = t.slice(0, twoWordTown ? -3 : isCityWord(town) || t.length >= 4 ? -2 : -1);
      changed = true;
      continue;
    }
    if (
      LEGAL.has(last) ||
      FILLERS.has(last) ||
      MONTHS.has(last) ||
      COUNTRY_SET.has(last) ||
      last === '' ||
      isForeignTail(last) ||
      last === '&'
    ) {
      t = t.slice(0, -1);
      changed = true;
      continue;
    }
    // "MERCADONA-BARCELONA": Spanish banks glue the town with a hyphen.
    const hyphen = raw.lastIndexOf('-');
    if (hyphen > 0 && CITY_SET.has(tokenKey(raw.slice(hyphen + 1)))) {
      t = [...t.slice(0, -1), raw.slice(0, hyphen)];
      changed = true;
      continue;
    }
    for (let n = Math.min(MAX_CITY_WORDS, t.length - 1); n >= 1; n--) {
      if (CITY_SET.has(t.slice(-n).map(tokenKey).join(' '))) {
        // "Trattoria Roma", "Pizzeria Napoli": a bare trade word before the town is no name without it.
        if (t.length - n === 1 && matchKeyword(tokenKey(t[0] ?? ''))) break;
        // Keep the town in "City of Seattle", "CAF de Paris", "Gemeente Amsterdam".
        if (OWNS_TOWN.has(tokenKey(t[t.length - n - 1] ?? ''))) break;
        t = t.slice(0, -n);
        changed = true;
        break;
      }
    }
  }
  return t;
}

function cleanPart(
  part: string,
  knowledge: MerchantKnowledge,
  lenient: boolean,
  incoming = false,
): { name: string; brand: BrandHit | null; memo: string } {
  // An e-mail address, a lone time zone (PayPal exports) or a booking-type column names no payee.
  if (/^\S+@\S+\.\w+$/.test(part) || TIME_ZONES.has(part.toLowerCase()) || BOOKING_TYPES.has(toKey(part)))
    return { name: '', brand: null, memo: '' };
  const extracted = extractStructured(part.replace(/\b([BN])\.?\s([V])\.?(?=\s|$)/g, '$1$2'), incoming);
  const basis = stripPrefixes(extracted ? extracted.payee : part);
  const memo = extracted?.memo ?? '';
  const display = tokensOf(removeNoise(basis).replace(/\|/g, ` ${MARK} `));
  const keyTokens = toKey(display.filter((t) => t !== MARK).join(' '))
    .split(' ')
    .filter((t) => t.length > 0);
  const brand = matchBrand([knowledge], keyTokens, lenient);
  if (brand) return { name: brand.entry.name, brand, memo };
  const name = displayCase(trimTokens(display).join(' '));
  // "Bonifico SEPA Italia": a part that names only a country names no payee.
  return { name: COUNTRY_SET.has(toKey(name)) ? '' : name, brand: null, memo };
}

/** Full analysis: name, key, matched brand (if any) and the memo text for keyword matching. */
export interface AnalyzeOptions {
  /** The payee is known to be a shop (card payment): short brand names may be followed by other words. */
  lenient?: boolean;
  /** Money comes in: the payer is the counterparty ("Ord:" rather than "Ben:"). */
  incoming?: boolean;
  /** toKey(raw), when the caller already has it. */
  fullKey?: string;
}

export function analyzeDescriptor(
  raw: string,
  knowledge: MerchantKnowledge = curatedKnowledge(),
  options: AnalyzeOptions = {},
): Analysis {
  const lenient = options.lenient ?? false;
  const text = decode(raw);
  const parts = splitParts(text);
  let fallback: { name: string; memo: string } | null = null;
  const memos: string[] = [];
  for (const part of parts) {
    const r = cleanPart(part, knowledge, lenient, options.incoming);
    if (r.memo) memos.push(r.memo);
    // A later part as short as a booking code ("OVS", "IDM" in ASN exports) does not outrank the payee before it.
    if (r.brand && (!fallback || part.trim().length > 3))
      return finish(r.name, r.brand, memos, options.fullKey ?? toKey(text));
    if (r.name && !fallback) fallback = r;
  }
  const name = fallback?.name ?? '';
  const shop = toKey(name).startsWith('paypal') ? BEHIND_PAYPAL.exec(text)?.[1] : undefined;
  if (shop) {
    const behind = cleanPart(shop, knowledge, true);
    if (behind.name) return finish(behind.name, behind.brand, memos, options.fullKey ?? toKey(text));
  }
  return finish(name, null, memos, options.fullKey ?? toKey(text));
}

/** "PayPal Europe … Ihr Einkauf bei Urban Sports GmbH": the shop behind a PayPal debit, when named. */
const BEHIND_PAYPAL =
  /(?:Ihr Einkauf bei|Your purchase at|Votre achat chez|Uw aankoop bij|Su compra en|Il tuo acquisto presso|PP\.\d+\.PP\s*\.?)\s+([^,]+)/i;

function finish(name: string, brand: BrandHit | null, memos: string[], fullKey: string): Analysis {
  return { key: toKey(name), name, brand, memoKey: toKey(memos.join(' ')), fullKey };
}

/** Cleans a raw bank descriptor into a stable payee key and a display name. */
export function cleanDescriptor(raw: string, knowledge?: MerchantKnowledge): CleanResult {
  const { key, name } = analyzeDescriptor(raw, knowledge);
  return { key, name };
}
