// A deterministic statement of `count` rows (Date,Description,Amount,Balance), oldest first, for benchmarks.
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

export function generateStatement(count) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = ['Date,Description,Amount,Balance'];
  let balance = 500_000;
  const start = Date.UTC(2015, 0, 1);
  for (let index = 0; index < count; index += 1) {
    const day = new Date(start + Math.floor((index / count) * 3650) * 86_400_000).toISOString().slice(0, 10);
    const merchant = merchants[Math.floor(random() * merchants.length)];
    const cents = merchant.includes('SALAIRE') ? 250_000 : -Math.floor(random() * 9_000 + 100);
    balance += cents;
    lines.push(
      `${day},"${merchant} ${index % 97}",${(cents / 100).toFixed(2)},${(balance / 100).toFixed(2)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
