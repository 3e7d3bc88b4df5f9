#!/usr/bin/env node
// Generates the CSV importer test-fixture corpus in src/core/import/fixtures/banks/<bank_id>/.
// Every fixture is a byte-faithful bank export (<name>.csv) plus <name>.expected.json whose values are
// computed from the same generated transaction objects that are rendered (never by re-parsing).
// Deterministic: a seeded PRNG per fixture, no clock, no dependencies beyond Node 20.
// Source of truth for the layouts: /work/shared/bank-formats.json.
// Usage: node scripts/make-import-fixtures.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'import', 'fixtures', 'banks');

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashStr(str) {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619);
  return h >>> 0;
}
class Rng {
  constructor(seedText) {
    this.next = mulberry32(hashStr(seedText));
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  digits(n) {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  alnum(n) {
    const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    let s = '';
    while (s.length < n) s += a[this.int(0, a.length - 1)];
    return s;
  }
  shuffle(xs) {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const toUtc = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => iso(new Date(toUtc(s).getTime() + n * 86400000));
const p2 = (n) => String(n).padStart(2, '0');
function parts(s) {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m, d };
}
/** Formats an ISO date with tokens YYYY YY MM M DD D Mon. */
function fd(s, pattern) {
  const { y, m, d } = parts(s);
  return pattern.replace(/YYYY|YY|MM|Mon|M|DD|D/g, (t) =>
    t === 'YYYY'
      ? String(y)
      : t === 'YY'
        ? p2(y % 100)
        : t === 'MM'
          ? p2(m)
          : t === 'M'
            ? String(m)
            : t === 'DD'
              ? p2(d)
              : t === 'D'
                ? String(d)
                : MON[m - 1],
  );
}
function randTime(r) {
  return `${p2(r.int(6, 22))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
}
/** n sorted dates in [start, start+days); at least one day > 12 unless maxDay <= 12 is asked for. */
function spreadDates(r, n, start, days, maxDay = 31) {
  const pool = [];
  for (let i = 0; i < days; i++) {
    const s = addDays(start, i);
    if (parts(s).d <= maxDay) pool.push(s);
  }
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(pool));
  out.sort();
  if (maxDay > 12 && !out.some((s) => parts(s).d > 12)) {
    const late = pool.filter((s) => parts(s).d > 12);
    out[Math.floor(n / 2)] = r.pick(late);
    out.sort();
  }
  return out;
}

// ---------------------------------------------------------------- numbers
/**
 * Formats integer minor units. o: dec, thou, plus (explicit +), trim (drop trailing zeros), abs,
 * paren (negative in parentheses), sym (currency prefix), suffix.
 */
function num(minor, o = {}) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  let ip = String(Math.floor(a / 100));
  if (o.thou) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, o.thou);
  let frac = p2(a % 100);
  if (o.trim) frac = frac === '00' ? '' : frac[1] === '0' ? frac[0] : frac;
  let s = frac ? `${ip}${o.dec ?? '.'}${frac}` : ip;
  if (o.sym) s = o.sym + s;
  if (neg && !o.abs) s = o.paren ? `(${s})` : `-${s}`;
  else if (!neg && o.plus && minor !== 0) s = `+${s}`;
  if (o.suffix) s += o.suffix;
  return s;
}
const EU = { dec: ',' };
const DE = { dec: ',', thou: '.' };
const FRS = { dec: ',', thou: ' ' };

// ---------------------------------------------------------------- CSV cells and lines
const Q = (v) => ({ q: true, v: String(v) });
const RAW = (v) => ({ raw: true, v: String(v) });
function cell(c, delim, mode) {
  if (c && typeof c === 'object') {
    if (c.raw) return c.v;
    return `"${c.v.replace(/"/g, '""')}"`;
  }
  const v = c == null ? '' : String(c);
  if (mode === 'all') return `"${v.replace(/"/g, '""')}"`;
  if (mode === 'min' && (v.includes(delim) || v.includes('"') || v.includes('\n') || v.includes('\r')))
    return `"${v.replace(/"/g, '""')}"`;
  return v;
}
/** mode: 'all' | 'min' | 'none'. trail: string appended (e.g. ';' or ','). */
function line(cells, delim, mode = 'min', trail = '') {
  return cells.map((c) => cell(c, delim, mode)).join(delim) + trail;
}

// ---------------------------------------------------------------- encodings
const CP1252_HIGH = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};
function encodeSingleByte(text, cp1252, label) {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let b;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) b = c;
    else if (cp1252 && CP1252_HIGH[c] !== undefined) b = CP1252_HIGH[c];
    else throw new Error(`${label}: character U+${c.toString(16)} not representable in ${cp1252 ? 'cp1252' : 'latin1'}`);
    out[i] = b;
  }
  return out;
}
function encode(text, enc, label) {
  switch (enc) {
    case 'ascii':
      if (/[^\x00-\x7f]/.test(text)) throw new Error(`${label}: non-ASCII character in an ASCII file`);
      return Buffer.from(text, 'latin1');
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'cp1252':
      return encodeSingleByte(text, true, label);
    case 'latin1':
      return encodeSingleByte(text, false, label);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    default:
      throw new Error(`unknown encoding ${enc}`);
  }
}

// ---------------------------------------------------------------- country data
const C = {
  US: {
    card: [
      ['SQ *BLUE BOTTLE COFFEE', 'OAKLAND', 'CA', 450, 1400],
      ['STARBUCKS STORE 05721', 'SEATTLE', 'WA', 400, 1200],
      ['SAFEWAY #1711', 'SAN FRANCISCO', 'CA', 2500, 14000],
      ["TRADER JOE'S #552", 'BROOKLYN', 'NY', 1800, 9000],
      ['WHOLEFDS MKT 10234', 'AUSTIN', 'TX', 2000, 12000],
      ['TST* SHAKE SHACK', 'NEW YORK', 'NY', 1500, 4500],
      ['UBER *TRIP', 'SAN FRANCISCO', 'CA', 900, 4200],
      ['SHELL OIL 57444128', 'DALY CITY', 'CA', 3000, 7500],
      ['TARGET 00012345', 'OAKLAND', 'CA', 1200, 15000],
      ['CVS/PHARMACY #04512', 'BOSTON', 'MA', 600, 4000],
      ['CHIPOTLE 1823', 'DENVER', 'CO', 1100, 2600],
      ['COSTCO WHSE #0423', 'SEATTLE', 'WA', 6000, 25000],
      ['NETFLIX.COM', 'LOS GATOS', 'CA', 1549, 1549],
      ['SPOTIFY USA', 'NEW YORK', 'NY', 1199, 1199],
      ['AMZN Mktp US*', 'SEATTLE', 'WA', 1300, 9000],
    ],
    big: [
      ['APPLE STORE #R102', 'SAN FRANCISCO', 'CA'],
      ['BEST BUY 00001234', 'AUSTIN', 'TX'],
      ['DELTA AIR 0062345678901', 'ATLANTA', 'GA'],
    ],
    dd: [
      ['PG&E', 8000, 16000],
      ['VERIZON WIRELESS', 7500, 7500],
      ['GEICO', 11200, 11200],
      ['COMCAST', 8999, 8999],
    ],
    employer: 'ACME CORP',
    landlord: 'OAKWOOD PROPERTY MGMT',
    people: ['MARIA GARCIA', 'ALEX CHEN', 'SAM TAYLOR'],
    salary: [280000, 420000],
    rent: [140000, 210000],
  },
  UK: {
    card: [
      ['TESCO STORES 3217', 'LONDON', 'Tesco', 800, 6000],
      ['SAINSBURYS S/MKTS', 'LONDON', "Sainsbury's", 1200, 7000],
      ['PRET A MANGER', 'LONDON', 'Pret A Manger', 350, 1200],
      ['TFL TRAVEL CH', 'TFL.GOV.UK/CP', 'Transport for London', 280, 1500],
      ['COSTA COFFEE 43012', 'MANCHESTER', 'Costa Coffee', 300, 900],
      ['AMAZON.CO.UK*2K3L45', 'AMAZON.CO.UK', 'Amazon', 900, 6000],
      ['DELIVEROO', 'LONDON', 'Deliveroo', 1500, 4000],
      ['BOOTS 1123', 'LEEDS', 'Boots', 400, 2500],
      ['WAITROSE 712', 'BRISTOL', 'Waitrose & Partners', 1500, 8000],
      ['GREGGS', 'NEWCASTLE', 'Greggs', 250, 800],
      ['NETFLIX.COM', 'LONDON', 'Netflix', 1099, 1099],
    ],
    big: [
      ['CURRYS', 'LONDON', 'Currys'],
      ['JOHN LEWIS', 'LONDON', 'John Lewis'],
      ['BRITISH AIRWAYS', 'LONDON', 'British Airways'],
    ],
    dd: [
      ['THAMES WATER', 3500, 4500],
      ['BRITISH GAS', 6000, 9000],
      ['VODAFONE LTD', 3000, 3000],
      ['LAMBETH COUNCIL TAX', 14500, 14500],
      ['OCTOPUS ENERGY', 7000, 9500],
    ],
    employer: 'ACME LTD',
    landlord: 'FOXTONS LETTINGS',
    people: ['PRIYA PATEL', 'TOM JONES', 'EMMA WILSON'],
    salary: [240000, 380000],
    rent: [120000, 180000],
  },
  FR: {
    card: [
      ['CARREFOUR CITY', 'PARIS', 800, 6000],
      ['MONOPRIX', 'PARIS 11', 900, 7000],
      ['FRANPRIX', 'PARIS', 500, 3500],
      ['BOULANGERIE PAUL', 'LYON', 250, 1200],
      ['SNCF INTERNET', 'PARIS', 2500, 12000],
      ['RATP', 'PARIS', 210, 8640],
      ['PICARD SURGELES', 'PARIS', 1200, 5000],
      ['DECATHLON', 'VILLENEUVE D ASCQ', 1500, 9000],
      ['E.LECLERC', 'RENNES', 3000, 15000],
      ['UBER EATS', 'PARIS', 1500, 4000],
      ['PHARMACIE DU MARCHE', 'NANTES', 500, 3000],
      ['CAFÉ DE FLORE', 'PARIS', 900, 4500],
    ],
    big: [
      ['FNAC DARTY', 'PARIS'],
      ['AIR FRANCE', 'ROISSY'],
      ['IKEA', 'THIAIS'],
    ],
    dd: [
      ['FREE MOBILE', 1999, 1999],
      ['EDF', 6500, 9800],
      ['ORANGE SA', 3999, 3999],
      ['NAVIGO', 8640, 8640],
      ['MUTUELLE GÉNÉRALE', 4520, 4520],
      ['ENGIE', 4500, 7000],
    ],
    employer: 'ACME SAS',
    landlord: 'SCI LES TILLEULS',
    people: ['M DUPONT', 'MME MARTIN', 'THÉO LEFÈVRE'],
    salary: [220000, 360000],
    rent: [90000, 145000],
  },
  DE: {
    card: [
      ['REWE Markt GmbH', 'Berlin', 1200, 8000],
      ['EDEKA Center', 'Hamburg', 900, 7000],
      ['ALDI SUED', 'München', 800, 6000],
      ['LIDL DANKT', 'Köln', 700, 5000],
      ['dm-drogerie markt', 'Düsseldorf', 400, 3000],
      ['ROSSMANN', 'Hannover', 300, 2500],
      ['Kaufland', 'Nürnberg', 1500, 9000],
      ['Bäckerei Müller', 'München', 250, 1200],
      ['Shell Deutschland', 'Frankfurt', 3000, 8000],
      ['DB Vertrieb GmbH', 'Frankfurt', 1990, 12900],
      ['Hofbräuhaus', 'München', 1800, 6500],
      ['Netto Marken-Discount', 'Leipzig', 600, 4000],
    ],
    big: [
      ['MediaMarkt', 'Berlin'],
      ['IKEA Deutschland', 'Großburgwedel'],
    ],
    dd: [
      ['Vodafone GmbH', 3999, 3999],
      ['Stadtwerke München GmbH', 6800, 9200],
      ['Techniker Krankenkasse', 2100, 2100],
      ['Spotify AB', 1099, 1099],
      ['Allianz Versicherungs-AG', 5430, 5430],
      ['Rundfunk ARD, ZDF, DRadio', 5508, 5508],
    ],
    employer: 'ACME GmbH',
    landlord: 'Hausverwaltung Schröder',
    people: ['Max Mustermann', 'Anna Weiß', 'Jürgen Groß'],
    salary: [280000, 410000],
    rent: [95000, 165000],
  },
  NL: {
    card: [
      ['ALBERT HEIJN 1021', 'AMSTERDAM', 900, 7000],
      ['Jumbo Utrecht', 'UTRECHT', 1000, 6500],
      ['HEMA', 'ROTTERDAM', 300, 2500],
      ['Kruidvat 2529', 'AMSTERDAM', 400, 2500],
      ['NS GROEP IZ NS REIZIGERS', 'UTRECHT', 450, 2800],
      ['Etos', 'HAARLEM', 300, 2000],
      ['Thuisbezorgd.nl', 'AMSTERDAM', 1800, 4500],
      ["Café 't Smalle", 'AMSTERDAM', 650, 3200],
    ],
    big: [
      ['Coolblue B.V.', 'ROTTERDAM'],
      ['KLM', 'AMSTELVEEN'],
    ],
    dd: [
      ['Ziggo Services BV', 5800, 5800],
      ['Vattenfall Klantenservice N.V.', 9500, 14000],
      ['Zilveren Kruis Zorgverzekeringen N.V.', 13850, 13850],
      ['Gemeente Amsterdam', 4200, 4200],
    ],
    employer: 'ACME B.V.',
    landlord: 'Woonstichting De Key',
    people: ['J de Vries', 'S Bakker', 'M Jansen'],
    salary: [260000, 390000],
    rent: [105000, 160000],
  },
  CA: {
    card: [
      ['TIM HORTONS #1234', 'TORONTO', 'ON', 250, 1200],
      ['LOBLAWS #1031', 'TORONTO', 'ON', 2000, 14000],
      ['SHOPPERS DRUG MART #0821', 'OTTAWA', 'ON', 600, 4500],
      ['METRO #455', 'MONTREAL', 'QC', 1500, 9000],
      ['PETRO-CANADA 12345', 'CALGARY', 'AB', 3000, 8000],
      ['SAQ 23041', 'MONTREAL', 'QC', 1500, 6000],
      ['CANADIAN TIRE #0123', 'MISSISSAUGA', 'ON', 1200, 9000],
      ['PRESTO FARE', 'TORONTO', 'ON', 330, 330],
    ],
    big: [
      ['BEST BUY #951', 'TORONTO', 'ON'],
      ['AIR CANADA', 'MONTREAL', 'QC'],
    ],
    dd: [
      ['ROGERS', 8500, 8500],
      ['HYDRO ONE', 9000, 14000],
      ['BELL CANADA', 6500, 6500],
      ['TD INSURANCE', 11000, 11000],
    ],
    employer: 'ACME CANADA INC',
    landlord: 'MAPLE PROPERTY MGMT',
    people: ['JAMIE TREMBLAY', 'LEE WONG'],
    salary: [250000, 380000],
    rent: [150000, 210000],
  },
};

