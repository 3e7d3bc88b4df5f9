#!/usr/bin/env node
// Generates the bundled "Try with sample data" statements in public/samples/.
// Deterministic (seeded PRNG, no clock, no dependencies); all money in integer cents.
// Usage: node scripts/make-sample-data.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'samples');
const START = '2024-11-01';
const END = '2026-10-31';
const CURRENT = { file: 'current-account.csv', id: 'FR7630006000011234567890189', start: 245000 };
const SAVINGS = { file: 'savings-account.csv', id: 'FR7630006000019876543210143', start: 800000 };

// --- seeded PRNG (mulberry32) ---
let seed = 0x6b657074; // "kept"
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
const cents = (lo, hi) => int(Math.round(lo * 100), Math.round(hi * 100));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

// --- dates (UTC, YYYY-MM-DD) ---
const toDate = (s) => new Date(`${s}T00:00:00Z`);
const fmt = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => {
  const d = toDate(s);
  d.setUTCDate(d.getUTCDate() + n);
  return fmt(d);
};
const dow = (s) => toDate(s).getUTCDay(); // 0 = Sunday
const ymd = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const ddmm = (s) => `${s.slice(8, 10)}/${s.slice(5, 7)}`;
const inRange = (s) => s >= START && s <= END;
const MONTHS = [
  'JANVIER',
  'FEVRIER',
  'MARS',
  'AVRIL',
  'MAI',
  'JUIN',
  'JUILLET',
  'AOUT',
  'SEPTEMBRE',
  'OCTOBRE',
  'NOVEMBRE',
  'DECEMBRE',
];

const months = []; // [{y, m}] for every month in the period
for (let y = 2024, m = 11; ymd(y, m, 1) <= END; m === 12 ? (y++, (m = 1)) : m++) months.push({ y, m });
const days = [];
for (let d = START; d <= END; d = addDays(d, 1)) days.push(d);

// --- rows ---
const cur = [];
const sav = [];
let seq = 0;
function add(list, date, desc, amount) {
  if (!inRange(date)) return;
  if (!Number.isInteger(amount) || amount === 0) throw new Error(`bad amount ${amount} for ${desc}`);
  list.push({ date, desc, amount, key: rand(), seq: seq++ });
}
// Card payment: booked 0–2 days after the purchase; the descriptor carries the purchase date.
function card(date, template, amount, lag = int(0, 2)) {
  add(cur, addDays(date, lag), template.replace('{d}', ddmm(date)), amount);
}
const prevBusinessDay = (s) => {
  while (dow(s) === 0 || dow(s) === 6) s = addDays(s, -1);
  return s;
};

// Monthly fixed items
for (const { y, m } of months) {
  const firstYear = ymd(y, m, 1) < '2025-11-01';
  add(
    cur,
    prevBusinessDay(ymd(y, m, 27)),
    `VIR RECU ACME SAS SALAIRE ${MONTHS[m - 1]} ${y}`,
    firstYear ? 285000 : 293500,
  );
  add(cur, ymd(y, m, 3), 'PRLV SEPA FONCIA LOYER', -98000);
  const season = Math.round(2400 * Math.cos((2 * Math.PI * (m - 1)) / 12)); // winter high, summer low
  add(cur, ymd(y, m, 8), 'PRLV SEPA EDF CLIENTS PARTICULIERS', -(6200 + season + int(-250, 250)));
  add(cur, ymd(y, m, 5), 'PRLV SEPA FREE MOBILE', -1999);
  add(cur, ymd(y, m, 11), 'PRLV SEPA FREE TELECOM', -2999);
  card(ymd(y, m, 14), 'CB NETFLIX.COM {d}', firstYear ? -1349 : -1599, 1);
  card(ymd(y, m, 19), 'CB SPOTIFY STOCKHOLM {d}', -1112, 1);
  add(cur, ymd(y, m, 2), 'PRLV SEPA BASIC FIT', -2999);
  card(ymd(y, m, 1), 'CB RATP NAVIGO {d}', -8640, 1);
  add(cur, ymd(y, m, 6), 'COTISATION CARTE', -290);
  add(cur, ymd(y, m, 28), 'VIR PERMANENT VERS LIVRET A', -30000);
  add(sav, ymd(y, m, 28), 'VIR PERMANENT DEPUIS COMPTE COURANT', 30000);
  if (m % 3 === 1) add(cur, ymd(y, m, 10), 'PRLV SEPA MAIF ASSURANCE', -11862);
  add(cur, ymd(y, m, 15), 'PRLV SEPA MEDECINS SANS FRONTIERES', -1500);
  // Cash: twice a month
  for (const d of [int(2, 13), int(15, 27)]) {
    const [bank, city] = pick([
      ['SG', 'LILLE'],
      ['BNP', 'PARIS'],
      ['SG', 'PARIS'],
      ['LCL', 'PARIS'],
      ['CIC', 'LYON'],
    ]);
    add(
      cur,
      ymd(y, m, d),
      `RETRAIT DAB ${bank} ${ddmm(ymd(y, m, d))} ${city}`,
      -pick([4000, 4000, 5000, 6000, 6000]),
    );
  }
}

