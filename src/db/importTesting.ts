import type { ReadingProfile } from '../core/import/types';
import { packRows, unpackRows } from '../core/packRows';
import type { PreparedMonth } from '../core/preparedRows';
import { MonthStream } from '../core/preparedStream';
import type { PreparedImport, PreparedRow } from './importBatch';

// Files to import in tests of the import: rows at hand, packed months, or months arriving as from the worker.

const profile: ReadingProfile = {
  signature: 'test',
  delimiter: ',',
  headerRow: 0,
  roles: ['date', 'description', 'amount'],
  dateOrder: 'YMD',
  decimalMark: '.',
  sign: 'normal',
};

export function row(date: string, amount: number, description: string): PreparedRow {
  return {
    date,
    amount,
    description,
    merchant: description,
    category: 'uncategorized',
    currency: 'EUR',
    balance: null,
  };
}

export function file(rows: PreparedRow[], extra: Partial<PreparedImport> = {}): PreparedImport {
  return {
    fileName: 'statement.csv',
    sha256: `sha-${Math.random()}`,
    profile,
    saveProfile: false,
    account: { currency: 'EUR', number: 'FR7630006000011234567890189', bankName: 'Test Bank' },
    rows,
    errors: 0,
    ...extra,
  };
}

/** Rows (chronological) packed month by month, as the import worker sends them. */
function packedMonths(rows: readonly PreparedRow[]): PreparedMonth[] {
  const months: PreparedMonth[] = [];
  for (const month of new Set(rows.map((row) => row.date.slice(0, 7))))
    months.push({ month, ...packRows(rows.filter((row) => row.date.startsWith(month))) });
  return months;
}

/** A file whose rows come as the import worker sends them: month by month, after commitImport has started. */
export function streamedFile(rows: PreparedRow[], extra: Partial<PreparedImport> = {}) {
  const months = packedMonths([...rows].sort((a, b) => (a.date < b.date ? -1 : 1)));
  const first = months[0]?.month ?? '';
  const stream = new MonthStream(rows.length, [
    unpackRows<PreparedRow>(months[0] as PreparedMonth)[0]?.date ?? first,
    unpackRows<PreparedRow>(months[months.length - 1] as PreparedMonth).at(-1)?.date ?? first,
  ]);
  let sent = 0;
  const send = async (until = months.length) => {
    for (const month of months.slice(sent, until)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      stream.push([month]);
    }
    sent = until;
  };
  return { input: file([], { rows: stream, ...extra }), stream, send };
}

/** A file as the import worker hands it over, every month already sent. */
export async function packedFile(rows: PreparedRow[], extra: Partial<PreparedImport> = {}) {
  const { input, stream, send } = streamedFile(rows, extra);
  await send();
  stream.end();
  return input;
}