// ---------------------------------------------------------------- semantic transactions
// kind: card | big | refund | salary | rent | dd | xferOut | xferIn | atm | fee | interest | check | payment
function semantic(r, cc, kind) {
  const c = C[cc];
  const t = { kind };
  if (kind === 'card' || kind === 'refund') {
    const m = r.pick(c.card.filter((x) => kind !== 'refund' || x[0] !== 'NETFLIX.COM'));
    t.merchant = m[0];
    t.city = m[1];
    if (cc === 'US' || cc === 'CA') {
      t.state = m[2];
      t.amount = -r.int(m[3], m[4]);
    } else if (cc === 'UK') {
      t.clean = m[2];
      t.amount = -r.int(m[3], m[4]);
    } else t.amount = -r.int(m[2], m[3]);
    if (t.merchant === 'AMZN Mktp US*') t.merchant += r.alnum(6);
    if (kind === 'refund') t.amount = Math.round(-t.amount * 0.6) || 500;
  } else if (kind === 'big') {
    const m = r.pick(c.big);
    t.kind = 'card';
    t.merchant = m[0];
    t.city = m[1];
    if (cc === 'US' || cc === 'CA') t.state = m[2];
    if (cc === 'UK') t.clean = m[2];
    t.amount = -r.int(100000, 189999);
  } else if (kind === 'salary') {
    t.name = c.employer;
    t.amount = r.int(c.salary[0], c.salary[1]);
  } else if (kind === 'rent') {
    t.name = c.landlord;
    t.amount = -Math.round(r.int(c.rent[0], c.rent[1]) / 500) * 500;
  } else if (kind === 'dd') {
    const d = r.pick(c.dd);
    t.name = d[0];
    t.amount = -r.int(d[1], d[2]);
  } else if (kind === 'xferOut' || kind === 'xferIn') {
    t.name = r.pick(c.people);
    t.amount = (kind === 'xferIn' ? 1 : -1) * r.int(20, 450) * 100;
  } else if (kind === 'atm') {
    t.amount = -r.int(2, 20) * 1000;
  } else if (kind === 'fee') {
    t.amount = -r.pick([295, 500, 900, 1200]);
  } else if (kind === 'interest') {
    t.amount = r.int(3, 250);
  } else if (kind === 'check') {
    t.name = r.pick(c.people);
    t.checkNo = String(r.int(1001, 1299));
    t.amount = -r.int(5000, 60000);
  } else if (kind === 'payment') {
    t.amount = r.int(40000, 250000);
  }
  return t;
}

const ACCOUNT_POOL = ['card', 'card', 'card', 'card', 'card', 'card', 'dd', 'dd', 'xferOut', 'xferIn', 'atm'];
const CARD_POOL = ['card', 'card', 'card', 'card', 'card', 'card', 'card', 'card', 'refund'];

/**
 * Generates a chronological ledger. o: n, start, days, opening, must (kinds), pool (kinds), maxDay,
 * pending (how many of the newest rows are pending), pendingInBalance (default true).
 */
function ledger(r, cc, o) {
  const n = o.n ?? r.int(16, 24);
  const kinds = [...(o.must ?? ['salary', 'rent', 'big', 'refund'])];
  while (kinds.length < n) kinds.push(r.pick(o.pool ?? ACCOUNT_POOL));
  r.shuffle(kinds);
  const dates = spreadDates(r, n, o.start ?? '2025-03-01', o.days ?? 45, o.maxDay ?? 31);
  const txs = kinds.map((k, i) => ({ ...semantic(r, cc, k), date: dates[i] }));
  const pendingCount = o.pending ?? 0;
  for (let i = txs.length - pendingCount; i < txs.length; i++) {
    if (txs[i].kind !== 'card') txs[i] = { ...semantic(r, cc, 'card'), date: txs[i].date };
    txs[i].pending = true;
  }
  let bal = o.opening ?? r.int(250000, 900000);
  const opening = bal;
  for (const t of txs) {
    if (t.pending && o.pendingInBalance === false) t.balance = null;
    else {
      bal += t.amount;
      t.balance = bal;
    }
  }
  return { txs, opening, closing: bal };
}
const newestFirst = (txs) => [...txs].reverse();

/** Expected row built from the same transaction object that is rendered. */
function ex(t, { balance = true } = {}) {
  const row = { date: t.date, amount: t.amount };
  if (balance) row.balance = t.balance ?? null;
  if (t.inc === undefined) throw new Error(`row without descriptionIncludes: ${JSON.stringify(t)}`);
  row.descriptionIncludes = t.inc;
  if (t.pending) row.pending = true;
  if (t.valueDate && t.valueDate !== undefined) row.valueDate = t.valueDate;
  return row;
}

// ---------------------------------------------------------------- fixture registry
const fixtures = [];
/** spec: dir, name, bank, id, description, currency, build(r) -> { text, enc, rows, ... } */
function fixture(spec) {
  fixtures.push(spec);
}
function joinLines(lines, eol, finalEol = true) {
  return lines.join(eol) + (finalEol ? eol : '');
}

function writeFixture(spec) {
  const r = new Rng(`${spec.dir}/${spec.name}`);
  const res = spec.build(r);
  const dir = join(OUT, spec.dir);
  mkdirSync(dir, { recursive: true });
  const bytes = res.bytes ?? encode(res.text, res.enc, `${spec.dir}/${spec.name}`);
  writeFileSync(join(dir, `${spec.name}.csv`), bytes);
  const expect = { needsReview: res.needsReview ?? false };
  if (res.reviewReasons) expect.reviewReasons = res.reviewReasons;
  if (spec.currency) expect.currency = spec.currency;
  if (res.accountEnds) expect.accountNumberEndsWith = res.accountEnds;
  expect.errors = res.errors ?? 0;
  if (res.fatal) expect.fatal = res.fatal;
  expect.rows = res.rows;
  for (const row of res.rows) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date) || !Number.isInteger(row.amount))
      throw new Error(`${spec.dir}/${spec.name}: bad expected row ${JSON.stringify(row)}`);
    if (!res.fatal && !res.allowAmbiguousDates && row.descriptionIncludes === '') throw new Error('empty include');
  }
  const json = { bank: spec.bank, id: spec.id ?? spec.dir, description: spec.description, expect };
  writeFileSync(join(dir, `${spec.name}.expected.json`), `${JSON.stringify(json, null, 2)}\n`);
  return { spec, bytes: bytes.length, rows: res.rows.length };
}