// Holidays: [start, nights, city, hotel descriptor, hotel amount]
const HOLIDAYS = [
  { from: '2025-08-09', to: '2025-08-17', city: 'NICE', cafe: 'CB CAFE DE TURIN NICE {d}' },
  { from: '2026-07-18', to: '2026-07-26', city: 'LISBOA', cafe: 'CB PASTELARIA BELEM LISBOA {d}' },
];
const onHoliday = (d) => HOLIDAYS.some((h) => d >= h.from && d <= h.to);

// Daily life
const GROCERIES = [
  ['CB CARREFOUR CITY {d}', 8, 52, 4],
  ['CB MONOPRIX PARIS 11', 14, 86, 3],
  ['CB LIDL 1234 PARIS', 25, 110, 3],
  ['CB PICARD SURGELES {d}', 16, 62, 1],
  ['CB BOULANGERIE DU MARCHE {d}', 1.2, 9.5, 4],
  ['CB FRANPRIX 5082 {d}', 6, 38, 1],
];
const groceryBag = GROCERIES.flatMap((g) => Array(g[3]).fill(g));
const COFFEE = [-390, -450, -460, -520, -580]; // fixed menu prices, so repeats happen
const DINING = [
  () => ['CB PAUL PARIS {d}', -cents(4.5, 13.9)],
  () => ['CB STARBUCKS {d}', pick(COFFEE)],
  () => ['CB STARBUCKS {d}', pick(COFFEE)],
  () => ['CB UBER EATS {d}', -cents(19, 42)],
  () => ['CB DELIVEROO {d}', -cents(17, 39)],
  () => ['CB LE PETIT BISTROT {d}', -cents(32, 86)],
  () => ['CB SUSHI SHOP {d}', -cents(16, 42)],
  () => ['CB PAUL PARIS {d}', -cents(4.5, 13.9)],
];
for (const d of days) {
  const wd = dow(d);
  if (onHoliday(d)) continue;
  // Groceries: about 3 a week, more on weekends
  if (chance(wd === 6 ? 0.7 : wd === 0 ? 0.25 : 0.38)) {
    const [t, lo, hi] = pick(groceryBag);
    card(d, t, -cents(lo, hi));
  }
  // Eating out: about 2 a week
  if (chance(wd >= 5 || wd === 0 ? 0.42 : 0.22)) {
    const [t, a] = pick(DINING)();
    card(d, t, a);
  }
  // Shopping: about 3 a month
  if (chance(0.1)) {
    const r = rand();
    if (r < 0.55) card(d, 'CB AMAZON PAYMENTS', -cents(9.99, 119.9));
    else if (r < 0.72) card(d, 'CB FNAC {d}', -cents(12, 119));
    else if (r < 0.84) card(d, 'CB DECATHLON {d}', -cents(15, 129));
    else card(d, 'CB ZARA FRANCE {d}', -cents(29, 139));
  }
  // Going out: cinema or a bar, about twice a month, mostly weekends
  if (chance(wd >= 5 ? 0.17 : 0.02)) {
    if (chance(0.5)) card(d, 'CB UGC CINE CITE {d}', -pick([1190, 1290, 2380, 2580]));
    else card(d, 'CB LE SAINT SAUVEUR BAR {d}', -cents(14, 48));
  }
  // Health: pharmacy about monthly
  if (chance(0.035)) card(d, 'CB PHARMACIE DU CENTRE {d}', -cents(4.8, 32));
}
// Doctor visits with the CPAM refund a week later
for (const d of [
  '2024-12-04',
  '2025-02-19',
  '2025-05-07',
  '2025-10-15',
  '2026-01-21',
  '2026-04-08',
  '2026-09-30',
]) {
  card(d, 'CB DR MARTIN MEDECIN {d}', -3000);
  add(cur, addDays(d, int(6, 9)), 'VIR RECU CPAM PARIS REMBOURSEMENT SOINS', 2100);
}
// Train trips and fuel, a few times a year
for (const d of [
  '2024-12-20',
  '2025-03-14',
  '2025-06-06',
  '2025-10-24',
  '2025-12-19',
  '2026-04-03',
  '2026-06-12',
  '2026-10-16',
]) {
  card(addDays(d, -int(10, 30)), 'CB SNCF INTERNET {d}', -cents(39, 129));
}
for (const d of [
  '2025-01-11',
  '2025-04-19',
  '2025-06-07',
  '2025-09-13',
  '2026-02-14',
  '2026-05-23',
  '2026-08-29',
]) {
  card(d, 'CB TOTAL ACCESS {d}', -cents(48, 72));
}
card('2025-02-08', 'CB IKEA PARIS NORD {d}', -18740);
card('2026-03-21', 'CB IKEA PARIS NORD {d}', -6495);
// Refunds
card('2025-03-02', 'CB AMAZON PAYMENTS', -5499);
add(cur, '2025-03-12', 'AVOIR CB AMAZON PAYMENTS', 5499);
card('2026-05-16', 'CB DECATHLON {d}', -7999);
add(cur, '2026-05-26', 'AVOIR CB DECATHLON', 7999);
add(cur, '2025-06-13', 'VIR RECU SNCF REMBOURSEMENT RETARD', 2150);

