/**
 * Made-up statements the import worker reads once while the person is still choosing a file: V8 compiles the
 * reading, categorizing and packing code while the page is idle, so the first real import runs optimized code
 * instead of paying for the compilation on the two cores it shares with IndexedDB and the page.
 *
 * Three common shapes: a US checking export (comma, quoted descriptions, MM/DD/YYYY, signed amounts, balance), a
 * European one (semicolon, DD.MM.YYYY, decimal comma, debit and credit columns) and a plain one (ISO dates).
 * Descriptors carry store numbers, dates and references, as real ones do.
 */

const PAYEES = [
  'TARGET T-',
  'WALGREENS #',
  '7-ELEVEN ',
  'SHELL OIL ',
  'STARBUCKS STORE ',
  'NETFLIX.COM ',
  'AMZN Mktp US*',
  'UBER *TRIP ',
  'LIDL SAGT DANKE ',
  'CARREFOUR CITY ',
  'REWE MARKT ',
  'PHARMACIE DU MARCHE ',
  'SPOTIFY P',
  'VODAFONE GMBH ',
];
const PLACES = ['SEATTLE WA', 'AUSTIN TX', 'BERLIN', 'PARIS 11'];

/** A deterministic sequence in [0, 1): the statements are the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

interface MadeUpRow {
  day: number;
  month: number;
  year: number;
  description: string;
  cents: number;
  balance: number;
}

const DAY_MS = 86_400_000;

/** `count` rows spread over `days` days from the start of 2023. */
function madeUpRows(count: number, seed: number, days: number): MadeUpRow[] {
  const random = sequence(seed);
  const rows: MadeUpRow[] = [];
  let balance = 250_000;
  for (let index = 0; index < count; index++) {
    const salary = index % 30 === 0;
    const cents = salary ? 310_000 : -Math.floor(random() * 12_000 + 99);
    balance += cents;
    const payee = PAYEES[Math.floor(random() * PAYEES.length)] as string;
    const place = PLACES[Math.floor(random() * PLACES.length)] as string;
    const date = new Date(Date.UTC(2023, 0, 1) + Math.floor((index / count) * days) * DAY_MS);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const description = salary
      ? `ACME CORP PAYROLL PPD ID: ${9_000_000_000 + index}`
      : `${payee}${Math.floor(random() * 9000) + 100} ${place} ${twoDigits(month)}/${twoDigits(day)} REF ${Math.floor(random() * 1e9)}`;
    rows.push({ day, month, year, description, cents, balance });
  }
  return rows;
}

const decimal = (cents: number, mark: string): string => (cents / 100).toFixed(2).replace('.', mark);

/**
 * A US checking export of `count` rows over `days` days. By default a long history's months (a thousand rows
 * each in the warm-up), where the European and plain ones have a year's and a person's (about a hundred rows):
 * packing a month takes another path when its descriptions are many and all distinct.
 */
export function usStatement(count: number, days = 120): string {
  const lines = ['Details,Posting Date,Description,Amount,Type,Balance'];
  // Newest first, as US banks export them; the others oldest first.
  for (const row of madeUpRows(count, 7, days).reverse()) {
    const date = `${twoDigits(row.month)}/${twoDigits(row.day)}/${row.year}`;
    const side = row.cents > 0 ? 'CREDIT' : 'DEBIT';
    lines.push(
      `${side},${date},"${row.description}",${decimal(row.cents, '.')},${side}_CARD,${decimal(row.balance, '.')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A European export of `count` rows over `days` days, debit and credit in columns of their own. */
export function europeanStatement(count: number, days = 365): string {
  const lines = ['Buchungstag;Verwendungszweck;Soll;Haben;Saldo;Währung'];
  for (const row of madeUpRows(count, 11, days)) {
    const date = `${twoDigits(row.day)}.${twoDigits(row.month)}.${row.year}`;
    const debit = row.cents < 0 ? decimal(-row.cents, ',') : '';
    const credit = row.cents > 0 ? decimal(row.cents, ',') : '';
    lines.push(`${date};${row.description};${debit};${credit};${decimal(row.balance, ',')};EUR`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A plain export of `count` rows over `days` days: ISO dates, one signed amount, a running balance. */
export function isoStatement(count: number, days = 1200): string {
  const lines = ['Date,Description,Amount,Balance'];
  for (const row of madeUpRows(count, 13, days))
    lines.push(
      `${row.year}-${twoDigits(row.month)}-${twoDigits(row.day)},${row.description},${decimal(row.cents, '.')},${decimal(row.balance, '.')}`,
    );
  return `${lines.join('\n')}\n`;
}