// ================================================================ US
function usCardDesc(t) {
  t.inc = t.merchant;
  return `${t.merchant} ${t.city} ${t.state}`;
}

function chaseCheckingTxns(r, o = {}) {
  const { txs } = ledger(r, 'US', {
    start: o.start ?? '2025-04-01',
    must: ['salary', 'rent', 'big', 'refund', 'dd', 'check', 'interest', 'atm', 'xferOut'],
    ...o,
  });
  let entity = false;
  for (const t of txs) {
    const d = fd(t.date, 'MM/DD');
    const id10 = r.digits(10);
    if (t.kind === 'card') {
      t.desc = usCardDesc(t);
      t.details = t.amount < 0 ? 'DEBIT' : 'CREDIT';
      t.type = 'DEBIT_CARD';
    } else if (t.kind === 'refund') {
      t.desc = usCardDesc(t);
      t.details = 'CREDIT';
      t.type = 'DEBIT_CARD';
    } else if (t.kind === 'salary' || t.kind === 'dd') {
      let co = t.name;
      t.inc = t.name;
      if (t.kind === 'dd' && !entity) {
        entity = true;
        co = 'PG&amp;E/EZ-PAY';
        t.inc = 'EZ-PAY';
      }
      const descr = t.kind === 'salary' ? 'PAYROLL' : 'BILL PAYMT';
      t.desc = `ORIG CO NAME:${co} ORIG ID:${id10} DESC DATE:${fd(t.date, 'YYMMDD')} CO ENTRY DESCR:${descr} SEC:${t.kind === 'salary' ? 'PPD' : 'WEB'} TRACE#:${r.digits(15)} EED:${fd(t.date, 'YYMMDD')} IND ID:${r.alnum(10)} IND NAME:JORDAN SMITH TRN: ${r.digits(10)}TC`;
      t.details = t.amount < 0 ? 'DEBIT' : 'CREDIT';
      t.type = t.amount < 0 ? 'ACH_DEBIT' : 'ACH_CREDIT';
    } else if (t.kind === 'rent') {
      t.desc = `Zelle Payment To ${t.name} JPM${r.alnum(8)}`;
      t.inc = t.name;
      t.details = 'DEBIT';
      t.type = 'QUICKPAY_DEBIT';
    } else if (t.kind === 'xferIn') {
      t.desc = `Zelle Payment From ${t.name} WFCT${r.alnum(6)}`;
      t.inc = t.name;
      t.details = 'CREDIT';
      t.type = 'QUICKPAY_CREDIT';
    } else if (t.kind === 'xferOut') {
      t.desc = `Online Transfer to SAV ...4417 transaction#: ${r.digits(11)} ${d}`;
      t.inc = 'Online Transfer to SAV';
      t.details = 'DEBIT';
      t.type = 'ACCT_XFER';
    } else if (t.kind === 'atm') {
      t.desc = `ATM WITHDRAWAL ${r.digits(6)} ${d}1500 4TH AVE SEATTLE`;
      t.inc = 'ATM WITHDRAWAL';
      t.details = 'DEBIT';
      t.type = 'ATM';
    } else if (t.kind === 'check') {
      t.desc = `CHECK ${t.checkNo}`;
      t.inc = `CHECK ${t.checkNo}`;
      t.details = 'CHECK';
      t.type = 'CHECK_PAID';
    } else if (t.kind === 'interest') {
      t.desc = 'INTEREST PAYMENT';
      t.inc = 'INTEREST PAYMENT';
      t.details = 'CREDIT';
      t.type = 'MISC_CREDIT';
    }
  }
  return txs;
}

fixture({
  dir: 'us_chase_checking',
  name: 'Chase4821_Activity_20250515',
  bank: 'Chase',
  description:
    'Chase checking (current header): 7-name header but 8 fields per data row (trailing comma), quoted descriptions, MM/DD/YYYY Posting Date, newest first, signed amounts, running Balance blank on one row, CHECK row with check number, ACH descriptors incl. an HTML entity (PG&amp;E). Line endings unknown in bank-formats -> CRLF here.',
  currency: 'USD',
  build(r) {
    const txs = newestFirst(chaseCheckingTxns(r));
    const blank = txs.find((t) => t.kind === 'interest');
    if (blank) blank.balance = null;
    const lines = ['Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #'];
    for (const t of txs)
      lines.push(
        line(
          [t.details, fd(t.date, 'MM/DD/YYYY'), Q(t.desc), num(t.amount), t.type, t.balance == null ? '' : num(t.balance), t.checkNo ?? ''],
          ',',
          'none',
          ',',
        ),
      );
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t)) };
  },
});

fixture({
  dir: 'us_chase_checking',
  name: 'pre2016_header',
  bank: 'Chase',
  description:
    'Chase checking pre-2016 variant header Type,Post Date,Description,Amount,Check or Slip # (no balance column, no trailing comma assumed), MM/DD/YYYY, newest first, LF line endings (unknown in bank-formats).',
  currency: 'USD',
  build(r) {
    const txs = newestFirst(chaseCheckingTxns(r, { start: '2015-06-01', n: 14 }));
    const lines = ['Type,Post Date,Description,Amount,Check or Slip #'];
    for (const t of txs)
      lines.push(line([t.details, fd(t.date, 'MM/DD/YYYY'), Q(t.desc), num(t.amount), t.checkNo ?? ''], ',', 'none'));
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});

const CHASE_CAT = { card: 'Shopping', refund: 'Shopping' };
function usCreditCardTxns(r, o = {}) {
  const { txs } = ledger(r, 'US', {
    start: o.start ?? '2025-04-01',
    must: ['payment', 'big', 'refund', 'card', 'card'],
    pool: CARD_POOL,
    opening: 0,
    ...o,
  });
  for (const t of txs) {
    // post date 0-3 days after the transaction date
    t.post = addDays(t.date, t.kind === 'payment' ? 0 : r.int(0, 3));
  }
  return txs;
}
function chaseCategory(m) {
  if (/SAFEWAY|TRADER|WHOLEFDS|COSTCO/.test(m)) return 'Groceries';
  if (/STARBUCKS|SHAKE|CHIPOTLE|BLUE BOTTLE/.test(m)) return 'Food & Drink';
  if (/SHELL/.test(m)) return 'Gas';
  if (/UBER|DELTA/.test(m)) return 'Travel';
  if (/NETFLIX|SPOTIFY/.test(m)) return 'Entertainment';
  if (/CVS/.test(m)) return 'Health & Wellness';
  return CHASE_CAT.card;
}

fixture({
  dir: 'us_chase_credit_card',
  name: 'Chase1234_Activity20250401_20250515_20250516',
  bank: 'Chase',
  description:
    'Chase credit card: Transaction Date (= date) and Post Date (= valueDate), purchases NEGATIVE and payments/returns POSITIVE in the file (already card-holder view), Category/Type/Memo columns, minimal quoting, HTML entity in a description, newest first, LF line endings (unknown in bank-formats).',
  currency: 'USD',
  build(r) {
    const txs = newestFirst(usCreditCardTxns(r));
    let ent = false;
    const lines = ['Transaction Date,Post Date,Description,Category,Type,Amount,Memo'];
    for (const t of txs) {
      let desc;
      let cat = '';
      let type = 'Sale';
      if (t.kind === 'payment') {
        desc = r.pick(['AUTOMATIC PAYMENT - THANK', 'Payment Thank You - Web']);
        t.inc = desc.slice(0, 10);
        type = 'Payment';
      } else {
        desc = t.merchant.startsWith('AMZN') || t.merchant.startsWith('SQ') ? t.merchant : t.merchant;
        t.inc = t.merchant;
        if (!ent && t.kind === 'card' && !t.merchant.includes('*')) {
          ent = true;
          desc = 'BARNES &amp; NOBLE #2417';
          t.inc = 'NOBLE #2417';
        }
        cat = ent && desc.startsWith('BARNES') ? 'Shopping' : chaseCategory(t.merchant);
        if (t.kind === 'refund') type = 'Return';
      }
      t.valueDate = t.post;
      lines.push(line([fd(t.date, 'MM/DD/YYYY'), fd(t.post, 'MM/DD/YYYY'), desc, cat, type, num(t.amount), ''], ','));
    }
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});

fixture({
  dir: 'us_chase_credit_card',
  name: 'card_column_2019',
  bank: 'Chase',
  description:
    "Chase credit card 2017-2021 variant with a leading 'Card' column (last 4 digits -> accountNumberEndsWith), Transaction Date = date, Post Date = valueDate, purchases negative, CRLF.",
  currency: 'USD',
  build(r) {
    const txs = newestFirst(usCreditCardTxns(r, { start: '2019-08-01' }));
    const lines = ['Card,Transaction Date,Post Date,Description,Category,Type,Amount,Memo'];
    for (const t of txs) {
      const pay = t.kind === 'payment';
      const desc = pay ? 'Payment Thank You - Web' : t.merchant;
      t.inc = pay ? 'Payment Thank You' : t.merchant;
      t.valueDate = t.post;
      lines.push(
        line(
          ['5512', fd(t.date, 'MM/DD/YYYY'), fd(t.post, 'MM/DD/YYYY'), desc, pay ? '' : chaseCategory(desc), pay ? 'Payment' : t.kind === 'refund' ? 'Return' : 'Sale', num(t.amount), ''],
          ',',
        ),
      );
    }
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })), accountEnds: '5512' };
  },
});

