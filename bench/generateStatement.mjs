// Deterministic statements for benchmarks, oldest first.
const merchants = [
  'CB CARREFOUR CITY',
  'CB MONOPRIX PARIS 11',
  'PRLV SEPA FREE MOBILE',
  'CB STARBUCKS',
  'CB RATP NAVIGO',
  'CB AMAZON PAYMENTS',
  'CB PHARMACIE DU MARCHE',
  'CB UBER EATS',
  'RETRAIT DAB SG LILLE',
  'VIR RECU ACME SAS SALAIRE',
];

function seeded() {
  let seed = 42;
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

const dayOf = (index, count) =>
  new Date(Date.UTC(2015, 0, 1) + Math.floor((index / count) * 3650) * 86_400_000).toISOString().slice(0, 10);

/** A repetitive statement (Date,Description,Amount,Balance): ten payees, 97 variants each. */
export function generateStatement(count) {
  const random = seeded();
  const lines = ['Date,Description,Amount,Balance'];
  let balance = 500_000;
  for (let index = 0; index < count; index += 1) {
    const merchant = merchants[Math.floor(random() * merchants.length)];
    const cents = merchant.includes('SALAIRE') ? 250_000 : -Math.floor(random() * 9_000 + 100);
    balance += cents;
    lines.push(
      `${dayOf(index, count)},"${merchant} ${index % 97}",${(cents / 100).toFixed(2)},${(balance / 100).toFixed(2)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const stores = [
  'TARGET T-',
  'WALGREENS #',
  'SHELL OIL ',
  'STARBUCKS STORE ',
  'SAFEWAY #',
  'CHIPOTLE ',
  'UBER *TRIP ',
  'AMZN Mktp US*',
];
const cities = ['SEATTLE WA', 'PORTLAND OR', 'AUSTIN TX', 'BROOKLYN NY', 'DENVER CO'];

/**
 * A Chase-shaped checking statement whose descriptors are nearly all distinct, as real ones are: store numbers,
 * card references and dates inside the text.
 */
export function generateDistinctStatement(count) {
  const random = seeded();
  const lines = ['Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #'];
  let balance = 500_000;
  for (let index = 0; index < count; index += 1) {
    const iso = dayOf(index, count);
    const usDate = `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
    const salary = index % 40 === 0;
    const cents = salary ? 310_000 : -Math.floor(random() * 12_000 + 99);
    balance += cents;
    const store = stores[Math.floor(random() * stores.length)];
    const city = cities[Math.floor(random() * cities.length)];
    const reference = Math.floor(random() * 1e9);
    const description = salary
      ? `ACME CORP PAYROLL PPD ID: ${9_000_000_000 + (index % 1000)}`
      : `${store}${Math.floor(random() * 9000) + 100} ${city} ${iso.slice(5, 7)}/${iso.slice(8, 10)} CARD 4821 REF ${reference}`;
    lines.push(
      `${salary ? 'CREDIT' : 'DEBIT'},${usDate},"${description}",${(cents / 100).toFixed(2)},${salary ? 'ACH_CREDIT' : 'DEBIT_CARD'},${(balance / 100).toFixed(2)},`,
    );
  }
  return `${lines.join('\n')}\n`;
}
