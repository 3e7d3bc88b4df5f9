/**
 * Random statements for the property tests: transactions, bank "dialects" (delimiters, date and money spellings,
 * headers, preambles, wide rows) and a renderer that writes them as a bank would. Kept apart from the tests so each
 * file holds one idea.
 */
import fc from 'fast-check';

export interface Tx {
  y: number;
  m: number;
  d: number;
  amount: number;
  description: string;
}

const MERCHANTS = [
  'Café Müller',
  'Boulangerie Paul',
  'Señor Taco',
  "Zoë's Shop",
  'Spar Straße',
  'Crème & Co',
  'Łódź Market',
  'Ørsted Energi',
];
const EXTRA = [...'abcxyzéèüöäßñç', ',', ';', '|', '"', "'", ' ', '-', '/', '&', '1', '9'];

export const txArb: fc.Arbitrary<Tx> = fc.record({
  y: fc.integer({ min: 2019, max: 2026 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  amount: fc.integer({ min: 1, max: 2_500_000 }).chain((a) => fc.constantFrom(a, -a)),
  description: fc
    .tuple(fc.constantFrom(...MERCHANTS), fc.array(fc.constantFrom(...EXTRA), { maxLength: 12 }))
    .map(([m, rest]) => `${m} ${rest.join('')}`.replace(/\s+/g, ' ').trim()),
});

export interface Dialect {
  delimiter: string;
  decimal: '.' | ',';
  thousands: '' | '.' | ',' | ' ' | '\u00a0' | '\u202f' | "'";
  dates: (typeof DATE_FORMATS)[number];
  money: (typeof MONEY_FORMATS)[number];
  /** Some rows carry unquoted text cells beyond the header (a description split on the delimiter). */
  wideRows: boolean;
  /** The unused side of a debit/credit pair holds 0.00 rather than nothing. */
  zeroUnused: boolean;
  trailingDelimiter: boolean;
  amountStyle: 'signed' | 'debitCredit' | 'direction';
  bom: boolean;
  cp1252: boolean;
  crlf: boolean;
  preamble: boolean;
  balance: boolean;
  language: 'en' | 'de' | 'fr';
}

const DATE_FORMATS = [
  'DMY/',
  'DMY.',
  'DMY-',
  'MDY/',
  'YMD',
  'COMPACT',
  'DMY2',
  'NAMED',
  'NAMED_DE',
  'NAMED_FR',
  'NAMED_NL',
  'NAMED_ES',
  'NAMED_IT',
  'NAMED_PL',
  'NAMED_RU',
  'CJK',
  'ISOTIME',
  'MDYTIME',
  'DMYTIME',
] as const;
const MONEY_FORMATS = [
  'plain',
  'code',
  'codeBefore',
  'symbol',
  'symbolAfter',
  'dollar',
  'trailingMinus',
  'parentheses',
] as const;

export const dialectArb: fc.Arbitrary<Dialect> = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    decimal: fc.constantFrom('.' as const, ',' as const),
    thousands: fc.constantFrom(
      '' as const,
      '.' as const,
      ',' as const,
      ' ' as const,
      '\u00a0' as const,
      '\u202f' as const,
      "'" as const,
    ),
    dates: fc.constantFrom(...DATE_FORMATS),
    money: fc.constantFrom(...MONEY_FORMATS),
    wideRows: fc.boolean(),
    zeroUnused: fc.boolean(),
    trailingDelimiter: fc.boolean(),
    amountStyle: fc.constantFrom('signed' as const, 'debitCredit' as const, 'direction' as const),
    bom: fc.boolean(),
    cp1252: fc.boolean(),
    crlf: fc.boolean(),
    preamble: fc.boolean(),
    balance: fc.boolean(),
    language: fc.constantFrom('en' as const, 'de' as const, 'fr' as const),
  })
  .map((d) => (d.thousands === d.decimal ? { ...d, thousands: '' as const } : d));

export const pad = (n: number) => String(n).padStart(2, '0');

/** Month names as the banks of each language write them (abbreviated with a dot, accented, or in full). */
const MONTHS = {
  de: ['Januar', 'Feb.', 'März', 'April', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  pl: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};
const EXTRA_TEXT = ['Filiale Nord', 'REF ABC', 'Details siehe Beleg'];

function renderDate(t: Tx, f: Dialect['dates']): string {
  switch (f) {
    case 'DMY/':
      return `${pad(t.d)}/${pad(t.m)}/${t.y}`;
    case 'DMY.':
      return `${t.d}.${t.m}.${t.y}`;
    case 'DMY-':
      return `${pad(t.d)}-${pad(t.m)}-${t.y}`;
    case 'MDY/':
      return `${pad(t.m)}/${pad(t.d)}/${t.y}`;
    case 'YMD':
      return `${t.y}-${pad(t.m)}-${pad(t.d)}`;
    case 'DMY2':
      return `${pad(t.d)}.${pad(t.m)}.${String(t.y).slice(2)}`;
    case 'NAMED':
      return `${t.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1]} ${t.y}`;
    case 'NAMED_DE':
      return `${t.d}. ${MONTHS.de[t.m - 1]} ${t.y}`;
    case 'NAMED_FR':
      return `${t.d} ${MONTHS.fr[t.m - 1]} ${t.y}`;
    case 'NAMED_NL':
      return `${t.d}-${MONTHS.nl[t.m - 1]}-${t.y}`;
    case 'NAMED_ES':
      return `${pad(t.d)}/${MONTHS.es[t.m - 1]}/${t.y}`;
    case 'NAMED_IT':
      return `${t.d} ${MONTHS.it[t.m - 1]} ${t.y}`;
    case 'NAMED_PL':
      return `${t.d} ${MONTHS.pl[t.m - 1]} ${t.y}`;
    case 'NAMED_RU':
      return `${t.d} ${MONTHS.ru[t.m - 1]} ${t.y} г.`;
    case 'CJK':
      return `${t.y}年${t.m}月${t.d}日`;
    case 'DMYTIME':
      return `${pad(t.d)}.${pad(t.m)}.${t.y} 09:14:08`;
    case 'ISOTIME':
      return `${t.y}-${pad(t.m)}-${pad(t.d)}T17:07:21`;
    case 'MDYTIME':
      return `${pad(t.m)}/${pad(t.d)}/${t.y} 03:26`;
    default:
      return `${t.y}${pad(t.m)}${pad(t.d)}`;
  }
}

function renderMoney(minor: number, d: Dialect): string {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100));
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += d.thousands;
    grouped += whole[i];
  }
  const body = `${grouped}${d.decimal}${pad(abs % 100)}`;
  const neg = minor < 0;
  switch (d.money) {
    case 'code':
      return `${neg ? '-' : ''}${body} EUR`;
    case 'codeBefore':
      return `${neg ? '-' : ''}EUR ${body}`;
    case 'symbol':
      return `${neg ? '-' : ''}€${body}`;
    case 'symbolAfter':
      return `${neg ? '-' : ''}${body} €`;
    case 'dollar':
      return `${neg ? '-' : ''}$${body}`;
    case 'trailingMinus':
      return `${body}${neg ? '-' : ''}`;
    case 'parentheses':
      return neg ? `(${body})` : body;
    default:
      return `${neg ? '-' : ''}${body}`;
  }
}