fixture({
  dir: 'us_bofa_checking',
  name: 'stmt',
  bank: 'Bank of America',
  description:
    "Bank of America checking stmt.csv: 5-line summary table (Beginning balance / Total credits / Total debits / Ending balance), blank line, then header Date,Description,Amount,Running Bal. (header is line 7); first data row is the 'Beginning balance as of' pseudo-row with empty Amount (excluded from rows); amounts and balances quoted with thousands commas; oldest first; CRLF.",
  currency: 'USD',
  build(r) {
    const { txs, opening, closing } = ledger(r, 'US', {
      start: '2025-03-01',
      must: ['salary', 'salary', 'rent', 'big', 'refund', 'dd', 'check', 'atm', 'xferOut', 'xferIn'],
    });
    const first = txs[0].date;
    const begin = addDays(first, -1);
    const last = txs[txs.length - 1].date;
    for (const t of txs) {
      const mmdd = fd(t.date, 'MM/DD');
      if (t.kind === 'card' || t.kind === 'refund') {
        if (r.chance(0.5)) {
          t.desc = `CHECKCARD ${fd(t.date, 'MMDD')} ${t.merchant} ${t.city} ${t.state} ${r.digits(23)}`;
        } else t.desc = `${t.merchant} ${mmdd} PURCHASE ${t.city} ${t.state}`;
        t.inc = t.merchant;
      } else if (t.kind === 'salary') {
        t.desc = `${t.name} DES:PAYROLL ID:${r.digits(9)} INDN:JORDAN SMITH CO ID:${r.digits(10)} PPD`;
        t.inc = t.name;
      } else if (t.kind === 'dd') {
        t.desc = `${t.name} DES:BILL PAY ID:${r.digits(9)} INDN:JORDAN SMITH CO ID:${r.digits(10)} WEB`;
        t.inc = t.name;
      } else if (t.kind === 'xferIn') {
        t.desc = `Zelle payment from ${t.name} Conf# ${r.alnum(9).toLowerCase()}`;
        t.inc = t.name;
      } else if (t.kind === 'xferOut' || t.kind === 'rent') {
        t.desc =
          t.kind === 'rent'
            ? `Zelle payment to ${t.name} for "Rent ${MON[parts(t.date).m - 1]}"; Conf# ${r.alnum(9).toLowerCase()}`
            : `Online Banking transfer to CHK 7301 Confirmation# ${r.digits(10)}`;
        t.inc = t.kind === 'rent' ? t.name : 'transfer to CHK 7301';
      } else if (t.kind === 'atm') {
        t.desc = `BKOFAMERICA ATM ${mmdd} #${r.digits(9)} WITHDRWL MARKET ST SAN FRANCISCO`;
        t.inc = 'BKOFAMERICA ATM';
      } else if (t.kind === 'check') {
        t.desc = `CHECK ${t.checkNo}`;
        t.inc = `CHECK ${t.checkNo}`;
      }
    }
    const credits = txs.filter((t) => t.amount > 0).reduce((a, t) => a + t.amount, 0);
    const debits = txs.filter((t) => t.amount < 0).reduce((a, t) => a + t.amount, 0);
    const m = (v) => Q(num(v, { thou: ',' }));
    const lines = [
      'Description,,Summary Amt.',
      line([`Beginning balance as of ${fd(begin, 'MM/DD/YYYY')}`, '', m(opening)], ','),
      line(['Total credits', '', m(credits)], ','),
      line(['Total debits', '', m(debits)], ','),
      line([`Ending balance as of ${fd(last, 'MM/DD/YYYY')}`, '', m(closing)], ','),
      '',
      'Date,Description,Amount,Running Bal.',
      line([fd(begin, 'MM/DD/YYYY'), Q(`Beginning balance as of ${fd(begin, 'MM/DD/YYYY')}`), '', m(opening)], ','),
    ];
    for (const t of txs) lines.push(line([fd(t.date, 'MM/DD/YYYY'), Q(t.desc), m(t.amount), m(t.balance)], ','));
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t)) };
  },
});

fixture({
  dir: 'us_bofa_credit_card',
  name: 'May2025_9999',
  bank: 'Bank of America',
  description:
    "Bank of America credit card: Posted Date (only date), Reference Number (empty for the payment), 'Payee' instead of Description, quoted Address, purchases NEGATIVE / payments positive in the file. Row order unknown -> newest first (the probable order). LF line endings (unknown).",
  currency: 'USD',
  build(r) {
    const txs = newestFirst(usCreditCardTxns(r, { start: '2025-04-10' }));
    const lines = ['Posted Date,Reference Number,Payee,Address,Amount'];
    for (const t of txs) {
      const pay = t.kind === 'payment';
      let payee = pay ? 'Online Banking payment - thank you' : t.merchant;
      if (t.merchant === 'NETFLIX.COM') payee = 'NETFLIX.COM';
      t.inc = pay ? 'payment - thank you' : t.merchant;
      lines.push(line([fd(t.post, 'MM/DD/YYYY'), pay ? '' : r.digits(23), payee, Q(pay ? '' : `${t.city} ${t.state}`), num(t.amount)], ','));
      t.date = t.post;
    }
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});

fixture({
  dir: 'us_wells_fargo_checking',
  name: 'Checking1',
  bank: 'Wells Fargo',
  description:
    "Wells Fargo checking: NO header, 5 columns, EVERY field double-quoted: date MM/DD/YYYY, signed amount, literal '*', check number or empty, description. Newest first. Line endings unknown -> CRLF.",
  currency: 'USD',
  build(r) {
    const { txs } = ledger(r, 'US', {
      start: '2025-02-03',
      must: ['salary', 'rent', 'big', 'refund', 'check', 'atm', 'fee', 'xferOut', 'dd'],
    });
    for (const t of txs) {
      const d = fd(t.date, 'MM/DD');
      if (t.kind === 'card' || t.kind === 'refund') {
        const pre = t.kind === 'refund' ? 'PURCHASE RETURN AUTHORIZED ON' : 'PURCHASE AUTHORIZED ON';
        t.desc = `${pre} ${d} ${t.merchant} ${t.city} ${t.state} S${r.digits(15)} CARD 7790`;
        t.inc = t.merchant;
      } else if (t.kind === 'dd') {
        t.desc = `RECURRING PAYMENT AUTHORIZED ON ${d} ${t.name} ${r.digits(3)}-${r.digits(3)}-${r.digits(4)} S${r.digits(15)} CARD 7790`;
        t.inc = t.name;
      } else if (t.kind === 'salary') {
        t.desc = `${t.name} DIR DEP ${fd(t.date, 'YYMMDD')} ${r.digits(10)} SMITH JORDAN`;
        t.inc = t.name;
      } else if (t.kind === 'rent') {
        t.desc = `ZELLE TO ${t.name} ON ${d} REF # PP0${r.alnum(7)}`;
        t.inc = t.name;
      } else if (t.kind === 'xferOut') {
        t.desc = `ONLINE TRANSFER TO SMITH J EVERYDAY SAVINGS XXXXXX4102 REF #IB0${r.alnum(7)} ON ${fd(t.date, 'MM/DD/YY')}`;
        t.inc = 'ONLINE TRANSFER TO SMITH J';
      } else if (t.kind === 'xferIn') {
        t.desc = `ZELLE FROM ${t.name} ON ${d} REF # PP0${r.alnum(7)}`;
        t.inc = t.name;
      } else if (t.kind === 'atm') {
        t.desc = `ATM WITHDRAWAL AUTHORIZED ON ${d} 1 MARKET ST SAN FRANCISCO CA ${r.digits(7)} ATM ID ${r.digits(4)}F CARD 7790`;
        t.inc = 'ATM WITHDRAWAL';
      } else if (t.kind === 'check') {
        t.desc = `CHECK # ${t.checkNo}`;
        t.inc = `CHECK # ${t.checkNo}`;
      } else if (t.kind === 'fee') {
        t.desc = 'MONTHLY SERVICE FEE';
        t.inc = 'MONTHLY SERVICE FEE';
      }
    }
    const rows = newestFirst(txs);
    const lines = rows.map((t) => line([fd(t.date, 'MM/DD/YYYY'), num(t.amount), '*', t.checkNo ?? '', t.desc], ',', 'all'));
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: rows.map((t) => ex(t, { balance: false })) };
  },
});

function citiBuild(r, withMember) {
  const txs = newestFirst(usCreditCardTxns(r, { start: withMember ? '2025-03-20' : '2024-10-05', pending: 2 }));
  const lines = [withMember ? 'Status,Date,Description,Debit,Credit,Member Name' : 'Status,Date,Description,Debit,Credit'];
  for (const t of txs) {
    let desc;
    if (t.kind === 'payment') {
      desc = r.pick(['ONLINE PAYMENT, THANK YOU', `AUTOPAY ${r.digits(18)}RAUTOPAY AUTO-PMT`]);
      t.inc = desc.startsWith('ONLINE') ? 'ONLINE PAYMENT' : 'AUTOPAY';
    } else {
      desc = `${t.merchant} ${t.city} ${t.state}`;
      t.inc = t.merchant;
    }
    // Debit holds positive charges, Credit holds NEGATIVE numbers for payments/refunds.
    const debit = t.amount < 0 ? num(-t.amount) : '';
    const credit = t.amount > 0 ? num(-t.amount) : '';
    const cells = [t.pending ? 'Pending' : 'Cleared', fd(t.date, 'MM/DD/YYYY'), Q(desc), debit, credit];
    if (withMember) cells.push(r.chance(0.7) ? 'JORDAN SMITH' : 'CASEY SMITH');
    lines.push(line(cells, ',', 'none'));
  }
  return { lines, rows: txs.map((t) => ex(t, { balance: false })) };
}
fixture({
  dir: 'us_citi_credit_card',
  name: 'doublecash_statement',
  bank: 'Citi',
  description:
    'Citi credit card: Status (Cleared|Pending -> pending rows), Date MM/DD/YYYY, quoted Description, Debit = positive charges, Credit = NEGATIVE payments/refunds (so amount = -(Debit) or -(Credit)), newest first, LF (unknown).',
  currency: 'USD',
  build(r) {
    const { lines, rows } = citiBuild(r, false);
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows };
  },
});

fixture({
  dir: 'us_citi_credit_card',
  name: 'member_name_2025',
  bank: 'Citi',
  description:
    'Citi credit card newer layout with 6th column Member Name (multi-card account), Debit positive charges / Credit negative payments, Pending status rows, CRLF.',
  currency: 'USD',
  build(r) {
    const { lines, rows } = citiBuild(r, true);
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows };
  },
});