// Summer holidays: flights and lodging booked ahead, spending on site
card('2025-04-27', 'CB RYANAIR {d}', -18996);
card('2025-05-18', 'CB AIRBNB * HM4KX2Q9 {d}', -46400);
card('2026-03-29', 'CB RYANAIR {d}', -21498);
card('2026-05-10', 'CB AIRBNB * HMZP7T3C {d}', -38800);
for (const h of HOLIDAYS) {
  card(h.from, `CB HOTEL MERCURE ${h.city} {d}`, h.city === 'NICE' ? -48600 : -41200, 2);
  for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
    card(d, `CB RESTAURANT DU PORT ${h.city} {d}`, -cents(38, 96));
    if (chance(0.6)) card(d, h.cafe, -cents(3.5, 9.8));
    if (chance(0.3)) card(d, `CB CARREFOUR ${h.city} {d}`, -cents(8, 35));
  }
}
// December gifts
for (const y of [2024, 2025]) {
  card(ymd(y, 12, int(5, 9)), 'CB FNAC {d}', -cents(65, 145));
  card(ymd(y, 12, int(10, 14)), 'CB NATURE ET DECOUVERTES {d}', -cents(25, 60));
  card(ymd(y, 12, int(15, 19)), 'CB GALERIES LAFAYETTE {d}', -cents(110, 220));
  card(ymd(y, 12, int(18, 21)), 'CB AMAZON PAYMENTS', -cents(30, 75));
  card(ymd(y, 12, 22), 'CB LA GRANDE EPICERIE {d}', -cents(55, 90), 1);
}
// Annual tax balance
add(cur, '2025-09-25', 'PRLV SEPA DGFIP IMPOT 2024', -41200);
add(cur, '2026-09-25', 'PRLV SEPA DGFIP IMPOT 2025', -43800);
// The one clearly unusual charge
card('2026-02-07', 'CB DARTY 0123 {d}', -124900, 2);
// Same-day identical purchases (real, both stay)
for (const [d, t, a] of [
  ['2025-01-22', 'CB STARBUCKS {d}', -460],
  ['2025-09-10', 'CB PAUL PARIS {d}', -720],
  ['2026-06-03', 'CB STARBUCKS {d}', -520],
]) {
  card(d, t, a, 1);
  card(d, t, a, 1);
}
// One withdrawal from savings back to the current account (before the summer holiday)
add(sav, '2025-07-15', 'VIR INTERNE VERS COMPTE COURANT', -150000);
add(cur, '2025-07-15', 'VIR INTERNE DEPUIS LIVRET A', 150000);
// Savings: opening credit (a cheque paid in)
add(sav, '2024-11-04', 'REMISE CHEQUE N 8812345', 25000);