const HEADERS = {
  en: {
    date: 'Date',
    desc: 'Description',
    amount: 'Amount',
    debit: 'Debit',
    credit: 'Credit',
    dir: 'Debit/Credit',
    bal: 'Balance',
    out: 'Debit',
    in: 'Credit',
  },
  de: {
    date: 'Buchungstag',
    desc: 'Verwendungszweck',
    amount: 'Betrag',
    debit: 'Soll',
    credit: 'Haben',
    dir: 'S/H',
    bal: 'Saldo',
    out: 'S',
    in: 'H',
  },
  fr: {
    date: 'Date',
    desc: 'Libellé',
    amount: 'Montant',
    debit: 'Débit',
    credit: 'Crédit',
    dir: 'Sens',
    bal: 'Solde',
    out: 'D',
    in: 'C',
  },
};

function quote(cell: string, delimiter: string, force: boolean): string {
  const needs =
    force || cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell) || cell !== cell.trim();
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function render(txs: Tx[], d: Dialect, quoteAll: boolean): { bytes: Uint8Array; balances: number[] } {
  const h = HEADERS[d.language];
  const header = [h.date, h.desc];
  if (d.amountStyle === 'signed') header.push(h.amount);
  else if (d.amountStyle === 'debitCredit') header.push(h.debit, h.credit);
  else header.push(h.amount, d.language === 'fr' ? 'Sens' : h.dir);
  if (d.balance) header.push(h.bal);
  const lines: string[] = [];
  if (d.preamble)
    lines.push(
      ['Account 12345678', 'Statement export'].map((c) => quote(c, d.delimiter, false)).join(d.delimiter),
    );
  lines.push(header.map((c) => quote(c, d.delimiter, quoteAll)).join(d.delimiter));
  const balances: number[] = [];
  let balance = 100_000;
  for (const t of txs) {
    balance += t.amount;
    balances.push(balance);
    const cells = [renderDate(t, d.dates), t.description];
    if (d.amountStyle === 'signed') cells.push(renderMoney(t.amount, d));
    else if (d.amountStyle === 'debitCredit') {
      const unused = d.zeroUnused ? renderMoney(0, d) : '';
      cells.push(
        t.amount < 0 ? renderMoney(-t.amount, d) : unused,
        t.amount > 0 ? renderMoney(t.amount, d) : unused,
      );
    } else cells.push(renderMoney(Math.abs(t.amount), d), t.amount < 0 ? h.out : h.in);
    if (d.balance) cells.push(renderMoney(balance, d));
    if (d.wideRows && balances.length % 3 === 1) {
      for (let k = 0; k <= balances.length % 2; k++) cells.push(EXTRA_TEXT[(balances.length + k) % 3]!);
    }
    lines.push(
      cells.map((c) => quote(c, d.delimiter, quoteAll)).join(d.delimiter) +
        (d.trailingDelimiter ? d.delimiter : ''),
    );
  }
  const text = lines.join(d.crlf ? '\r\n' : '\n') + (d.crlf ? '\r\n' : '\n');
  let body: Uint8Array;
  const encodable = [...text].every(
    (c) => c.charCodeAt(0) < 256 && !(c.charCodeAt(0) >= 0x80 && c.charCodeAt(0) < 0xa0),
  );
  if (d.cp1252 && encodable) body = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  else body = new TextEncoder().encode(text);
  if (d.bom && !(d.cp1252 && encodable)) {
    const withBom = new Uint8Array(body.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(body, 3);
    body = withBom;
  }
  return { bytes: body, balances };
}

/** Makes the date order decidable (a day > 12) and keeps a realistic mix of money in and out. */
export function normalizeTxs(txs: Tx[]): Tx[] {
  const out = txs.map((t) => ({ ...t }));
  if (!out.some((t) => t.d > 12)) out[0]!.d = 13 + (out[0]!.d % 15);
  const positives = out.filter((t) => t.amount > 0).length;
  if (positives / out.length > 0.7) {
    for (let i = 0; i < out.length; i += 2) out[i]!.amount = -Math.abs(out[i]!.amount);
  }
  return out;
}