fixture({
  dir: 'us_capital_one_credit_card',
  name: '2025-05-16_transaction_download',
  bank: 'Capital One',
  description:
    'Capital One credit card: ISO YYYY-MM-DD dates (Transaction Date = date, Posted Date = valueDate), Card No. last 4 (-> accountNumberEndsWith), separate Debit / Credit columns BOTH positive (Debit = purchase = money out), newest first, LF (unknown).',
  currency: 'USD',
  build(r) {
    const txs = newestFirst(usCreditCardTxns(r, { start: '2025-04-02' }));
    const lines = ['Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit'];
    const catOf = (m) =>
      /SHELL/.test(m) ? 'Gas/Automotive' : /STARBUCKS|SHAKE|CHIPOTLE|BLUE BOTTLE/.test(m) ? 'Dining' : /UBER|DELTA/.test(m) ? 'Other Travel' : /NETFLIX|SPOTIFY/.test(m) ? 'Entertainment' : 'Merchandise';
    for (const t of txs) {
      const pay = t.kind === 'payment';
      const desc = pay ? r.pick(['CAPITAL ONE AUTOPAY PYMT', 'CAPITAL ONE MOBILE PYMT']) : t.merchant;
      t.inc = pay ? 'CAPITAL ONE' : t.merchant;
      t.valueDate = t.post;
      lines.push(
        line(
          [t.date, t.post, '0771', desc, pay || t.kind === 'refund' ? 'Payment/Credit' : catOf(desc), t.amount < 0 ? num(-t.amount) : '', t.amount > 0 ? num(t.amount) : ''],
          ',',
        ),
      );
    }
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })), accountEnds: '0771' };
  },
});

function cap360Txns(r, start) {
  const { txs } = ledger(r, 'US', { start, must: ['salary', 'rent', 'big', 'refund', 'interest', 'xferOut', 'xferIn'] });
  for (const t of txs) {
    if (t.kind === 'card' || t.kind === 'refund') {
      t.desc = `${t.kind === 'refund' ? 'Debit Card Refund' : 'Debit Card Purchase'} - ${t.merchant} ${t.city} ${t.state}`;
      t.inc = t.merchant;
    } else if (t.kind === 'salary') {
      t.desc = `Deposit from ${t.name} PAYROLL`;
      t.inc = t.name;
    } else if (t.kind === 'rent' || t.kind === 'dd') {
      t.desc = `Withdrawal to ${t.name}`;
      t.inc = t.name;
    } else if (t.kind === 'xferOut') {
      t.desc = `Savings goal - Withdrawal to Account XXXXXXX6650`;
      t.inc = 'Withdrawal to Account XXXXXXX6650';
    } else if (t.kind === 'xferIn') {
      t.desc = `Zelle money received from ${t.name}`;
      t.inc = t.name;
    } else if (t.kind === 'atm') {
      t.desc = 'ATM Withdrawal - CAPITAL ONE ATM MCLEAN VA';
      t.inc = 'ATM Withdrawal';
    } else if (t.kind === 'interest') {
      t.desc = 'Monthly Interest Paid';
      t.inc = 'Monthly Interest Paid';
    }
  }
  return newestFirst(txs);
}
fixture({
  dir: 'us_capital_one_360_bank',
  name: '2025-05-20_transaction_download',
  bank: 'Capital One (360 checking/savings)',
  description:
    '360 Checking, 2024 column order: Account Number (full 11 digits) first, then Transaction Description, Transaction Date as MM/DD/YY (two-digit year), Transaction Type Debit|Credit with an UNSIGNED Transaction Amount, running Balance; newest first (medium confidence); CRLF (unknown).',
  currency: 'USD',
  build(r) {
    const txs = cap360Txns(r, '2025-04-01');
    const lines = ['Account Number,Transaction Description,Transaction Date,Transaction Type,Transaction Amount,Balance'];
    for (const t of txs)
      lines.push(
        line(['36004519978', t.desc, fd(t.date, 'MM/DD/YY'), t.amount < 0 ? 'Debit' : 'Credit', num(Math.abs(t.amount)), num(t.balance)], ','),
      );
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t)), accountEnds: '9978' };
  },
});
fixture({
  dir: 'us_capital_one_360_bank',
  name: 'order_2023',
  bank: 'Capital One (360 checking/savings)',
  description:
    '360 Checking, 2023 column order: Account Number (last 4),Transaction Date,Transaction Amount,Transaction Type,Transaction Description,Balance; dates in the M/D/YYYY shape seen in some samples; unsigned amount + Debit/Credit type; newest first; LF.',
  currency: 'USD',
  build(r) {
    const txs = cap360Txns(r, '2023-09-01');
    const lines = ['Account Number,Transaction Date,Transaction Amount,Transaction Type,Transaction Description,Balance'];
    for (const t of txs)
      lines.push(
        line(['4519', fd(t.date, 'M/D/YYYY'), num(Math.abs(t.amount)), t.amount < 0 ? 'Debit' : 'Credit', t.desc, num(t.balance)], ','),
      );
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t)), accountEnds: '4519' };
  },
});

// ---- American Express
const AMEX_CAT = (m) =>
  /SAFEWAY|TRADER|WHOLEFDS|COSTCO|TESCO|SAINSBURY|WAITROSE|LOBLAWS|METRO/.test(m)
    ? 'Merchandise & Supplies-Groceries'
    : /AMZN|AMAZON|TARGET|BEST BUY|APPLE|CURRYS|JOHN LEWIS|CANADIAN TIRE/.test(m)
      ? 'Merchandise & Supplies-Internet Purchase'
      : /UBER|TFL|PRESTO/.test(m)
        ? 'Transportation-Taxis & Coach'
        : /DELTA|BRITISH AIR|AIR CANADA/.test(m)
          ? 'Travel-Airline'
          : /NETFLIX|SPOTIFY/.test(m)
            ? 'Entertainment-Media'
            : 'Restaurant-Restaurant';