// Savings interest at 31 Dec: Livret A rate x daily balance (balance before the period assumed = start).
function livretRate(d) {
  if (d < '2025-02-01') return 0.03;
  if (d < '2025-08-01') return 0.024;
  return 0.017;
}
function addInterest(year) {
  const movements = sav.filter((r) => r.date.startsWith(String(year))).sort(byDate);
  let bal = SAVINGS.start + sav.filter((r) => r.date < `${year}-01-01`).reduce((s, r) => s + r.amount, 0);
  const daysInYear = year % 4 === 0 ? 366 : 365;
  let acc = 0;
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    for (const r of movements) if (r.date === d) bal += r.amount;
    acc += (bal * livretRate(d)) / daysInYear;
  }
  add(sav, `${year}-12-31`, 'INTERETS CREDITEURS', Math.round(acc));
}
const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key - b.key || a.seq - b.seq);
addInterest(2024);
addInterest(2025);

// --- What the statements reveal (issue 8) ---
// Added after everything above, with a PRNG of its own, so the rows above stay exactly as they were.
let revealSeed = 0x72657665; // "reve"
function revealRand() {
  revealSeed = (revealSeed + 0x6d2b79f5) | 0;
  let t = revealSeed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const revealCents = (lo, hi) =>
  Math.round(lo * 100) + Math.floor(revealRand() * (Math.round((hi - lo) * 100) + 1));
// A weekend in London (abroad): card payments in pounds, each with the bank's foreign-exchange fee.
for (const [d, t, lo, hi] of [
  ['2025-11-21', 'CB PRET A MANGER LONDON {d}', 6, 12],
  ['2025-11-21', 'CB PREMIER INN LONDON {d}', 180, 190],
  ['2025-11-22', 'CB BRITISH MUSEUM SHOP LONDON {d}', 18, 30],
  ['2025-11-22', 'CB DISHOOM LONDON {d}', 45, 70],
  ['2025-11-23', 'CB PRET A MANGER LONDON {d}', 6, 12],
  ['2025-11-23', 'CB HAMLEYS LONDON {d}', 25, 45],
]) {
  const amount = -revealCents(lo, hi);
  card(d, t, amount, 2);
  add(
    cur,
    addDays(d, 2),
    `FRAIS PAIEMENT HORS ZONE EURO ${ddmm(d)}`,
    -Math.max(25, Math.round(-amount * 0.02)),
  );
}
// A new car in January 2026: money from savings, then the car loan, monthly.
add(sav, '2026-01-05', 'VIR INTERNE VERS COMPTE COURANT', -150000);
add(cur, '2026-01-05', 'VIR INTERNE DEPUIS LIVRET A', 150000);
for (const { y, m } of months) {
  if (ymd(y, m, 1) < '2026-01-01') continue;
  add(cur, ymd(y, m, 9), 'PRLV SEPA DIAC CREDIT AUTO', -18900);
}
// A baby in spring 2026: baby shops, then the family allowance.
card('2026-03-14', 'CB VERTBAUDET {d}', -6490);
card('2026-03-28', 'CB AUBERT {d}', -14900);
card('2026-04-25', 'CB VERTBAUDET {d}', -3890);
for (const { y, m } of months) {
  if (ymd(y, m, 1) >= '2026-05-01')
    add(cur, ymd(y, m, 6), 'VIR RECU CAF DE PARIS ALLOCATIONS FAMILIALES', 14199);
}
// A dating subscription, until March 2025.
for (const { y, m } of months.slice(0, 5)) card(ymd(y, m, 4), 'CB MEETIC {d}', -2999, 1);
// A music subscription stopped in June 2025, charged once more in February 2026.
for (const { y, m } of months.slice(0, 8)) card(ymd(y, m, 23), 'CB DEEZER {d}', -1199, 1);
card('2026-02-23', 'CB DEEZER {d}', -1199, 1);
// A free trial that turned into a paid subscription.
card('2026-04-02', 'CB CANAL PLUS {d}', -100, 1);
for (const d of ['2026-05-02', '2026-06-02', '2026-07-02']) card(d, 'CB CANAL PLUS {d}', -2499, 1);
// Card testing: three tiny charges at an unknown web shop within minutes.
for (const amount of [-99, -100, -149]) card('2026-05-12', 'CB PAYPAL *XKQ3SHOP {d}', amount, 1);
// The same charge twice.
card('2026-06-20', 'CB DECATHLON {d}', -5999, 1);
card('2026-06-20', 'CB DECATHLON {d}', -5999, 1);
// A tight month: the bank charges for a rejected direct debit and an intervention.
add(cur, '2025-04-16', 'COMMISSION D INTERVENTION', -800);
add(cur, '2025-04-17', 'FRAIS REJET PRLV', -2000);
// Lottery tickets, tobacco, church and union dues.
for (const d of ['2025-01-18', '2025-05-24', '2025-10-11', '2026-02-28', '2026-06-13']) {
  card(d, 'CB FDJ {d}', -revealCents(2, 20));
}
for (const d of ['2025-02-07', '2025-06-20', '2025-12-05', '2026-04-17']) {
  card(d, 'CB TABAC LE BALTO {d}', -1150);
}
for (const d of ['2025-03-20', '2026-03-20'])
  add(cur, d, 'PRLV SEPA DENIER DU CULTE DIOCESE DE PARIS', -10000);
// Yearly union dues (not a subscription: the amount changes each year).
add(cur, '2025-02-18', 'PRLV SEPA CFDT COTISATION SYNDICALE', -16800);
add(cur, '2026-02-18', 'PRLV SEPA CFDT COTISATION SYNDICALE', -17400);

// --- write ---
const money = (c) =>
  `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
const quote = (s) => `"${s.replace(/"/g, '""')}"`;
function write(acct, rows) {
  rows.sort(byDate);
  let bal = acct.start;
  let min = bal;
  let minDate = '';
  const lines = ['Date,Description,Amount,Currency,Balance,Account'];
  for (const r of rows) {
    bal += r.amount;
    if (bal < min) {
      min = bal;
      minDate = r.date;
    }
    lines.push([r.date, quote(r.desc), money(r.amount), 'EUR', money(bal), acct.id].join(','));
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(OUT_DIR, acct.file), text, 'utf8');
  console.log(
    `${acct.file}: ${rows.length} rows, ${rows[0].date}..${rows.at(-1).date}, final ${money(bal)}, min ${money(min)} on ${minDate}, ${text.length} bytes`,
  );
  if (min < 0) throw new Error(`${acct.file}: balance goes negative`);
}
mkdirSync(OUT_DIR, { recursive: true });
write(CURRENT, cur);
write(SAVINGS, sav);
writeFileSync(join(OUT_DIR, 'manifest.json'), `{"files": ["${CURRENT.file}", "${SAVINGS.file}"]}\n`, 'utf8');