function amexRows(r, cc, start, dateFmt) {
  const { txs } = ledger(r, cc, { start, must: ['payment', 'big', 'refund', 'card', 'card', 'card'], pool: CARD_POOL, opening: 0 });
  const out = newestFirst(txs);
  out.splice(2, 0, { kind: 'interest_charge', date: out[2].date, amount: -r.int(800, 3500) });
  for (const t of out) {
    t.fileDate = fd(t.date, dateFmt);
    if (t.kind === 'payment') {
      t.desc = r.pick(['AUTOPAY PAYMENT - THANK YOU', 'MOBILE PAYMENT - THANK YOU']);
      t.inc = 'PAYMENT - THANK YOU';
    } else if (t.kind === 'interest_charge') {
      t.desc = 'Interest Charge on Pay Over Time Purchases';
      t.inc = 'Interest Charge';
    } else {
      t.desc = cc === 'UK' ? `${t.merchant} ${t.city}` : `${t.merchant} ${t.city} ${t.state}`;
      t.inc = t.merchant;
    }
  }
  return out;
}
function amexFull(r, cc) {
  const uk = cc === 'UK';
  const txs = amexRows(r, cc, uk ? '2025-01-06' : '2025-04-20', uk ? 'DD/MM/YYYY' : 'MM/DD/YYYY');
  const header = uk
    ? 'Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category'
    : 'Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category';
  const lines = [header];
  for (const t of txs) {
    const fileAmount = num(-t.amount); // charges positive, payments/credits negative
    const ref = `'3202${r.digits(14)}'`;
    if (t.kind === 'payment' || t.kind === 'interest_charge') {
      lines.push(line([t.fileDate, t.desc, 'JORDAN SMITH', '-74725', fileAmount, '', t.desc, '', '', '', '', ref, ''], ','));
      continue;
    }
    const zip = uk ? r.pick(['EC2A 4NE', 'SW1A 1AA', 'M1 1AE']) : r.digits(5);
    const phone = uk ? `+44${r.digits(10)}` : `+1${r.digits(10)}`;
    const ext = `${r.digits(12)}     ${zip}\n${t.merchant.split(/[ *#]/)[0]}\n${phone}`;
    const addr = r.chance(0.3) ? `${r.int(1, 999)} HIGH ST\nUNIT ${r.int(1, 20)}` : `${r.int(1, 2500)} MAIN ST`;
    const cityState = uk ? t.city : `${t.city}\n${t.state}`;
    lines.push(
      line(
        [t.fileDate, t.desc, 'JORDAN SMITH', '-74725', fileAmount, ext, t.desc, addr, cityState, zip, uk ? 'UNITED KINGDOM' : 'UNITED STATES', ref, AMEX_CAT(t.merchant)],
        ',',
      ),
    );
  }
  return { text: joinLines(lines, '\r\n'), rows: txs.map((t) => ex(t, { balance: false })) };
}
fixture({
  dir: 'us_amex',
  name: 'activity',
  bank: 'American Express',
  description:
    "Amex US full 13-column download: RFC-4180 quoting with EMBEDDED NEWLINES (LF) inside Extended Details, Address and City/State while records end with CRLF; charges POSITIVE / payments and credits NEGATIVE in the file (inverted); Account # '-74725' (-> accountNumberEndsWith); Reference wrapped in single quotes; MM/DD/YYYY; newest first; includes an interest-charge row.",
  currency: 'USD',
  build(r) {
    const { text, rows } = amexFull(r, 'US');
    return { text, enc: 'utf8', rows, accountEnds: '74725' };
  },
});
fixture({
  dir: 'us_amex',
  name: 'uk_activity',
  bank: 'American Express',
  id: 'us_amex',
  description:
    'Amex UK variant: Address,Town/City,Postcode,Country,Reference,Category columns and DD/MM/YYYY dates; GBP; multi-line quoted cells; charges positive (inverted sign).',
  currency: 'GBP',
  build(r) {
    const { text, rows } = amexFull(r, 'UK');
    return { text, enc: 'utf8', rows, accountEnds: '74725' };
  },
});
fixture({
  dir: 'us_amex',
  name: 'legacy_headerless_canada',
  bank: 'American Express',
  id: 'us_amex',
  description:
    "Amex legacy (pre-2019) / Amex Canada variant: NO header, 5 columns date, reference, amount, description, extra. bank-formats does not give the legacy date format: MM/DD/YYYY chosen; the reference is written as 'Reference: 320...' text; charges positive (inverted sign, as in the main Amex export). Amex Canada -> CAD. LF line endings.",
  currency: 'CAD',
  build(r) {
    const txs = amexRows(r, 'CA', '2018-05-02', 'MM/DD/YYYY');
    const lines = txs.map((t) =>
      line([t.fileDate, `Reference: 3201${r.digits(14)}`, num(-t.amount), t.desc, t.kind === 'card' ? `${t.city} ${t.state}` : ''], ',', 'all'),
    );
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});

function appleBuild(r, withPurchasedBy, start) {
  const txs = newestFirst(usCreditCardTxns(r, { start }));
  const cat = (m) => (/SAFEWAY|TRADER|WHOLEFDS|COSTCO/.test(m) ? 'Grocery' : /STARBUCKS|SHAKE|CHIPOTLE|BLUE/.test(m) ? 'Restaurants' : /SHELL/.test(m) ? 'Gas' : /UBER|DELTA/.test(m) ? 'Transportation' : 'Other');
  const head = ['Transaction Date', 'Clearing Date', 'Description', 'Merchant', 'Category', 'Type', 'Amount (USD)'];
  if (withPurchasedBy) head.push('Purchased By');
  const lines = [head.join(',')];
  txs.forEach((t, i) => {
    let desc;
    let merchant;
    let type = 'Purchase';
    if (t.kind === 'payment') {
      desc = 'ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 3308';
      merchant = 'Ach Deposit Internet Transfer From Account Ending In 3308';
      type = 'Payment';
      t.inc = 'INTERNET TRANSFER FROM ACCOUNT';
    } else {
      const zip = r.digits(5);
      desc = `${t.merchant} ${t.city} ${t.state} ${zip} US`;
      merchant = t.merchant.replace(/[#*].*$/, '').trim().toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
      if (t.kind === 'refund') type = 'Credit';
      t.inc = t.merchant;
    }
    const cleared = i >= 2; // the two newest rows have not cleared yet
    if (cleared) t.valueDate = t.post;
    const cells = [fd(t.date, 'MM/DD/YYYY'), cleared ? fd(t.post, 'MM/DD/YYYY') : '', desc, merchant, t.kind === 'payment' ? 'Payment' : cat(t.merchant), type, num(-t.amount)];
    if (withPurchasedBy) cells.push(r.chance(0.8) ? 'Jordan Smith' : 'Casey Smith');
    lines.push(line(cells, ','));
  });
  return { lines, rows: txs.map((t) => ex(t, { balance: false })) };
}
fixture({
  dir: 'us_apple_card',
  name: 'Apple_Card_Transactions_May_2025',
  bank: 'Apple Card (Goldman Sachs)',
  description:
    'Apple Card (iOS 17.4+ Wallet export): UTF-8 WITH BOM and CRLF, raw Description + cleaned Merchant, Type, Amount (USD) with purchases POSITIVE (inverted sign), Purchased By column; Transaction Date = date, Clearing Date = valueDate (empty on the 2 newest rows).',
  currency: 'USD',
  build(r) {
    const { lines, rows } = appleBuild(r, true, '2025-04-01');
    return { text: joinLines(lines, '\r\n'), enc: 'utf8bom', rows };
  },
});
fixture({
  dir: 'us_apple_card',
  name: 'pre2021_no_purchased_by',
  bank: 'Apple Card (Goldman Sachs)',
  description: "Apple Card pre-2021 variant without 'Purchased By'; UTF-8 without BOM, LF; purchases positive (inverted sign).",
  currency: 'USD',
  build(r) {
    const { lines, rows } = appleBuild(r, false, '2020-07-01');
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows };
  },
});

// ================================================================ UK
const MONZO_CAT = (m) =>
  /TESCO|SAINSBURY|WAITROSE/.test(m) ? ['Groceries', '🛒'] : /PRET|COSTA|GREGGS|DELIVEROO|CAFF/.test(m) ? ['Eating out', '☕'] : /TFL/.test(m) ? ['Transport', '🚇'] : /NETFLIX/.test(m) ? ['Entertainment', '🎬'] : ['Shopping', '🛍️'];
function monzoTxns(r, start, maxDay = 31) {
  const { txs } = ledger(r, 'UK', { start, maxDay, must: ['salary', 'rent', 'big', 'refund', 'dd', 'atm', 'xferIn', 'card'] });
  // one foreign-currency card payment (Local amount / Local currency differ from Amount / Currency)
  const f = txs.find((t, i) => t.kind === 'card' && i > 3 && !/NETFLIX/.test(t.merchant));
  if (f) {
    f.foreign = { merchant: 'SQ *CAFÉ DE LA PAIX', city: 'Paris', ccy: 'EUR', local: Math.round(-f.amount * 1.17) };
  }
  return txs;
}
fixture({
  dir: 'uk_monzo',
  name: 'Monzo Data Export - 2025-02-01 to 2025-03-16',
  bank: 'Monzo',
  description:
    'Monzo current 20-column export: DD/MM/YYYY Date + separate Time, cleaned Name + raw Description (descriptionIncludes is taken from the raw Description), real 4-byte emoji in the Emoji column, signed Amount and ALSO split Money Out (NEGATIVE) / Money In, running Balance + Balance currency, one foreign-currency row (Local amount/Local currency EUR), oldest first, UTF-8, LF.',
  currency: 'GBP',
  build(r) {
    const txs = monzoTxns(r, '2025-02-01');
    const lines = [
      'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency',
    ];
    for (const t of txs) {
      let type = 'Card payment';
      let name;
      let emoji = '';
      let cat;
      let desc;
      let local = t.amount;
      let lccy = 'GBP';
      let notes = '';
      let addr = '';
      if (t.kind === 'card' || t.kind === 'refund') {
        [cat, emoji] = MONZO_CAT(t.merchant);
        name = t.clean;
        desc = `${t.merchant.padEnd(22)} ${t.city.padEnd(12)} GBR`;
        t.inc = t.merchant;
        if (t.foreign) {
          name = 'Café de la Paix';
          cat = 'Eating out';
          emoji = '☕';
          desc = `${t.foreign.merchant} ${t.foreign.city}    ${t.foreign.ccy}`;
          t.inc = 'CAFÉ DE LA PAIX';
          local = -t.foreign.local;
          lccy = t.foreign.ccy;
          addr = '5 Place de l\'Opéra, 75009 Paris';
        }
        if (t.kind === 'refund') notes = 'refund #returns';
      } else if (t.kind === 'salary') {
        type = 'Bacs (Direct Credit)';
        name = t.name;
        cat = 'Income';
        desc = `${t.name} SALARY`;
        t.inc = t.name;
      } else if (t.kind === 'rent') {
        type = 'Faster payment';
        name = t.name;
        cat = 'Bills';
        desc = 'RENT';
        t.inc = 'RENT';
        notes = 'rent 🏠';
      } else if (t.kind === 'dd') {
        type = 'Direct Debit';
        name = t.name.replace(' LTD', '').replace(/\b(\w)(\w*)/g, (_, a, b) => a + b.toLowerCase());
        cat = 'Bills';
        desc = `${t.name} DD`;
        t.inc = t.name;
      } else if (t.kind === 'atm') {
        name = 'ATM';
        cat = 'Cash';
        emoji = '🏧';
        desc = `LINK ATM               London       GBR`;
        t.inc = 'LINK ATM';
      } else if (t.kind === 'xferIn' || t.kind === 'xferOut') {
        type = t.kind === 'xferIn' ? 'Monzo-to-Monzo' : 'Faster payment';
        name = t.name.replace(/\b(\w)(\w*)/g, (_, a, b) => a + b.toLowerCase());
        cat = t.kind === 'xferIn' ? 'Income' : 'Transfers';
        desc = t.kind === 'xferIn' ? 'Dinner 🍕' : 'Holiday share';
        t.inc = desc;
      }
      lines.push(
        line(
          [`tx_0000${r.alnum(18)}`, fd(t.date, 'DD/MM/YYYY'), randTime(r), type, name, emoji, cat, num(t.amount), 'GBP', num(local), lccy, notes, addr, '', desc, '', t.amount < 0 ? num(t.amount) : '', t.amount > 0 ? num(t.amount) : '', num(t.balance), 'GBP'],
          ',',
        ),
      );
    }
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows: txs.map((t) => ex(t)) };
  },
});
fixture({
  dir: 'uk_monzo',
  name: 'MonzoDataExport_February2018',
  bank: 'Monzo',
  description:
    "Monzo 2018 export: id,created,amount,currency,local_amount,local_currency,category,emoji,description,address,notes,receipt; 'created' as 'YYYY-MM-DD HH:MM:SS +0000' (date = its date part); decimal pound amounts assumed; snake_case categories; no balance column; one EUR local-currency row; UTF-8, LF.",
  currency: 'GBP',
  build(r) {
    const txs = monzoTxns(r, '2018-01-20');
    const lines = ['id,created,amount,currency,local_amount,local_currency,category,emoji,description,address,notes,receipt'];
    for (const t of txs) {
      let cat = 'general';
      let emoji = '';
      let desc;
      let local = t.amount;
      let lccy = 'GBP';
      if (t.kind === 'card' || t.kind === 'refund') {
        const [c, e] = MONZO_CAT(t.merchant);
        cat = c.toLowerCase().replace(' ', '_');
        emoji = e;
        desc = `${t.merchant.padEnd(22)} ${t.city.padEnd(12)} GBR`;
        t.inc = t.merchant;
        if (t.foreign) {
          desc = `${t.foreign.merchant} ${t.foreign.city}    ${t.foreign.ccy}`;
          t.inc = 'CAFÉ DE LA PAIX';
          local = -t.foreign.local;
          lccy = 'EUR';
        }
      } else if (t.kind === 'atm') {
        cat = 'cash';
        desc = 'LINK ATM               London       GBR';
        t.inc = 'LINK ATM';
      } else {
        cat = t.kind === 'salary' ? 'income' : 'bills';
        desc = t.kind === 'rent' ? `${t.name} RENT` : t.kind === 'salary' ? `${t.name} SALARY` : t.kind === 'dd' ? `${t.name} DD` : `${t.name}`;
        t.inc = t.name;
      }
      lines.push(
        line([`tx_00009${r.alnum(17)}`, `${t.date} ${randTime(r)} +0000`, num(t.amount), 'GBP', num(local), lccy, cat, emoji, desc, '', '', ''], ','),
      );
    }
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});

function starlingBuild(r, { start, eur, maxDay = 31, notes = true }) {
  const cc = eur ? 'FR' : 'UK';
  const { txs } = ledger(r, cc, { start, maxDay, must: ['salary', 'rent', 'big', 'refund', 'dd', 'xferOut'] });
  const ccy = eur ? 'EUR' : 'GBP';
  const head = ['Date', 'Counter Party', 'Reference', 'Type', `Amount (${ccy})`, `Balance (${ccy})`, 'Spending Category'];
  if (notes) head.push('Notes');
  const lines = [head.join(',')];
  for (const t of txs) {
    let cp;
    let ref;
    let type;
    let cat;
    if (t.kind === 'card' || t.kind === 'refund') {
      cp = eur ? t.merchant.replace(/\b(\w)(\S*)/g, (_, a, b) => a + b.toLowerCase()) : t.clean;
      ref = eur ? `${t.merchant} ${t.city}` : t.merchant;
      type = 'CARD';
      cat = /TESCO|SAINSBURY|WAITROSE|CARREFOUR|MONOPRIX|FRANPRIX|LECLERC|PICARD/.test(t.merchant) ? 'GROCERIES' : /PRET|COSTA|GREGGS|DELIVEROO|CAF|BOULANGERIE|UBER/.test(t.merchant) ? 'EATING_OUT' : /TFL|SNCF|RATP/.test(t.merchant) ? 'TRANSPORT' : 'GENERAL';
    } else if (t.kind === 'salary') {
      cp = t.name;
      ref = 'SALARY';
      type = eur ? 'CURRENCY TRANSFER' : 'FASTER PAYMENT';
      cat = 'INCOME';
    } else if (t.kind === 'rent') {
      cp = t.name;
      ref = 'RENT';
      type = 'STANDING ORDER';
      cat = 'PAYMENTS';
    } else if (t.kind === 'dd') {
      cp = t.name;
      ref = `${r.alnum(10)}`;
      type = 'DIRECT DEBIT';
      cat = 'BILLS_AND_SERVICES';
    } else if (t.kind === 'atm') {
      cp = 'CASH';
      ref = 'LINK ATM';
      type = 'CARD';
      cat = 'GENERAL';
    } else {
      cp = t.name;
      ref = t.kind === 'xferIn' ? 'Thanks for dinner' : 'Flat bills';
      type = t.kind === 'xferIn' ? 'FASTER PAYMENT' : 'ONLINE PAYMENT';
      cat = t.kind === 'xferIn' ? 'INCOME' : 'PAYMENTS';
    }
    t.inc = cp === 'CASH' ? 'LINK ATM' : cp;
    const cells = [fd(t.date, 'DD/MM/YYYY'), cp, ref, type, num(t.amount), num(t.balance), cat];
    if (notes) cells.push(t.kind === 'refund' ? 'returned, refunded' : '');
    lines.push(line(cells, ','));
  }
  return { text: joinLines(lines, '\n'), rows: txs.map((t) => ex(t)) };
}
fixture({
  dir: 'uk_starling',
  name: 'StarlingStatement_2025-04-01_2025-05-15',
  bank: 'Starling',
  description:
    "Starling current account: Date DD/MM/YYYY, Counter Party (cleaned name, used for descriptionIncludes) + Reference (raw descriptor), Type, currency in the column names 'Amount (GBP)' / 'Balance (GBP)', Spending Category UPPER_SNAKE, Notes (one note contains a comma -> quoted); oldest first; UTF-8, LF.",
  currency: 'GBP',
  build(r) {
    const { text, rows } = starlingBuild(r, { start: '2025-04-01' });
    return { text, enc: 'utf8', rows };
  },
});
fixture({
  dir: 'uk_starling',
  name: 'eur_account_no_notes',
  bank: 'Starling',
  description:
    "Starling EUR account + older layout without 'Notes': currency only in the column names 'Amount (EUR)' / 'Balance (EUR)'; French card merchants; oldest first; UTF-8, LF.",
  currency: 'EUR',
  build(r) {
    const { text, rows } = starlingBuild(r, { start: '2024-09-02', eur: true, notes: false });
    return { text, enc: 'utf8', rows };
  },
});

fixture({
  dir: 'uk_barclays',
  name: 'data',
  bank: 'Barclays',
  description:
    "Barclays current account: Number (empty),Date DD/MM/YYYY,Account '20-32-06 13152170' (-> accountNumberEndsWith),Amount (signed),Subcategory,Memo; Memo is fixed-width padded with runs of spaces ending in a code (BCC, CPM, BGC, DDR, STO, FT); newest first (low-medium confidence); line endings unknown -> LF.",
  currency: 'GBP',
  build(r) {
    const { txs } = ledger(r, 'UK', { start: '2025-01-06', must: ['salary', 'rent', 'big', 'refund', 'dd', 'dd', 'xferOut', 'atm'] });
    const rows = newestFirst(txs);
    const lines = ['Number,Date,Account,Amount,Subcategory,Memo'];
    for (const t of rows) {
      const on = `ON ${fd(t.date, 'DD Mon').toUpperCase()}`;
      let memo;
      let sub;
      if (t.kind === 'card' || t.kind === 'refund') {
        const code = r.chance(0.5) ? 'BCC' : 'CPM';
        memo = `${t.merchant.padEnd(18)} ${on}          ${code}`;
        sub = t.kind === 'refund' ? 'Counter Credit' : 'Debit';
        t.inc = t.merchant;
      } else if (t.kind === 'salary') {
        memo = `${t.name} ${r.digits(6)}         BGC`;
        sub = 'DIRECTDEP';
        t.inc = t.name;
      } else if (t.kind === 'rent') {
        memo = `${t.name}  RENT             STO`;
        sub = 'Standing Order';
        t.inc = t.name;
      } else if (t.kind === 'dd') {
        memo = `${t.name.padEnd(18)} ${r.digits(8)}       DDR`;
        sub = 'Direct Debit';
        t.inc = t.name;
      } else if (t.kind === 'atm') {
        memo = `LINK    ${fd(t.date, 'DDMon').toUpperCase()} ${r.digits(4)}         CPM`;
        memo = `CASHPOINT LONDON   ${on}          CASH`;
        sub = 'Cash Machine';
        t.inc = 'CASHPOINT';
      } else {
        memo = `${t.name.padEnd(18)} ${t.kind === 'xferIn' ? 'DINNER' : 'HOLIDAY'}          FT`;
        sub = t.kind === 'xferIn' ? 'Counter Credit' : 'Funds Transfer';
        t.inc = t.name;
      }
      lines.push(line(['', fd(t.date, 'DD/MM/YYYY'), '20-32-06 13152170', num(t.amount), sub, memo], ','));
    }
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: rows.map((t) => ex(t, { balance: false })), accountEnds: '13152170' };
  },
});

function lloydsBuild(r, { start, trailingHeaderComma }) {
  const { txs } = ledger(r, 'UK', { start, opening: r.int(20000, 60000), must: ['rent', 'dd', 'dd', 'big', 'salary', 'refund', 'xferOut', 'fee'] });
  const rows = newestFirst(txs);
  const lines = [
    'Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance' +
      (trailingHeaderComma ? ',' : ''),
  ];
  for (const t of rows) {
    let type;
    let desc;
    if (t.kind === 'card' || t.kind === 'refund') {
      type = t.kind === 'refund' ? 'CPT' : 'DEB';
      desc = `${t.merchant} CD 4821`;
      t.inc = t.merchant;
    } else if (t.kind === 'salary') {
      type = 'FPI';
      desc = `${t.name} SALARY ${r.digits(6)} ${r.alnum(8)}`;
      t.inc = t.name;
    } else if (t.kind === 'rent') {
      type = 'SO';
      desc = `${t.name} RENT FLAT 2`;
      t.inc = t.name;
    } else if (t.kind === 'dd') {
      type = 'DD';
      desc = `${t.name} ${r.digits(9)}`;
      t.inc = t.name;
    } else if (t.kind === 'fee') {
      type = 'FEE';
      desc = 'OVERDRAFT INTEREST';
      t.inc = 'OVERDRAFT INTEREST';
    } else if (t.kind === 'atm') {
      type = 'CPT';
      desc = `LNK ${t.date.slice(8)}${MON[parts(t.date).m - 1].toUpperCase()} CD 4821`;
      desc = 'CASH LLOYDS BANK CD 4821';
      t.inc = 'CASH LLOYDS BANK';
    } else {
      type = t.kind === 'xferIn' ? 'FPI' : 'FPO';
      desc = `${t.name} ${t.kind === 'xferIn' ? 'THANKS' : 'HOLIDAY'} ${r.digits(6)}`;
      t.inc = t.name;
    }
    lines.push(
      line([fd(t.date, 'DD/MM/YYYY'), type, "'30-94-57", '01928374', desc, t.amount < 0 ? num(-t.amount) : '', t.amount > 0 ? num(t.amount) : '', num(t.balance)], ','),
    );
  }
  return { lines, rows: rows.map((t) => ex(t)) };
}
fixture({
  dir: 'uk_lloyds_halifax',
  name: '01928374_16052025_0912',
  bank: 'Lloyds / Halifax / Bank of Scotland / TSB (same platform)',
  description:
    "Lloyds current account: DD/MM/YYYY, type codes (DEB, FPI, FPO, DD, SO, CPT, FEE), Sort Code prefixed with an apostrophe ('30-94-57), Account Number column (-> accountNumberEndsWith), separate Debit Amount / Credit Amount both positive, running Balance that goes NEGATIVE (overdraft); newest first; line endings unknown -> CRLF.",
  currency: 'GBP',
  build(r) {
    const { lines, rows } = lloydsBuild(r, { start: '2025-04-02' });
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows, accountEnds: '01928374' };
  },
});
fixture({
  dir: 'uk_lloyds_halifax',
  name: 'halifax_header_trailing_comma',
  bank: 'Lloyds / Halifax / Bank of Scotland / TSB (same platform)',
  description:
    'Same platform (Halifax-style file) with the variant where the HEADER line ends with an extra trailing comma (9 header fields, 8 data fields); LF.',
  currency: 'GBP',
  build(r) {
    const { lines, rows } = lloydsBuild(r, { start: '2024-11-04', trailingHeaderComma: true });
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows, accountEnds: '01928374' };
  },
});

function hsbcTxns(r, start, maxDay) {
  const { txs } = ledger(r, 'UK', { start, maxDay, days: maxDay <= 12 ? 70 : 45, must: ['salary', 'rent', 'big', 'refund', 'dd', 'xferOut'] });
  for (const t of txs) {
    if (t.kind === 'card' || t.kind === 'refund') {
      t.desc = r.chance(0.6) ? `${t.merchant} ${t.city} )))` : `${t.merchant} ${t.city}`;
      t.inc = t.merchant;
      t.type = r.chance(0.5) ? ')))' : 'VIS';
    } else if (t.kind === 'atm') {
      t.desc = `CASH HSBC ${fd(t.date, 'DD Mon').toUpperCase()} ATM`;
      t.inc = 'CASH HSBC';
      t.type = 'ATM';
    } else {
      t.desc = `${t.name} ${t.kind === 'salary' ? 'SALARY' : t.kind === 'rent' ? 'RENT FLAT 4' : r.digits(8)}`;
      t.inc = t.name;
      t.type = t.kind === 'salary' ? 'CR' : t.kind === 'rent' ? 'SO' : t.kind === 'dd' ? 'DD' : 'BP';
    }
  }
  return newestFirst(txs);
}
const hsbcAmt = (v) => (Math.abs(v) >= 100000 ? Q(num(v, { thou: ',' })) : num(v));
fixture({
  dir: 'uk_hsbc',
  name: 'TransactionHistory',
  bank: 'HSBC UK',
  description:
    "HSBC UK (LOW confidence in bank-formats): headerless 3 columns date DD/MM/YYYY, quoted description (')))' contactless marker), signed amount; amounts >= 1,000 quoted WITH thousands comma; newest first; line endings unknown -> CRLF.",
  currency: 'GBP',
  build(r) {
    const txs = hsbcTxns(r, '2025-03-03', 31);
    const lines = txs.map((t) => line([fd(t.date, 'DD/MM/YYYY'), Q(t.desc), hsbcAmt(t.amount)], ','));
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })) };
  },
});
fixture({
  dir: 'uk_hsbc',
  name: 'ambiguous_dates',
  bank: 'HSBC UK',
  description:
    'DEDICATED AMBIGUITY FIXTURE: HSBC UK headerless DD/MM/YYYY file where EVERY day is <= 12, so day/month order cannot be decided from the data (no header to recognize the bank either). Expected dates are the true DMY reading; needsReview with reviewReasons ["dateOrder"]. Newest first, CRLF.',
  currency: 'GBP',
  build(r) {
    const txs = hsbcTxns(r, '2025-01-01', 12);
    const lines = txs.map((t) => line([fd(t.date, 'DD/MM/YYYY'), Q(t.desc), hsbcAmt(t.amount)], ','));
    return { text: joinLines(lines, '\r\n'), enc: 'ascii', rows: txs.map((t) => ex(t, { balance: false })), needsReview: true, reviewReasons: ['dateOrder'], ambiguous: true };
  },
});
fixture({
  dir: 'uk_hsbc',
  name: 'with_header_balance',
  bank: 'HSBC UK',
  description:
    'HSBC variant WITH header Date,Type,Description,Paid out,Paid in,Balance (Paid out / Paid in both positive, running Balance), DD/MM/YYYY, quoted amounts >= 1,000 with thousands commas; newest first; LF.',
  currency: 'GBP',
  build(r) {
    const txs = hsbcTxns(r, '2025-05-01', 31);
    const lines = ['Date,Type,Description,Paid out,Paid in,Balance'];
    for (const t of txs)
      lines.push(
        line([fd(t.date, 'DD/MM/YYYY'), t.type, t.desc, t.amount < 0 ? hsbcAmt(-t.amount) : '', t.amount > 0 ? hsbcAmt(t.amount) : '', hsbcAmt(t.balance)], ','),
      );
    return { text: joinLines(lines, '\n'), enc: 'ascii', rows: txs.map((t) => ex(t)) };
  },
});

// ---- Revolut
fixture({
  dir: 'eu_revolut',
  name: 'account-statement_2025-03-01_2025-04-20_en-us_4d2a1f',
  bank: 'Revolut',
  description:
    "Revolut EUR current pocket: Started Date / Completed Date 'YYYY-MM-DD HH:MM:SS' (date = Started Date's date because PENDING rows have no Completed Date; no valueDate given), signed Amount plus a separate positive Fee (expected amount = Amount - Fee, e.g. ATM and exchange rows), State COMPLETED/PENDING, Balance empty on PENDING rows (pending rows are not in the balance); oldest first; UTF-8, LF.",
  currency: 'EUR',
  build(r) {
    const { txs } = ledger(r, 'DE', {
      start: '2025-03-01',
      must: ['salary', 'rent', 'big', 'refund', 'atm', 'xferOut', 'xferIn', 'fee'],
      pending: 2,
      pendingInBalance: false,
    });
    const lines = ['Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance'];
    let bal = txs.find((t) => t.balance != null).balance - txs.find((t) => t.balance != null).amount;
    for (const t of txs) {
      let type;
      let desc;
      let fee = 0;
      if (t.kind === 'card') {
        type = 'CARD_PAYMENT';
        desc = t.merchant;
      } else if (t.kind === 'refund') {
        type = 'CARD_REFUND';
        desc = t.merchant;
      } else if (t.kind === 'salary') {
        type = 'TRANSFER';
        desc = `Payment from ${t.name}`;
      } else if (t.kind === 'rent' || t.kind === 'xferOut') {
        type = 'TRANSFER';
        desc = `To ${t.name}`;
      } else if (t.kind === 'xferIn') {
        type = 'TOPUP';
        desc = 'Apple Pay top-up by *4821';
      } else if (t.kind === 'dd') {
        type = 'CARD_PAYMENT';
        desc = t.name;
      } else if (t.kind === 'atm') {
        type = 'ATM';
        desc = 'Cash at Sparkasse Berlin';
        fee = 200;
      } else if (t.kind === 'fee') {
        type = 'EXCHANGE';
        desc = 'Exchanged to GBP';
        fee = 150;
      }
      t.inc = t.kind === 'salary' ? t.name : t.kind === 'rent' || t.kind === 'xferOut' ? t.name : desc;
      const fileAmount = t.kind === 'fee' ? -r.int(5000, 20000) : t.amount;
      t.amount = fileAmount - fee; // net effect on the pocket
      const started = `${t.date} ${randTime(r)}`;
      const completed = t.pending ? '' : `${addDays(t.date, t.kind === 'card' ? r.int(0, 1) : 0)} ${randTime(r)}`;
      if (!t.pending) {
        bal += t.amount;
        t.balance = bal;
      } else t.balance = null;
      lines.push(
        line([type, 'Current', started, completed, desc, num(fileAmount), num(fee), 'EUR', t.pending ? 'PENDING' : 'COMPLETED', t.pending ? '' : num(t.balance)], ','),
      );
    }
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows: txs.map((t) => ex(t)) };
  },
});
fixture({
  dir: 'eu_revolut',
  name: 'legacy_2019_gbp',
  bank: 'Revolut',
  description:
    "Revolut legacy 2017-2019 GBP statement: fields separated by ' ; ' (space-semicolon-space), header 'Completed Date ; Description ; Paid Out (GBP) ; Paid In (GBP) ; Exchange Out ; Exchange In ; Balance (GBP) ; Category ; Notes' (bank-formats writes the 2nd name as 'Description/Reference': 'Description' chosen), dates like '5 Jan 2019', Paid Out / Paid In both positive, running balance; oldest first; LF.",
  currency: 'GBP',
  build(r) {
    const { txs } = ledger(r, 'UK', { start: '2018-12-27', must: ['salary', 'rent', 'big', 'refund', 'xferIn'] });
    const lines = ['Completed Date ; Description ; Paid Out (GBP) ; Paid In (GBP) ; Exchange Out ; Exchange In ; Balance (GBP) ; Category ; Notes'];
    for (const t of txs) {
      let desc;
      let cat;
      if (t.kind === 'card' || t.kind === 'refund') {
        desc = t.kind === 'refund' ? `Refund from ${t.clean}` : t.clean;
        cat = /Tesco|Sainsbury|Waitrose/.test(t.clean) ? 'groceries' : /Pret|Costa|Greggs|Deliveroo/.test(t.clean) ? 'restaurants' : /Transport/.test(t.clean) ? 'transport' : 'shopping';
        t.inc = t.clean;
      } else if (t.kind === 'salary' || t.kind === 'xferIn') {
        desc = t.kind === 'salary' ? `Payment from ${t.name}` : `Top-Up by *4821`;
        cat = t.kind === 'salary' ? 'general' : 'transfers';
        t.inc = t.kind === 'salary' ? t.name : 'Top-Up by';
      } else if (t.kind === 'atm') {
        desc = 'Cash at HSBC London';
        cat = 'cash';
        t.inc = 'Cash at HSBC';
      } else {
        desc = `To ${t.name}`;
        cat = 'transfers';
        t.inc = t.name;
      }
      lines.push(
        [fd(t.date, 'D Mon YYYY'), desc, t.amount < 0 ? num(-t.amount) : '', t.amount > 0 ? num(t.amount) : '', '', '', num(t.balance), cat, ''].join(' ; '),
      );
    }
    return { text: joinLines(lines, '\n'), enc: 'utf8', rows: txs.map((t) => ex(t)) };
  },
});

// ================================================================ END OF FIXTURES

// ================================================================ MAIN
const decoders = { ascii: 'latin1', utf8: 'utf-8', utf8bom: 'utf-8', cp1252: 'windows-1252', latin1: 'latin1', utf16le: 'utf-16le' };
function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const results = [];
  for (const spec of fixtures) {
    const res = writeFixture(spec);
    results.push(res);
  }
  writeReadme(results);
  const perBank = {};
  for (const { spec } of results) perBank[spec.dir] = (perBank[spec.dir] ?? 0) + 1;
  console.log(`${results.length} fixtures in ${Object.keys(perBank).length} folders -> ${OUT}`);
}
function writeReadme(results) {
  const out = [];
  out.push('# Bank CSV import fixtures');
  out.push('');
  out.push('Generated by `node scripts/make-import-fixtures.mjs` (deterministic; do not edit by hand — change the script and re-run).');
  out.push('Layouts follow `bank-formats.json` (34 banks); values in each `<name>.expected.json` are computed from the same');
  out.push('transaction objects that were rendered into `<name>.csv`, so they are right by construction.');
  out.push('');
  out.push('## expected.json conventions');
  out.push('');
  out.push('- `rows`: real transactions in file order (preamble, footer, opening/closing-balance pseudo rows excluded).');
  out.push('- `date`: booking/posting date; `valueDate`: the other date when the file has one (value date, or Post/Clearing date');
  out.push('  for credit cards, where `date` is the Transaction Date). Each fixture\'s `description` says which column is which.');
  out.push('- `amount`: integer minor units from the account holder\'s view (money out negative, also for credit-card files that');
  out.push('  show purchases positive).');
  out.push('- `balance`: balance after the row in minor units, `null` when the row has none; the key is absent when the bank has no');
  out.push('  balance column at all.');
  out.push('- `descriptionIncludes`: raw substring of the counterparty/merchant text as written in the file (case as in the file; a');
  out.push('  case-insensitive comparison is recommended for banks with both a cleaned name and a raw descriptor column).');
  out.push('- `currency` is absent when the file itself gives no way to know it (some `_generic` fixtures).');
  out.push('- `accountNumberEndsWith` only when the file states the account number / IBAN / card digits.');
  out.push('- `fatal` fixtures (`_generic/empty`, `_generic/fake_pdf`, `_generic/png_image`) expect no rows.');
  out.push('');
  out.push('## Fixtures');
  out.push('');
  out.push('| bank id | file | encoding / EOL | rows | what it exercises |');
  out.push('|---|---|---|---|---|');
  for (const { spec, rows } of results) {
    const desc = spec.description.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    out.push(`| ${spec.dir} | \`${spec.name}.csv\` | ${spec.encLabel ?? ''} | ${rows} | ${desc} |`);
  }
  out.push('');
  writeFileSync(join(OUT, 'README.md'), out.join('\n'));
}
main();
